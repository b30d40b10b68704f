/*
** tagger.c - the part-of-speech tagger: one averaged-perceptron classifier over joint
** UPOS+XPOS tags, left to right, greedy (Collins 2002; features after Ratnaparkhi 1996 and
** Toutanova et al. 2003: the word and its neighbours, suffixes, prefixes, word shape, the two
** previous predicted tags, and the tag sets seen with the word and the next two words in
** training, which give look-ahead without a second pass).
**
** Section "tagger": block 1 u32 {version, n_classes}; block 2 class names as NUL-separated
** "UPOS", "XPOS" pairs; blocks 3-5 the weight table; block 6 the lexicon (key table from
** form to tag-set hash << 8 | (1 + sure class, or 0)).
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "nlp/nlp.h"

#define TAGGER_VERSION 1
#define MAX_FEATS 48
#define LEX_MIN 2          /* words seen fewer times look unknown (as in test text) */
#define SURE_MIN 8        /* a word seen this often with one tag only ... */
#define SURE_SHARE 0.99   /* ... (this share of its uses) is tagged without the classifier */

struct nlp_tagger {
    int n_classes;
    const char **names;   /* 2 * n_classes: UPOS, XPOS of each class */
    uint8_t *upos;
    bool *finite;         /* per class: a finite verb (VBD, VBZ, VBP, MD) */
    int lrb, rrb;         /* the classes PUNCT -LRB- and PUNCT -RRB-, or -1 */
    int nnp;              /* the class PROPN NNP, or -1 */
    int vbd;              /* the class VERB VBD, or -1 */
    nlp_wtab w;
    nlp_ktab lex;
};

enum { T_BIAS = 1, T_LW, T_FW, T_S1, T_S2, T_S3, T_S4, T_P1, T_P3, T_SHAPE, T_SHAPE_FIRST,
       T_LWM1, T_LWM2, T_LWP1, T_LWP2, T_S3M1, T_S3P1, T_TM1, T_TM2, T_TM12, T_TM1_LW,
       T_TM1_S3, T_AMB, T_AMBP1, T_AMBP2, T_AMB_AMBP1, T_TM1_AMB, T_LW_LWP1, T_LWM1_LW,
       T_SHAPEP1, T_SHAPEM1, T_TM1_AMBP1, T_LW_FIRST, T_AMBM1, T_S3_AMB, T_LEX, T_LEX_LOWER,
       T_FIN_AMB, T_FIN_LW, T_FIN_AMB_AMBP1 };

/* What the features need to know of each word. */
typedef struct tword {
    uint64_t lw, fw, s1, s2, s3, s4, p1, p3, shape;
    uint32_t lex;         /* lexicon value, 0 when unknown */
} tword;

static uint64_t hash_suffix(const char *s, size_t n, size_t k) {
    return k >= n ? nlp_hs(s, n) : nlp_hs(s + n - k, k);
}

/* Word shape: X for upper, x lower, d digit, other bytes as they are; runs cut at 2. */
static uint64_t shape_of(const char *form) {
    char out[32];
    size_t n = 0;
    for (const char *p = form; *p && n < sizeof out; p++) {
        char c = *p;
        char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
               : (unsigned char)c >= 0x80 ? 'u' : c;
        if (n >= 2 && out[n - 1] == k && out[n - 2] == k) continue;
        out[n++] = k;
    }
    return nlp_hs(out, n);
}

static uint32_t lex_get(const nlp_ktab *lex, uint64_t fw, uint64_t lw) {
    uint32_t v = nlp_ktab_get(lex, nlp_fk1(T_LEX, fw));
    if (v == UINT32_MAX) v = nlp_ktab_get(lex, nlp_fk1(T_LEX_LOWER, lw));
    return v == UINT32_MAX ? 0 : v;
}

static void describe(const dyad_sentence *s, tword *tw, const nlp_ktab *lex) {
    char low[256];
    for (int i = 0; i < s->n_words; i++) {
        const char *f = s->words[i].form;
        size_t n = nlp_lower(f, low, sizeof low);
        tword *t = &tw[i];
        t->lw = nlp_hs(low, n);
        t->fw = nlp_hs(f, strlen(f));
        t->s1 = hash_suffix(low, n, 1);
        t->s2 = hash_suffix(low, n, 2);
        t->s3 = hash_suffix(low, n, 3);
        t->s4 = hash_suffix(low, n, 4);
        t->p1 = nlp_hs(low, n < 1 ? n : 1);
        t->p3 = nlp_hs(low, n < 3 ? n : 3);
        t->shape = shape_of(f);
        t->lex = lex ? lex_get(lex, t->fw, t->lw) : 0;
    }
}

/*
** Keys of the features of word i, given the classes predicted for the words before it and
** whether one of them is a finite verb (the main verb of a clause is more often the first:
** "Rebels killed five soldiers" has killed/VBD, not VBN).
*/
static int features(const tword *tw, int n, int i, const int *tags, bool fin, uint64_t *k) {
    static const tword none = {1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
    const tword *w = &tw[i];
    const tword *m1 = i > 0 ? &tw[i - 1] : &none, *m2 = i > 1 ? &tw[i - 2] : &none;
    const tword *p1 = i + 1 < n ? &tw[i + 1] : &none, *p2 = i + 2 < n ? &tw[i + 2] : &none;
    uint64_t t1 = i > 0 ? (uint64_t)tags[i - 1] : 1000, t2 = i > 1 ? (uint64_t)tags[i - 2] : 1000;
    uint64_t amb = w->lex >> 8, ambp1 = p1->lex >> 8, ambp2 = p2->lex >> 8, ambm1 = m1->lex >> 8;
    int c = 0;
    k[c++] = nlp_fk1(T_BIAS, 0);
    k[c++] = nlp_fk1(T_LW, w->lw);
    k[c++] = nlp_fk1(T_FW, w->fw);
    k[c++] = nlp_fk1(T_S1, w->s1);
    k[c++] = nlp_fk1(T_S2, w->s2);
    k[c++] = nlp_fk1(T_S3, w->s3);
    k[c++] = nlp_fk1(T_S4, w->s4);
    k[c++] = nlp_fk1(T_P1, w->p1);
    k[c++] = nlp_fk1(T_P3, w->p3);
    k[c++] = nlp_fk1(T_SHAPE, w->shape);
    k[c++] = nlp_fk2(T_SHAPE_FIRST, w->shape, i == 0);
    k[c++] = nlp_fk1(T_LWM1, m1->lw);
    k[c++] = nlp_fk1(T_LWM2, m2->lw);
    k[c++] = nlp_fk1(T_LWP1, p1->lw);
    k[c++] = nlp_fk1(T_LWP2, p2->lw);
    k[c++] = nlp_fk1(T_S3M1, m1->s3);
    k[c++] = nlp_fk1(T_S3P1, p1->s3);
    k[c++] = nlp_fk1(T_TM1, t1);
    k[c++] = nlp_fk1(T_TM2, t2);
    k[c++] = nlp_fk2(T_TM12, t1, t2);
    k[c++] = nlp_fk2(T_TM1_LW, t1, w->lw);
    k[c++] = nlp_fk2(T_TM1_S3, t1, w->s3);
    k[c++] = nlp_fk1(T_AMB, amb);
    k[c++] = nlp_fk1(T_AMBP1, ambp1);
    k[c++] = nlp_fk1(T_AMBP2, ambp2);
    k[c++] = nlp_fk2(T_AMB_AMBP1, amb, ambp1);
    k[c++] = nlp_fk2(T_TM1_AMB, t1, amb);
    k[c++] = nlp_fk2(T_LW_LWP1, w->lw, p1->lw);
    k[c++] = nlp_fk2(T_LWM1_LW, m1->lw, w->lw);
    k[c++] = nlp_fk1(T_SHAPEP1, p1->shape);
    k[c++] = nlp_fk1(T_SHAPEM1, m1->shape);
    k[c++] = nlp_fk2(T_TM1_AMBP1, t1, ambp1);
    k[c++] = nlp_fk2(T_LW_FIRST, w->lw, i == 0);
    k[c++] = nlp_fk2(T_AMBM1, ambm1, amb);
    k[c++] = nlp_fk2(T_S3_AMB, w->s3, amb);
    k[c++] = nlp_fk2(T_FIN_AMB, fin, amb);
    k[c++] = nlp_fk2(T_FIN_LW, fin, w->lw);
    k[c++] = nlp_fk3(T_FIN_AMB_AMBP1, fin, amb, ambp1);
    return c;
}

static bool is_finite(const char *xpos) {
    return !strcmp(xpos, "VBD") || !strcmp(xpos, "VBZ") || !strcmp(xpos, "VBP") || !strcmp(xpos, "MD");
}

/* The first index of the largest of s[0..n).  The best score is kept in a variable, not
   reloaded through the index, so that the comparisons do not wait on each other. */
static int argmax_i(const int32_t *s, int n) {
    int b = 0;
    int32_t best = s[0];
    for (int i = 1; i < n; i++)
        if (s[i] > best) {
            best = s[i];
            b = i;
        }
    return b;
}

static int argmax_f(const float *s, int n) {
    int b = 0;
    for (int i = 1; i < n; i++)
        if (s[i] > s[b]) b = i;
    return b;
}

/*
** The class of a form that is one opening or closing bracket (Unicode Ps or Pe: "{", "}", "〔"),
** which training may not have seen: PUNCT -LRB- or -RRB-, as EWT tags all brackets; else -1.
*/
static int bracket_class(const nlp_tagger *t, const char *form) {
    utf8proc_int32_t c;
    size_t n = strlen(form);
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)form, (utf8proc_ssize_t)n, &c);
    if (k <= 0 || (size_t)k != n) return -1;
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_PS ? t->lrb : cat == UTF8PROC_CATEGORY_PE ? t->rrb : -1;
}

/*
** A capitalised first word that training never saw, tagged as a past tense or participle right
** before a modal or a past tense ("Blinken will meet ...", "Zelenskyy said ..."), is a name:
** no sentence of EWT and GUM train and dev starts with a verb so followed.  (Present tenses
** and gerunds are left alone: "Attached is ...", "Blinking is ...".)
*/
static void first_word_name(const nlp_tagger *t, dyad_sentence *s, bool known) {
    if (s->n_words < 2 || known || t->nnp < 0) return;
    dyad_word *w = &s->words[0];
    const char *x = w->xpos, *next = s->words[1].xpos;
    if (w->form[0] < 'A' || w->form[0] > 'Z' || (strcmp(x, "VBD") && strcmp(x, "VBN"))) return;
    if (strcmp(next, "MD") && strcmp(next, "VBD")) return;
    w->upos = t->upos[t->nnp];
    w->xpos = t->names[2 * t->nnp + 1];
}

static bool nounish(const char *x) {
    return (x[0] == 'N' && x[1] == 'N') || !strcmp(x, "PRP");
}

/*
** A sentence without a finite verb whose first lower-case "-ed" word tagged as an adjective or
** participle stands between a noun and what may be its object is a past tense: "The United
** States on Thursday granted Argentina a loan", "A spokesman declined comment" had "granted"
** and "declined" JJ or VBN, and no verb to give an event.  In EWT and GUM dev and test the rule
** fires 8 times, 7 of them rightly (the other: "taxpayer funded giveaway").  In train, whose
** tags the tagger has learnt, a sentence without a finite verb is mostly a true fragment ("an
** island called jejudo"): there it fires 7 times, rightly once; news has few such fragments.
*/
static void verbless_past(const nlp_tagger *t, dyad_sentence *s) {
    if (t->vbd < 0) return;
    for (int k = 1; k + 1 < s->n_words; k++) {
        dyad_word *w = &s->words[k];
        const char *x = w->xpos, *next = s->words[k + 1].xpos;
        size_t n = strlen(w->form);
        if ((strcmp(x, "JJ") && strcmp(x, "VBN")) || n < 4 || strcmp(w->form + n - 2, "ed") ||
            w->form[0] < 'a' || w->form[0] > 'z' || !nounish(s->words[k - 1].xpos))
            continue;
        if (nounish(next) || !strcmp(next, "DT") || !strcmp(next, "JJ") || !strcmp(next, "CD") ||
            !strcmp(next, "PRP$")) {
            w->upos = t->upos[t->vbd];
            w->xpos = t->names[2 * t->vbd + 1];
        }
        return;
    }
}

void nlp_tagger_tag(const nlp_tagger *t, dyad_sentence *s, bool rules) {
    int n = s->n_words;
    if (n == 0) return;
    tword *tw = dyad_xmalloc((size_t)n * (sizeof *tw + sizeof(int)));
    int *tags = (int *)(tw + n);
    describe(s, tw, &t->lex);
    uint64_t keys[MAX_FEATS];
    int32_t scores[256];
    bool fin = false;
    for (int i = 0; i < n; i++) {
        uint32_t sure = tw[i].lex & 0xff;
        if (sure && (int)sure <= t->n_classes) {
            tags[i] = (int)sure - 1;
        } else {
            int k = features(tw, n, i, tags, fin, keys);
            memset(scores, 0, sizeof(int32_t) * (size_t)t->n_classes);
            nlp_wtab_score(&t->w, keys, k, scores);
            tags[i] = argmax_i(scores, t->n_classes);
            int b = rules ? bracket_class(t, s->words[i].form) : -1;
            if (b >= 0) tags[i] = b; /* "}" is no PROPN */
        }
        fin |= t->finite[tags[i]];
        s->words[i].upos = t->upos[tags[i]];
        s->words[i].xpos = t->names[2 * tags[i] + 1];
    }
    if (rules) {
        first_word_name(t, s, tw[0].lex != 0);
        if (!fin) verbless_past(t, s);
    }
    free(tw);
}

nlp_tagger *nlp_tagger_load(const void *p, size_t n, const char **err) {
    nlp_blocks r = {p, (const unsigned char *)p + n, false};
    size_t len;
    const uint32_t *h = nlp_block(&r, &len);
    if (!h || len != 8 || h[0] != TAGGER_VERSION) {
        *err = "tagger section has an unknown version";
        return NULL;
    }
    nlp_tagger *t = dyad_xcalloc(1, sizeof *t);
    t->n_classes = (int)h[1];
    int k;
    t->names = nlp_block_strings(&r, &k);
    if (!t->names || k != 2 * t->n_classes || t->n_classes < 1 || t->n_classes > 256 ||
        !nlp_block_wtab(&r, &t->w) || t->w.n_classes != t->n_classes || !nlp_block_ktab(&r, &t->lex)) {
        nlp_tagger_free(t);
        *err = "tagger section is malformed";
        return NULL;
    }
    t->upos = dyad_xcalloc((size_t)t->n_classes, 1);
    t->finite = dyad_xcalloc((size_t)t->n_classes, sizeof *t->finite);
    t->lrb = t->rrb = t->nnp = t->vbd = -1;
    for (int i = 0; i < t->n_classes; i++) {
        t->upos[i] = (uint8_t)dyad_upos_from_name(t->names[2 * i]);
        t->finite[i] = is_finite(t->names[2 * i + 1]);
        if (t->upos[i] == DYAD_PUNCT && !strcmp(t->names[2 * i + 1], "-LRB-")) t->lrb = i;
        if (t->upos[i] == DYAD_PUNCT && !strcmp(t->names[2 * i + 1], "-RRB-")) t->rrb = i;
        if (t->upos[i] == DYAD_PROPN && !strcmp(t->names[2 * i + 1], "NNP")) t->nnp = i;
        if (t->upos[i] == DYAD_VERB && !strcmp(t->names[2 * i + 1], "VBD")) t->vbd = i;
    }
    return t;
}

void nlp_tagger_free(nlp_tagger *t) {
    if (!t) return;
    free(t->names);
    free(t->upos);
    free(t->finite);
    free(t);
}

/* ------------------------------------------------------------------- training */

typedef struct classes {
    nlp_map map;           /* hash of "UPOS XPOS" -> class */
    dyad_buf names;
    int n;
} classes;

static int class_of(classes *c, const dyad_word *w, bool create) {
    const char *up = dyad_upos_name(w->upos), *xp = w->xpos ? w->xpos : "_";
    uint64_t key = dyad_hash_mix(nlp_hs(up, strlen(up)), nlp_hs(xp, strlen(xp)));
    uint32_t *v = nlp_map_get(&c->map, key, create && c->n < 256);
    if (!v) return -1;
    if (*v == UINT32_MAX) {
        *v = (uint32_t)c->n++;
        dyad_buf_add(&c->names, up, strlen(up) + 1);
        dyad_buf_add(&c->names, xp, strlen(xp) + 1);
    }
    return (int)*v;
}

/* Counts of each class per word form, for the lexicon. */
typedef struct wcount {
    uint64_t key;
    int total;
    int *by_class;
} wcount;

static void lexicon(const nlp_corpus *c, classes *cl, dyad_buf *out) {
    nlp_map map = {0};
    wcount *wc = NULL;
    size_t n = 0, cap = 0;
    char low[256];
    for (int si = 0; si < c->n; si++) {
        const dyad_sentence *s = c->sents[si];
        for (int i = 0; i < s->n_words; i++) {
            int k = class_of(cl, &s->words[i], false);
            if (k < 0) continue;
            const char *f = s->words[i].form;
            size_t ln = nlp_lower(f, low, sizeof low);
            uint64_t keys[2] = {nlp_fk1(T_LEX, nlp_hs(f, strlen(f))), nlp_fk1(T_LEX_LOWER, nlp_hs(low, ln))};
            for (int j = 0; j < 2; j++) {
                uint32_t *v = nlp_map_get(&map, keys[j], true);
                if (*v == UINT32_MAX) {
                    if (n == cap) {
                        cap = cap ? 2 * cap : 4096;
                        wc = dyad_xrealloc(wc, cap * sizeof *wc);
                    }
                    wc[n].key = keys[j];
                    wc[n].total = 0;
                    wc[n].by_class = dyad_xcalloc((size_t)cl->n, sizeof(int));
                    *v = (uint32_t)n++;
                }
                wc[*v].total++;
                wc[*v].by_class[k]++;
            }
        }
    }
    nlp_ktab_builder b = {0};
    for (size_t i = 0; i < n; i++) {
        wcount *w = &wc[i];
        if (w->total >= LEX_MIN) {
            uint64_t h = 0x5eed;
            int best = 0;
            for (int k = 0; k < cl->n; k++) {
                if (w->by_class[k] * 100 >= w->total) h = dyad_hash_mix(h, (uint64_t)k + 1);
                if (w->by_class[k] > w->by_class[best]) best = k;
            }
            uint32_t sure = w->total >= SURE_MIN && w->by_class[best] >= SURE_SHARE * w->total ? (uint32_t)best + 1 : 0;
            uint32_t v = (uint32_t)(h & 0xffffff) << 8 | sure;
            if (v == 0) v = 1 << 8;
            nlp_ktab_add(&b, w->key, v);
        }
        free(w->by_class);
    }
    free(wc);
    nlp_map_free(&map);
    nlp_ktab_write(&b, out);
}

void nlp_tagger_train(const nlp_corpus *c, const nlp_train_options *o, dyad_buf *out) {
    classes cl = {0};
    for (int si = 0; si < c->n; si++)
        for (int i = 0; i < c->sents[si]->n_words; i++) class_of(&cl, &c->sents[si]->words[i], true);
    /* The lexicon first, as a block of its own, so that training sees what tagging sees. */
    dyad_buf lexbuf = {0};
    lexicon(c, &cl, &lexbuf);
    nlp_blocks lr = {(const unsigned char *)lexbuf.data, (const unsigned char *)lexbuf.data + lexbuf.len, false};
    nlp_ktab lex;
    nlp_block_ktab(&lr, &lex);

    nlp_perceptron *p = nlp_perceptron_new(cl.n);
    bool *finite = dyad_xcalloc((size_t)cl.n, sizeof *finite);
    const char *name = cl.names.data;
    for (int i = 0; i < cl.n; i++) {
        name += strlen(name) + 1; /* UPOS, then XPOS */
        finite[i] = is_finite(name);
        name += strlen(name) + 1;
    }
    int *order = dyad_xmalloc(sizeof(int) * (size_t)(c->n ? c->n : 1));
    for (int i = 0; i < c->n; i++) order[i] = i;
    uint64_t rng = o->seed ? o->seed : 1;
    tword *tw = NULL;
    int *tags = NULL, *gold = NULL, cap = 0;
    float *scores = dyad_xmalloc(sizeof(float) * (size_t)cl.n);
    uint64_t keys[MAX_FEATS];
    for (int ep = 0; ep < o->tagger_epochs; ep++) {
        nlp_shuffle(order, c->n, &rng);
        long right = 0, total = 0;
        nlp_perceptron_epoch(p);
        for (int si = 0; si < c->n; si++) {
            const dyad_sentence *s = c->sents[order[si]];
            int n = s->n_words;
            if (n > cap) {
                cap = n;
                tw = dyad_xrealloc(tw, sizeof *tw * (size_t)n);
                tags = dyad_xrealloc(tags, sizeof *tags * (size_t)n);
                gold = dyad_xrealloc(gold, sizeof *gold * (size_t)n);
            }
            describe(s, tw, &lex);
            for (int i = 0; i < n; i++) gold[i] = class_of(&cl, &s->words[i], false);
            bool fin = false;
            for (int i = 0; i < n; i++) {
                uint32_t sure = tw[i].lex & 0xff;
                if (sure) {
                    tags[i] = (int)sure - 1;
                } else {
                    int k = features(tw, n, i, tags, fin, keys);
                    memset(scores, 0, sizeof(float) * (size_t)cl.n);
                    nlp_perceptron_score(p, keys, k, scores, false);
                    tags[i] = argmax_f(scores, cl.n);
                    if (gold[i] >= 0 && tags[i] != gold[i]) {
                        nlp_perceptron_update(p, keys, k, gold[i], 1);
                        nlp_perceptron_update(p, keys, k, tags[i], -1);
                    }
                    nlp_perceptron_tick(p);
                }
                fin |= finite[tags[i]];
                right += tags[i] == gold[i];
                total++;
            }
        }
        if (o->verbose)
            fprintf(stderr, "tagger epoch %d: %.2f%% on training data\n", ep + 1,
                    total ? 100.0 * (double)right / (double)total : 0.0);
    }
    uint32_t h[2] = {TAGGER_VERSION, (uint32_t)cl.n};
    nlp_block_add(out, h, sizeof h);
    nlp_block_add(out, cl.names.data, cl.names.len);
    size_t kept = nlp_perceptron_freeze(p, o->min_count, o->min_weight, out);
    dyad_buf_add(out, lexbuf.data, lexbuf.len);
    if (o->verbose) fprintf(stderr, "tagger: %d classes, %zu features\n", cl.n, kept);
    dyad_buf_free(&lexbuf);
    nlp_perceptron_free(p);
    nlp_map_free(&cl.map);
    dyad_buf_free(&cl.names);
    free(order);
    free(tw);
    free(tags);
    free(gold);
    free(scores);
    free(finite);
}
