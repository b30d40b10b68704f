/*
** html_flat.c - bounding how deep an HTML page nests before gumbo parses it.
**
** A page of unclosed tags ("<div>" 100 000 times) makes gumbo slow (each <div> scans the stack
** of open elements: 44 s for 600 KB) and nests its text deeper than the extractor walks.  So a
** quick pass estimates the depth of every start tag with a stack of open elements (end tags
** pop to their start tag, and the usual implied ends are applied: <p> before a block or another
** <p>, <li> before <li>, a cell before a cell, ...), and leaves out the start tags that would
** be deeper than a limit, with their end tags.  The text between them is kept.  It does not
** validate anything: gumbo reads the result as it reads any page.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "document/reader.h"
#include "util/util.h"

/* End tags look this far down the stack for their start tag. */
#define MATCH_WINDOW 64

typedef struct open_tag {
    char name[12];   /* lower case, cut to 11 bytes */
    bool dropped;    /* left out of the output, and so is its end tag */
} open_tag;

typedef struct flattener {
    const char *s;
    size_t len;
    open_tag *stack;
    size_t n, cap;
    size_t kept;     /* open tags that are kept: the estimated depth */
} flattener;

static bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool in_list(const char *name, const char *const *list) {
    for (; *list; list++)
        if (strcmp(name, *list) == 0) return true;
    return false;
}

static bool is_void(const char *name) {
    static const char *const v[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                    "param", "source", "track", "wbr", "keygen", NULL};
    return in_list(name, v);
}

/* Elements whose content is raw text up to their end tag. */
static bool is_raw(const char *name) {
    static const char *const r[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                                    "noframes", "plaintext", NULL};
    return in_list(name, r);
}

/* Elements that close an open <p> (HTML's "close a p element" before them). */
static bool closes_p(const char *name) {
    static const char *const b[] = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset",
                                    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
                                    "main", "nav", "ol", "p", "pre", "section", "table", "ul", "figure",
                                    "details", "menu", NULL};
    return in_list(name, b);
}

/* An implied end: a start tag closes an open element of `ends`, unless an element of `scope`
   is open above it. */
typedef struct implied {
    const char *const *ends, *const *scope;
} implied;

/* The open elements a start tag of name ends implicitly (ends NULL when none). */
static implied implied_ends(const char *name) {
    static const char *const li[] = {"li", NULL}, *const lists[] = {"ul", "ol", "table", NULL};
    static const char *const dd[] = {"dd", "dt", NULL}, *const dl[] = {"dl", "table", NULL};
    static const char *const cell[] = {"td", "th", NULL}, *const row[] = {"tr", "td", "th", NULL};
    static const char *const table[] = {"table", NULL};
    static const char *const opt[] = {"option", NULL}, *const select[] = {"select", NULL};
    if (strcmp(name, "li") == 0) return (implied){li, lists};
    if (strcmp(name, "dd") == 0 || strcmp(name, "dt") == 0) return (implied){dd, dl};
    if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) return (implied){cell, table};
    if (strcmp(name, "tr") == 0) return (implied){row, table};
    if (strcmp(name, "option") == 0) return (implied){opt, select};
    return (implied){NULL, NULL};
}

static void pop_to(flattener *f, size_t k) {
    while (f->n > k) {
        f->n--;
        if (!f->stack[f->n].dropped) f->kept--;
    }
}

/* If an element of im.ends is open near the top of the stack, below no element of im.scope,
   pop it and what is above it. */
static void close_open(flattener *f, implied im, size_t window) {
    for (size_t k = f->n; k > 0 && f->n - k < window; k--) {
        if (in_list(f->stack[k - 1].name, im.ends)) {
            pop_to(f, k - 1);
            return;
        }
        if (in_list(f->stack[k - 1].name, im.scope)) return;
    }
}

/* The tag name at s[i..) (lower case, cut to fit) into name; returns the offset after it. */
static size_t tag_name(const flattener *f, size_t i, char name[12]) {
    size_t k = 0;
    while (i < f->len && (is_letter(f->s[i]) || (f->s[i] >= '0' && f->s[i] <= '9') || f->s[i] == '-' ||
                          f->s[i] == ':')) {
        char c = f->s[i++];
        if (k < 11) name[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    name[k] = 0;
    return i;
}

/* Offset after the '>' that ends the tag whose attributes start at i (quotes respected);
   *self_closing tells whether it ends with "/>". */
static size_t tag_end(const flattener *f, size_t i, bool *self_closing) {
    char quote = 0;
    for (; i < f->len; i++) {
        char c = f->s[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            *self_closing = f->s[i - 1] == '/';
            return i + 1;
        }
    }
    *self_closing = false;
    return f->len;
}

/* Offset after a comment ("<!-- ... -->"), doctype or processing instruction whose '!' or '?'
   is at i. */
static size_t markup_end(const flattener *f, size_t i) {
    if (f->len - i >= 3 && memcmp(f->s + i, "!--", 3) == 0) {
        for (i += 3; i + 3 <= f->len; i++)
            if (memcmp(f->s + i, "-->", 3) == 0) return i + 3;
        return f->len;
    }
    const char *gt = memchr(f->s + i, '>', f->len - i);
    return gt ? (size_t)(gt - f->s) + 1 : f->len;
}

/* Offset of the end tag "</name" of a raw-text element from i, or the end of the page. */
static size_t raw_end(const flattener *f, size_t i, const char *name) {
    size_t n = strlen(name);
    for (; i + 2 + n <= f->len; i++)
        if (f->s[i] == '<' && f->s[i + 1] == '/' && strncasecmp(f->s + i + 2, name, n) == 0) return i;
    return f->len;
}

size_t dyad_html_flatten(const char *data, size_t len, int max_depth, dyad_buf *out, size_t *first) {
    flattener f = {data, len, NULL, 0, 0, 0};
    size_t dropped = 0, copied = 0, i = 0;
    while (i < len) {
        const char *lt = memchr(data + i, '<', len - i);
        if (!lt) break;
        size_t at = (size_t)(lt - data);
        i = at + 1;
        if (i < len && (data[i] == '!' || data[i] == '?')) {
            i = markup_end(&f, i);
            continue;
        }
        bool closing = i < len && data[i] == '/';
        if (closing) i++;
        if (i >= len || !is_letter(data[i])) continue;
        char name[12];
        bool self_closing;
        i = tag_end(&f, tag_name(&f, i, name), &self_closing);
        bool drop = false;
        if (closing) {
            size_t k = f.n;
            while (k > 0 && f.n - k < MATCH_WINDOW && strcmp(f.stack[k - 1].name, name) != 0) k--;
            if (k > 0 && f.n - k < MATCH_WINDOW) {
                drop = f.stack[k - 1].dropped;
                pop_to(&f, k - 1);
            } else {
                drop = f.kept >= (size_t)max_depth;
            }
        } else if (is_void(name) || self_closing) {
            /* no content: nothing opens */
        } else {
            static const char *const p[] = {"p", NULL};
            static const char *const p_scope[] = {"table", "td", "th", "caption", "button", "object",
                                                  "template", "html", NULL};
            if (closes_p(name)) close_open(&f, (implied){p, p_scope}, 8);
            implied im = implied_ends(name);
            if (im.ends) close_open(&f, im, 8);
            /* a raw-text element is always kept (else its script would become text); what is
               inside it is not markup, and its end tag is read next */
            bool raw = is_raw(name);
            if (raw) i = raw_end(&f, i, name);
            drop = !raw && f.kept >= (size_t)max_depth;
            if (f.n == f.cap) {
                f.cap = f.cap ? 2 * f.cap : 256;
                f.stack = dyad_xrealloc(f.stack, f.cap * sizeof *f.stack);
            }
            memcpy(f.stack[f.n].name, name, sizeof name);
            f.stack[f.n++].dropped = drop;
            if (!drop) f.kept++;
        }
        if (drop) {
            if (dropped++ == 0) *first = at;
            dyad_buf_add(out, data + copied, at - copied);
            copied = i;
        }
    }
    if (dropped) dyad_buf_add(out, data + copied, len - copied);
    free(f.stack);
    return dropped;
}
