/*
** html.c - the HTML reader: the main article text of a web page, parsed with gumbo (an HTML5
** parser, so broken markup is read the way browsers read it).
**
** The article is the <article> element with the most paragraph text, else <main> (or
** role="main"), else the element whose own <p> children hold the most text.  Inside it, page
** furniture is dropped: script, style, nav, header, footer, aside, form, figure, menus, and
** elements whose class or id names share buttons, comment boxes, related links, newsletters,
** advertisements and the like, and short paragraphs such as "Leave a Comment" or "Share this".
** Block elements become paragraphs separated by a blank line.  The title is the first <h1>
** (which is then not repeated in the text), else og:title, else <title>; the date comes from
** the usual meta tags (article:published_time, og:published_time, datePublished, ...) or the
** first <time datetime>; og:site_name gives the source and the canonical link the URL.
**
** A page that is not UTF-8 but declares charset ISO-8859-1 or Windows-1252 is converted; the
** text offsets of an HTML document refer to the extracted text, not to the page.  Start tags
** nested more than FLAT_DEPTH deep are left out first, with a warning (html_flat.c).
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <gumbo.h>
#include "document/reader.h"
#include "util/util.h"

/* Elements nested deeper than this are ignored (no real page nests text that deep; it bounds
   the recursion on hostile input); a page whose text is lost to it is reported. */
#define MAX_DEPTH 256

/* Start tags that would nest deeper than this are left out before gumbo parses the page
   (html_flat.c): unclosed tags by the thousand made gumbo slow, and their text would lie below
   MAX_DEPTH.  The margin is for the elements gumbo adds (html, body, tbody, ...). */
#define FLAT_DEPTH 200

/* gumbo records at most this many parse errors (dyad reads none of them).  gumbo copies the
   stack of open elements into every error, so unclosed tags cost memory quadratic in their
   number without a limit (kGumboDefaultOptions has none): 100 000 unclosed <div>s took 24 GB. */
#define GUMBO_MAX_ERRORS 10

/* Elements whose content is never article text. */
static bool is_furniture(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MATH: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
}

/* Elements that start a paragraph of their own. */
static bool is_block(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DL: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

/* Words in class and id names that mark page furniture ("share-buttons", "comments"). */
static bool is_furniture_word(const char *s, size_t n) {
    static const char *const words[] = {
        "share", "sharing", "social", "comment", "comments", "related", "newsletter", "subscribe",
        "subscription", "advert", "advertisement", "ad", "ads", "promo", "breadcrumb", "breadcrumbs",
        "menu", "nav", "navbar", "navigation", "footer", "sidebar", "cookie", "cookies", "popup",
        "modal", "caption", "tags", "toolbar", "respond", "reply", "disqus", "signup", "paywall",
        "byline", "masthead", "banner", "widget", "recommended", "trending", "hidden", NULL,
    };
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n && strncasecmp(words[i], s, n) == 0) return true;
    return false;
}

static bool attribute_marks_furniture(const GumboElement *e, const char *name) {
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
    if (!a) return false;
    const char *s = a->value;
    while (*s) {
        size_t n = strcspn(s, " \t-_");
        if (n && is_furniture_word(s, n)) return true;
        s += n;
        if (*s) s++;
    }
    return false;
}

static bool is_hidden(const GumboElement *e) {
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, "aria-hidden");
    if (a && strcmp(a->value, "true") == 0) return true;
    if (gumbo_get_attribute(&e->attributes, "hidden")) return true;
    a = gumbo_get_attribute(&e->attributes, "style");
    return a && (strstr(a->value, "display:none") || strstr(a->value, "display: none"));
}

static bool skipped_element(const GumboNode *node) {
    const GumboElement *e = &node->v.element;
    /* The page's own containers carry page states in their classes ("has-main-navigation",
       "modal-open", "paywall-active" on <body>), not furniture.  (An <article> may be a
       related-story card, so its classes still count.) */
    if (e->tag == GUMBO_TAG_HTML || e->tag == GUMBO_TAG_BODY || e->tag == GUMBO_TAG_MAIN)
        return is_hidden(e);
    return is_furniture(e->tag) || is_hidden(e) || attribute_marks_furniture(e, "class") ||
           attribute_marks_furniture(e, "id") || attribute_marks_furniture(e, "role");
}

/* ------------------------------------------------------------ text extraction */

typedef struct extractor {
    dyad_buf out;         /* paragraphs so far, separated by blank lines */
    dyad_buf para;        /* the paragraph being collected */
    bool space;           /* a space is pending in para */
    const GumboNode *skip; /* the <h1> used as the title */
    bool too_deep;        /* an element deeper than MAX_DEPTH was left out */
} extractor;

/*
** May s[0..n), the rest of a paragraph after a furniture phrase, finish a button or link label:
** nothing, a mark (": ...", " »"), or a few words not ending a sentence ("on Facebook", "for
** our newsletter")?  "Emails show ...", "Comments by Putin angered Kyiv." are text.
*/
static bool label_rest(const char *s, size_t n) {
    if (n == 0) return true;
    if ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')) return false;
    if (s[0] != ' ') return true;
    int words = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) words++;
    return words <= 4 && s[n - 1] != '.';
}

/* Short paragraphs that are page furniture, compared at the start of the paragraph. */
static bool is_boilerplate(const char *s, size_t n) {
    static const char *const phrases[] = {
        "Leave a Comment", "Leave a Reply", "Leave a comment", "Share this", "Share on", "Share:",
        "Tweet", "Advertisement", "ADVERTISEMENT", "Related:", "Related Articles", "Read more",
        "Read More", "Sign up", "Subscribe", "Click here", "Comments", "Post a comment",
        "Follow us", "Like this:", "Print", "Email", NULL,
    };
    if (n > 80) return false;
    for (int i = 0; phrases[i]; i++) {
        size_t k = strlen(phrases[i]);
        if (n >= k && memcmp(s, phrases[i], k) == 0 && label_rest(s + k, n - k)) return true;
    }
    return false;
}

static void end_paragraph(extractor *x) {
    size_t n = x->para.len;
    while (n > 0 && (x->para.data[n - 1] == ' ' || x->para.data[n - 1] == '\n')) n--;
    if (n > 0 && !is_boilerplate(x->para.data, n)) {
        if (x->out.len) dyad_buf_add(&x->out, "\n\n", 2);
        dyad_buf_add(&x->out, x->para.data, n);
    }
    x->para.len = 0;
    x->space = false;
}

/* Append text, collapsing runs of white space into one space (as HTML renders them). */
static void add_text(extractor *x, const char *s, bool pre) {
    for (; *s; s++) {
        char c = *s;
        if (!pre && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
            x->space = x->para.len > 0;
            continue;
        }
        if (x->space) dyad_buf_putc(&x->para, ' ');
        x->space = false;
        dyad_buf_putc(&x->para, c);
    }
}

static void extract(extractor *x, const GumboNode *node, bool pre, int depth) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        add_text(x, node->v.text.text, pre);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || node == x->skip || skipped_element(node)) return;
    if (depth > MAX_DEPTH) {
        x->too_deep = true;
        return;
    }
    const GumboElement *e = &node->v.element;
    if (e->tag == GUMBO_TAG_BR) {
        dyad_buf_putc(&x->para, '\n');
        x->space = false;
        return;
    }
    bool block = is_block(e->tag);
    if (block) end_paragraph(x);
    for (unsigned i = 0; i < e->children.length; i++)
        extract(x, e->children.data[i], pre || e->tag == GUMBO_TAG_PRE, depth + 1);
    if (block) end_paragraph(x);
}

/* The text inside a node, white space collapsed, in malloc'd memory. */
static char *node_text(const GumboNode *node) {
    extractor x = {0};
    for (unsigned i = 0; node->type == GUMBO_NODE_ELEMENT && i < node->v.element.children.length; i++)
        extract(&x, node->v.element.children.data[i], false, 1);
    end_paragraph(&x);
    dyad_buf_free(&x.para);
    if (!x.out.data) dyad_buf_add(&x.out, "", 0);
    for (char *p = x.out.data; *p; p++)
        if (*p == '\n') *p = ' ';
    return x.out.data;
}

/* ------------------------------------------------------------ finding things */

typedef struct page {
    const GumboNode *h1, *title, *best_article, *main, *best_block;
    size_t best_article_score, best_block_score;
    const char *og_title, *site_name, *url, *date, *time_date;
    bool too_deep;        /* elements deeper than MAX_DEPTH were not surveyed */
} page;

/* Length of the text directly in the <p> children of node, and in all <p> below it. */
static size_t paragraph_text(const GumboNode *node, bool deep, int depth) {
    size_t n = 0;
    if (depth > MAX_DEPTH) return 0;
    const GumboVector *ch = &node->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *c = ch->data[i];
        if (c->type != GUMBO_NODE_ELEMENT || skipped_element(c)) continue;
        if (c->v.element.tag == GUMBO_TAG_P) {
            char *t = node_text(c);
            n += strlen(t);
            free(t);
        } else if (deep) {
            n += paragraph_text(c, true, depth + 1);
        }
    }
    return n;
}

static const char *attr(const GumboNode *node, const char *name) {
    GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : NULL;
}

static void read_meta(page *pg, const GumboNode *node) {
    const char *key = attr(node, "property");
    if (!key) key = attr(node, "name");
    if (!key) key = attr(node, "itemprop");
    const char *content = attr(node, "content");
    if (!key || !content) return;
    static const char *const date_keys[] = {"article:published_time", "og:published_time", "datePublished",
                                            "date", "pubdate", "publish-date", "publish_date", "dc.date",
                                            "DC.date.issued", "sailthru.date", "parsely-pub-date", NULL};
    char day[11];
    for (int i = 0; date_keys[i]; i++)
        if (!pg->date && strcasecmp(key, date_keys[i]) == 0 && dyad_normalize_date(content, day)) pg->date = content;
    if (!pg->og_title && strcmp(key, "og:title") == 0) pg->og_title = content;
    if (!pg->site_name && strcmp(key, "og:site_name") == 0) pg->site_name = content;
    if (!pg->url && strcmp(key, "og:url") == 0) pg->url = content;
}

static void survey(page *pg, const GumboNode *node, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    if (depth > MAX_DEPTH) {
        pg->too_deep = true;
        return;
    }
    const GumboElement *e = &node->v.element;
    switch (e->tag) {
    case GUMBO_TAG_META: read_meta(pg, node); return;
    case GUMBO_TAG_TITLE: if (!pg->title) pg->title = node; return;
    case GUMBO_TAG_LINK: {
        const char *rel = attr(node, "rel"), *href = attr(node, "href");
        if (rel && href && strcasecmp(rel, "canonical") == 0) pg->url = href;
        return;
    }
    case GUMBO_TAG_TIME: {
        const char *dt = attr(node, "datetime");
        char day[11];
        if (dt && !pg->time_date && dyad_normalize_date(dt, day)) pg->time_date = dt;
        break;
    }
    default: break;
    }
    if (skipped_element(node) && e->tag != GUMBO_TAG_HEAD && e->tag != GUMBO_TAG_HEADER) return;
    if (e->tag == GUMBO_TAG_ARTICLE) {
        size_t score = paragraph_text(node, true, depth);
        if (!pg->best_article || score > pg->best_article_score) {
            pg->best_article = node;
            pg->best_article_score = score;
        }
    }
    const char *role = attr(node, "role");
    if (!pg->main && (e->tag == GUMBO_TAG_MAIN || (role && strcmp(role, "main") == 0))) pg->main = node;
    if (e->tag != GUMBO_TAG_HEAD) {
        size_t score = paragraph_text(node, false, depth);
        if (score > pg->best_block_score) {
            pg->best_block = node;
            pg->best_block_score = score;
        }
    }
    for (unsigned i = 0; i < e->children.length; i++) survey(pg, e->children.data[i], depth + 1);
}

/* The first <h1> under node (not in page furniture), or NULL. */
static const GumboNode *first_h1(const GumboNode *node, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return NULL;
    if (node->v.element.tag == GUMBO_TAG_H1) return node;
    if (skipped_element(node) && node->v.element.tag != GUMBO_TAG_HEADER) return NULL;
    for (unsigned i = 0; i < node->v.element.children.length; i++) {
        const GumboNode *h = first_h1(node->v.element.children.data[i], depth + 1);
        if (h) return h;
    }
    return NULL;
}

/* ------------------------------------------------------------ encoding */

/* Windows-1252 code points for the bytes 0x80..0x9F (0 where undefined). */
static const uint16_t cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Does the page declare a Latin-1 or Windows-1252 charset in its first 4 KB? */
static bool declares_latin1(const char *data, size_t len) {
    size_t n = len < 4096 ? len : 4096;
    static const char *const names[] = {"iso-8859-1", "windows-1252", "latin1", "latin-1", "cp1252", NULL};
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(data + i, "charset", 7) != 0) continue;
        size_t j = i + 7;
        while (j < n && (data[j] == '=' || data[j] == '"' || data[j] == '\'' || data[j] == ' ')) j++;
        for (int k = 0; names[k]; k++)
            if (j + strlen(names[k]) <= n && strncasecmp(data + j, names[k], strlen(names[k])) == 0) return true;
        return false;
    }
    return false;
}

/* Convert Windows-1252 (a superset of the printable Latin-1) to UTF-8 in b. */
static void latin1_to_utf8(dyad_buf *b, const char *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned c = (unsigned char)data[i];
        if (c >= 0x80 && c < 0xA0) c = cp1252[c - 0x80] ? cp1252[c - 0x80] : 0xFFFD;
        if (c < 0x80) {
            dyad_buf_putc(b, (int)c);
        } else if (c < 0x800) {
            dyad_buf_putc(b, (int)(0xC0 | (c >> 6)));
            dyad_buf_putc(b, (int)(0x80 | (c & 0x3F)));
        } else {
            dyad_buf_putc(b, (int)(0xE0 | (c >> 12)));
            dyad_buf_putc(b, (int)(0x80 | ((c >> 6) & 0x3F)));
            dyad_buf_putc(b, (int)(0x80 | (c & 0x3F)));
        }
    }
}

/* ------------------------------------------------------------ reading */

dyad_document *dyad_read_html(const char *origin, const char *data, size_t len, const dyad_read_options *opt) {
    dyad_buf converted = {0};
    if (dyad_utf8_invalid(data, len) < len && !memchr(data, 0, len) && declares_latin1(data, len)) {
        latin1_to_utf8(&converted, data, len);
        data = converted.data;
        len = converted.len;
    }
    dyad_buf fixed = {0};
    if (!dyad_text_prepare(origin, data, len, "HTML page", &fixed)) {
        dyad_buf_free(&converted);
        return NULL;
    }
    if (fixed.data) {
        data = fixed.data;
        len = fixed.len;
    }
    dyad_buf flat = {0};
    size_t first = 0, n_flat = dyad_html_flatten(data, len, FLAT_DEPTH, &flat, &first);
    if (n_flat) {
        long line, col;
        dyad_text_position(data, first, &line, &col);
        dyad_warn(origin, line, col, "HTML elements nested more than %d deep from here: %zu tag%s left out "
                  "(the text in them is kept)", FLAT_DEPTH, n_flat, n_flat == 1 ? "" : "s");
        data = flat.data;
        len = flat.len;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = GUMBO_MAX_ERRORS;
    GumboOutput *out = gumbo_parse_with_options(&options, data, len);
    page pg = {0};
    survey(&pg, out->root, 0);
    const GumboNode *root = pg.best_article && pg.best_article_score > 0 ? pg.best_article
                          : pg.main ? pg.main
                          : pg.best_block ? pg.best_block : out->root;
    const GumboNode *h1 = first_h1(root, 0);
    if (!h1) h1 = first_h1(out->root, 0);
    extractor x = {.skip = h1};
    extract(&x, root, false, 0);
    end_paragraph(&x);

    dyad_document *doc = NULL;
    if (x.out.len == 0 && (x.too_deep || pg.too_deep)) {
        dyad_warn(origin, 0, 0, "no article text found in the HTML page within %d nested elements "
                  "(dyad reads no deeper); skipped", MAX_DEPTH);
    } else if (x.out.len == 0) {
        dyad_warn(origin, 0, 0, "no article text found in the HTML page; skipped");
    } else {
        doc = dyad_document_new();
        dyad_arena *a = doc->arena;
        doc->text = dyad_arena_strndup(a, x.out.data, x.out.len);
        doc->text_len = x.out.len;
        doc->origin = dyad_arena_strdup(a, origin);
        doc->origin_line = 1;
        doc->id = opt && opt->id ? dyad_arena_strdup(a, opt->id) : dyad_default_id(a, origin);
        char day[11];
        const char *date = pg.date ? pg.date : pg.time_date;
        if (date && dyad_normalize_date(date, day)) doc->date = dyad_arena_strdup(a, day);
        char *title = h1 ? node_text(h1) : pg.og_title ? dyad_xstrdup(pg.og_title) : pg.title ? node_text(pg.title) : NULL;
        if (title && *title) doc->title = dyad_arena_strdup(a, title);
        free(title);
        doc->source = dyad_arena_strdup(a, pg.site_name);
        doc->url = dyad_arena_strdup(a, pg.url);
        dyad_find_dateline(doc); /* may give the date, from a date line */
        if (!doc->date && opt && opt->date) doc->date = dyad_arena_strdup(a, opt->date);
    }
    dyad_buf_free(&x.out);
    dyad_buf_free(&x.para);
    gumbo_destroy_output(&options, out);
    dyad_buf_free(&converted);
    dyad_buf_free(&fixed);
    dyad_buf_free(&flat);
    return doc;
}
