/*
** eval_raw.c - scoring tags, lemmas and dependencies produced from raw text, where the system's
** words need not be the gold words: words are aligned by their span and their place inside the
** token, as the CoNLL 2018 shared-task scorer aligns them.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/eval.h"
#include "util/util.h"

/* A word of a document flattened: its span, its place in its token, and its head's index in
   the flat array (-1 for the root, -2 when unknown). */
typedef struct flat {
    uint32_t start, end;
    int k;
    long head;
    const dyad_word *w;
} flat;

static flat *flatten(const dyad_document *d, long *n) {
    long total = 0;
    for (int i = 0; i < d->n_sentences; i++) total += d->sentences[i].n_words;
    flat *f = dyad_xcalloc((size_t)(total ? total : 1), sizeof *f);
    long base = 0;
    for (int i = 0; i < d->n_sentences; i++) {
        const dyad_sentence *s = &d->sentences[i];
        for (int t = 0; t < s->n_tokens; t++)
            for (int k = 0; k < s->tokens[t].n_words; k++) {
                int wi = s->tokens[t].first_word + k;
                flat *x = &f[base + wi];
                x->start = s->tokens[t].start;
                x->end = s->tokens[t].end;
                x->k = k;
                x->w = &s->words[wi];
                x->head = s->words[wi].head > 0 ? base + s->words[wi].head - 1
                          : s->words[wi].head == 0 ? -1 : -2;
            }
        base += s->n_words;
    }
    *n = total;
    return f;
}

static int cmp_key(const flat *a, const flat *b) {
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    return a->k - b->k;
}

static bool same_universal_relation(const char *a, const char *b) {
    if (!a || !b) return false;
    size_t na = strcspn(a, ":"), nb = strcspn(b, ":");
    return na == nb && strncmp(a, b, na) == 0;
}

void dyad_eval_raw_parse(dyad_raw_parse_eval *e, const dyad_document *gold, const dyad_document *sys) {
    long ng, ns;
    flat *g = flatten(gold, &ng), *s = flatten(sys, &ns);
    long *gold_of = dyad_xmalloc(sizeof(long) * (size_t)(ns ? ns : 1)); /* sys word -> gold word */
    for (long i = 0; i < ns; i++) gold_of[i] = -1;
    /* Both arrays are in text order; a merge finds the words with equal keys. */
    for (long i = 0, j = 0; i < ng && j < ns;) {
        int c = cmp_key(&g[i], &s[j]);
        if (c == 0) gold_of[j++] = i++;
        else if (c < 0) i++;
        else j++;
    }
    e->gold_words += ng;
    e->system_words += ns;
    for (long j = 0; j < ns; j++) {
        long i = gold_of[j];
        if (i < 0) continue;
        const dyad_word *gw = g[i].w, *sw = s[j].w;
        e->aligned++;
        if (gw->upos == sw->upos) e->upos++;
        if (gw->lemma && sw->lemma && strcmp(gw->lemma, sw->lemma) == 0) e->lemma++;
        bool head_ok = s[j].head == -1 ? g[i].head == -1
                       : s[j].head >= 0 && g[i].head >= 0 && gold_of[s[j].head] == g[i].head;
        if (head_ok) {
            e->uas++;
            if (same_universal_relation(gw->deprel, sw->deprel)) e->las++;
        }
    }
    free(gold_of);
    free(g);
    free(s);
}

double dyad_eval_raw_f1(const dyad_raw_parse_eval *e, long k) {
    long d = e->gold_words + e->system_words;
    return d ? 2.0 * (double)k / (double)d : 0.0;
}
