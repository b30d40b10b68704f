/*
** penn.c - reading Penn Treebank bracketed trees and aligning their words with the text.
** The conversion to dependencies is in penn_deps.c.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "nlp/penn.h"
#include "util/util.h"

#define MAX_DEPTH 500

typedef struct scan {
    const char *s, *end, *p;
    dyad_arena *a;
    const char *file;
    long line;           /* line of *p */
    bool failed;
} scan;

static bool space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void skip_space(scan *sc) {
    for (; sc->p < sc->end && space((unsigned char)*sc->p); sc->p++)
        if (*sc->p == '\n') sc->line++;
}

/* Report the first problem of the tree, at line and at (a place in it).  The column is given
   when it is known: on the tree's own lines, or on its first line when that is line 1 (a tree
   given on its own, as on the command line). */
static void error(scan *sc, const char *at, long line, const char *why) {
    const char *bol = at;
    while (bol > sc->s && bol[-1] != '\n') bol--;
    long col = bol > sc->s || line == 1 ? (long)(at - bol) + 1 : 0;
    if (!sc->failed) dyad_warn(sc->file, line, col, "bad bracketed tree: %s", why);
    sc->failed = true;
}

/* An atom: bytes up to whitespace or a bracket, copied into the arena; NULL if none. */
static const char *atom(scan *sc) {
    const char *start = sc->p;
    while (sc->p < sc->end && !space((unsigned char)*sc->p) && *sc->p != '(' && *sc->p != ')')
        sc->p++;
    return sc->p > start ? dyad_arena_strndup(sc->a, start, (size_t)(sc->p - start)) : NULL;
}

/* A bracketed node at sc->p (which is '('). */
static dyad_penn_node *node(scan *sc, int depth) {
    long open_line = sc->line;
    const char *open_at = sc->p;
    if (depth > MAX_DEPTH) {
        error(sc, open_at, open_line, "nested deeper than 500 brackets");
        return NULL;
    }
    sc->p++; /* '(' */
    skip_space(sc);
    dyad_penn_node *n = dyad_arena_alloc(sc->a, sizeof *n);
    n->label = atom(sc);
    if (!n->label) n->label = "";
    skip_space(sc);
    if (sc->p >= sc->end) {
        error(sc, open_at, open_line, "bracket opened here is never closed");
        return NULL;
    }
    if (*sc->p == ')') {
        error(sc, open_at, open_line, "empty bracket");
        return NULL;
    }
    if (*sc->p != '(') {
        n->word = atom(sc); /* the label was read first, so a word here has a tag */
        skip_space(sc);
        if (sc->p >= sc->end || *sc->p != ')') {
            error(sc, sc->p >= sc->end ? open_at : sc->p, sc->p >= sc->end ? open_line : sc->line,
                  sc->p >= sc->end ? "bracket opened here is never closed"
                                   : "a tag holds more than one word");
            return NULL;
        }
        sc->p++;
        return n;
    }
    dyad_buf kids = {0};
    while (sc->p < sc->end && *sc->p == '(') {
        dyad_penn_node *k = node(sc, depth + 1);
        if (!k) {
            dyad_buf_free(&kids);
            return NULL;
        }
        dyad_buf_add(&kids, &k, sizeof k);
        skip_space(sc);
    }
    if (sc->p >= sc->end || *sc->p != ')') {
        error(sc, sc->p >= sc->end ? open_at : sc->p, sc->p >= sc->end ? open_line : sc->line,
              sc->p >= sc->end ? "bracket opened here is never closed"
                               : "a word among phrases");
        dyad_buf_free(&kids);
        return NULL;
    }
    sc->p++;
    n->n_kids = (int)(kids.len / sizeof(dyad_penn_node *));
    n->kids = dyad_arena_alloc(sc->a, kids.len);
    memcpy(n->kids, kids.data, kids.len);
    dyad_buf_free(&kids);
    return n;
}

dyad_penn_node *dyad_penn_read(const char *text, size_t len, dyad_arena *a, const char *file,
                               long line, size_t *used) {
    scan sc = {text, text + len, text, a, file, line, false};
    skip_space(&sc);
    dyad_penn_node *tree = NULL;
    if (sc.p >= sc.end) error(&sc, sc.p, sc.line, "no tree");
    else if (*sc.p != '(') error(&sc, sc.p, sc.line, "a tree must start with '('");
    else tree = node(&sc, 0);
    skip_space(&sc);
    *used = (size_t)(sc.p - text);
    return tree;
}

/* ------------------------------------------------------------ alignment */

/*
** Length of the text at t (up to end) that the tree word w stands for, or 0 when it does not
** match there.  Brackets, quotes and apostrophes may be written differently in tree and text.
*/
static size_t match(const char *w, const char *t, const char *end) {
    static const struct { const char *tree, *text; } same[] = {
        {"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"}, {"-RCB-", "}"},
        {"-LSB-", "["}, {"-RSB-", "]"},
        {"``", "\""}, {"''", "\""}, {"``", "\xe2\x80\x9c"}, {"''", "\xe2\x80\x9d"},
        {"`", "\xe2\x80\x98"}, {"'", "\xe2\x80\x99"}, {"`", "'"},
    };
    const char *start = t;
    while (*w) {
        size_t n = strlen(w);
        if ((size_t)(end - t) >= n && memcmp(w, t, n) == 0) return (size_t)(t + n - start);
        bool found = false;
        for (size_t i = 0; i < sizeof same / sizeof same[0] && !found; i++) {
            size_t a = strlen(same[i].tree), b = strlen(same[i].text);
            if (strncmp(w, same[i].tree, a) == 0 && (size_t)(end - t) >= b &&
                memcmp(t, same[i].text, b) == 0) {
                w += a;
                t += b;
                found = true;
            }
        }
        if (!found) {
            if (t >= end || *w != *t) return 0;
            w++;
            t++;
        }
    }
    return (size_t)(t - start);
}

/* match(), or a match ignoring ASCII case ("golf" in the tree, "Golf" in the text). */
static size_t match_any_case(const char *w, const char *t, const char *end) {
    size_t n = match(w, t, end);
    if (n) return n;
    n = strlen(w);
    return (size_t)(end - t) >= n && strncasecmp(w, t, n) == 0 ? n : 0;
}

/* Does word w (or, with w NULL, the end of the words) fit at t, after whitespace? */
static bool fits(const char *w, const char *t, const char *end) {
    while (t < end && space((unsigned char)*t)) t++;
    return w ? match_any_case(w, t, end) > 0 : true;
}

static bool alnum(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

#define RESYNC_WINDOW 64

/*
** Where a tree word that does not match the text at q belongs: the text may hold an extra
** word or punctuation before it (found within RESYNC_WINDOW bytes, at a word boundary, with
** the next tree word fitting after it), or a different word in its place (the text up to a
** point where the next tree word fits).  Sets *start and *len and returns true when found;
** *verbatim tells whether the text there is the word itself.
*/
static bool resync(const char *w, const char *next, const char *text, const char *q,
                   const char *end, size_t *start, size_t *len, bool *verbatim) {
    for (const char *r = q + 1; r < end && r - q <= RESYNC_WINDOW; r++) {
        if (alnum((unsigned char)w[0]) && alnum((unsigned char)r[-1])) continue;
        size_t n = match_any_case(w, r, end);
        if (n && fits(next, r + n, end)) {
            *start = (size_t)(r - text);
            *len = n;
            *verbatim = true;
            return true;
        }
    }
    if (!next) {
        /* The last word: the rest of the text's word, without its closing punctuation. */
        const char *e = q;
        while (e < end && !space((unsigned char)*e)) e++;
        while (e > q && !alnum((unsigned char)e[-1])) e--;
        if (e == q) return false;
        *start = (size_t)(q - text);
        *len = (size_t)(e - q);
        *verbatim = false;
        return true;
    }
    for (const char *e = q + 1; e <= end && !space((unsigned char)e[-1]); e++)
        if (fits(next, e, end)) {
            *start = (size_t)(q - text);
            *len = (size_t)(e - q);
            *verbatim = false;
            return true;
        }
    return false;
}

bool dyad_penn_align(dyad_sentence *s, const char *text, size_t len, size_t from,
                     dyad_arena *a, const char *file, long line) {
    const char *end = text + len, *p = text + (from < len ? from : len);
    int missed = 0, first_missed = -1;
    size_t first_at = 0;
    s->tokens = dyad_arena_alloc(a, sizeof(dyad_token) * (size_t)(s->n_words ? s->n_words : 1));
    s->n_tokens = s->n_words;
    for (int i = 0; i < s->n_words; i++) {
        dyad_word *w = &s->words[i];
        const char *next = i + 1 < s->n_words ? s->words[i + 1].form : NULL;
        const char *q = p;
        while (q < end && space((unsigned char)*q)) q++;
        size_t start = (size_t)(q - text), n = match_any_case(w->form, q, end);
        bool verbatim = n > 0;
        if (!n) {
            /* The tree word has no counterpart when the next one fits here already. */
            if ((!next || !fits(next, q, end)) && !resync(w->form, next, text, q, end, &start, &n, &verbatim))
                start = (size_t)(p - text);
            if (!verbatim && missed++ == 0) {
                first_missed = i;
                first_at = (size_t)(q - text);
            }
        }
        if (verbatim && (strncmp(w->form, text + start, n) != 0 || w->form[n]))
            w->form = dyad_arena_strndup(a, text + start, n);
        w->start = (uint32_t)start;
        w->end = (uint32_t)(start + n);
        if (n) p = text + start + n;
        dyad_token *tok = &s->tokens[i];
        tok->start = w->start;
        tok->end = w->end;
        tok->first_word = i;
        tok->n_words = 1;
        tok->space_after = p >= end || space((unsigned char)*p);
    }
    if (missed)
        dyad_warn(file, line, 0, "%d of the tree's %d words are not in the text (first: word %d "
                  "\"%s\" at byte %zu); they keep the tree's form", missed, s->n_words,
                  first_missed + 1, s->words[first_missed].form, first_at);
    if (s->n_words) {
        s->start = s->words[0].start;
        s->end = s->words[s->n_words - 1].end;
    }
    return missed == 0;
}

dyad_sentence *dyad_penn_add_sentence(dyad_document *doc, const char *parse, size_t parse_len,
                                      size_t from, const char *file, long line, bool *aligned) {
    size_t used;
    if (aligned) *aligned = false;
    dyad_penn_node *tree = dyad_penn_read(parse, parse_len, doc->arena, file, line, &used);
    if (!tree) return NULL;
    if (used < parse_len) {
        long at = line;
        for (size_t i = 0; i < used; i++) at += parse[i] == '\n';
        dyad_warn(file, at, 0, "bad bracketed tree: text after the end of the tree (unbalanced brackets?)");
        return NULL;
    }
    dyad_sentence s = {0};
    if (dyad_penn_convert(tree, &s, doc->arena) == 0) {
        dyad_warn(file, line, 0, "bad bracketed tree: no words");
        return NULL;
    }
    bool ok = dyad_penn_align(&s, doc->text ? doc->text : "", doc->text_len, from, doc->arena,
                              file, line);
    if (aligned) *aligned = ok;
    dyad_sentence *v = dyad_arena_alloc(doc->arena, sizeof(*v) * (size_t)(doc->n_sentences + 1));
    if (doc->n_sentences) memcpy(v, doc->sentences, sizeof(*v) * (size_t)doc->n_sentences);
    s.paragraph = doc->n_sentences ? doc->sentences[doc->n_sentences - 1].paragraph : 0;
    v[doc->n_sentences] = s;
    doc->sentences = v;
    return &doc->sentences[doc->n_sentences++];
}
