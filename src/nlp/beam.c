/*
** beam.c - beam search for the parser: the arc-hybrid moves of parser.c scored by a second
** set of move weights that is trained for search, over whole move sequences (a global
** structured perceptron with max-violation updates: Zhang and Clark 2008, Zhang and Nivre
** 2011, Huang, Fayong and Guo 2012).  The k best partial parses are kept at each step; every
** parse of n words takes 2n moves, so all end together.  Relations come from the greedy
** parser's labeller and sure labels, as in parser.c, so each hypothesis keeps its own labels
** for the features that read them.  The gold move sequence takes LEFT, then RIGHT, then SHIFT
** when each loses no gold arc (Goldberg and Nivre's costs, parser.c).  On UD English EWT test
** a beam of 16 in training (two trainings averaged) and 8 when parsing gives UAS 86.26 / LAS
** 83.12 against 85.15 / 81.93 greedy (README, "Parsing with a beam").
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/parser_int.h"

/* Where a beam's scores come from: the model when parsing, perceptrons when training. */
typedef struct bscorer {
    const nlp_parser *ps;                 /* parsing: ps->beam_moves, ps_label() */
    nlp_perceptron *pmoves;               /* training */
    const nlp_perceptron *plabeller;
    const nlp_map *sure_map;
    int n_labels, root_label, punct_label;
} bscorer;

typedef struct hyp {
    pstate st;
    void *mem;
    double score;
    int *hist;   /* move * 64 + label of each step */
    bool gold;
} hyp;

typedef struct cand {
    int parent, move;
    double score;
} cand;

static int score_moves(const bscorer *sc, const pstate *st, uint64_t *keys, double *out) {
    int k = ps_move_features(st, keys);
    if (sc->ps) {
        int32_t s[N_MOVES] = {0};
        nlp_wtab_score(&sc->ps->beam_moves, keys, k, s);
        for (int m = 0; m < N_MOVES; m++) out[m] = s[m];
    } else {
        float s[N_MOVES] = {0};
        nlp_perceptron_score(sc->pmoves, keys, k, s, false);
        for (int m = 0; m < N_MOVES; m++) out[m] = s[m];
    }
    return k;
}

/* The relation of the arc move makes in st (as ps_label, with the training labeller). */
static int choose_label(const bscorer *sc, const pstate *st, int move, uint64_t *keys) {
    if (sc->ps) return ps_label(sc->ps, st, move, keys);
    int h, d;
    ps_arc_of(st, move, &h, &d);
    if (h == st->n + 1) return sc->root_label;
    if (st->pw[d].u == DYAD_PUNCT && sc->punct_label >= 0) return sc->punct_label;
    const uint32_t *v = nlp_map_find(sc->sure_map, ps_sure_key(st, h, d));
    if (v) return (int)*v;
    int k = ps_label_features(st, move, h, d, keys), best = -1;
    float s[MAX_LABELS] = {0};
    nlp_perceptron_score_shared(sc->plabeller, keys, k, s);
    for (int l = 0; l < sc->n_labels; l++)
        if (l != sc->root_label && (best < 0 || s[l] > s[best])) best = l;
    return best < 0 ? sc->root_label : best;
}

static int cand_cmp(const void *a, const void *b) {
    const cand *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    if (x->parent != y->parent) return x->parent - y->parent;
    return x->move - y->move;
}

typedef struct beam {
    int k, max_n;
    hyp *h;           /* 2k hypotheses: the current beam and the next */
    cand *cands;
    size_t bytes;     /* bytes of a state's arrays that a copy moves (not the word features) */
    uint64_t keys[MAX_FEATS];
} beam;

static void beam_init(beam *bm, int k, int max_n) {
    bm->k = k;
    bm->max_n = max_n;
    bm->h = dyad_xcalloc(2 * (size_t)k, sizeof *bm->h);
    bm->cands = dyad_xmalloc(3 * (size_t)k * sizeof *bm->cands);
    for (int i = 0; i < 2 * k; i++) {
        bm->h[i].mem = dyad_xmalloc(ps_state_size(max_n));
        bm->h[i].hist = dyad_xmalloc(sizeof(int) * (2 * (size_t)max_n + 2));
    }
}

static void beam_free(beam *bm) {
    for (int i = 0; i < 2 * bm->k; i++) {
        free(bm->h[i].mem);
        free(bm->h[i].hist);
    }
    free(bm->h);
    free(bm->cands);
}

/* Set up the beam for sentence s: one hypothesis, the initial state; the word features live
   in the memory of h[0] and are shared by all. */
static void beam_start(beam *bm, const dyad_sentence *s) {
    int n = s->n_words;
    size_t m = (size_t)n + 2;
    bm->bytes = 10 * m * sizeof(int) + 2 * m * sizeof(uint64_t);
    for (int i = 0; i < 2 * bm->k; i++) ps_state_init(&bm->h[i].st, n, bm->h[i].mem);
    ps_state_words(&bm->h[0].st, s);
    for (int i = 1; i < 2 * bm->k; i++) bm->h[i].st.pw = bm->h[0].st.pw;
    bm->h[0].score = 0;
    bm->h[0].gold = true;
}

/*
** One step: expand the ncur hypotheses at cur by every allowed move, keep the k best in next.
** t is the step number; gold_move the gold move of this step or -1.  Returns the number kept.
*/
static int beam_step(beam *bm, const bscorer *sc, hyp *cur, int ncur, hyp *next, int t,
                     int gold_move, bool keep_punct_leaf) {
    int nc = 0;
    for (int i = 0; i < ncur; i++) {
        double s[N_MOVES];
        const pstate *st = &cur[i].st;
        score_moves(sc, st, bm->keys, s);
        bool ok[N_MOVES], any_leaf = false;
        for (int m = 0; m < N_MOVES; m++) {
            ok[m] = ps_valid(st, m);
            if (ok[m] && !ps_punct_head(st, m)) any_leaf = true;
        }
        for (int m = 0; m < N_MOVES; m++) {
            if (!ok[m] || (keep_punct_leaf && any_leaf && ps_punct_head(st, m))) continue;
            bm->cands[nc++] = (cand){i, m, cur[i].score + s[m]};
        }
    }
    qsort(bm->cands, (size_t)nc, sizeof *bm->cands, cand_cmp);
    int nn = nc < bm->k ? nc : bm->k;
    for (int j = 0; j < nn; j++) {
        hyp *h = &next[j];
        const hyp *p = &cur[bm->cands[j].parent];
        int move = bm->cands[j].move;
        memcpy(h->mem, p->mem, bm->bytes);
        h->st.sp = p->st.sp;
        h->st.b = p->st.b;
        memcpy(h->hist, p->hist, sizeof(int) * (size_t)t);
        int label = move == SHIFT ? 0 : choose_label(sc, &h->st, move, bm->keys);
        ps_apply(&h->st, move, label);
        h->hist[t] = move * 64 + label;
        h->score = bm->cands[j].score;
        h->gold = p->gold && move == gold_move;
    }
    return nn;
}

/* Parse s with a beam of k; returns the best final hypothesis. */
static const hyp *beam_parse(beam *bm, const bscorer *sc, const dyad_sentence *s) {
    beam_start(bm, s);
    hyp *cur = bm->h, *next = bm->h + bm->k;
    int ncur = 1;
    for (int t = 0; !ps_terminal(&cur[0].st); t++) {
        ncur = beam_step(bm, sc, cur, ncur, next, t, -1, true);
        hyp *x = cur;
        cur = next;
        next = x;
    }
    return &cur[0];
}

void nlp_beam_parse(const nlp_parser *ps, dyad_sentence *s, int k) {
    int n = s->n_words;
    if (n == 0) return;
    beam bm;
    beam_init(&bm, k, n);
    bscorer sc = {.ps = ps};
    const hyp *best = beam_parse(&bm, &sc, s);
    for (int i = 0; i < n; i++) {
        int h = best->st.head[i + 1];
        s->words[i].head = h == n + 1 ? 0 : h;
        s->words[i].deprel = ps->labels[best->st.label[i + 1]];
    }
    beam_free(&bm);
    nlp_attach_paired_punct(s);
    nlp_repair_titled_names(s);
    nlp_repair_subjects(s);
}

/* The gold move sequence: a zero-cost move at each step, LEFT before RIGHT before SHIFT. */
static bool gold_sequence(const bscorer *sc, const dyad_sentence *s, const int *gold, void *mem,
                          int *gmove, int *ghist, uint64_t *gkeys, int *gk, double *gscore) {
    int n = s->n_words;
    pstate st;
    ps_state_init(&st, n, mem);
    ps_state_words(&st, s);
    int cost[N_MOVES];
    double total = 0;
    uint64_t lkeys[MAX_FEATS];
    for (int t = 0; !ps_terminal(&st); t++) {
        ps_move_costs(&st, gold, cost);
        int m = cost[LEFT] == 0 ? LEFT : cost[RIGHT] == 0 ? RIGHT : cost[SHIFT] == 0 ? SHIFT : -1;
        if (m < 0) return false;
        double sc3[N_MOVES];
        gk[t] = score_moves(sc, &st, gkeys + (size_t)t * MAX_FEATS, sc3);
        total += sc3[m];
        gscore[t] = total;
        int label = m == SHIFT ? 0 : choose_label(sc, &st, m, lkeys);
        ps_apply(&st, m, label);
        gmove[t] = m;
        ghist[t] = m * 64 + label;
    }
    for (int d = 1; d <= n; d++)
        if (st.head[d] != gold[d]) return false;
    return true;
}

typedef struct btrain {
    int *gmove, *ghist, *gk, *phist;
    uint64_t *gkeys;
    double *gscore;
    void *mem;
    long right, total, skipped;
} btrain;

/* Max-violation update (Huang, Fayong and Guo 2012) for one sentence. */
static void beam_train_sentence(beam *bm, bscorer *sc, btrain *bt, const dyad_sentence *s,
                                const int *gold) {
    int n = s->n_words, steps = 2 * n;
    if (!gold_sequence(sc, s, gold, bt->mem, bt->gmove, bt->ghist, bt->gkeys, bt->gk, bt->gscore)) {
        bt->skipped++;
        return;
    }
    beam_start(bm, s);
    hyp *cur = bm->h, *next = bm->h + bm->k;
    int ncur = 1, tstar = -1;
    double maxv = -1;
    for (int t = 0; t < steps; t++) {
        ncur = beam_step(bm, sc, cur, ncur, next, t, bt->gmove[t], false);
        hyp *x = cur;
        cur = next;
        next = x;
        if (!cur[0].gold) {
            double v = cur[0].score - bt->gscore[t];
            if (v >= maxv) {
                maxv = v;
                tstar = t;
                memcpy(bt->phist, cur[0].hist, sizeof(int) * (size_t)(t + 1));
            }
        }
    }
    bt->total++;
    if (cur[0].gold || tstar < 0) {
        bt->right++;
        nlp_perceptron_tick(sc->pmoves);
        return;
    }
    int c = 0;
    while (c <= tstar && bt->phist[c] == bt->ghist[c]) c++;
    pstate st;
    ps_state_init(&st, n, bt->mem);
    ps_state_words(&st, s);
    uint64_t keys[MAX_FEATS];
    for (int j = 0; j <= tstar; j++) {
        int pm = bt->phist[j] / 64, pl = bt->phist[j] % 64;
        if (j >= c) {
            int k = ps_move_features(&st, keys);
            nlp_perceptron_update(sc->pmoves, keys, k, pm, -1);
            nlp_perceptron_update(sc->pmoves, bt->gkeys + (size_t)j * MAX_FEATS, bt->gk[j], bt->gmove[j], 1);
        }
        ps_apply(&st, pm, pl);
    }
    nlp_perceptron_tick(sc->pmoves);
}

nlp_perceptron *nlp_beam_train(const nlp_corpus *c, int **gold, ptrain *t, int punct_label,
                               int k, int epochs, int max_n, int run, bool verbose) {
    nlp_perceptron_average(t->labeller);
    bscorer sc = {.pmoves = nlp_perceptron_new(N_MOVES), .plabeller = t->labeller,
                  .sure_map = &t->sure, .n_labels = t->n_labels, .root_label = t->root_label,
                  .punct_label = punct_label};
    beam bm;
    beam_init(&bm, k, max_n);
    btrain bt = {0};
    size_t steps = 2 * (size_t)max_n + 2;
    bt.gmove = dyad_xmalloc(steps * sizeof(int));
    bt.ghist = dyad_xmalloc(steps * sizeof(int));
    bt.gk = dyad_xmalloc(steps * sizeof(int));
    bt.phist = dyad_xmalloc(steps * sizeof(int));
    bt.gscore = dyad_xmalloc(steps * sizeof(double));
    bt.gkeys = dyad_xmalloc(steps * MAX_FEATS * sizeof(uint64_t));
    bt.mem = dyad_xmalloc(ps_state_size(max_n));
    int *order = dyad_xmalloc(sizeof(int) * (size_t)(c->n ? c->n : 1));
    for (int i = 0; i < c->n; i++) order[i] = i;
    char name[24] = ""; /* " run 2" in messages */
    if (run) snprintf(name, sizeof name, " run %d", run);
    for (int ep = 0; ep < epochs; ep++) {
        nlp_shuffle(order, c->n, &t->rng);
        nlp_perceptron_epoch(sc.pmoves);
        bt.right = bt.total = bt.skipped = 0;
        for (int si = 0; si < c->n; si++)
            if (gold[order[si]]) beam_train_sentence(&bm, &sc, &bt, c->sents[order[si]], gold[order[si]]);
        if (verbose)
            fprintf(stderr, "beam %d%s epoch %d: %.2f%% of %ld sentences parsed right on training data%s\n",
                    k, name, ep + 1, 100.0 * (double)bt.right / (double)(bt.total ? bt.total : 1), bt.total,
                    bt.skipped ? " (some without a gold move sequence left out)" : "");
    }
    /* The feature counts that prune the weights when they are frozen are those of the last
       pass, over every hypothesis scored: features of wrong parses matter to beam search, and
       counting only the gold parses' features cost 0.3 UAS. */
    free(order);
    free(bt.gmove);
    free(bt.ghist);
    free(bt.gk);
    free(bt.phist);
    free(bt.gscore);
    free(bt.gkeys);
    free(bt.mem);
    beam_free(&bm);
    return sc.pmoves;
}
