/*
** parser.c - the labelled dependency parser: greedy, transition-based, arc-hybrid (Kuhlmann,
** Gomez-Rodriguez and Satta 2011) with the root at the end of the buffer, which allows exactly
** one root word (Ballesteros and Nivre 2013); once only the root is left, LEFT also works
** between the two top stack words, so that any of them can become the root.  Two averaged
** perceptrons: one chooses the move (SHIFT, LEFT, RIGHT), the other the relation of the arc a
** LEFT or RIGHT makes, unless the tags of the two words decide it (the sure labels); in
** arc-hybrid the dependent is complete when it gets its head, so the labeller sees its subtree.
** Features follow Zhang and Nivre 2011 (words and tags of stack, buffer and children, distance,
** valency, third-order children, label sets), moved from arc-eager to arc-hybrid positions.
** Training uses the dynamic oracle of Goldberg and Nivre 2013 (TACL) with exploration;
** non-projective training trees are first made projective by lifting (Nivre and Nilsson 2005,
** without encoding the lifts in labels).  Punctuation stays a leaf, as in UD: a move that
** would make a PUNCT word a head is taken only when no other move is valid, and a PUNCT
** dependent is labelled punct (EWT test UAS 85.18 -> 85.14, but no more trees that UD
** rejects).  After parsing, quotes and brackets are re-attached to the phrase they enclose
** (punct.c).
**
** Section "parser": block 1 u32 {version, n_labels, root label}; block 2 the labels,
** NUL-separated; blocks 3-5 the move weights; blocks 6-8 the label weights; block 9 the sure
** labels (key table from the tags of dependent and head and the direction to a label); when
** the model was trained with --beam, then a block u32 {beam width} and a weight table of the
** move weights for beam search (beam.c).
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/parser_int.h"

/*
** Beam search's move weights are frozen without the features whose largest weight is below
** this (of 32000): four times as many features pass the count threshold as for the greedy
** parser, 61 MB of them; this keeps 1.2 million in 16 MB, so that the model stays under its
** 40 MB, for 0.07 UAS on EWT test (86.11 -> 86.04 with a beam of 8, one beam training).
*/
#define BEAM_MIN_WEIGHT 512

void ps_state_init(pstate *st, int n, void *mem) {
    size_t m = (size_t)n + 2;
    int *ip = mem;
    st->n = n;
    st->sp = 0;
    st->b = 1;
    st->stack = ip;
    st->head = ip + m;
    st->label = ip + 2 * m;
    st->lc1 = ip + 3 * m;
    st->lc2 = ip + 4 * m;
    st->rc1 = ip + 5 * m;
    st->rc2 = ip + 6 * m;
    st->nl = ip + 7 * m;
    st->nr = ip + 8 * m;
    st->lset = (uint64_t *)(ip + 10 * m);
    st->rset = st->lset + m;
    st->pw = (pword *)(st->rset + m);
    memset(mem, 0, 10 * m * sizeof(int) + 2 * m * sizeof(uint64_t));
    for (size_t i = 0; i < m; i++) st->label[i] = MAX_LABELS; /* "no label" */
}

size_t ps_state_size(int n) {
    size_t m = (size_t)n + 2;
    return 10 * m * sizeof(int) + 2 * m * sizeof(uint64_t) + m * sizeof(pword);
}

/* Word features from the tags in the sentence (ids 1..n); 0 and n + 1 get fixed values. */
void ps_state_words(pstate *st, const dyad_sentence *s) {
    char low[256];
    st->pw[0] = (pword){11, 11, 100};
    st->pw[st->n + 1] = (pword){13, 13, 101};
    for (int i = 0; i < st->n; i++) {
        const dyad_word *w = &s->words[i];
        size_t n = nlp_lower(w->form, low, sizeof low);
        const char *x = w->xpos ? w->xpos : "_";
        st->pw[i + 1].w = nlp_hs(low, n);
        st->pw[i + 1].p = dyad_hash_mix(nlp_hs(x, strlen(x)), w->upos);
        st->pw[i + 1].u = w->upos;
    }
}

bool ps_terminal(const pstate *st) {
    return st->sp == 0 && st->b == st->n + 1;
}

bool ps_valid(const pstate *st, int move) {
    switch (move) {
    case SHIFT: return st->b <= st->n;
    case LEFT: return st->sp >= 1;
    default: return st->sp >= 2;
    }
}

static void add_arc(pstate *st, int h, int d, int label) {
    st->head[d] = h;
    st->label[d] = label;
    uint64_t bit = 1ULL << (label & 63);
    if (d < h) {
        st->nl[h]++;
        st->lset[h] |= bit;
        if (!st->lc1[h] || d < st->lc1[h]) {
            st->lc2[h] = st->lc1[h];
            st->lc1[h] = d;
        } else if (!st->lc2[h] || d < st->lc2[h]) {
            st->lc2[h] = d;
        }
    } else {
        st->nr[h]++;
        st->rset[h] |= bit;
        if (!st->rc1[h] || d > st->rc1[h]) {
            st->rc2[h] = st->rc1[h];
            st->rc1[h] = d;
        } else if (!st->rc2[h] || d > st->rc2[h]) {
            st->rc2[h] = d;
        }
    }
}

/* Head and dependent of the arc that move would make. */
/*
** Once only the root is left in the buffer, LEFT with two or more words on the stack makes s0
** the head of s1 (the LEFT of arc-standard), so that any of them can end up as the root word;
** with one word, LEFT makes it the root.
*/
static bool stack_left(const pstate *st, int move) {
    return move == LEFT && st->b == st->n + 1 && st->sp >= 2;
}

void ps_arc_of(const pstate *st, int move, int *h, int *d) {
    if (stack_left(st, move)) {
        *d = st->stack[st->sp - 2];
        *h = st->stack[st->sp - 1];
        return;
    }
    *d = st->stack[st->sp - 1];
    *h = move == LEFT ? st->b : st->stack[st->sp - 2];
}

void ps_apply(pstate *st, int move, int label) {
    if (move == SHIFT) {
        st->stack[st->sp++] = st->b++;
        return;
    }
    int h, d;
    ps_arc_of(st, move, &h, &d);
    if (stack_left(st, move)) st->stack[st->sp - 2] = st->stack[st->sp - 1];
    st->sp--;
    add_arc(st, h, d, label);
}

enum { F_S0W = 1, F_S0P, F_S0WP, F_S1W, F_S1P, F_S1WP, F_B0W, F_B0P, F_B0WP, F_B1W, F_B1P, F_B1WP,
       F_B2W, F_B2P, F_S2P, F_S0WP_B0WP, F_S0WP_B0W, F_S0W_B0WP, F_S0WP_B0P, F_S0P_B0WP, F_S0W_B0W,
       F_S0P_B0P, F_B0P_B1P, F_S1WP_S0WP, F_S1W_S0W, F_S1P_S0P, F_S1P_S0WP, F_S1WP_S0P, F_S1P_B0P,
       F_B0P_B1P_B2P, F_S0P_B0P_B1P, F_S1P_S0P_B0P, F_S0P_S0LP_B0P, F_S0P_S0RP_B0P, F_S0P_B0P_B0LP,
       F_S1P_S0P_S0LP, F_S1P_S0P_S0RP, F_S1P_S1RP_S0P, F_S2P_S1P_S0P, F_S1P_S1LP_S0P,
       F_S0W_D, F_S0P_D, F_B0W_D, F_B0P_D, F_S0W_B0W_D, F_S0P_B0P_D, F_S1P_S0P_D1, F_S1W_S0W_D1,
       F_S0W_VL, F_S0P_VL, F_S0W_VR, F_S0P_VR, F_B0W_VL, F_B0P_VL, F_S1P_VR, F_S1P_VL,
       F_S0LW, F_S0LP, F_S0LL, F_S0RW, F_S0RP, F_S0RL, F_B0LW, F_B0LP, F_B0LL, F_S1LP, F_S1LL,
       F_S1RW, F_S1RP, F_S1RL, F_S0L2W, F_S0L2P, F_S0L2L, F_S0R2W, F_S0R2P, F_S0R2L, F_B0L2W,
       F_B0L2P, F_B0L2L, F_S0P_S0LP_S0L2P, F_S0P_S0RP_S0R2P, F_B0P_B0LP_B0L2P, F_S1P_S1RP_S1R2P,
       F_S0W_SR, F_S0P_SR, F_S0W_SL, F_S0P_SL, F_B0W_SL, F_B0P_SL, F_S1P_SR, F_S1P_SL,
       F_BIAS, F_S0P_S0LL_S0RL, F_B1P_B1W_S0P, F_U_S0_B0, F_U_S1_S0_B0, F_U_S0_B0_B1, F_U_B0_B1_B2,
       F_U_S2_S1_S0, F_U_S0_S0L_S0R_B0, F_U_S1_S0_D, F_S1W_B0W, F_S1P_S0P_B0W, F_S1W_S0P_B0W,
       F_S1W_S0W_B0W };

static uint64_t dist_bucket(int d) {
    return (uint64_t)(d < 0 ? 0 : d <= 5 ? d : d <= 8 ? 6 : d <= 12 ? 7 : 8);
}

/* Keys of the move features of a configuration. */
int ps_move_features(const pstate *st, uint64_t *k) {
    const pword *P = st->pw;
    const int *lab = st->label;
    int n1 = st->n + 1, sp = st->sp;
    int s0 = sp > 0 ? st->stack[sp - 1] : 0, s1 = sp > 1 ? st->stack[sp - 2] : 0;
    int s2 = sp > 2 ? st->stack[sp - 3] : 0;
    int b0 = st->b, b1 = b0 + 1 <= n1 ? b0 + 1 : 0, b2 = b0 + 2 <= n1 ? b0 + 2 : 0;
    int s0l = st->lc1[s0], s0l2 = st->lc2[s0], s0r = st->rc1[s0], s0r2 = st->rc2[s0];
    int s1l = st->lc1[s1], s1r = st->rc1[s1], s1r2 = st->rc2[s1];
    int b0l = st->lc1[b0], b0l2 = st->lc2[b0];
    uint64_t s0w = P[s0].w, s0p = P[s0].p, s1w = P[s1].w, s1p = P[s1].p, s2p = P[s2].p;
    uint64_t b0w = P[b0].w, b0p = P[b0].p, b1w = P[b1].w, b1p = P[b1].p, b2w = P[b2].w, b2p = P[b2].p;
    uint64_t d = s0 ? dist_bucket(b0 - s0) : 15, d1 = s1 ? dist_bucket(s0 - s1) : 15;
    uint64_t s0vl = (uint64_t)st->nl[s0], s0vr = (uint64_t)st->nr[s0], b0vl = (uint64_t)st->nl[b0];
    int c = 0;
    k[c++] = nlp_fk1(F_BIAS, 0);
    k[c++] = nlp_fk1(F_S0W, s0w);
    k[c++] = nlp_fk1(F_S0P, s0p);
    k[c++] = nlp_fk2(F_S0WP, s0w, s0p);
    k[c++] = nlp_fk1(F_S1W, s1w);
    k[c++] = nlp_fk1(F_S1P, s1p);
    k[c++] = nlp_fk2(F_S1WP, s1w, s1p);
    k[c++] = nlp_fk1(F_B0W, b0w);
    k[c++] = nlp_fk1(F_B0P, b0p);
    k[c++] = nlp_fk2(F_B0WP, b0w, b0p);
    k[c++] = nlp_fk1(F_B1W, b1w);
    k[c++] = nlp_fk1(F_B1P, b1p);
    k[c++] = nlp_fk2(F_B1WP, b1w, b1p);
    k[c++] = nlp_fk1(F_B2W, b2w);
    k[c++] = nlp_fk1(F_B2P, b2p);
    k[c++] = nlp_fk1(F_S2P, s2p);
    k[c++] = nlp_fk3(F_S0WP_B0WP, dyad_hash_mix(s0w, s0p), b0w, b0p);
    k[c++] = nlp_fk3(F_S0WP_B0W, s0w, s0p, b0w);
    k[c++] = nlp_fk3(F_S0W_B0WP, s0w, b0w, b0p);
    k[c++] = nlp_fk3(F_S0WP_B0P, s0w, s0p, b0p);
    k[c++] = nlp_fk3(F_S0P_B0WP, s0p, b0w, b0p);
    k[c++] = nlp_fk2(F_S0W_B0W, s0w, b0w);
    k[c++] = nlp_fk2(F_S0P_B0P, s0p, b0p);
    k[c++] = nlp_fk2(F_B0P_B1P, b0p, b1p);
    k[c++] = nlp_fk3(F_S1WP_S0WP, dyad_hash_mix(s1w, s1p), s0w, s0p);
    k[c++] = nlp_fk2(F_S1W_S0W, s1w, s0w);
    k[c++] = nlp_fk2(F_S1P_S0P, s1p, s0p);
    k[c++] = nlp_fk3(F_S1P_S0WP, s1p, s0w, s0p);
    k[c++] = nlp_fk3(F_S1WP_S0P, s1w, s1p, s0p);
    k[c++] = nlp_fk2(F_S1P_B0P, s1p, b0p);
    k[c++] = nlp_fk3(F_B0P_B1P_B2P, b0p, b1p, b2p);
    k[c++] = nlp_fk3(F_S0P_B0P_B1P, s0p, b0p, b1p);
    k[c++] = nlp_fk3(F_S1P_S0P_B0P, s1p, s0p, b0p);
    k[c++] = nlp_fk3(F_S0P_S0LP_B0P, s0p, P[s0l].p, b0p);
    k[c++] = nlp_fk3(F_S0P_S0RP_B0P, s0p, P[s0r].p, b0p);
    k[c++] = nlp_fk3(F_S0P_B0P_B0LP, s0p, b0p, P[b0l].p);
    k[c++] = nlp_fk3(F_S1P_S0P_S0LP, s1p, s0p, P[s0l].p);
    k[c++] = nlp_fk3(F_S1P_S0P_S0RP, s1p, s0p, P[s0r].p);
    k[c++] = nlp_fk3(F_S1P_S1RP_S0P, s1p, P[s1r].p, s0p);
    k[c++] = nlp_fk3(F_S2P_S1P_S0P, s2p, s1p, s0p);
    k[c++] = nlp_fk3(F_S1P_S1LP_S0P, s1p, P[s1l].p, s0p);
    k[c++] = nlp_fk2(F_S0W_D, s0w, d);
    k[c++] = nlp_fk2(F_S0P_D, s0p, d);
    k[c++] = nlp_fk2(F_B0W_D, b0w, d);
    k[c++] = nlp_fk2(F_B0P_D, b0p, d);
    k[c++] = nlp_fk3(F_S0W_B0W_D, s0w, b0w, d);
    k[c++] = nlp_fk3(F_S0P_B0P_D, s0p, b0p, d);
    k[c++] = nlp_fk3(F_S1P_S0P_D1, s1p, s0p, d1);
    k[c++] = nlp_fk3(F_S1W_S0W_D1, s1w, s0w, d1);
    k[c++] = nlp_fk2(F_S0W_VL, s0w, s0vl);
    k[c++] = nlp_fk2(F_S0P_VL, s0p, s0vl);
    k[c++] = nlp_fk2(F_S0W_VR, s0w, s0vr);
    k[c++] = nlp_fk2(F_S0P_VR, s0p, s0vr);
    k[c++] = nlp_fk2(F_B0W_VL, b0w, b0vl);
    k[c++] = nlp_fk2(F_B0P_VL, b0p, b0vl);
    k[c++] = nlp_fk2(F_S1P_VR, s1p, (uint64_t)st->nr[s1]);
    k[c++] = nlp_fk2(F_S1P_VL, s1p, (uint64_t)st->nl[s1]);
    k[c++] = nlp_fk1(F_S0LW, P[s0l].w);
    k[c++] = nlp_fk1(F_S0LP, P[s0l].p);
    k[c++] = nlp_fk1(F_S0LL, (uint64_t)lab[s0l]);
    k[c++] = nlp_fk1(F_S0RW, P[s0r].w);
    k[c++] = nlp_fk1(F_S0RP, P[s0r].p);
    k[c++] = nlp_fk1(F_S0RL, (uint64_t)lab[s0r]);
    k[c++] = nlp_fk1(F_B0LW, P[b0l].w);
    k[c++] = nlp_fk1(F_B0LP, P[b0l].p);
    k[c++] = nlp_fk1(F_B0LL, (uint64_t)lab[b0l]);
    k[c++] = nlp_fk1(F_S1LP, P[s1l].p);
    k[c++] = nlp_fk1(F_S1LL, (uint64_t)lab[s1l]);
    k[c++] = nlp_fk1(F_S1RW, P[s1r].w);
    k[c++] = nlp_fk1(F_S1RP, P[s1r].p);
    k[c++] = nlp_fk1(F_S1RL, (uint64_t)lab[s1r]);
    k[c++] = nlp_fk1(F_S0L2W, P[s0l2].w);
    k[c++] = nlp_fk1(F_S0L2P, P[s0l2].p);
    k[c++] = nlp_fk1(F_S0L2L, (uint64_t)lab[s0l2]);
    k[c++] = nlp_fk1(F_S0R2W, P[s0r2].w);
    k[c++] = nlp_fk1(F_S0R2P, P[s0r2].p);
    k[c++] = nlp_fk1(F_S0R2L, (uint64_t)lab[s0r2]);
    k[c++] = nlp_fk1(F_B0L2W, P[b0l2].w);
    k[c++] = nlp_fk1(F_B0L2P, P[b0l2].p);
    k[c++] = nlp_fk1(F_B0L2L, (uint64_t)lab[b0l2]);
    k[c++] = nlp_fk3(F_S0P_S0LP_S0L2P, s0p, P[s0l].p, P[s0l2].p);
    k[c++] = nlp_fk3(F_S0P_S0RP_S0R2P, s0p, P[s0r].p, P[s0r2].p);
    k[c++] = nlp_fk3(F_B0P_B0LP_B0L2P, b0p, P[b0l].p, P[b0l2].p);
    k[c++] = nlp_fk3(F_S1P_S1RP_S1R2P, s1p, P[s1r].p, P[s1r2].p);
    k[c++] = nlp_fk2(F_S0W_SR, s0w, st->rset[s0]);
    k[c++] = nlp_fk2(F_S0P_SR, s0p, st->rset[s0]);
    k[c++] = nlp_fk2(F_S0W_SL, s0w, st->lset[s0]);
    k[c++] = nlp_fk2(F_S0P_SL, s0p, st->lset[s0]);
    k[c++] = nlp_fk2(F_B0W_SL, b0w, st->lset[b0]);
    k[c++] = nlp_fk2(F_B0P_SL, b0p, st->lset[b0]);
    k[c++] = nlp_fk2(F_S1P_SR, s1p, st->rset[s1]);
    k[c++] = nlp_fk2(F_S1P_SL, s1p, st->lset[s1]);
    k[c++] = nlp_fk3(F_S0P_S0LL_S0RL, s0p, (uint64_t)lab[s0l], (uint64_t)lab[s0r]);
    k[c++] = nlp_fk3(F_B1P_B1W_S0P, b1p, b1w, s0p);
    /* The same on UPOS alone, which generalise over XPOS errors. */
    uint64_t s0u = P[s0].u, s1u = P[s1].u, b0u = P[b0].u, b1u = P[b1].u;
    k[c++] = nlp_fk2(F_U_S0_B0, s0u, b0u);
    k[c++] = nlp_fk3(F_U_S1_S0_B0, s1u, s0u, b0u);
    k[c++] = nlp_fk3(F_U_S0_B0_B1, s0u, b0u, b1u);
    k[c++] = nlp_fk3(F_U_B0_B1_B2, b0u, b1u, P[b2].u);
    k[c++] = nlp_fk3(F_U_S2_S1_S0, P[s2].u, s1u, s0u);
    k[c++] = nlp_fk3(F_U_S0_S0L_S0R_B0, s0u * 64 + P[s0l].u, P[s0r].u, b0u);
    k[c++] = nlp_fk3(F_U_S1_S0_D, s1u, s0u, d1);
    /* Prepositional attachment: verb, noun, preposition (Hindle and Rooth 1993). */
    k[c++] = nlp_fk2(F_S1W_B0W, s1w, b0w);
    k[c++] = nlp_fk3(F_S1P_S0P_B0W, s1p, s0p, b0w);
    k[c++] = nlp_fk3(F_S1W_S0P_B0W, s1w, s0p, b0w);
    k[c++] = nlp_fk3(F_S1W_S0W_B0W, s1w, s0w, b0w);
    return c;
}

enum { G_DP = 1, G_HP, G_DP_HP, G_DW, G_HW, G_DW_HP, G_DP_HW, G_DW_HW, G_DP_HP_D, G_DP_SL, G_DP_SR,
       G_DP_HP_HSL, G_DP_HP_HSR, G_DW_LC, G_DP_LC_HP, G_HW_LC, G_DP_RC, G_DP_LCP, G_DP_PREV,
       G_DP_NEXT, G_HP_PREV_DP, G_DP_HP_HLL, G_DP_HP_HRL, G_HW_DW_LC, G_DP_HP_V, G_BIAS,
       G_DW_SL, G_HP_DP_B0P, G_DWP_HP, G_DP_HWP, G_DP_LCL_RCL, G_DW_SR, G_DP_HP_HLP, G_CTX,
       G_DP_HP_B1P, G_HW_DW_DIR, G_DP_LC2W, G_DP_HP_RC, G_SURE };

/* Keys of the label features of the arc h -> d (move LEFT or RIGHT). */
int ps_label_features(const pstate *st, int move, int h, int d, uint64_t *k) {
    const pword *P = st->pw;
    const int *lab = st->label;
    uint64_t dir = (uint64_t)move;
    int lc = st->lc1[d], rc = st->rc1[d], prev = d > 1 ? d - 1 : 0, next = d < st->n ? d + 1 : 0;
    uint64_t dp = dyad_hash_mix(P[d].p, dir), hp = P[h].p, dw = P[d].w, hw = P[h].w;
    uint64_t dist = dist_bucket(h > d ? h - d : d - h);
    int c = 0;
    k[c++] = nlp_fk1(G_BIAS, dir);
    k[c++] = nlp_fk1(G_DP, dp);
    k[c++] = nlp_fk2(G_HP, hp, dir);
    k[c++] = nlp_fk2(G_DP_HP, dp, hp);
    k[c++] = nlp_fk2(G_DW, dw, dir);
    k[c++] = nlp_fk2(G_HW, hw, dir);
    k[c++] = nlp_fk3(G_DW_HP, dw, hp, dir);
    k[c++] = nlp_fk3(G_DP_HW, dp, hw, dir);
    k[c++] = nlp_fk3(G_DW_HW, dw, hw, dir);
    k[c++] = nlp_fk3(G_DP_HP_D, dp, hp, dist);
    k[c++] = nlp_fk2(G_DP_SL, dp, st->lset[d]);
    k[c++] = nlp_fk2(G_DP_SR, dp, st->rset[d]);
    k[c++] = nlp_fk3(G_DP_HP_HSL, dp, hp, st->lset[h]);
    k[c++] = nlp_fk3(G_DP_HP_HSR, dp, hp, st->rset[h]);
    k[c++] = nlp_fk3(G_DW_LC, dw, P[lc].w, dir);
    k[c++] = nlp_fk3(G_DP_LC_HP, dp, P[lc].w, hp);
    k[c++] = nlp_fk3(G_HW_LC, hw, P[lc].w, dp);
    k[c++] = nlp_fk3(G_DP_RC, dp, P[rc].p, (uint64_t)lab[rc]);
    k[c++] = nlp_fk3(G_DP_LCP, dp, P[lc].p, (uint64_t)lab[lc]);
    k[c++] = nlp_fk2(G_DP_PREV, dp, P[prev].p);
    k[c++] = nlp_fk2(G_DP_NEXT, dp, P[next].p);
    k[c++] = nlp_fk3(G_HP_PREV_DP, hp, P[prev].p, dp);
    k[c++] = nlp_fk3(G_DP_HP_HLL, dp, hp, (uint64_t)lab[st->lc1[h]]);
    k[c++] = nlp_fk3(G_DP_HP_HRL, dp, hp, (uint64_t)lab[st->rc1[h]]);
    k[c++] = nlp_fk3(G_HW_DW_LC, dyad_hash_mix(hw, dir), dw, P[lc].w);
    k[c++] = nlp_fk3(G_DP_HP_V, dp, hp, (uint64_t)(st->nl[d] * 16 + st->nr[d]));
    k[c++] = nlp_fk3(G_DW_SL, dw, st->lset[d], dir);
    int b0 = st->b, b1 = b0 + 1 <= st->n + 1 ? b0 + 1 : 0;
    int below = st->sp >= (move == LEFT ? 2 : 3) ? st->stack[st->sp - (move == LEFT ? 2 : 3)] : 0;
    k[c++] = nlp_fk3(G_HP_DP_B0P, hp, dp, P[b0].p);
    k[c++] = nlp_fk3(G_DWP_HP, dw, dp, hp);
    k[c++] = nlp_fk3(G_DP_HWP, dp, hw, hp);
    k[c++] = nlp_fk3(G_DP_LCL_RCL, dp, (uint64_t)lab[lc], (uint64_t)lab[rc]);
    k[c++] = nlp_fk3(G_DW_SR, dw, st->rset[d], dir);
    k[c++] = nlp_fk3(G_DP_HP_HLP, dp, hp, P[st->lc1[h]].p);
    k[c++] = nlp_fk3(G_CTX, dp, P[below].p, P[b0].p);
    k[c++] = nlp_fk3(G_DP_HP_B1P, dp, hp, P[b1].p);
    k[c++] = nlp_fk3(G_HW_DW_DIR, dyad_hash_mix(hw, dw), dir, dist);
    k[c++] = nlp_fk3(G_DP_LC2W, dp, P[st->lc2[d]].w, P[lc].w);
    k[c++] = nlp_fk3(G_DP_HP_RC, dp, hp, P[st->rc1[h]].p);
    return c;
}

/* Key of the sure-label table for the arc h -> d. */
uint64_t ps_sure_key(const pstate *st, int h, int d) {
    return nlp_fk3(G_SURE, st->pw[d].p, st->pw[h].p, h > d);
}

/* Would the move make a punctuation mark the head of a word?  In UD, punctuation is a leaf. */
bool ps_punct_head(const pstate *st, int move) {
    if (move == SHIFT) return false;
    int h, d;
    ps_arc_of(st, move, &h, &d);
    return st->pw[h].u == DYAD_PUNCT;
}

/* The valid move with the highest score, among those that keep punctuation a leaf when there
   are such. */
static int best_move(const pstate *st, const int32_t *score) {
    int best = -1;
    bool best_punct = false;
    for (int m = 0; m < N_MOVES; m++) {
        if (!ps_valid(st, m)) continue;
        bool p = ps_punct_head(st, m);
        if (best < 0 || (best_punct && !p) || (p == best_punct && score[m] > score[best])) {
            best = m;
            best_punct = p;
        }
    }
    return best;
}

/* The move when only one is valid (SHIFT on an empty stack, LEFT at the end), else -1. */
static int only_move(const pstate *st) {
    int n = 0, m = -1;
    for (int i = 0; i < N_MOVES; i++)
        if (ps_valid(st, i)) {
            n++;
            m = i;
        }
    return n == 1 ? m : -1;
}

/* The label of the highest score, root aside (the first such when scores tie); the best score
   is kept in a variable so that the comparisons do not wait on each other. */
static int best_label(const nlp_parser *ps, const int32_t *score) {
    int best = -1;
    int32_t top = 0;
    for (int l = 0; l < ps->n_labels; l++)
        if (l != ps->root_label && (best < 0 || score[l] > top)) {
            best = l;
            top = score[l];
        }
    return best < 0 ? ps->root_label : best;
}

int ps_label(const nlp_parser *ps, const pstate *st, int move, uint64_t *keys) {
    int h, d;
    ps_arc_of(st, move, &h, &d);
    if (h == st->n + 1) return ps->root_label;
    if (st->pw[d].u == DYAD_PUNCT && ps->punct_label >= 0)
        return ps->punct_label; /* as in every EWT and GUM training tree */
    uint32_t sure = nlp_ktab_get(&ps->sure, ps_sure_key(st, h, d));
    if (sure != UINT32_MAX) return (int)sure;
    int32_t score[MAX_LABELS];
    int k = ps_label_features(st, move, h, d, keys);
    memset(score, 0, (size_t)ps->n_labels * sizeof *score);
    nlp_wtab_score(&ps->labeller, keys, k, score);
    return best_label(ps, score);
}

void nlp_parser_parse(const nlp_parser *ps, dyad_sentence *s, int beam) {
    int n = s->n_words;
    if (n == 0) return;
    if (beam > 1 && ps->beam_width) {
        nlp_beam_parse(ps, s, beam);
        return;
    }
    void *mem = dyad_xmalloc(ps_state_size(n));
    pstate st;
    ps_state_init(&st, n, mem);
    ps_state_words(&st, s);
    uint64_t keys[MAX_FEATS];
    int32_t score[MAX_LABELS];
    while (!ps_terminal(&st)) {
        int move = only_move(&st), label = 0, k;
        if (move < 0) {
            k = ps_move_features(&st, keys);
            memset(score, 0, N_MOVES * sizeof *score);
            nlp_wtab_score(&ps->moves, keys, k, score);
            move = best_move(&st, score);
        }
        if (move != SHIFT) label = ps_label(ps, &st, move, keys);
        ps_apply(&st, move, label);
    }
    for (int i = 0; i < n; i++) {
        int h = st.head[i + 1];
        s->words[i].head = h == n + 1 ? 0 : h;
        s->words[i].deprel = ps->labels[st.label[i + 1]];
    }
    free(mem);
    nlp_attach_paired_punct(s);
    nlp_repair_titled_names(s);
    nlp_repair_subjects(s);
}

bool nlp_parser_has_beam(const nlp_parser *ps) {
    return ps->beam_width > 0;
}

nlp_parser *nlp_parser_load(const void *p, size_t n, const char **err) {
    nlp_blocks r = {p, (const unsigned char *)p + n, false};
    size_t len;
    const uint32_t *h = nlp_block(&r, &len);
    if (!h || len != 12 || h[0] != PARSER_VERSION) {
        *err = "parser section has an unknown version";
        return NULL;
    }
    nlp_parser *ps = dyad_xcalloc(1, sizeof *ps);
    ps->n_labels = (int)h[1];
    ps->root_label = (int)h[2];
    int k;
    ps->labels = nlp_block_strings(&r, &k);
    ps->punct_label = -1;
    for (int i = 0; ps->labels && i < k; i++)
        if (!strcmp(ps->labels[i], "punct")) ps->punct_label = i;
    if (!ps->labels || k != ps->n_labels || k < 1 || k > MAX_LABELS || ps->root_label >= k ||
        !nlp_block_wtab(&r, &ps->moves) || ps->moves.n_classes != N_MOVES ||
        !nlp_block_wtab(&r, &ps->labeller) || ps->labeller.n_classes != ps->n_labels ||
        !nlp_block_ktab(&r, &ps->sure) || !nlp_ktab_values_below(&ps->sure, (uint32_t)ps->n_labels)) {
        nlp_parser_free(ps);
        *err = "parser section is malformed";
        return NULL;
    }
    if (r.p < r.end) {
        const uint32_t *b = nlp_block(&r, &len);
        if (!b || len != 4 || b[0] < 2 || b[0] > 64 || !nlp_block_wtab(&r, &ps->beam_moves) ||
            ps->beam_moves.n_classes != N_MOVES) {
            nlp_parser_free(ps);
            *err = "parser section has malformed beam weights";
            return NULL;
        }
        ps->beam_width = (int)b[0];
    }
    return ps;
}

void nlp_parser_free(nlp_parser *ps) {
    if (!ps) return;
    free(ps->labels);
    free(ps);
}

/* ------------------------------------------------------------------- training */

/* Is the arc h -> d (h may be n + 1, the root) projective in the tree head[]? */
static bool projective_arc(const int *head, int n, int h, int d) {
    int lo = h < d ? h : d, hi = h < d ? d : h;
    for (int k = lo + 1; k < hi; k++) {
        int x = k, steps = 0;
        while (x != h && x != n + 1 && steps++ <= n) x = head[x];
        if (x != h) return false;
    }
    return true;
}

/* Lift non-projective arcs (the shortest first) until the tree is projective. */
static void projectivize(int *head, int n) {
    for (int rounds = 0; rounds < 4 * n; rounds++) {
        int best = 0, best_len = 0;
        for (int d = 1; d <= n; d++) {
            int h = head[d];
            if (h == n + 1) continue;
            int len = h > d ? h - d : d - h;
            if ((!best || len < best_len) && !projective_arc(head, n, h, d)) {
                best = d;
                best_len = len;
            }
        }
        if (!best) return;
        head[best] = head[head[best]];
    }
}

/* Number of words in the buffer whose gold head is x. */
static int deps_in_buffer(const pstate *st, const int *gold, int x) {
    int c = 0;
    for (int k = st->b; k <= st->n; k++) c += gold[k] == x;
    return c;
}

/* Gold arcs lost by each move (Goldberg and Nivre 2013, arc-hybrid); -1 for invalid moves. */
void ps_move_costs(const pstate *st, const int *gold, int *cost) {
    int sp = st->sp, b = st->b;
    int s0 = sp > 0 ? st->stack[sp - 1] : 0, s1 = sp > 1 ? st->stack[sp - 2] : 0;
    cost[SHIFT] = cost[LEFT] = cost[RIGHT] = -1;
    if (ps_valid(st, SHIFT)) {
        int c = 0;
        for (int i = 0; i < sp; i++) {
            c += gold[st->stack[i]] == b;
            if (i < sp - 1) c += gold[b] == st->stack[i];
        }
        cost[SHIFT] = c;
    }
    if (b == st->n + 1 && sp >= 2) {
        /* End phase, arc-standard over the stack: a word loses its gold head when it gets
           another one that it could still have had, and its gold dependents still on the
           stack.  (An approximation: arc-standard costs are not arc-decomposable.) */
        int lost_s0 = 0, lost_s1 = 0;
        bool head_s0 = gold[s0] == b, head_s1 = gold[s1] == b; /* ROOT is reachable */
        for (int i = 0; i < sp; i++) {
            int k = st->stack[i];
            lost_s0 += k != s0 && gold[k] == s0;
            lost_s1 += k != s1 && gold[k] == s1;
            head_s0 |= gold[s0] == k;
            head_s1 |= gold[s1] == k;
        }
        cost[RIGHT] = lost_s0 + (head_s0 && gold[s0] != s1);
        cost[LEFT] = lost_s1 + (head_s1 && gold[s1] != s0);
        return;
    }
    if (sp >= 1) {
        int deps = deps_in_buffer(st, gold, s0), g = gold[s0];
        if (ps_valid(st, LEFT)) cost[LEFT] = deps + (g != b && ((s1 && g == s1) || g >= b));
        if (ps_valid(st, RIGHT)) cost[RIGHT] = deps + (g >= b);
    }
}


static int label_of(nlp_map *labels, dyad_buf *names, int *n, const char *deprel) {
    uint64_t h = nlp_hs(deprel, strlen(deprel));
    uint32_t *v = nlp_map_get(labels, h, *n < MAX_LABELS);
    if (!v) return -1;
    if (*v == UINT32_MAX) {
        *v = (uint32_t)(*n)++;
        dyad_buf_add(names, deprel, strlen(deprel) + 1);
    }
    return (int)*v;
}

static void train_sentence(ptrain *t, const dyad_sentence *s, const int *gold, const int *glabel,
                           void *mem, bool explore) {
    int n = s->n_words;
    pstate st;
    ps_state_init(&st, n, mem);
    ps_state_words(&st, s);
    uint64_t keys[MAX_FEATS];
    float score[MAX_LABELS];
    int cost[N_MOVES];
    while (!ps_terminal(&st)) {
        int k = ps_move_features(&st, keys);
        memset(score, 0, sizeof score);
        nlp_perceptron_score(t->moves, keys, k, score, false);
        ps_move_costs(&st, gold, cost);
        int pred = -1, best = -1, min_cost = -1;
        for (int m = 0; m < N_MOVES; m++)
            if (cost[m] >= 0 && (min_cost < 0 || cost[m] < min_cost)) min_cost = cost[m];
        for (int m = 0; m < N_MOVES; m++) {
            if (cost[m] < 0) continue;
            if (pred < 0 || score[m] > score[pred]) pred = m;
            if (cost[m] == min_cost && (best < 0 || score[m] > score[best])) best = m;
        }
        if (cost[pred] > min_cost) {
            nlp_perceptron_update(t->moves, keys, k, best, 1);
            nlp_perceptron_update(t->moves, keys, k, pred, -1);
        }
        nlp_perceptron_tick(t->moves);
        t->moves_right += cost[pred] == min_cost;
        t->moves_total++;
        int move = best;
        if (cost[pred] > min_cost && explore && (double)(nlp_rand(&t->rng) >> 11) / 9007199254740992.0 < t->explore)
            move = pred;
        int label = 0;
        if (move != SHIFT) {
            int h, d;
            ps_arc_of(&st, move, &h, &d);
            uint32_t *sure = h == n + 1 ? NULL : nlp_map_get(&t->sure, ps_sure_key(&st, h, d), false);
            if (h == n + 1) {
                label = t->root_label;
            } else if (sure) {
                label = (int)*sure;
            } else {
                k = ps_label_features(&st, move, h, d, keys);
                memset(score, 0, sizeof score);
                nlp_perceptron_score(t->labeller, keys, k, score, false);
                label = -1;
                for (int l = 0; l < t->n_labels; l++)
                    if (l != t->root_label && (label < 0 || score[l] > score[label])) label = l;
                if (label < 0) label = t->root_label;
                if (gold[d] == h) {
                    if (label != glabel[d]) {
                        nlp_perceptron_update(t->labeller, keys, k, glabel[d], 1);
                        nlp_perceptron_update(t->labeller, keys, k, label, -1);
                    }
                    nlp_perceptron_tick(t->labeller);
                    t->arcs_right += label == glabel[d];
                    t->arcs_total++;
                }
            }
        }
        ps_apply(&st, move, label);
    }
}

/*
** The arcs whose label the tags decide: counts of labels by (dependent tags, head tags,
** direction) over the gold trees; those seen SURE_MIN times with one label SURE_SHARE of the
** time go into map (key -> label) and, as a key table block, into out.
*/
static void sure_labels(const nlp_corpus *c, int **gold, int n_labels, nlp_map *map, dyad_buf *out) {
    nlp_map idx = {0};
    int *counts = NULL;
    size_t n = 0;
    uint64_t *keys = NULL;
    pstate st;
    for (int si = 0; si < c->n; si++) {
        if (!gold[si]) continue;
        const dyad_sentence *s = c->sents[si];
        int nw = s->n_words;
        void *mem = dyad_xmalloc(ps_state_size(nw));
        ps_state_init(&st, nw, mem);
        ps_state_words(&st, s);
        for (int d = 1; d <= nw; d++) {
            int h = gold[si][d], l = gold[si][nw + 2 + d];
            if (h == nw + 1) continue;
            uint32_t *v = nlp_map_get(&idx, ps_sure_key(&st, h, d), true);
            if (*v == UINT32_MAX) {
                *v = (uint32_t)n++;
                counts = dyad_xrealloc(counts, n * (size_t)n_labels * sizeof *counts);
                keys = dyad_xrealloc(keys, n * sizeof *keys);
                memset(counts + (n - 1) * (size_t)n_labels, 0, (size_t)n_labels * sizeof *counts);
                keys[n - 1] = ps_sure_key(&st, h, d);
            }
            counts[*v * (size_t)n_labels + (size_t)l]++;
        }
        free(mem);
    }
    nlp_ktab_builder b = {0};
    for (size_t i = 0; i < n; i++) {
        int *row = counts + i * (size_t)n_labels, total = 0, best = 0;
        for (int l = 0; l < n_labels; l++) {
            total += row[l];
            if (row[l] > row[best]) best = l;
        }
        if (total >= SURE_MIN && row[best] >= SURE_SHARE * total) {
            nlp_ktab_add(&b, keys[i], (uint32_t)best);
            *nlp_map_get(map, keys[i], true) = (uint32_t)best;
        }
    }
    nlp_ktab_write(&b, out);
    free(counts);
    free(keys);
    nlp_map_free(&idx);
}

/* One training of beam search's move weights (nlp_beam_train), run in a thread of its own. */
typedef struct beam_run {
    const nlp_corpus *c;
    int **gold;
    ptrain t; /* a copy: its own random order; the labeller and sure labels are shared */
    int punct_label, k, epochs, max_n, run;
    bool verbose;
    nlp_perceptron *moves;
} beam_run;

static void *beam_run_main(void *arg) {
    beam_run *r = arg;
    r->moves = nlp_beam_train(r->c, r->gold, &r->t, r->punct_label, r->k, r->epochs, r->max_n, r->run,
                              r->verbose);
    return NULL;
}

/*
** Beam search's move weights: runs trainings on different orders of the data, in parallel
** threads (one per core of a 2-core machine keeps training time down), their averaged weights
** averaged (bagging, as for --parser-runs).  A thread that cannot start runs in this one.
*/
static nlp_perceptron *train_beam_moves(const nlp_corpus *c, int **gold, const ptrain *t, int punct_label,
                                        const nlp_train_options *o, int max_n) {
    int runs = o->beam_runs > 1 ? o->beam_runs : 1;
    beam_run *r = dyad_xcalloc((size_t)runs, sizeof *r);
    pthread_t *th = dyad_xcalloc((size_t)runs, sizeof *th);
    bool *started = dyad_xcalloc((size_t)runs, sizeof *started);
    for (int i = 0; i < runs; i++) {
        r[i] = (beam_run){c, gold, *t, punct_label, o->beam, o->parser_epochs, max_n, runs > 1 ? i + 1 : 0,
                          o->verbose, NULL};
        r[i].t.rng = t->rng + 0x9e3779b97f4a7c15ULL * (uint64_t)i;
        if (i > 0) started[i] = pthread_create(&th[i], NULL, beam_run_main, &r[i]) == 0;
    }
    beam_run_main(&r[0]);
    for (int i = 1; i < runs; i++) {
        if (started[i]) pthread_join(th[i], NULL);
        else beam_run_main(&r[i]);
    }
    nlp_perceptron *moves = r[0].moves;
    if (runs > 1) {
        moves = nlp_perceptron_new(N_MOVES);
        for (int i = 0; i < runs; i++) {
            nlp_perceptron_add(moves, r[i].moves, 1.0f / (float)runs);
            nlp_perceptron_free(r[i].moves);
        }
    }
    free(r);
    free(th);
    free(started);
    return moves;
}

void nlp_parser_train(const nlp_corpus *c, const nlp_train_options *o, dyad_buf *out) {
    nlp_map lmap = {0};
    dyad_buf names = {0};
    int n_labels = 0;
    int root = label_of(&lmap, &names, &n_labels, "root");
    /* Gold heads (root = n + 1) and labels per sentence; sentences without a tree are left out. */
    int **gold = dyad_xcalloc((size_t)(c->n ? c->n : 1), sizeof *gold);
    int n_used = 0, n_lifted = 0, max_n = 1;
    for (int si = 0; si < c->n; si++) {
        const dyad_sentence *s = c->sents[si];
        int n = s->n_words, roots = 0;
        bool ok = n > 0;
        int *g = dyad_xmalloc(sizeof(int) * 2 * ((size_t)n + 2));
        for (int i = 0; ok && i < n; i++) {
            const dyad_word *w = &s->words[i];
            if (w->head < 0 || w->head > n || !w->deprel) ok = false;
            else {
                g[i + 1] = w->head == 0 ? n + 1 : w->head;
                roots += w->head == 0;
                int l = w->head == 0 ? root : label_of(&lmap, &names, &n_labels, w->deprel);
                if (l < 0) ok = false;
                g[n + 2 + i + 1] = l;
            }
        }
        /* A cycle or several roots would break the oracle. */
        for (int i = 1; ok && i <= n; i++) {
            int x = i, steps = 0;
            while (x != n + 1 && steps++ <= n) x = g[x];
            if (x != n + 1) ok = false;
        }
        if (!ok || roots != 1) {
            free(g);
            continue;
        }
        int before[512];
        bool small = n < 512;
        if (small) memcpy(before, g + 1, sizeof(int) * (size_t)n);
        projectivize(g, n);
        if (small && memcmp(before, g + 1, sizeof(int) * (size_t)n) != 0) n_lifted++;
        gold[si] = g;
        n_used++;
        if (n > max_n) max_n = n;
    }
    ptrain t = {0};
    dyad_buf sure = {0};
    sure_labels(c, gold, n_labels, &t.sure, &sure);
    t.n_labels = n_labels;
    t.root_label = root;
    t.rng = o->seed ? o->seed : 1;
    t.explore = o->explore / 100.0;
    void *mem = dyad_xmalloc(ps_state_size(max_n));
    int *order = dyad_xmalloc(sizeof(int) * (size_t)(c->n ? c->n : 1));
    for (int i = 0; i < c->n; i++) order[i] = i;
    if (o->verbose)
        fprintf(stderr, "parser: %d of %d sentences usable, %d made projective, %d labels\n",
                n_used, c->n, n_lifted, n_labels);
    /* Each run trains on its own order of the data; the runs' averaged weights are averaged. */
    int runs = o->parser_runs > 1 ? o->parser_runs : 1;
    nlp_perceptron *moves = NULL, *labeller = NULL;
    for (int run = 0; run < runs; run++) {
        t.moves = nlp_perceptron_new(N_MOVES);
        t.labeller = nlp_perceptron_new(n_labels);
        for (int ep = 0; ep < o->parser_epochs; ep++) {
            nlp_shuffle(order, c->n, &t.rng);
            t.moves_right = t.moves_total = t.arcs_right = t.arcs_total = 0;
            nlp_perceptron_epoch(t.moves);
            nlp_perceptron_epoch(t.labeller);
            for (int si = 0; si < c->n; si++) {
                int *g = gold[order[si]];
                if (!g) continue;
                const dyad_sentence *s = c->sents[order[si]];
                train_sentence(&t, s, g, g + s->n_words + 2, mem, ep > 0);
            }
            if (o->verbose)
                fprintf(stderr, "parser run %d epoch %d: moves %.2f%%, labels %.2f%% on training data\n",
                        run + 1, ep + 1,
                        100.0 * (double)t.moves_right / (double)(t.moves_total ? t.moves_total : 1),
                        100.0 * (double)t.arcs_right / (double)(t.arcs_total ? t.arcs_total : 1));
        }
        if (runs == 1) {
            moves = t.moves;
            labeller = t.labeller;
            break;
        }
        if (!moves) {
            moves = nlp_perceptron_new(N_MOVES);
            labeller = nlp_perceptron_new(n_labels);
        }
        nlp_perceptron_add(moves, t.moves, 1.0f / (float)runs);
        nlp_perceptron_add(labeller, t.labeller, 1.0f / (float)runs);
        nlp_perceptron_free(t.moves);
        nlp_perceptron_free(t.labeller);
    }
    uint32_t h[3] = {PARSER_VERSION, (uint32_t)n_labels, (uint32_t)root};
    nlp_block_add(out, h, sizeof h);
    nlp_block_add(out, names.data, names.len);
    size_t km = nlp_perceptron_freeze(moves, o->min_count, o->min_weight, out);
    size_t kl = nlp_perceptron_freeze(labeller, o->min_count, o->min_weight, out);
    dyad_buf_add(out, sure.data, sure.len);
    dyad_buf_free(&sure);
    if (o->verbose) fprintf(stderr, "parser: %zu move features, %zu label features\n", km, kl);
    /* Beam search's move weights, with the relations of the labeller just frozen (its
       weights are now the averages, and the counts that pruned it are no longer used). */
    if (o->beam > 1) {
        uint32_t *pv = nlp_map_get(&lmap, nlp_hs("punct", 5), false);
        t.labeller = labeller;
        nlp_perceptron *beam_moves = train_beam_moves(c, gold, &t, pv ? (int)*pv : -1, o, max_n);
        uint32_t bw = (uint32_t)o->beam;
        nlp_block_add(out, &bw, sizeof bw);
        int mw = o->min_weight > BEAM_MIN_WEIGHT ? o->min_weight : BEAM_MIN_WEIGHT;
        size_t kb = nlp_perceptron_freeze(beam_moves, o->min_count, mw, out);
        if (o->verbose) fprintf(stderr, "parser: %zu move features for beam search\n", kb);
        nlp_perceptron_free(beam_moves);
    }
    nlp_map_free(&t.sure);
    nlp_perceptron_free(moves);
    nlp_perceptron_free(labeller);
    for (int i = 0; i < c->n; i++) free(gold[i]);
    free(gold);
    free(order);
    free(mem);
    nlp_map_free(&lmap);
    dyad_buf_free(&names);
}
