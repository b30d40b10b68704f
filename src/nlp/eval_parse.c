/*
** eval_parse.c - scoring tags, lemmas and trees against a gold treebank, as the CoNLL 2018
** shared task scorer (conll18_ud_eval.py) does with gold tokenization: every word counts,
** punctuation included; LAS compares the universal part of the relation.
*/
#include <string.h>
#include "nlp/nlp.h"

static bool same_universal(const char *a, const char *b) {
    if (!a || !b) return false;
    size_t na = strcspn(a, ":"), nb = strcspn(b, ":");
    return na == nb && memcmp(a, b, na) == 0;
}

static bool same(const char *a, const char *b) {
    return a && b && strcmp(a, b) == 0;
}

void dyad_parse_eval_word(dyad_parse_eval *e, const dyad_word *gold, const dyad_word *pred) {
    e->words++;
    e->upos += gold->upos == pred->upos;
    e->xpos += same(gold->xpos, pred->xpos);
    e->lemma += same(gold->lemma, pred->lemma);
    if (gold->head == pred->head) {
        e->uas++;
        e->las += same_universal(gold->deprel, pred->deprel);
        e->las_full += same(gold->deprel, pred->deprel);
    }
}

void dyad_parse_eval_sentence(dyad_parse_eval *e, const dyad_sentence *gold, const dyad_sentence *pred) {
    e->sentences++;
    int n = gold->n_words < pred->n_words ? gold->n_words : pred->n_words;
    for (int i = 0; i < n; i++) dyad_parse_eval_word(e, &gold->words[i], &pred->words[i]);
    e->words += gold->n_words - n; /* words the prediction lacks count as wrong */
}

double dyad_parse_eval_pct(const dyad_parse_eval *e, long k) {
    return e->words ? 100.0 * (double)k / (double)e->words : 0.0;
}

void dyad_parse_eval_print(FILE *f, const char *title, const dyad_parse_eval *e) {
    fprintf(f, "%s: %ld sentences, %ld words\n", title, e->sentences, e->words);
    fprintf(f, "  UPOS   %6.2f%%\n", dyad_parse_eval_pct(e, e->upos));
    fprintf(f, "  XPOS   %6.2f%%\n", dyad_parse_eval_pct(e, e->xpos));
    fprintf(f, "  lemma  %6.2f%%\n", dyad_parse_eval_pct(e, e->lemma));
    fprintf(f, "  UAS    %6.2f%%\n", dyad_parse_eval_pct(e, e->uas));
    fprintf(f, "  LAS    %6.2f%%   (with subtypes: %.2f%%)\n", dyad_parse_eval_pct(e, e->las),
            dyad_parse_eval_pct(e, e->las_full));
}

dyad_parse_eval dyad_parse_eval_documents(const dyad_model *m, dyad_document **docs, int n_docs) {
    dyad_parse_eval e = {0};
    for (int d = 0; d < n_docs; d++) {
        dyad_arena *a = dyad_arena_new();
        for (int i = 0; i < docs[d]->n_sentences; i++) {
            const dyad_sentence *g = &docs[d]->sentences[i];
            dyad_sentence p = *g;
            p.words = dyad_arena_alloc(a, sizeof(dyad_word) * (size_t)(g->n_words ? g->n_words : 1));
            for (int k = 0; k < g->n_words; k++) {
                p.words[k].form = g->words[k].form;
                p.words[k].start = g->words[k].start;
                p.words[k].end = g->words[k].end;
                p.words[k].head = -1;
            }
            dyad_tag(m, &p, a);
            dyad_parse(m, &p);
            dyad_parse_eval_sentence(&e, g, &p);
        }
        dyad_arena_free(a);
    }
    return e;
}
