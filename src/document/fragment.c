/*
** fragment.c - HTML fragments to text, for readers whose records carry HTML rather than being
** pages: a feed item's description (feed_text.c), a JSON Lines "text" or "title" (jsonl.c).
** The HTML reader's article rules apply first (the fragment is read as an <article>); when they
** find no text (only page furniture, say), libxml2's HTML parser gives every text node.  Also
** the test whether a record's text holds markup at all (dyad_holds_markup).
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include "document/reader.h"
#include "util/util.h"

#define MAX_DEPTH 256 /* elements deeper than this are not walked */

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Text collected from a tree of elements: runs of white space become one space, block elements
   start a paragraph (a blank line), <br> a line. */
typedef struct walker {
    dyad_buf out;
    int pending;     /* separator due before the next character: 0, 1 space, 2 line, 3 paragraph */
    bool one_line;   /* every separator is a space (titles) */
} walker;

static bool is_block(const char *name) {
    static const char *const blocks[] = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
                                         "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td",
                                         "th", "dl", "dd", "dt", "figure", "figcaption", "hr", "header",
                                         "footer", "address", NULL};
    for (int i = 0; blocks[i]; i++)
        if (strcasecmp(name, blocks[i]) == 0) return true;
    return false;
}

static void separate(walker *w, int kind) {
    if (kind > w->pending) w->pending = kind;
}

static void add_text(walker *w, const char *s) {
    for (; *s; s++) {
        if (is_space(*s)) {
            separate(w, 1);
            continue;
        }
        if (w->out.len && w->pending) {
            const char *sep = w->one_line || w->pending == 1 ? " " : w->pending == 2 ? "\n" : "\n\n";
            dyad_buf_puts(&w->out, sep);
        }
        w->pending = 0;
        dyad_buf_putc(&w->out, *s);
    }
}

static void walk(walker *w, const xmlNode *n, int depth) {
    for (const xmlNode *c = n->children; c && depth <= MAX_DEPTH; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) add_text(w, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            const char *name = (const char *)c->name;
            if (strcasecmp(name, "script") == 0 || strcasecmp(name, "style") == 0) continue;
            if (strcasecmp(name, "br") == 0) {
                separate(w, 2);
                continue;
            }
            bool block = is_block(name);
            if (block) separate(w, 3);
            walk(w, c, depth + 1);
            if (block) separate(w, 3);
        }
    }
}

static void ignore_error(void *ctx, xmlErrorPtr e) {
    (void)ctx;
    (void)e;
}

/* Is s[0..n) the name of an HTML element: HTML 4 (libxml2's table) or HTML5's new ones? */
static bool is_element(const char *s, size_t n) {
    static const char *const html5[] = {"article", "section", "figure", "figcaption", "time", "main", "nav",
                                        "aside", "header", "footer", "mark", "picture", "video", "audio",
                                        "source", "template", "svg", "details", "summary", NULL};
    char low[16];
    if (n == 0 || n >= sizeof low) return false;
    for (size_t i = 0; i < n; i++) low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[n] = 0;
    if (htmlTagLookup((const xmlChar *)low)) return true;
    for (int i = 0; html5[i]; i++)
        if (strcmp(low, html5[i]) == 0) return true;
    return false;
}

/*
** s with every '<' that starts no tag of an HTML element, comment or declaration written as
** "&lt;", so that a record's "<Cargill Inc>" (Reuters marks companies so) or "a <b" stays text
** instead of being dropped as an unknown element.  Returns a malloc'd string.
*/
static char *escape_stray_brackets(const char *s, size_t len) {
    dyad_buf out = {0};
    size_t from = 0;
    for (const char *p = memchr(s, '<', len); p; p = memchr(p + 1, '<', len - (size_t)(p + 1 - s))) {
        const char *t = p + 1 < s + len && (p[1] == '/') ? p + 2 : p + 1;
        size_t k = 0;
        bool custom = false; /* a custom element's name has a hyphen: <my-widget>, <fin-streamer> */
        while (t + k < s + len && ((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') ||
                                   (k > 0 && ((t[k] >= '0' && t[k] <= '9') || t[k] == '-'))))
            custom |= t[k++] == '-';
        bool tag = (t < s + len && t[0] == '!' && t == p + 1) ||
                   ((custom || is_element(t, k)) && (t + k >= s + len || strchr(" \t\r\n/>", t[k])));
        if (tag) continue;
        dyad_buf_add(&out, s + from, (size_t)(p - s) - from);
        dyad_buf_puts(&out, "&lt;");
        from = (size_t)(p - s) + 1;
    }
    dyad_buf_add(&out, s + from, len - from);
    dyad_buf_putc(&out, 0);
    return out.data;
}

char *dyad_markup_text(const char *html, bool one_line) {
    char *s = escape_stray_brackets(html, strlen(html));
    size_t len = strlen(s);
    if (len == 0 || len > (size_t)INT_MAX) return NULL;
    xmlSetStructuredErrorFunc(NULL, ignore_error);
    htmlDocPtr h = htmlReadMemory(s, (int)len, NULL, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlSetStructuredErrorFunc(NULL, NULL);
    walker w = {.one_line = one_line};
    if (h) walk(&w, (xmlNode *)h, 0);
    xmlFreeDoc(h);
    free(s);
    if (w.out.len == 0) {
        dyad_buf_free(&w.out);
        return NULL;
    }
    return w.out.data;
}

char *dyad_fragment_text(const char *where, const char *html) {
    char *plain = dyad_markup_text(html, false);
    if (!plain) return NULL; /* nothing to find: the HTML reader would only complain */
    dyad_buf page = {0};
    char *escaped = escape_stray_brackets(html, strlen(html));
    dyad_buf_puts(&page, "<article>");
    dyad_buf_puts(&page, escaped);
    dyad_buf_puts(&page, "</article>");
    free(escaped);
    dyad_read_options o = {.format = DYAD_FORMAT_HTML};
    dyad_document *d = dyad_read_html_fragment(where, page.data, page.len, &o);
    dyad_buf_free(&page);
    if (!d) return plain;
    char *t = dyad_xmalloc(d->text_len + 1);
    memcpy(t, d->text, d->text_len);
    t[d->text_len] = 0;
    dyad_document_free(d);
    free(plain);
    return t;
}

/*
** Markup needs more than one capital one-letter tag: Reuters writes "<I>" and "<A>" as tickers
** beside "<Cargill Inc>"; an end tag, a longer tag name, a lower-case "<p>" or two capital
** one-letter tags count.
*/
bool dyad_holds_markup(const char *s, size_t n) {
    int one_letter = 0;
    static const char *const tags[] = {"p", "br", "div", "span", "a", "b", "i", "em", "strong", "li",
                                       "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                                       "figure", "img", "table", "tr", "td", "section", "article", NULL};
    for (const char *p = memchr(s, '<', n); p; p = memchr(p + 1, '<', n - (size_t)(p + 1 - s))) {
        bool end_tag = p + 1 < s + n && p[1] == '/';
        const char *t = end_tag ? p + 2 : p + 1;
        size_t k = 0;
        while (t + k < s + n && ((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z') ||
                                 (t[k] >= '1' && t[k] <= '6')))
            k++;
        if (k == 0 || t + k >= s + n || !strchr(end_tag ? ">" : "/>", t[k])) continue;
        for (int i = 0; tags[i]; i++)
            if (strlen(tags[i]) == k && strncasecmp(t, tags[i], k) == 0 && (end_tag || k > 1 || (t[0] >= 'a' && t[0] <= 'z') || ++one_letter > 1))
                return true;
    }
    return false;
}
