/*
** feed.c - the news feed reader: RSS 2.0 (https://www.rssboard.org/rss-specification), RSS 1.0
** (<rdf:RDF>, https://web.resource.org/rss/1.0/spec) and Atom (RFC 4287) feeds, read with
** libxml2; each RSS <item> or Atom <entry> becomes one document.
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
** The feed is walked with libxml2's streaming reader (xmlTextReader) over the input, which is
** read whole first: each item, when the walk reaches it, is expanded into a tree of its own, read,
** and passed, so that libxml2 frees it; memory holds the input and one item, not the whole tree
** (a 23 MB feed of 100,000 items: 57 MB, was 247 MB).  The channel's <title> is taken as the walk
** passes it; when an item comes first, a second walk (items passed over, nothing kept) finds it
** for the items before it too, as in the whole tree.  Items nested in an item come right after
** it, in the order of the document.
**
** Malformed feeds are read in libxml2's recovery mode; its errors are passed on as warnings with
** their line and column, and the items that could be read are read.  libxml2's streaming reader
** stops at the first well-formedness error whatever the options (2.9: it has no recovery), so such
** a feed is then parsed whole as before (xmlReadMemory, memory as large as the tree), its items
** read from where the walk stopped: none is handed out twice, no error reported twice.
** A feed that declares no encoding or UTF-8 has its invalid UTF-8 replaced by U+FFFD first
** (utf8.c); other declared encodings are converted by libxml2.  Entities are not substituted from
** outside the file and nothing is fetched from the network.
**
** This file reads the elements of the feed (the first half) and walks it, handing out its items
** as documents (the second).  The rest of the reader: feed_text.c turns an item's HTML or plain
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
#include <libxml/xmlreader.h>
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

/* ------------------------------------------------------------ errors */

#define PARSE_OPTIONS (XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_BIG_LINES)

static void xml_error(void *ctx, xmlErrorPtr e) {
    dyad_feed *f = ctx;
    if (e->level == XML_ERR_WARNING) return; /* libxml2's warnings (an odd namespace URI) lose nothing */
    if (f->hold) {
        f->held++;
        return;
    }
    if (f->replay > 0) { /* reported by the walk before the whole parse */
        f->replay--;
        return;
    }
    if (++f->xml_errors > MAX_XML_WARNINGS) return;
    dyad_warn_xml(f->origin, e->line, e->int2, "malformed feed: ", e->message);
}

static void ignore_xml_error(void *ctx, xmlErrorPtr e) {
    (void)ctx;
    (void)e;
}

/* Once the feed is parsed to its end: how many errors were not shown. */
static void report_error_count(const dyad_feed *f) {
    if (f->xml_errors > MAX_XML_WARNINGS)
        dyad_warn(f->origin, 0, 0, "malformed feed: %d more XML errors not shown", f->xml_errors - MAX_XML_WARNINGS);
}

/* ------------------------------------------------------------ the walk */

/* A reader of the feed's XML whose errors are reported (xml_error) or ignored, or NULL. */
static xmlTextReader *new_reader(dyad_feed *f, bool report) {
    xmlTextReader *r = xmlReaderForMemory(f->data, (int)f->len, NULL, NULL, PARSE_OPTIONS);
    if (r) xmlTextReaderSetStructuredErrorHandler(r, report ? xml_error : ignore_xml_error, f);
    return r;
}

/* Move the walk on to the next element's start tag (past the subtree of the one it is on when
   w->past): 1, 0 at the end of the feed, -1 when libxml2 gave up (a malformed feed). */
static int walk_element(feed_walk *w) {
    if (!w->reader) return -1;
    for (;;) {
        int ok = w->past ? xmlTextReaderNext(w->reader) : xmlTextReaderRead(w->reader);
        w->past = false;
        if (ok != 1) return ok;
        if (xmlTextReaderNodeType(w->reader) == XML_READER_TYPE_ELEMENT) return 1;
    }
}

/* Is n an item (RSS) or entry (Atom)? */
static bool is_item(const dyad_feed *f, const xmlNode *n) {
    return is_core(n, f->atom ? "entry" : "item");
}

/* What the element n at depth is to scan_source, which looks for the channel's title: */
enum { SCAN_OTHER, SCAN_PASS, SCAN_CHANNEL, SCAN_TITLE, SCAN_END };

static int scan_kind(const xmlNode *n, int depth, int channel) {
    if (depth == 0) return SCAN_OTHER;
    if (channel >= 0 && depth <= channel) return SCAN_END; /* past the channel */
    if (is_core(n, "item") || is_core(n, "entry") || is_core(n, "source")) return SCAN_PASS;
    if (channel < 0) return is_core(n, "channel") ? SCAN_CHANNEL : SCAN_OTHER;
    return is_core(n, "title") ? SCAN_TITLE : SCAN_OTHER;
}

/* The title of the channel when an item came before it: a second walk over the feed, items and
   <source> elements passed over, takes the channel's <title> child wherever it is, else the first
   <title> deeper in the channel (as core_child does, but for a title nested in an element that
   has a title child after it).  false when libxml2 gave up: the feed is malformed. */
static bool scan_source(dyad_feed *f) {
    feed_walk w = {.reader = new_reader(f, false)};
    int channel = f->atom ? 0 : -1, ok = 1, kind = SCAN_OTHER;
    bool deeper_found = false;
    char *deeper = NULL;
    while (!f->source_known && kind != SCAN_END && (ok = walk_element(&w)) == 1) {
        int depth = xmlTextReaderDepth(w.reader);
        kind = scan_kind(xmlTextReaderCurrentNode(w.reader), depth, channel);
        w.past = kind == SCAN_PASS;
        if (kind == SCAN_CHANNEL) channel = depth;
        if (kind != SCAN_TITLE) continue;
        xmlNode *title = xmlTextReaderExpand(w.reader);
        if (!title) {
            ok = -1;
            break;
        }
        w.past = true;
        if (depth == channel + 1) {
            f->source = feed_element_text(f, title, true);
            f->source_known = true;
        } else if (!deeper_found) {
            deeper = feed_element_text(f, title, true);
            deeper_found = true;
        }
    }
    xmlFreeTextReader(w.reader);
    if (f->source_known || ok < 0) {
        free(deeper);
        return f->source_known;
    }
    f->source = deeper;
    f->source_known = true;
    return true;
}

/* Is n, at depth in the walk, the channel's or feed's title: a child of it? */
static bool is_channel_title(const dyad_feed *f, const xmlNode *n, int depth) {
    return is_core(n, "title") && (f->atom ? depth == 1 : is_core(n->parent, "channel"));
}

/* Walk on to the next item and expand it into *item, taking the channel's title on the way: 1, 0
   at the end of the feed, -1 when libxml2 gave up. */
static int walk_to_item(dyad_feed *f, xmlNode **item) {
    feed_walk *w = &f->walk;
    int ok;
    while ((ok = walk_element(w)) == 1) {
        xmlNode *n = xmlTextReaderCurrentNode(w->reader);
        int depth = xmlTextReaderDepth(w->reader);
        if (depth > MAX_DEPTH + 1) { /* too deep for the search of items */
            w->past = true;
        } else if (is_item(f, n)) {
            if (!f->source_known && !scan_source(f)) return -1;
            *item = xmlTextReaderExpand(w->reader);
            w->past = true;
            return *item ? 1 : -1;
        } else if (!f->source_known && is_channel_title(f, n, depth)) {
            xmlNode *title = xmlTextReaderExpand(w->reader);
            if (!title) return -1;
            f->source = feed_element_text(f, title, true);
            f->source_known = true;
            w->past = true;
        }
    }
    return ok;
}

/* ------------------------------------------------------------ items */

static void add_item(dyad_feed *f, xmlNode *n) {
    if (f->n_items == f->cap_items) {
        f->cap_items = 2 * f->cap_items + 16;
        f->items = dyad_xrealloc(f->items, sizeof *f->items * (size_t)f->cap_items);
    }
    f->items[f->n_items++] = n;
}

/* Collect the items (RSS) or entries (Atom) under n, those left inside another by a missing
   end tag included. */
static void find_items(dyad_feed *f, xmlNode *n, int depth) {
    for (xmlNode *c = n->children; c && depth <= MAX_DEPTH; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_item(f, c)) add_item(f, c);
        find_items(f, c, depth + 1);
    }
}

/* Is root, at line, the root element of a news feed?  Sets f->atom; false after a warning. */
static bool feed_root(dyad_feed *f, const xmlNode *root) {
    if (!root) {
        dyad_warn(f->origin, 0, 0, "no XML element found; feed skipped");
        return false;
    }
    f->root_line = feed_line_of(root);
    f->atom = is_core(root, "feed");
    if (f->atom || is_core(root, "rss") || is_ns(root, NS_RDF, "rdf", "RDF")) return true;
    const char *prefix = root->ns && root->ns->prefix ? (const char *)root->ns->prefix : NULL;
    dyad_warn(f->origin, f->root_line, 0, "not a news feed: XML root <%s%s%s> (RSS <rss>, RSS 1.0 <rdf:RDF> or "
              "Atom <feed> expected); skipped", prefix ? prefix : "", prefix ? ":" : "", (const char *)root->name);
    return false;
}

static void warn_no_items(const dyad_feed *f) {
    dyad_warn(f->origin, f->root_line, 0, "no %s in the feed; nothing to read", f->atom ? "<entry>" : "<item>");
}

/* The walk failed (or never started): parse the feed whole, in recovery mode, and take its items
   but the first `done`, which were handed out; its errors but those the walk reported are
   reported.  false after a warning when it is no feed, or has no items at all. */
static bool parse_whole(dyad_feed *f, int done) {
    xmlFreeTextReader(f->walk.reader);
    f->walk.reader = NULL;
    f->replay = f->xml_errors;
    xmlSetStructuredErrorFunc(f, xml_error);
    f->doc = xmlReadMemory(f->data, (int)f->len, NULL, NULL, PARSE_OPTIONS);
    xmlSetStructuredErrorFunc(NULL, NULL);
    f->replay = 0;
    report_error_count(f);
    xmlNode *root = f->doc ? xmlDocGetRootElement(f->doc) : NULL;
    if (!feed_root(f, root)) return false;
    if (!f->source_known) {
        xmlNode *channel = f->atom ? root : core_child(root, "channel");
        f->source = feed_element_text(f, core_child(channel, "title"), true);
        f->source_known = true;
    }
    f->first = 0;
    f->n_items = 0;
    find_items(f, root, 0);
    f->next = done < f->n_items ? done : f->n_items;
    if (f->n_items == 0) warn_no_items(f);
    return f->n_items > 0;
}

/* Hand out the next item of the walk: expand it into f->items with the items nested in it (a
   missing end tag left them there).  At the end of the feed the walk is closed; when libxml2
   gives up, the feed is parsed whole.  false when no item is left (after a warning when the
   feed had none at all). */
static bool walk_items(dyad_feed *f) {
    int done = f->first + f->n_items;
    xmlNode *item = NULL;
    int ok = walk_to_item(f, &item);
    if (ok < 0) return parse_whole(f, done);
    f->first = done;
    f->n_items = f->next = 0;
    if (ok == 0) {
        xmlFreeTextReader(f->walk.reader);
        f->walk.reader = NULL;
        report_error_count(f);
        if (done == 0) warn_no_items(f);
        return false;
    }
    add_item(f, item);
    find_items(f, item, xmlTextReaderDepth(f->walk.reader));
    return true;
}

/* Does the UTF-8 repair of utf8.c suit the feed: it declares no encoding, UTF-8 or ASCII? */
static bool utf8_feed(const char *data, size_t len) {
    size_t i = dyad_bom_at(data, len) ? 3 : 0;
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

/* Start the walk: its root element must be a feed's; walks on to the first item.  A feed with
   errors before its root element, or none, is parsed whole, for libxml2's complaints about it.
   false after a warning when the feed gives nothing. */
static bool start_walk(dyad_feed *f) {
    f->walk.reader = new_reader(f, true);
    f->hold = true;
    int ok = walk_element(&f->walk);
    f->hold = false;
    if (ok != 1 || f->held > 0) return parse_whole(f, 0);
    if (!feed_root(f, xmlTextReaderCurrentNode(f->walk.reader))) return false;
    return walk_items(f);
}

/* The feed's data is read by the walk as long as the feed lives: the caller's data must outlive it
   (reader.c keeps the input until it closes the feed). */
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
    f->fixed = fixed;
    f->data = data;
    f->len = len;
    if (start_walk(f)) return f;
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
        /* ISO 8601 in a <pubDate>, and RFC 822 or a long date in an Atom or Dublin Core one,
           are common enough to be read too */
        found = s && (dyad_rfc822_date(s, day) || dyad_normalize_date(s, day));
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

/* The document of item, number k + 1 of the feed, or NULL after a warning when it has no text. */
static dyad_document *read_item(const dyad_feed *f, const xmlNode *item, int k) {
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
    while (f && (f->next < f->n_items || (f->walk.reader && walk_items(f)))) {
        int k = f->first + f->next;
        dyad_document *doc = read_item(f, f->items[f->next++], k);
        if (doc) return doc;
        if (skipped) ++*skipped;
    }
    return NULL;
}

void dyad_feed_free(dyad_feed *f) {
    if (!f) return;
    xmlFreeTextReader(f->walk.reader);
    xmlFreeDoc(f->doc);
    dyad_buf_free(&f->fixed);
    free(f->source);
    free(f->items);
    free(f);
}
