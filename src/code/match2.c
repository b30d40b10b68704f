/*
** match2.c - PETRARCH-2 verb patterns over dependencies (dict.h, "PETRARCH-2 dialect").
**
** The items of a pattern form constituents: before '*' the subject (a head with optional
** modifiers, or '$', '+', '^'); after it, in any order, noun phrases ("POLICE",
** "{ARMS SHIPMENT}") and prepositional phrases ("(TO BORDER)", "(FOR)").  A noun phrase
** matches a complement of the verb whose head word matches the head item, every modifier item
** matching a word of its phrase; a prepositional phrase matches a complement whose preposition
** (its case word) is the PREP item and whose object matches the phrase's noun items.  The
** complements are the verb's dependents after the auxiliaries (objects, obliques, particles,
** adverbs, clausal complements), the prepositional modifiers of its object (UD attaches
** "aid to X" under the object), and the complements of a clausal complement ("said it EXPECTS
** +").  Each complement serves one constituent.  UniversalPetrarch matched patterns over
** dependency parses in a similar way but without prepositional phrases.
*/
#include <string.h>
#include "code/match.h"

#define MAX_CONST 16
#define MAX_CAND 64

typedef coder_constituent constituent;

typedef struct m2 {
    const csent *s;
    const dyad_dict *d;
    const dyad_pattern *p;
    constituent c[MAX_CONST];
    int nc;
    constituent subj;       /* the subject side, when the pattern has one */
    const int *cand;
    int ncand;
    bool used[MAX_CAND];
    int reached;            /* constituents tried: 1 + the furthest one's index */
    coder_binding *b;
} m2;

static bool word_is(const csent *s, int i, int32_t id) {
    return id != DYAD_NO_WORD && (s->ids[i] == id || s->lids[i] == id);
}

/* Split items lo..hi-1 into constituents; false when the pattern has a shape we cannot use. */
static bool split(m2 *m, int lo, int hi) {
    const dyad_pattern *p = m->p;
    m->nc = 0;
    for (int k = lo; k < hi;) {
        if (m->nc == MAX_CONST) return false;
        constituent *c = &m->c[m->nc++];
        c->prep = c->head = -1;
        c->mod0 = (int16_t)k;
        c->nmod = 0;
        if (p->items[k].role == DYAD_ROLE_PREP) {
            c->prep = (int16_t)k++;
            c->mod0 = (int16_t)k;
            while (k < hi && p->items[k].in_pp && p->items[k].role == DYAD_ROLE_MOD) c->nmod++, k++;
            if (k < hi && p->items[k].in_pp && p->items[k].role != DYAD_ROLE_PREP) c->head = (int16_t)k++;
            /* further noun phrases of the same PP are not used */
            while (k < hi && p->items[k].in_pp && p->items[k].role != DYAD_ROLE_PREP) k++;
            continue;
        }
        while (k < hi && p->items[k].role == DYAD_ROLE_MOD) c->nmod++, k++;
        if (k < hi) c->head = (int16_t)k++;
    }
    return true;
}

/* The constituents of pattern p: the subject side first (one, or none when p->verb is 0),
   then the complements.  Split once per pattern and kept in the coder; false when the
   pattern has a shape that cannot be matched. */
static bool constituents(m2 *m) {
    dyad_coder *c = m->s->c;
    const dyad_dict *d = m->d;
    int32_t pi = (int32_t)(m->p - d->patterns);
    if (!c->split_at) {
        c->split_at = dyad_xmalloc((size_t)(d->n_patterns ? d->n_patterns : 1) * sizeof *c->split_at);
        c->pat_words = dyad_xcalloc((size_t)(d->n_patterns ? d->n_patterns : 1), sizeof *c->pat_words);
        for (int32_t k = 0; k < d->n_patterns; k++) c->split_at[k] = -2;
    }
    if (c->split_at[pi] == -2) {
        c->split_at[pi] = -1;
        constituent all[MAX_CONST + 1];
        int n = 0;
        bool ok = true;
        if (m->p->verb > 0) {
            ok = split(m, 0, m->p->verb) && m->nc == 1;
            if (ok) all[n++] = m->c[0];
        }
        if (ok && split(m, m->p->verb + 1, m->p->n_items) && n + m->nc <= MAX_CONST) {
            memcpy(all + n, m->c, (size_t)m->nc * sizeof *all);
            n += m->nc;
            coder_grow((void **)&c->pool, &c->cap_pool, c->npool + n + 1, sizeof *c->pool);
            c->split_at[pi] = c->npool;
            /* a count first, in the head field of an extra entry */
            c->pool[c->npool].head = (int16_t)n;
            memcpy(c->pool + c->npool + 1, all, (size_t)n * sizeof *all);
            c->npool += n + 1;
            /* the words every match needs: fixed words of prepositions, heads, modifiers */
            for (int k = 0; k < n; k++) {
                const constituent *x = &all[k];
                const dyad_pat_item *it = m->p->items;
                if (x->prep >= 0 && it[x->prep].kind == DYAD_PAT_WORD) coder_word_bit(c->pat_words[pi], it[x->prep].id);
                if (x->head >= 0 && it[x->head].kind == DYAD_PAT_WORD) coder_word_bit(c->pat_words[pi], it[x->head].id);
                for (int j = 0; j < x->nmod; j++)
                    if (it[x->mod0 + j].kind == DYAD_PAT_WORD) coder_word_bit(c->pat_words[pi], it[x->mod0 + j].id);
            }
        }
    }
    if (c->split_at[pi] < 0) return false;
    const constituent *all = c->pool + c->split_at[pi];
    int n = all[0].head, first = m->p->verb > 0 ? 1 : 0;
    if (first) m->subj = all[1];
    m->nc = n - first;
    memcpy(m->c, all + 1 + first, (size_t)m->nc * sizeof *m->c);
    return true;
}

static int mention_at(const csent *s, int x) {
    return coder_mention_of(s, x);
}

/* Does item it match word x as a noun-phrase head (or a modifier word)? */
static bool item_word(const m2 *m, const dyad_pat_item *it, int x) {
    const csent *s = m->s;
    switch (it->kind) {
    case DYAD_PAT_WORD:
        return word_is(s, x, it->id);
    case DYAD_PAT_SYNSET: {
        int len = 0;
        int mem = dyad_synset_match_end(m->d, it->id, s->ids, x, &len);
        if (mem < 0 && s->lids[x] != DYAD_NO_WORD && s->lids[x] != s->ids[x]) {
            /* the lemma ("forces" -> "force") may be the member: read the words before x with
               the lemma in x's place */
            int32_t ids[16];
            int from = x >= 15 ? x - 15 : 0;
            for (int k = from; k < x; k++) ids[k - from] = s->ids[k];
            ids[x - from] = s->lids[x];
            mem = dyad_synset_match_end(m->d, it->id, ids, x - from, &len);
        }
        return mem >= 0 && !m->d->members[mem].pp;
    }
    case DYAD_PAT_SOURCE: case DYAD_PAT_TARGET: case DYAD_PAT_COMPOUND: case DYAD_PAT_SKIP:
        if (it->kind == DYAD_PAT_SKIP) return true;
        /* an actor slot is a noun phrase that is no time expression ("marched ON +" is not
           "on Tuesday") */
        return mention_at(s, x) >= 0 && !s->m[mention_at(s, x)].temporal;
    default:
        return false;
    }
}

static void bind(m2 *m, const dyad_pat_item *it, int x) {
    int men = mention_at(m->s, x);
    if (it->kind == DYAD_PAT_SOURCE) m->b->source = men;
    else if (it->kind == DYAD_PAT_TARGET) m->b->target = men;
    else if (it->kind == DYAD_PAT_COMPOUND) m->b->compound = men;
    else if (it->kind == DYAD_PAT_WORD || it->kind == DYAD_PAT_SYNSET) coder_use(m->b, x);
}

/* Do the modifier items of c all match words of the phrase headed by x?  The words they match
   are recorded as used by the pattern. */
static bool mods_match(const m2 *m, const constituent *c, int x) {
    const csent *s = m->s;
    for (int k = 0; k < c->nmod; k++) {
        const dyad_pat_item *it = &m->p->items[c->mod0 + k];
        bool ok = false;
        int y;
        for (y = s->w[x].lo; y <= s->w[x].hi && !ok; y++) {
            if (y == x || !coder_inside(s, y, x)) continue;
            /* words of the noun phrase, not of clauses inside it */
            int t = y;
            bool in_np = true;
            while (t != x && in_np) {
                int r = s->w[t].rel;
                if (r == R_ACL || r == R_RELCL || r == R_ADVCL || r == R_CCOMP || r == R_APPOS) in_np = false;
                t = s->w[t].head;
            }
            if (in_np) ok = item_word(m, it, y);
        }
        if (!ok) return false;
        coder_use(m->b, y - 1);
    }
    return true;
}

/* A synset head item whose member is a whole prepositional phrase: "(TO THE END)". */
static bool pp_member(const m2 *m, const dyad_pat_item *it, int x) {
    const csent *s = m->s;
    if (it->kind != DYAD_PAT_SYNSET) return false;
    /* most synsets have no such member: ask once per synset */
    dyad_coder *c = s->c;
    if (!c->syn_pp) {
        c->syn_pp = dyad_xcalloc((size_t)(m->d->n_synsets ? m->d->n_synsets : 1), 1);
        for (int k = 0; k < m->d->n_synsets; k++) {
            const dyad_synset *sy = &m->d->synsets[k];
            c->syn_pp[k] = 1;
            for (int j = 0; j < sy->n_members; j++)
                if (m->d->members[sy->first_member + j].pp) c->syn_pp[k] = 2;
        }
    }
    if (c->syn_pp[it->id] != 2) return false;
    int cs = coder_case(s, x);
    if (cs < 0) return false;
    const dyad_synset *syn = &m->d->synsets[it->id];
    for (int k = 0; k < syn->n_members; k++) {
        const dyad_synset_member *mb = &m->d->members[syn->first_member + k];
        if (!mb->pp || mb->n_words < 2 || !word_is(s, cs, mb->words[0])) continue;
        /* the rest of the member ends at x, read over the phrase's words */
        int need = mb->n_words - 1, at = x;
        bool ok = true;
        for (int j = need; j >= 1 && ok; j--, at--) {
            while (at > cs && s->w[at].upos == DYAD_PUNCT) at--;
            ok = at > cs && word_is(s, at, mb->words[j]);
        }
        if (ok) return true;
    }
    return false;
}

/* Is x an oblique (prepositional phrase) of a verb, or inside one ("at the start of a trip")? */
static bool in_oblique(const csent *s, int x) {
    for (int guard = 0; x >= 0 && guard < 50; guard++, x = s->w[x].head) {
        int r = s->w[x].rel;
        if (r == R_OBL || r == R_OBL_AGENT || r == R_OBL_NPMOD || r == R_OBL_TMOD) return true;
        if (r != R_NMOD) return false;
    }
    return false;
}

/* Does constituent c match complement x? */
static bool const_match(m2 *m, const constituent *c, int x) {
    const csent *s = m->s;
    const dyad_pattern *p = m->p;
    if (c->prep >= 0) {
        int cs = coder_case(s, x);
        if (cs < 0) cs = coder_child(s, x, R_MARK);
        const dyad_pat_item *pi = &p->items[c->prep];
        if (cs < 0) return false;
        bool prep_ok = pi->kind == DYAD_PAT_WORD ? word_is(s, cs, pi->id) : item_word(m, pi, cs);
        if (!prep_ok) return false;
        if (c->head < 0) return true;
        return item_word(m, &p->items[c->head], x) && mods_match(m, c, x);
    }
    if (c->head < 0) return false;
    const dyad_pat_item *h = &p->items[c->head];
    if (pp_member(m, h, x)) return true;
    /* PETRARCH-2 matched a noun item against the verb's noun phrases (and the phrases inside
       them), a prepositional phrase of the verb only through a preposition item ("- * TRIP" is
       no match for "at the start of a trip"); its dictionaries keep that reading */
    if (!s->c->clause_subjects && c != &m->subj && coder_case(s, x) >= 0 && in_oblique(s, x)) return false;
    return item_word(m, h, x) && mods_match(m, c, x);
}

static bool go(m2 *m, int k) {
    if (k == m->nc) return true;
    if (k + 1 > m->reached) m->reached = k + 1;
    const constituent *c = &m->c[k];
    for (int j = 0; j < m->ncand; j++) {
        if (m->used[j] || !const_match(m, c, m->cand[j])) continue;
        coder_binding save = *m->b;
        if (c->head >= 0) bind(m, &m->p->items[c->head], m->cand[j]);
        m->used[j] = true;
        if (go(m, k + 1)) return true;
        m->used[j] = false;
        *m->b = save;
    }
    return false;
}

static void add_cand(cverb *v, int x) {
    for (int j = 0; j < v->ncand; j++)
        if (v->cand[j] == x) return;
    if (v->ncand < MAX_CAND) v->cand[v->ncand++] = x;
}

static bool complement(int rel) {
    switch (rel) {
    case R_OBJ: case R_IOBJ: case R_OBL: case R_OBL_AGENT: case R_OBL_NPMOD: case R_XCOMP:
    case R_CCOMP: case R_ADVMOD: case R_PRT: case R_ADVCL: case R_OTHER: case R_DEP:
    case R_NMOD: case R_COMPOUND:
        return true;
    default:
        return false;
    }
}

void coder_match2_candidates(const csent *s, cverb *v) {
    int x = v->word;
    v->ncand = 0;
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (coder_verb_word(v, y) || y == v->subj || y == v->agent) continue;
        int r = s->w[y].rel;
        if (!complement(r)) continue;
        /* the verb of a clause is no noun item for PETRARCH-2's dictionaries, which PETRARCH-2
           matched over the noun phrases of the verb's sentence ("wants to help Israel" does not
           match "- * HELP"); dyad's own patterns name such verbs ("- * IMPOSE") */
        bool clause_verb = (r == R_XCOMP || r == R_CCOMP || r == R_ADVCL) &&
                           (s->w[y].upos == DYAD_VERB || s->w[y].upos == DYAD_AUX);
        if (!(clause_verb && !s->c->clause_subjects)) add_cand(v, y);
        if (r == R_OBJ || r == R_IOBJ || r == R_OBL)
            for (int j = 0; j < s->w[y].nkids; j++) {
                int z = s->kids[s->w[y].kid0 + j];
                if (s->w[z].rel == R_NMOD) add_cand(v, z);
            }
        if (r == R_CCOMP || r == R_XCOMP)
            for (int j = 0; j < s->w[y].nkids; j++) {
                int z = s->kids[s->w[y].kid0 + j];
                if (complement(s->w[z].rel) || s->w[z].rel == R_NSUBJ) add_cand(v, z);
            }
    }
    /* "the civilians were released by Putin": the subject of a passive is what the active verb
       has as its object ("released the civilians"), so the object items of a pattern may name
       it; the subject side of the pattern is the "by" phrase */
    if (v->passive && v->agent >= 0 && v->subj >= 0 && !coder_verb_word(v, v->subj)) add_cand(v, v->subj);
}

/* The item that names constituent c (its head, else its preposition). */
static int const_item(const constituent *c) {
    return c->head >= 0 ? c->head : c->prep;
}

bool coder_match2(const csent *s, const cverb *v, const dyad_pattern *p, coder_binding *b,
                  int *failed) {
    const dyad_coder *c = s->c;
    b->source = b->target = b->compound = -1;
    b->nused = 0;
    if (failed) *failed = -1;
    /* a pattern already split whose words are not all in the sentence cannot match (the trace
       shows where it fails instead) */
    int32_t pi = (int32_t)(p - c->d->patterns);
    if (c->split_at && c->split_at[pi] != -2 && !c->opt.trace) {
        if (c->split_at[pi] == -1) return false;
        for (int k = 0; k < 4; k++)
            if (c->pat_words[pi][k] & ~s->words[k]) return false;
    }
    m2 m = {.s = s, .d = c->d, .p = p, .b = b, .cand = v->cand, .ncand = v->ncand};
    if (!constituents(&m)) return false;
    /* the subject side */
    if (p->verb > 0) {
        int subj = v->passive && v->agent >= 0 ? v->agent : v->subj;
        if (subj < 0 || !const_match(&m, &m.subj, subj)) {
            if (failed) *failed = const_item(&m.subj);
            return false;
        }
        if (m.subj.head >= 0) bind(&m, &p->items[m.subj.head], subj);
    }
    memset(m.used, 0, sizeof m.used);
    bool ok = go(&m, 0);
    if (!ok && failed && m.reached > 0) *failed = const_item(&m.c[m.reached - 1]);
    return ok;
}
