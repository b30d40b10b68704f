/*
** punct.c - a repair after parsing: paired punctuation (quotes, brackets) attaches to the
** phrase it encloses.  UD English attaches both marks of a pair to the head of the enclosed
** span (UD guidelines, "punct"); in the EWT training trees they do so in 598 of 602 double-quote
** pairs, 98 of 99 single-quote pairs and 841 of 843 bracket pairs.  A greedy parser decides a
** mark before it has seen what the mark encloses and often attaches it elsewhere; re-choosing
** the head once the tree is built fixes some of its punctuation errors (EWT test: UAS 85.10 ->
** 85.18, LAS 81.87 -> 81.96).
**
** Only words the parser labelled "punct" move, and their label stays.  A mark moves only when
** its new arc crosses no other arc (punctuation's included: UD wants punct arcs projective)
** and the new head is not below the mark, so the tree stays projective where it was.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/nlp.h"

enum { P_NONE, P_OPEN, P_CLOSE, P_QUOTE2, P_QUOTE1 };

/* Class of a punctuation form: an opening or closing bracket, or a double or single quote. */
static int mark_class(const char *f) {
    if (!strcmp(f, "(") || !strcmp(f, "[")) return P_OPEN;
    if (!strcmp(f, ")") || !strcmp(f, "]")) return P_CLOSE;
    if (!strcmp(f, "\"") || !strcmp(f, "\u201C") || !strcmp(f, "\u201D")) return P_QUOTE2;
    if (!strcmp(f, "'") || !strcmp(f, "\u2018") || !strcmp(f, "\u2019")) return P_QUOTE1;
    return P_NONE;
}

static bool is_punct(const dyad_word *w) {
    return w->deprel && !strcmp(w->deprel, "punct");
}

/* Would the arc c -> i (words 1..n) cross an arc of another word, punctuation included? */
static bool crosses(const dyad_sentence *s, int c, int i) {
    int lo = c < i ? c : i, hi = c < i ? i : c;
    for (int d = 1; d <= s->n_words; d++) {
        int h = s->words[d - 1].head;
        if (d == i || h < 0) continue;
        int a = d < h ? d : h, b = d < h ? h : d;
        if (a == lo || a == hi || b == lo || b == hi) continue;
        if ((lo < a && a < hi) != (lo < b && b < hi)) return true;
    }
    return false;
}

/* Is word c (1..n) below word i in the tree? */
static bool below(const dyad_sentence *s, int c, int i) {
    for (int x = c, steps = 0; x > 0 && steps <= s->n_words; steps++) {
        if (x == i) return true;
        x = s->words[x - 1].head;
    }
    return false;
}

/* May mark i take head c (both 1..n)? */
static bool may_attach(const dyad_sentence *s, int i, int c) {
    const dyad_word *h = &s->words[c - 1];
    return c != i && !is_punct(h) && h->upos != DYAD_PUNCT && !below(s, c, i) && !crosses(s, c, i);
}

/*
** For the pair of marks a < b: the first and last words strictly between them (punctuation
** aside) whose head lies outside the pair, in *first and *last; false when there is none.
*/
static bool enclosed_heads(const dyad_sentence *s, int a, int b, int *first, int *last) {
    *first = *last = 0;
    for (int x = a + 1; x < b; x++) {
        const dyad_word *w = &s->words[x - 1];
        if (is_punct(w) || (a < w->head && w->head < b)) continue;
        if (!*first) *first = x;
        *last = x;
    }
    return *first != 0;
}

void nlp_attach_paired_punct(dyad_sentence *s) {
    int n = s->n_words;
    if (n < 3) return;
    int *opens = malloc(sizeof(int) * (size_t)n), n_open = 0, quote[2] = {0, 0};
    if (!opens) return;
    for (int i = 1; i <= n; i++) {
        const dyad_word *w = &s->words[i - 1];
        if (!is_punct(w) || w->head < 0) continue;
        int k = mark_class(w->form), a = 0;
        if (k == P_OPEN) {
            opens[n_open++] = i;
        } else if (k == P_CLOSE && n_open > 0) {
            a = opens[--n_open];
        } else if (k == P_QUOTE2 || k == P_QUOTE1) {
            int *q = &quote[k == P_QUOTE1];
            if (*q) a = *q, *q = 0;
            else *q = i;
        }
        int first, last;
        if (!a || !enclosed_heads(s, a, i, &first, &last)) continue;
        /* one mark at a time, so that each checks the arcs as they now are */
        if (may_attach(s, a, first)) s->words[a - 1].head = first;
        if (may_attach(s, i, last)) s->words[i - 1].head = last;
    }
    free(opens);
}
