/*
** feed.c - the news feed reader: RSS 2.0 (https://www.rssboard.org/rss-specification), RSS 1.0
** (<rdf:RDF>, https://web.resource.org/rss/1.0/spec) and Atom (RFC 4287) feeds, parsed whole
** with libxml2; each RSS <item> or Atom <entry> becomes one document.
**
**   id      <guid>, Atom <id>, else the item's URL, else "<file name>-<item number>"
**   date    <pubDate> (RFC 822 section 5, with the four-digit years of RFC 2822), <dc:date>
**           (Dublin Core, ISO 8601), Atom <published> then <updated> (RFC 3339): the calendar
**           day as written, in the timestamp's own zone; else dyad_read_options.date
**   title   <title> (Atom: type="html" and "xhtml" are turned into text)
**   url     RSS <link> text; Atom <link href> whose rel is "alternate" or absent
**   source  the item's RSS <source> (the channel it came from), else the channel's or feed's
**           <title>
**   text    <content:encoded>, else <description> (RSS); <content>, else <summary> (Atom)
**
** The text elements usually hold HTML, escaped or in CDATA (RSS 2.0 allows "entity-encoded
** HTML" in <description>): it is turned into text by the HTML reader (dyad_read_html), whose
** page furniture rules apply, and when that finds no article text in a short fragment, by
** libxml2's HTML parser with every text node kept.  Text without markup is kept as it is, with
** the XML entities decoded by libxml2; the line WordPress ends every item with ("The post ...
** appeared first on ...") is dropped.  An item without text is reported and skipped.
**
** Malformed feeds are read in libxml2's recovery mode; its errors are passed on as warnings with
** their line and column, and the items that could be read are read.  A feed that declares no
** encoding or UTF-8 has its invalid UTF-8 replaced by U+FFFD first (utf8.c); other declared
** encodings are converted by libxml2.  Entities are not substituted from outside the file and
** nothing is fetched from the network.
**
** This file reads the elements of the feed (the first half) and hands out its items as
** documents (the second).  The rest of the reader: feed_text.c turns an item's HTML or plain
** text into document text, feed_date.c reads RFC 822 dates; feed_int.h is what they share.
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "document/feed_int.h"

#define MAX_XML_WARNINGS 20  /* libxml2 errors reported one by one; the rest are counted */

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

/* Namespaces of the feed formats themselves, whose elements are matched by local name (RSS 2.0
   has none). */
static const char *const core_ns[] = {
    "http://www.w3.org/2005/Atom", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
    "http://purl.org/atom/ns#", "http://backend.userland.com/rss2", NULL,
};

/* ------------------------------------------------------------ elements */

/* Is n an element of the feed format itself (no namespace, or a core one) named local? */
static bool is_core(const xmlNode *n, const char *local) {
    if (!n || n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, local) != 0) return false;
    if (!n->ns || !n->ns->href) return true;
    for (int i = 0; core_ns[i]; i++)
        if (strcmp((const char *)n->ns->href, core_ns[i]) == 0) return true;
    return false;
}

/* Is n the element local of namespace ns, usually written with prefix?  An undeclared prefix
   leaves libxml2 with the whole name ("content:encoded") and no namespace. */
static bool is_ns(const xmlNode *n, const char *ns, const char *prefix, const char *local) {
    if (!n || n->type != XML_ELEMENT_NODE) return false;
    const char *name = (const char *)n->name;
    if (n->ns && n->ns->href)
        return strcmp(name, local) == 0 && strcmp((const char *)n->ns->href, ns) == 0;
    size_t k = strlen(prefix);
    return strncmp(name, prefix, k) == 0 && name[k] == ':' && strcmp(name + k + 1, local) == 0;
}

/* Is n an element of the feed formats that is no HTML element (an item, its fields)?  Text is
   not taken from them when they turn up inside another field: a missing end tag left them
   there, and they are read as fields of their own. */
bool feed_is_feed_element(const xmlNode *n) {
    static const char *const names[] = {"item", "entry", "title", "link", "description", "guid", "pubDate",
                                        "source", "category", "comments", "enclosure", "author", "content",
                                        "summary", "id", "published", "updated", "channel", NULL};
    for (int i = 0; names[i]; i++)
        if (is_core(n, names[i])) return true;
    return false;
}

/* The first element below n (a child, else a deeper one when a missing end tag put it there,
   not inside another item nor in an item's <source>, which describes another feed) that is the
   element local of namespace ns (NULL: a core element), or NULL. */
static xmlNode *find_child(const xmlNode *n, const char *ns, const char *prefix, const char *local, int depth) {
    if (!n || depth > MAX_DEPTH) return NULL;
    for (xmlNode *c = n->children; c; c = c->next)
        if (ns ? is_ns(c, ns, prefix, local) : is_core(c, local)) return c;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_core(c, "item") || is_core(c, "entry") || is_core(c, "source"))
            continue;
        xmlNode *found = find_child(c, ns, prefix, local, depth + 1);
        if (found) return found;
    }
    return NULL;
}

/* The first core element local below n (find_child), or NULL. */
static xmlNode *core_child(const xmlNode *n, const char *local) {
    return find_child(n, NULL, NULL, local, 0);
}

/* The first element local of namespace ns below n (find_child), or NULL. */
static xmlNode *ns_child(const xmlNode *n, const char *ns, const char *prefix, const char *local) {
    return find_child(n, ns, prefix, local, 0);
}

long feed_line_of(const xmlNode *n) {
    long line = n ? xmlGetLineNo(n) : 0;
    return line > 0 ? line : 0;
}

/* The attribute name of n, malloc'd (free with xmlFree), or NULL. */
char *feed_prop(const xmlNode *n, const char *name) {
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* s without white space at either end, malloc'd; NULL when that leaves nothing. */
static char *trimmed(const char *s) {
    if (!s) return NULL;
    while (is_space(*s)) s++;
    size_t n = strlen(s);
    while (n > 0 && is_space(s[n - 1])) n--;
    if (n == 0) return NULL;
    char *t = dyad_xmalloc(n + 1);
    memcpy(t, s, n);
    t[n] = 0;
    return t;
}

/* Append the text content of n's children (CDATA and entities included) to b, but not that of
   feed elements a missing end tag left inside n. */
static void add_content(dyad_buf *b, const xmlNode *n, int depth) {
    for (const xmlNode *c = n->children; c && depth <= MAX_DEPTH; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && feed_is_feed_element(c)) continue;
        if (c->type == XML_ELEMENT_NODE) {
            add_content(b, c, depth + 1);
        } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) dyad_buf_puts(b, (const char *)c->content);
        } else if (c->type == XML_ENTITY_REF_NODE) { /* an entity of the feed's own doctype */
            xmlEntityPtr e = xmlGetDocEntity(c->doc, c->name);
            if (e) add_content(b, (const xmlNode *)e, depth + 1);
        }
    }
}

/* The text content of n (add_content) trimmed, malloc'd, or NULL when empty. */
char *feed_content_of(const xmlNode *n) {
    if (!n) return NULL;
    dyad_buf b = {0};
    add_content(&b, n, 0);
    char *t = trimmed(b.data);
    dyad_buf_free(&b);
    return t;
}

/* ------------------------------------------------------------ items */

static void xml_error(void *ctx, xmlErrorPtr e) {
    dyad_feed *f = ctx;
    if (e->level == XML_ERR_WARNING) return; /* libxml2's warnings (an odd namespace URI) lose nothing */
    if (++f->xml_errors > MAX_XML_WARNINGS) return;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' ')) msg[--n] = 0;
    dyad_warn(f->origin, e->line, e->int2, "malformed feed: %s", msg);
}

/* Collect the items (RSS) or entries (Atom) under n, those left inside another by a missing
   end tag included. */
static void find_items(dyad_feed *f, xmlNode *n, int depth) {
    for (xmlNode *c = n->children; c && depth <= MAX_DEPTH; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_core(c, f->atom ? "entry" : "item")) {
            if (f->n_items == f->cap_items) {
                f->cap_items = 2 * f->cap_items + 16;
                f->items = dyad_xrealloc(f->items, sizeof *f->items * (size_t)f->cap_items);
            }
            f->items[f->n_items++] = c;
        }
        find_items(f, c, depth + 1);
    }
}

/* Does the UTF-8 repair of utf8.c suit the feed: it declares no encoding, UTF-8 or ASCII? */
static bool utf8_feed(const char *data, size_t len) {
    size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && is_space(data[i])) i++;
    if (len - i < 5 || memcmp(data + i, "<?xml", 5) != 0) return true;
    const char *end = memchr(data + i, '>', len - i);
    size_t n = end ? (size_t)(end - (data + i)) : 0;
    char decl[256];
    if (n >= sizeof decl) n = sizeof decl - 1;
    memcpy(decl, data + i, n);
    decl[n] = 0;
    const char *enc = strstr(decl, "encoding");
    if (!enc) return true;
    enc += 8;
    while (is_space(*enc) || *enc == '=') enc++;
    if (*enc == '"' || *enc == '\'') enc++;
    static const char *const names[] = {"utf-8", "utf8", "us-ascii", "ascii", NULL};
    for (int k = 0; names[k]; k++) {
        size_t m = strlen(names[k]);
        if (strncasecmp(enc, names[k], m) == 0 && (enc[m] == '"' || enc[m] == '\'')) return true;
    }
    return false;
}

dyad_feed *dyad_feed_open(const char *origin, const char *data, size_t len, const dyad_read_options *opt) {
    dyad_buf fixed = {0};
    if (utf8_feed(data, len)) {
        if (!dyad_text_prepare(origin, data, len, "feed", &fixed)) return NULL;
        if (fixed.data) {
            data = fixed.data;
            len = fixed.len;
        }
    } else if (memchr(data, 0, len < DYAD_BINARY_PREFIX ? len : DYAD_BINARY_PREFIX)) {
        dyad_warn(origin, 0, 0, "NUL byte (a binary file?); feed skipped");
        return NULL;
    }
    if (len > (size_t)INT_MAX) {
        dyad_warn(origin, 0, 0, "feed larger than 2 GB; skipped");
        dyad_buf_free(&fixed);
        return NULL;
    }
    dyad_feed *f = dyad_xcalloc(1, sizeof *f);
    f->origin = origin;
    if (opt) f->opt = *opt;
    xmlSetStructuredErrorFunc(f, xml_error);
    f->doc = xmlReadMemory(data, (int)len, NULL, NULL, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    xmlSetStructuredErrorFunc(NULL, NULL);
    dyad_buf_free(&fixed);
    if (f->xml_errors > MAX_XML_WARNINGS)
        dyad_warn(origin, 0, 0, "malformed feed: %d more XML errors not shown", f->xml_errors - MAX_XML_WARNINGS);
    xmlNode *root = f->doc ? xmlDocGetRootElement(f->doc) : NULL;
    bool rss = is_core(root, "rss"), rdf = is_ns(root, NS_RDF, "rdf", "RDF");
    f->atom = is_core(root, "feed");
    if (!root) {
        dyad_warn(origin, 0, 0, "no XML element found; feed skipped");
    } else if (!rss && !rdf && !f->atom) {
        const char *prefix = root->ns && root->ns->prefix ? (const char *)root->ns->prefix : NULL;
        dyad_warn(origin, feed_line_of(root), 0, "not a news feed: XML root <%s%s%s> (RSS <rss>, RSS 1.0 <rdf:RDF> or "
                  "Atom <feed> expected); skipped", prefix ? prefix : "", prefix ? ":" : "", (const char *)root->name);
    } else {
        xmlNode *channel = f->atom ? root : core_child(root, "channel");
        f->source = feed_element_text(f, core_child(channel, "title"), true);
        find_items(f, root, 0);
        if (f->n_items > 0) return f;
        dyad_warn(origin, feed_line_of(root), 0, "no %s in the feed; nothing to read", f->atom ? "<entry>" : "<item>");
    }
    dyad_feed_free(f);
    return NULL;
}

/* The item's date from the first date element that holds one, into day; false after a warning
   for an element that holds no date when none does. */
static bool item_date(const dyad_feed *f, const xmlNode *item, char day[11]) {
    const xmlNode *bad = NULL;
    char *bad_text = NULL;
    const xmlNode *els[4] = {core_child(item, "pubDate"), ns_child(item, NS_DC, "dc", "date"),
                             core_child(item, "published"), core_child(item, "updated")};
    bool found = false;
    for (int k = 0; k < 4 && !found; k++) {
        char *s = feed_content_of(els[k]);
        /* ISO 8601 in a <pubDate> is common enough to be read too */
        found = s && ((k == 0 && dyad_rfc822_date(s, day)) || dyad_normalize_date(s, day));
        if (s && !found && !bad) {
            bad = els[k];
            bad_text = s;
            s = NULL;
        }
        free(s);
    }
    if (!found && bad)
        dyad_warn(f->origin, feed_line_of(bad), 0, "<%s> \"%.60s\" is not a date (%s); the item is %s", (const char *)bad->name,
                  bad_text, bad == els[0] ? "RFC 822: \"Thu, 24 Feb 2022 23:30:00 GMT\"" : "ISO 8601: 2022-02-24",
                  f->opt.date ? "dated by --date" : "left undated");
    free(bad_text);
    return found;
}

/* The item's URL: RSS <link> text, or the href of an Atom <link> with rel "alternate" or none
   (RFC 4287 4.2.7.2); malloc'd or NULL. */
static char *item_url(const xmlNode *item) {
    for (xmlNode *c = item->children; c; c = c->next) {
        if (!is_core(c, "link")) continue;
        char *href = feed_prop(c, "href");
        if (!href) {
            char *text = feed_content_of(c);
            if (text) return text;
            continue;
        }
        char *rel = feed_prop(c, "rel");
        char *url = !rel || strcmp(rel, "alternate") == 0 ? trimmed(href) : NULL;
        xmlFree(rel);
        xmlFree(href);
        if (url) return url;
    }
    /* RSS 1.0: <item rdf:about="URL"> */
    xmlChar *about = xmlGetNsProp(item, (const xmlChar *)"about", (const xmlChar *)NS_RDF);
    char *url = about ? trimmed((const char *)about) : NULL;
    xmlFree(about);
    return url;
}

/* The document of item number k (0-based), or NULL after a warning when it has no text. */
static dyad_document *read_item(const dyad_feed *f, int k) {
    const xmlNode *item = f->items[k];
    long line = feed_line_of(item);
    char *text = f->atom ? feed_element_text(f, core_child(item, "content"), false)
                         : feed_element_text(f, ns_child(item, NS_CONTENT, "content", "encoded"), false);
    if (!text) text = f->atom ? feed_element_text(f, core_child(item, "summary"), false)
                              : feed_element_text(f, core_child(item, "description"), false);
    if (!text) {
        dyad_warn(f->origin, line, 0, "%s %d has no text (%s empty or absent); skipped", f->atom ? "entry" : "item",
                  k + 1, f->atom ? "<content> and <summary>" : "<description> and <content:encoded>");
        return NULL;
    }
    feed_drop_footer(text);
    dyad_document *doc = dyad_document_new();
    dyad_arena *a = doc->arena;
    doc->text = dyad_arena_strdup(a, text);
    doc->text_len = strlen(text);
    free(text);
    doc->origin = dyad_arena_strdup(a, f->origin);
    doc->origin_line = line;
    char *url = item_url(item), *id = feed_content_of(core_child(item, f->atom ? "id" : "guid"));
    doc->url = dyad_arena_strdup(a, url);
    doc->id = dyad_arena_strdup(a, id ? id : url);
    free(url);
    free(id);
    if (!doc->id) {
        const char *base = dyad_default_id(a, f->origin);
        char *s = dyad_arena_alloc(a, strlen(base) + 16);
        sprintf(s, "%s-%d", base, k + 1);
        doc->id = s;
    }
    char day[11];
    if (item_date(f, item, day)) doc->date = dyad_arena_strdup(a, day);
    char *title = feed_element_text(f, core_child(item, "title"), true);
    doc->title = dyad_arena_strdup(a, title);
    free(title);
    char *source = f->atom ? NULL : feed_content_of(core_child(item, "source"));
    doc->source = dyad_arena_strdup(a, source ? source : f->source);
    free(source);
    dyad_find_dateline(doc); /* may give the date, from a date line */
    if (!doc->date && f->opt.date) doc->date = dyad_arena_strdup(a, f->opt.date);
    return doc;
}

dyad_document *dyad_feed_next(dyad_feed *f, long *skipped) {
    while (f && f->next < f->n_items) {
        dyad_document *doc = read_item(f, f->next++);
        if (doc) return doc;
        if (skipped) ++*skipped;
    }
    return NULL;
}

void dyad_feed_free(dyad_feed *f) {
    if (!f) return;
    xmlFreeDoc(f->doc);
    free(f->source);
    free(f->items);
    free(f);
}
