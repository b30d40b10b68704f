/*
** feed_text.c - the text of an item of a news feed (feed.c): its body or title element, whose
** HTML (escaped, in CDATA, or written as XML elements) is turned into text as an HTML fragment
** (fragment.c); plain text is kept as it is.  Also drops the line WordPress ends every item
** with.
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include "document/feed_int.h"

/* s with each run of white space made one space, malloc'd, or NULL when nothing else is left. */
static char *one_line(const char *s) {
    dyad_buf b = {0};
    bool space = false;
    for (; *s; s++) {
        if (is_space(*s)) {
            space = b.len > 0;
            continue;
        }
        if (space) dyad_buf_putc(&b, ' ');
        space = false;
        dyad_buf_putc(&b, *s);
    }
    return b.data;
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

/* Does s hold an HTML end tag ("</p>", "</a>"), which no plain text has? */
static bool holds_end_tag(const char *s) {
    for (const char *p = strstr(s, "</"); p; p = strstr(p + 2, "</")) {
        size_t k = 2;
        while (k < 12 && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') || (k > 2 && p[k] >= '1' && p[k] <= '6')))
            k++;
        if (k > 2 && p[k] == '>') return true;
    }
    return false;
}

/* The text of the HTML html, an item's body at line of the feed (dyad_fragment_text), its
   warnings pointing at the item; malloc'd, or NULL when it holds no text.  HTML escaped twice
   ("&amp;lt;p&amp;gt;", as some publishing systems write it) gives text that is HTML again
   (end tags in it): that is read once more, else its tags and attributes would be words. */
static char *html_text(const dyad_feed *f, long line, const char *html) {
    char where[4096];
    snprintf(where, sizeof where, "%s:%ld", f->origin, line);
    char *text = dyad_fragment_text(where, html);
    if (text && holds_end_tag(text)) {
        char *again = dyad_fragment_text(where, text);
        if (again) {
            free(text);
            text = again;
        }
    }
    return text;
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
        text = title ? dyad_markup_text(markup, true) : html_text(f, feed_line_of(n), markup);
        free(markup);
        return text;
    }
    char *s = feed_content_of(n);
    if (s && !plain && (html || looks_like_html(s))) {
        text = title ? dyad_markup_text(s, true) : html_text(f, feed_line_of(n), s);
        free(s);
        return text;
    }
    if (s && title) { /* one line */
        char *line = one_line(s);
        free(s);
        return line;
    }
    return s;
}
