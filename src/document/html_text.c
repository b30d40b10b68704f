/*
** html_text.c - the text of an element of an HTML page: block elements become paragraphs
** separated by a blank line, white space is collapsed as HTML renders it, furniture is left
** out (html_furniture.c), short paragraphs that are button or link labels ("Share this",
** "Leave a Comment") are dropped, a footnote mark in <sup> is dropped, and a single <br>
** after an unpunctuated line of words, before a capital, ends a paragraph.  Part of the HTML
** reader (html.c).
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <gumbo.h>
#include "document/html_int.h"

/* ------------------------------------------------------------ text extraction */

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

static void split_lines(extractor *x, size_t n);

/* Does s[0..n) end like a sentence (a period, "?", "!", a closing quote or bracket)? */
bool html_ends_sentence_n(const char *s, size_t n) {
    if (n == 0) return false;
    if (strchr(".!?\"')", s[n - 1])) return true;
    return n >= 3 && (memcmp(s + n - 3, "\u201d", 3) == 0 || memcmp(s + n - 3, "\u2019", 3) == 0 ||
                      memcmp(s + n - 3, "\u2026", 3) == 0);
}

void html_end_paragraph(extractor *x) {
    size_t n = x->para.len;
    while (n > 0 && (x->para.data[n - 1] == ' ' || x->para.data[n - 1] == '\n')) n--;
    x->para.len = n;
    split_lines(x, n);
    n = x->para.len;
    while (n > 0 && (x->para.data[n - 1] == ' ' || x->para.data[n - 1] == '\n')) n--;
    if (n > 0 && !is_boilerplate(x->para.data, n)) {
        if (x->out.len) dyad_buf_add(&x->out, "\n\n", 2);
        dyad_buf_add(&x->out, x->para.data, n);
    }
    x->para.len = 0;
    x->space = false;
    x->brs = 0;
    x->pre_text = false;
}

/* Does the line that ends at s[n) carry the sentence on to the next line: it ends with a word
   such as "the" or "and", or with a mark (marks_too: only ",", ";", dashes and brackets, as
   segment.c reads them; else any mark, the end of a sentence included)? */
static bool line_goes_on(const char *s, size_t n, bool marks_too) {
    static const char *const words[] = {"and", "or", "but", "of", "the", "a", "an", "to", "in", "on",
                                        "at", "for", "with", "by", "from", NULL};
    if (n > 0 && s[n - 1] == ' ') n--;
    if (n == 0) return true;
    char c = s[n - 1];
    if (!is_lower(c) && !is_upper(c) && !(c >= '0' && c <= '9'))
        return !marks_too || strchr(",;-(&", c) || (unsigned char)c >= 0x80;
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n') w--;
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n - w && strncasecmp(words[i], s + w, n - w) == 0) return true;
    return false;
}

/* Is s[0..n) made of lines that segment.c splits at every line end itself: a paragraph not
   ending with a mark whose lines start with a capital or a digit, two or more of them after a
   line that does not go on (a list of headlines, an address)? */
static bool split_by_segmenter(const char *s, size_t n) {
    if (html_ends_sentence_n(s, n)) return false;
    int candidates = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] != '\n' || s[i - 1] == '\n' || s[i + 1] == '\n') continue;
        size_t j = s[i + 1] == ' ' ? i + 2 : i + 1;
        if (j < n && is_lower(s[j])) return false;
        if (j < n && (is_upper(s[j]) || (s[j] >= '0' && s[j] <= '9')) && !line_goes_on(s, i, true)) candidates++;
    }
    return candidates >= 2;
}

/* Does the line that ends at s[i] (a single <br>) end a sentence without its mark: a few
   words, no mark, no word that goes on, and a capital after it? */
static bool unmarked_sentence_end(const char *s, size_t n, size_t i) {
    if (s[i] != '\n' || i == 0 || s[i - 1] == '\n' || i + 1 >= n || s[i + 1] == '\n') return false;
    size_t j = s[i + 1] == ' ' ? i + 2 : i + 1;
    if (j >= n || !is_upper(s[j]) || line_goes_on(s, i, false)) return false;
    size_t start = i;
    while (start > 0 && s[start - 1] != '\n') start--;
    int words = 0;
    for (size_t k = start; k < i; k++)
        if (s[k] != ' ' && (k == start || s[k - 1] == ' ')) words++;
    return words >= 3;
}

/*
** A single <br> in a paragraph is a line break, which the sentence splitter reads as wrapped
** text.  When the line before it holds a few words and ends with no mark and no word that goes
** on, and the next starts with a capital ("Turkey criticized Greece on Monday<br>NATO condemned
** Russia"), the two lines are two sentences: the break becomes a paragraph break.  Lines ending
** in a comma (verse, addresses), two <br>s in a row, and paragraphs of unmarked lines that the
** splitter breaks at every line anyway (an address, a list of headlines) stay as they are.
*/
static void split_lines(extractor *x, size_t n) {
    if (!x->brs || x->pre_text || split_by_segmenter(x->para.data, n)) return;
    dyad_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        dyad_buf_putc(&b, x->para.data[i]);
        if (unmarked_sentence_end(x->para.data, n, i)) dyad_buf_putc(&b, '\n');
    }
    x->para.len = 0;
    dyad_buf_add(&x->para, b.data, b.len);
    dyad_buf_free(&b);
}

/* Append text, collapsing runs of white space into one space (as HTML renders them). */
static void add_text(extractor *x, const char *s) {
    for (; *s; s++) {
        char c = *s;
        if (!x->pre && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
            x->space = x->para.len > 0;
            continue;
        }
        if (x->space) dyad_buf_putc(&x->para, ' ');
        x->space = false;
        x->pre_text = x->pre_text || x->pre;
        dyad_buf_putc(&x->para, c);
    }
}

/* Is the text of a <sup> a footnote mark ("1", "[2]", "3,4", "*", "†")?  Such a mark after a
   word ("Greece<sup>1</sup>") would make a new word of it ("Greece1"). */
static bool is_footnote_mark(const char *s) {
    static const char *const marks[] = {"\u2020", "\u2021", "\u00a7", "\u00b6", "\u2013", NULL};
    if (!*s || strlen(s) > 12) return false;
    while (*s) {
        if (strchr("0123456789[](),-*. ", *s)) {
            s++;
            continue;
        }
        int i = 0;
        while (marks[i] && strncmp(s, marks[i], strlen(marks[i])) != 0) i++;
        if (!marks[i]) return false;
        s += strlen(marks[i]);
    }
    return true;
}

static bool is_footnote(const GumboNode *node) {
    if (node->v.element.tag != GUMBO_TAG_SUP) return false;
    char *t = html_node_text(node);
    bool mark = is_footnote_mark(t);
    free(t);
    return mark;
}

/*
** A frameset page's <noframes>: gumbo keeps what it holds as raw text, which is the markup of the
** page for browsers without frames; its text is read as an HTML fragment, paragraph by
** paragraph.
*/
static void noframes_text(extractor *x, const GumboElement *e) {
    for (unsigned i = 0; i < e->children.length; i++) {
        const GumboNode *c = e->children.data[i];
        if (c->type != GUMBO_NODE_TEXT) continue;
        char *t = dyad_markup_text(c->v.text.text, false);
        html_end_paragraph(x);
        for (char *p = t; p && *p;) {
            char *q = strstr(p, "\n\n");
            if (q) *q = 0;
            add_text(x, p);
            html_end_paragraph(x);
            p = q ? q + 2 : NULL;
        }
        free(t);
    }
}

void html_extract(extractor *x, const GumboNode *node, int depth) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        add_text(x, node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || node == x->skip || node == x->skip_time || html_skipped_element(node))
        return;
    if (depth > MAX_DEPTH) {
        x->too_deep = true;
        return;
    }
    const GumboElement *e = &node->v.element;
    if (e->tag == GUMBO_TAG_BR) {
        dyad_buf_putc(&x->para, '\n');
        x->space = false;
        x->brs++;
        return;
    }
    if (is_footnote(node)) return;
    if (e->tag == GUMBO_TAG_NOFRAMES) {
        noframes_text(x, e);
        return;
    }
    bool block = html_is_block(e->tag), pre = x->pre;
    if (block) html_end_paragraph(x);
    x->pre = pre || e->tag == GUMBO_TAG_PRE;
    for (unsigned i = 0; i < e->children.length; i++) html_extract(x, e->children.data[i], depth + 1);
    x->pre = pre;
    if (block) html_end_paragraph(x);
}

/* Collect into x the text of the <noscript> and <template> elements under node. */
static void scriptless_text(extractor *x, const GumboNode *node, int depth) {
    if ((node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) || depth > MAX_DEPTH) return;
    const GumboElement *e = &node->v.element;
    bool holder = e->tag == GUMBO_TAG_NOSCRIPT || e->tag == GUMBO_TAG_TEMPLATE;
    for (unsigned i = 0; i < e->children.length; i++) {
        const GumboNode *c = e->children.data[i];
        if (holder) html_extract(x, c, depth + 1);
        else scriptless_text(x, c, depth + 1);
    }
    if (holder) html_end_paragraph(x);
}

void html_extract_scriptless(extractor *x, const GumboNode *root) {
    scriptless_text(x, root, 0);
    html_end_paragraph(x);
    /* "Please enable JavaScript to view this site." is no story: keep text of two sentences */
    int marks = 0;
    for (size_t i = 0; i < x->out.len; i++)
        marks += strchr(".!?", x->out.data[i]) && (i + 1 == x->out.len || strchr(" \n\"", x->out.data[i + 1]));
    if (marks < 2) x->out.len = 0;
}

/* The text inside a node, white space collapsed, in malloc'd memory. */
char *html_node_text(const GumboNode *node) {
    extractor x = {0};
    for (unsigned i = 0; node->type == GUMBO_NODE_ELEMENT && i < node->v.element.children.length; i++)
        html_extract(&x, node->v.element.children.data[i], 1);
    html_end_paragraph(&x);
    dyad_buf_free(&x.para);
    if (!x.out.data) dyad_buf_add(&x.out, "", 0);
    for (char *p = x.out.data; *p; p++)
        if (*p == '\n') *p = ' ';
    return x.out.data;
}
