/*
** eval_segment.c - scores a system segmentation against gold tokens, words and sentences, the
** way the CoNLL 2018 shared-task script does (see eval.h).  Both sides hold the same text, so
** units are compared by byte span.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "nlp/eval.h"
#include "util/util.h"

/* A word in document order: its span (the token's, for a word of a multiword token). */
typedef struct eval_word {
    uint32_t start, end;
    bool mwt;
    const char *form;
} eval_word;

typedef struct span {
    uint32_t start, end;
} span;

static int count_words(const dyad_document *d) {
    int n = 0;
    for (int i = 0; i < d->n_sentences; i++) n += d->sentences[i].n_words;
    return n;
}

static eval_word *flatten_words(const dyad_document *d, int *n) {
    *n = count_words(d);
    eval_word *w = dyad_xmalloc(sizeof(eval_word) * (size_t)(*n ? *n : 1));
    int k = 0;
    for (int i = 0; i < d->n_sentences; i++) {
        const dyad_sentence *s = &d->sentences[i];
        for (int t = 0; t < s->n_tokens; t++) {
            const dyad_token *tok = &s->tokens[t];
            for (int j = 0; j < tok->n_words && tok->first_word + j < s->n_words; j++) {
                const dyad_word *dw = &s->words[tok->first_word + j];
                w[k].start = tok->start;
                w[k].end = tok->end;
                w[k].mwt = tok->n_words > 1;
                w[k].form = dw->form ? dw->form : "";
                k++;
            }
        }
    }
    *n = k;
    return w;
}

/* Do two forms agree when lower-cased? */
static bool same_form(const char *a, const char *b) {
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)a, *q = (const utf8proc_uint8_t *)b;
    while (*p && *q) {
        utf8proc_int32_t c, d;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &c);
        utf8proc_ssize_t m = utf8proc_iterate(q, -1, &d);
        if (n < 1 || m < 1) return strcmp((const char *)p, (const char *)q) == 0;
        if (utf8proc_tolower(c) != utf8proc_tolower(d)) return false;
        p += n;
        q += m;
    }
    return *p == *q;
}

/* Count the gold and system spans that are equal; both lists are in text order. */
static void match_spans(dyad_eval_count *c, const span *g, long ng, const span *s, long ns) {
    long i = 0, j = 0;
    c->gold += ng;
    c->system += ns;
    while (i < ng && j < ns) {
        if (g[i].start == s[j].start && g[i].end == s[j].end) {
            c->correct++;
            i++;
            j++;
        } else if (g[i].start < s[j].start || (g[i].start == s[j].start && g[i].end < s[j].end)) {
            i++;
        } else {
            j++;
        }
    }
}

static span *token_spans(const dyad_document *d, long *n) {
    long k = 0;
    for (int i = 0; i < d->n_sentences; i++) k += d->sentences[i].n_tokens;
    span *sp = dyad_xmalloc(sizeof(span) * (size_t)(k ? k : 1));
    k = 0;
    for (int i = 0; i < d->n_sentences; i++)
        for (int t = 0; t < d->sentences[i].n_tokens; t++) {
            sp[k].start = d->sentences[i].tokens[t].start;
            sp[k].end = d->sentences[i].tokens[t].end;
            k++;
        }
    *n = k;
    return sp;
}

static span *sentence_spans(const dyad_document *d, long *n) {
    span *sp = dyad_xmalloc(sizeof(span) * (size_t)(d->n_sentences ? d->n_sentences : 1));
    for (int i = 0; i < d->n_sentences; i++) {
        sp[i].start = d->sentences[i].start;
        sp[i].end = d->sentences[i].end;
    }
    *n = d->n_sentences;
    return sp;
}

/* Widen end to cover w. */
static uint32_t extend(const eval_word *w, uint32_t end) {
    return w->end > end ? w->end : end;
}

/* Align the words g[gs..ge) and s[ss..se) by their longest common subsequence of forms. */
static long align_lcs(const eval_word *g, int gs, int ge, const eval_word *s, int ss, int se) {
    int n = ge - gs, m = se - ss;
    /* lcs[i][j]: LCS of g[gs+i..ge) and s[ss+j..se) */
    int *lcs = dyad_xcalloc((size_t)(n + 1) * (size_t)(m + 1), sizeof(int));
#define L(i, j) lcs[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
    for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--) {
            if (same_form(g[gs + i].form, s[ss + j].form)) L(i, j) = 1 + L(i + 1, j + 1);
            else L(i, j) = L(i + 1, j) > L(i, j + 1) ? L(i + 1, j) : L(i, j + 1);
        }
    long aligned = L(0, 0);
#undef L
    free(lcs);
    return aligned;
}

static long align_words(const eval_word *g, int ng, const eval_word *s, int ns) {
    long correct = 0;
    int gi = 0, si = 0;
    while (gi < ng && si < ns) {
        if (g[gi].mwt || s[si].mwt) {
            /* the stretch of text covered by overlapping multiword tokens */
            uint32_t end;
            if (g[gi].mwt) {
                end = g[gi].end;
                if (!s[si].mwt && s[si].start < g[gi].start) si++;
            } else {
                end = s[si].end;
                if (!g[gi].mwt && g[gi].start < s[si].start) gi++;
            }
            int gs = gi, ss = si;
            while ((gi < ng && g[gi].start < end) || (si < ns && s[si].start < end)) {
                if (gi < ng && (si >= ns || g[gi].start <= s[si].start)) end = extend(&g[gi++], end);
                else end = extend(&s[si++], end);
            }
            if (gi > gs && si > ss) correct += align_lcs(g, gs, gi, s, ss, si);
        } else if (g[gi].start == s[si].start && g[gi].end == s[si].end) {
            correct++;
            gi++;
            si++;
        } else if (g[gi].start <= s[si].start) {
            gi++;
        } else {
            si++;
        }
    }
    return correct;
}

bool dyad_eval_segment(dyad_segment_eval *ev, const dyad_document *gold, const dyad_document *sys) {
    if (gold->text_len != sys->text_len || memcmp(gold->text, sys->text, gold->text_len) != 0) return false;
    long ng, ns;
    span *g = token_spans(gold, &ng), *s = token_spans(sys, &ns);
    match_spans(&ev->tokens, g, ng, s, ns);
    free(g);
    free(s);
    g = sentence_spans(gold, &ng);
    s = sentence_spans(sys, &ns);
    match_spans(&ev->sentences, g, ng, s, ns);
    free(g);
    free(s);
    int nwg, nws;
    eval_word *wg = flatten_words(gold, &nwg), *ws = flatten_words(sys, &nws);
    ev->words.gold += nwg;
    ev->words.system += nws;
    ev->words.correct += align_words(wg, nwg, ws, nws);
    free(wg);
    free(ws);
    return true;
}

dyad_document *dyad_eval_raw_document(const dyad_document *gold) {
    dyad_document *d = dyad_document_new();
    d->text = dyad_arena_strndup(d->arena, gold->text ? gold->text : "", gold->text_len);
    d->text_len = gold->text_len;
    d->id = dyad_arena_strdup(d->arena, gold->id);
    d->origin = dyad_arena_strdup(d->arena, gold->origin);
    d->origin_line = gold->origin_line;
    return d;
}

double dyad_eval_precision(const dyad_eval_count *c) {
    return c->system ? (double)c->correct / (double)c->system : 0.0;
}

double dyad_eval_recall(const dyad_eval_count *c) {
    return c->gold ? (double)c->correct / (double)c->gold : 0.0;
}

double dyad_eval_f1(const dyad_eval_count *c) {
    return c->gold + c->system ? 2.0 * (double)c->correct / (double)(c->gold + c->system) : 0.0;
}
