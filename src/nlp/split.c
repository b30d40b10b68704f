/*
** split.c - cutting overlong parsed sentences (CoNLL-U input) into pieces, as dyad_segment()
** does for text, so that coding stays linear in the length of the input.
*/
#include <string.h>
#include "dyad.h"
#include "util/util.h"

/* Words of sentence s from token t on that fit in max_words; at least one token. */
static int piece_tokens(const dyad_sentence *s, int t, int max_words, int *words) {
    int n = 0;
    *words = 0;
    while (t + n < s->n_tokens && (n == 0 || *words + s->tokens[t + n].n_words <= max_words)) {
        *words += s->tokens[t + n].n_words;
        n++;
    }
    return n;
}

/* The piece of s made of n tokens from token t (words w words), in arena a. */
static dyad_sentence piece(const dyad_sentence *s, int t, int n, int w, dyad_arena *a) {
    dyad_sentence p = *s;
    int w0 = s->tokens[t].first_word;
    p.n_tokens = n;
    p.n_words = w;
    p.tokens = dyad_arena_alloc(a, sizeof *p.tokens * (size_t)n);
    p.words = dyad_arena_alloc(a, sizeof *p.words * (size_t)(w ? w : 1));
    for (int k = 0; k < n; k++) {
        p.tokens[k] = s->tokens[t + k];
        p.tokens[k].first_word -= w0;
    }
    for (int k = 0; k < w; k++) {
        dyad_word x = s->words[w0 + k];
        if (x.head > 0) x.head = x.head - 1 >= w0 && x.head - 1 < w0 + w ? x.head - w0 : 0;
        p.words[k] = x;
    }
    p.start = p.tokens[0].start;
    p.end = p.tokens[n - 1].end;
    return p;
}

int dyad_split_long_sentences(dyad_document *doc, int max_words) {
    int n = 0, split = 0;
    for (int i = 0; i < doc->n_sentences; i++) {
        const dyad_sentence *s = &doc->sentences[i];
        if (s->n_words <= max_words) {
            n++;
            continue;
        }
        split++;
        for (int t = 0, w; t < s->n_tokens; t += piece_tokens(s, t, max_words, &w)) n++;
    }
    if (!split) return 0;
    dyad_sentence *v = dyad_arena_alloc(doc->arena, sizeof *v * (size_t)n);
    int k = 0;
    for (int i = 0; i < doc->n_sentences; i++) {
        const dyad_sentence *s = &doc->sentences[i];
        if (s->n_words <= max_words) {
            v[k++] = *s;
            continue;
        }
        for (int t = 0, w, m; t < s->n_tokens; t += m) {
            m = piece_tokens(s, t, max_words, &w);
            v[k++] = piece(s, t, m, w, doc->arena);
        }
    }
    doc->sentences = v;
    doc->n_sentences = n;
    return split;
}
