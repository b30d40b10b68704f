/*
** match1.c - PETRARCH-1 verb patterns (TABARI manual ch. 5; PETRARCH-1 verb_pattern_match):
** a pattern is a word sequence; items before '*' are matched leftwards from the verb over the
** words before it (the upper sequence), items after it rightwards over the verb phrase (the
** lower sequence).  Other words may come between items unless the dictionary joined them with
** '_'.  A word item matches a word's form (PETRARCH-1 matched exact words: the unit test
** SYNSET-21b expects "a set of resolutions" not to match "* RESOLUTION"), a synset item any
** member phrase; '$', '+',
** '%' and '^' a whole noun phrase (a mention), which they bind as source, target or compound
** actor, or skip.  The search backtracks, within a step budget that keeps pathological
** patterns cheap.
*/
#include <string.h>
#include "code/match.h"

#define BUDGET 20000

typedef struct m1 {
    const csent *s;
    const dyad_dict *d;
    const dyad_pattern *p;
    const int *seq;         /* U or L */
    int n;
    int32_t *fwd;           /* ids of seq in sentence order (for synsets) */
    bool upper;
    int budget;
    int deepest;            /* distance from the verb of the furthest item tried */
    int failed;             /* that item's index, for explanations */
    coder_binding *b;
} m1;

/* PETRARCH-1 patterns name exact words ("RESOLUTION" is not "resolutions"): forms only. */
static bool word_is(const m1 *m, int i, int32_t id) {
    return id != DYAD_NO_WORD && m->s->ids[i] == id;
}

/* How many sequence positions item it matches at position q (0 = no match). */
static int item_len(m1 *m, const dyad_pat_item *it, int q, int *mention) {
    const csent *s = m->s;
    int i = m->seq[q];
    *mention = -1;
    switch (it->kind) {
    case DYAD_PAT_WORD:
        return word_is(m, i, it->id) ? 1 : 0;
    case DYAD_PAT_SYNSET: {
        int len = 0;
        if (m->upper) {
            /* the member must end at this word when read in sentence order */
            int end = m->n - 1 - q;
            if (dyad_synset_match_end(m->d, it->id, m->fwd, end, &len) < 0) return 0;
        } else {
            if (dyad_synset_match(m->d, it->id, m->fwd, m->n, q, &len) < 0) return 0;
        }
        return len;
    }
    case DYAD_PAT_SOURCE: case DYAD_PAT_TARGET: case DYAD_PAT_COMPOUND: case DYAD_PAT_SKIP: {
        int t = s->w[i].top;
        if (t < 0) return 0;
        int k = q;
        while (k < m->n && s->w[m->seq[k]].top == t) k++;
        *mention = t;
        return k - q;
    }
    default:
        return 0;
    }
}

/* Match items k, k-1, ... (upper) or k, k+1, ... (lower) from position q; adjacent: the
   item must be at q itself. */
static bool go(m1 *m, int k, int q, bool adjacent) {
    const dyad_pattern *p = m->p;
    bool done = m->upper ? k < 0 : k >= p->n_items;
    if (done) return true;
    if (--m->budget < 0) return false;
    int dist = m->upper ? p->verb - k : k - p->verb;
    if (dist > m->deepest) {
        m->deepest = dist;
        m->failed = k;
    }
    const dyad_pat_item *it = &p->items[k];
    int next = m->upper ? k - 1 : k + 1;
    /* '_' joins this item to the previous one (lower) or to the one after it (upper) */
    bool next_adjacent = m->upper ? (k >= 0 && it->joined) : (next < p->n_items && p->items[next].joined);
    for (int at = q; at < m->n; at++) {
        if (adjacent && at != q) break;
        int mention, len = item_len(m, it, at, &mention);
        if (len == 0) continue;
        coder_binding save = *m->b;
        if (it->kind == DYAD_PAT_SOURCE) m->b->source = mention;
        else if (it->kind == DYAD_PAT_TARGET) m->b->target = mention;
        else if (it->kind == DYAD_PAT_COMPOUND) m->b->compound = mention;
        else if (it->kind == DYAD_PAT_WORD || it->kind == DYAD_PAT_SYNSET)
            for (int k = 0; k < len; k++) coder_use(m->b, m->seq[at + k]);
        if (go(m, next, at + len, next_adjacent)) return true;
        *m->b = save;
        if (m->budget < 0) return false;
    }
    return false;
}

bool coder_match1(const csent *s, const cverb *v, const dyad_pattern *p, coder_binding *b,
                  int *failed) {
    const dyad_dict *d = s->c->d;
    b->source = b->target = b->compound = -1;
    b->nused = 0;
    int32_t ubuf[256], lbuf[256];
    m1 m = {.s = s, .d = d, .p = p, .budget = BUDGET, .b = b, .failed = -1};
    bool ok = true;
    /* lower part: items after '*' */
    if (p->verb + 1 < p->n_items) {
        int n = v->nl < 256 ? v->nl : 256;
        for (int k = 0; k < n; k++) lbuf[k] = s->ids[v->L[k]];
        m.seq = v->L;
        m.n = n;
        m.fwd = lbuf;
        m.upper = false;
        ok = go(&m, p->verb + 1, 0, p->items[p->verb + 1].joined);
    }
    if (ok && p->verb > 0) {
        int n = v->nu < 256 ? v->nu : 256;
        for (int k = 0; k < n; k++) ubuf[n - 1 - k] = s->ids[v->U[k]];
        m.seq = v->U;
        m.n = n;
        m.fwd = ubuf;
        m.upper = true;
        m.deepest = 0;
        m.failed = -1;
        ok = go(&m, p->verb - 1, 0, p->items[p->verb].joined);
    }
    if (failed) *failed = ok ? -1 : m.failed;
    return ok;
}
