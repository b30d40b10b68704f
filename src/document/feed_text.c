/*
** feed_text.c - the text of an item of a news feed (feed.c): its body or title element, whose
** HTML (escaped, in CDATA, or written as XML elements) is turned into text by the HTML reader,
** else by libxml2's HTML parser with every text node kept; plain text is kept as it is.  Also
** drops the line WordPress ends every item with.
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include "document/feed_int.h"

/* ------------------------------------------------------------ markup to text */

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

/*
** The text of the HTML s (a fragment: an item's description, an Atom title) read with libxml2's
** HTML parser, every text node kept (not the article rules of html.c), white space collapsed;
** malloc'd, or NULL when it has no text.  Its markup errors are not reported: a fragment is not
** a page.
*/
static char *markup_text(const char *s, bool one_line) {
    size_t len = strlen(s);
    if (len == 0 || len > (size_t)INT_MAX) return NULL;
    xmlSetStructuredErrorFunc(NULL, ignore_error);
    htmlDocPtr h = htmlReadMemory(s, (int)len, NULL, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlSetStructuredErrorFunc(NULL, NULL);
    walker w = {.one_line = one_line};
    if (h) walk(&w, (xmlNode *)h, 0);
    xmlFreeDoc(h);
    if (w.out.len == 0) {
        dyad_buf_free(&w.out);
        return NULL;
    }
    return w.out.data;
}

/* Does s look like HTML rather than plain text: a tag ("<p", "</", "<!") or an entity
   reference ("&amp;", "&#8217;") that libxml2 left, so that the text was escaped twice? */
static bool looks_like_html(const char *s) {
    for (; *s; s++) {
        if (s[0] == '<' && ((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z') || s[1] == '/' || s[1] == '!'))
            return true;
        if (s[0] != '&') continue;
        size_t k = 1;
        if (s[1] == '#') k++;
        size_t start = k;
        while (k < 12 && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
            k++;
        if (k > start && s[k] == ';') return true;
    }
    return false;
}

/*
** The text of the HTML fragment html, an item's body at line of the feed: the HTML reader's
** article text (the fragment is its <article>, so all of it is the article), else, when that
** finds none (only page furniture, say), every text node of the fragment, without a warning:
** the item is kept.  malloc'd, or NULL when the fragment holds no text at all.
*/
static char *html_text(const dyad_feed *f, long line, const char *html) {
    char *plain = markup_text(html, false);
    if (!plain) return NULL; /* nothing to find: the HTML reader would only complain */
    dyad_buf page = {0};
    dyad_buf_puts(&page, "<article>");
    dyad_buf_puts(&page, html);
    dyad_buf_puts(&page, "</article>");
    char where[4096];
    snprintf(where, sizeof where, "%s:%ld", f->origin, line); /* its warnings point at the item */
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
** Drop the last paragraph of text when it is the line WordPress adds to every item of its feeds
** ("The post <title> appeared first on <site>."): its title would be coded as a sentence of the
** story.  A text that is nothing else is left as it is.
*/
void feed_drop_footer(char *text) {
    char *last = NULL;
    for (char *p = strstr(text, "\n\n"); p; p = strstr(p + 2, "\n\n")) last = p;
    if (!last) return;
    const char *para = last + 2;
    if (strncmp(para, "The post ", 9) == 0 && strstr(para, " appeared first on ") && strlen(para) < 600 &&
        !strchr(para, '\n'))
        *last = 0;
}

/* The markup of n's children (elements written in the feed without escaping, or Atom XHTML
   content) as a string, malloc'd. */
static char *children_markup(const xmlNode *n) {
    xmlBufferPtr b = xmlBufferCreate();
    if (!b) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    for (xmlNode *c = n->children; c; c = c->next)
        if (!feed_is_feed_element(c)) xmlNodeDump(b, n->doc, c, 0, 0);
    char *s = dyad_xstrdup((const char *)xmlBufferContent(b));
    xmlBufferFree(b);
    return s;
}

static bool has_element_child(const xmlNode *n) {
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) return true;
    return false;
}

/*
** The text of a body or title element n at line: Atom's type attribute (RFC 4287 3.1, 4.1.3)
** says "text", "html", "xhtml" or a media type; RSS says nothing, so markup is recognised
** (looks_like_html), as it is in an Atom element without type.  Returns malloc'd text, or
** NULL when n is absent, empty, or holds no text (Atom content elsewhere: src=, or base64).
*/
char *feed_element_text(const dyad_feed *f, const xmlNode *n, bool title) {
    if (!n) return NULL;
    char *type = f->atom ? feed_prop(n, "type") : NULL, *src = f->atom ? feed_prop(n, "src") : NULL;
    bool html = false, plain = false, skip = src != NULL;
    if (type) {
        html = strcasecmp(type, "html") == 0 || strcasecmp(type, "xhtml") == 0 || strcasecmp(type, "text/html") == 0 ||
               strcasecmp(type, "application/xhtml+xml") == 0;
        plain = strcasecmp(type, "text") == 0 || (!html && strncasecmp(type, "text/", 5) == 0);
        skip = skip || (!html && !plain);
    }
    xmlFree(type);
    xmlFree(src);
    if (skip) return NULL;
    char *text = NULL;
    if (has_element_child(n)) { /* markup as XML elements */
        char *markup = children_markup(n);
        text = title ? markup_text(markup, true) : html_text(f, feed_line_of(n), markup);
        free(markup);
        return text;
    }
    char *s = feed_content_of(n);
    if (s && !plain && (html || looks_like_html(s))) {
        text = title ? markup_text(s, true) : html_text(f, feed_line_of(n), s);
        free(s);
        return text;
    }
    if (s && title) { /* one line */
        walker w = {.one_line = true};
        add_text(&w, s);
        free(s);
        return w.out.data;
    }
    return s;
}
