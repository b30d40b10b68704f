/*
** tree.c - questions about a parsed sentence's dependency tree that the repairs after parsing
** (names.c, subjects.c) ask: a word's relation, its children, its subtree and its span.  Words
** are 1-based, as heads are; every walk up the heads stops after n steps, so a tree that a
** repair is building, or a cycle, never loops.
*/
#include <string.h>
#include "nlp/nlp.h"

bool nlp_is_rel(const dyad_word *w, const char *rel) {
    return w->deprel && !strcmp(w->deprel, rel);
}

bool nlp_has_child(const dyad_sentence *s, int x, const char *rel, int except) {
    for (int i = 1; i <= s->n_words; i++)
        if (i != except && s->words[i - 1].head == x && nlp_is_rel(&s->words[i - 1], rel)) return true;
    return false;
}

bool nlp_under(const dyad_sentence *s, int y, int x) {
    for (int guard = 0; y > 0 && guard <= s->n_words; guard++) {
        if (y == x) return true;
        y = s->words[y - 1].head;
    }
    return false;
}

bool nlp_is_tree(const dyad_sentence *s) {
    for (int i = 1; i <= s->n_words; i++) {
        int y = i, guard = 0;
        while (y > 0 && guard++ <= s->n_words) y = s->words[y - 1].head;
        if (y != 0) return false;
    }
    return true;
}

int nlp_leftmost(const dyad_sentence *s, int x) {
    for (int i = 1; i < x; i++)
        if (nlp_under(s, i, x)) return i;
    return x;
}

int nlp_rightmost(const dyad_sentence *s, int x) {
    for (int i = s->n_words; i > x; i--)
        if (nlp_under(s, i, x)) return i;
    return x;
}

bool nlp_lemma_in(const dyad_word *w, const char *const *lemmas) {
    for (int i = 0; w->lemma && lemmas[i]; i++)
        if (!strcmp(w->lemma, lemmas[i])) return true;
    return false;
}
