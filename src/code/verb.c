/*
** verb.c - the verbs of a sentence: which dictionary verb a word is (its form, else its
** lemma; a multi-word verb when its other words are there), and the verb's frame: passive,
** negation, subject (own, or that of the clause controlling it), passive agent, and the word
** sequences before and after the verb that PETRARCH-1 patterns are matched against.
*/
#include <string.h>
#include "code/coder_int.h"
#include "code/date.h"

static bool is_verb_word(const csent *s, int i) {
    const cword *w = &s->w[i];
    if (w->rel == R_AMOD || w->rel == R_COMPOUND) return false;
    if (w->upos == DYAD_VERB) return true;
    if (w->upos == DYAD_AUX) return w->rel != R_AUX && w->rel != R_AUX_PASS && w->rel != R_COP;
    return false;
}

static bool same(const csent *s, int i, int32_t id) {
    return id != DYAD_NO_WORD && (s->ids[i] == id || s->lids[i] == id);
}

/* Positions of the other words of verb x at word i; false when they are not there. */
static bool parts_present(const csent *s, int i, const dyad_verb *x, int *parts, int *np) {
    *np = 0;
    /* words before the verb: immediately before it */
    for (int k = 0; k < x->n_pre; k++) {
        int at = i - x->n_pre + k;
        if (at < 0 || !same(s, at, x->pre[k])) return false;
        if (*np < MAX_VERB_PARTS) parts[(*np)++] = at;
    }
    /* words after it: adjacent, or particles and prepositions that depend on the verb */
    int at = i + 1;
    for (int k = 0; k < x->n_post; k++) {
        int found = -1;
        if (at < s->n && same(s, at, x->post[k])) {
            found = at;
        } else {
            for (int j = 0; j < s->w[i].nkids && found < 0; j++) {
                int y = s->kids[s->w[i].kid0 + j];
                if (y > i && (s->w[y].rel == R_PRT || s->w[y].rel == R_ADVMOD) && same(s, y, x->post[k]))
                    found = y;
                else if (y > i && s->w[y].rel == R_OBL && !coder_temporal_word(s->forms[y])) {
                    /* "called Putin on Monday" is no "call on": a time's preposition is no particle */
                    int c = coder_case(s, y);
                    if (c >= 0 && same(s, c, x->post[k])) found = c;
                }
            }
        }
        if (found < 0) return false;
        if (*np < MAX_VERB_PARTS) parts[(*np)++] = found;
        at = found + 1;
    }
    return true;
}

bool coder_find_verb(csent *s, int i, cverb *v) {
    const dyad_dict *d = s->c->d;
    memset(v, 0, sizeof *v);
    v->word = i;
    v->subj = v->agent = -1;
    if (!is_verb_word(s, i)) return false;
    int best_words = -1;
    int32_t lookups[2] = {s->ids[i], s->lids[i]};
    for (int l = 0; l < 2 && v->nv == 0; l++) {
        if (l == 1 && lookups[1] == lookups[0]) break;
        for (int f = dyad_verb_find(d, lookups[l]); f >= 0; f = d->forms[f].next) {
            int32_t vi = d->forms[f].verb;
            const dyad_verb *x = &d->verbs[vi];
            int parts[MAX_VERB_PARTS], np;
            if (!parts_present(s, i, x, parts, &np)) continue;
            int words = x->n_pre + x->n_post;
            if (words < best_words) continue;
            if (words > best_words) {
                best_words = words;
                v->nv = 0;
                v->nparts = np;
                memcpy(v->parts, parts, sizeof parts);
            }
            bool dup = false;
            for (int k = 0; k < v->nv; k++) dup |= d->verbs[v->v[k]].block == x->block;
            if (!dup && v->nv < MAX_VERB_BLOCKS) v->v[v->nv++] = vi;
        }
    }
    return v->nv > 0;
}

bool coder_verb_word(const cverb *v, int i) {
    if (i == v->word) return true;
    for (int k = 0; k < v->nparts; k++)
        if (v->parts[k] == i) return true;
    return false;
}

static bool negator(const csent *s, int y) {
    return (s->w[y].rel == R_ADVMOD || s->w[y].rel == R_AUX || s->w[y].rel == R_OTHER) &&
           (s->w[y].flags & F_NEG);
}

/* Is verb word x a gerund introduced by "of" or "for" that complements verb h, a verb of
   judging ("blamed Israel for killing civilians"; not "used drones for attacking Kyiv")? */
static bool of_gerund(const csent *s, int x, int h) {
    const char *xpos = s->s->words[x].xpos;
    if (!xpos || strcmp(xpos, "VBG") != 0 || !dyad_judging_verb(s->s->words[h].lemma)) return false;
    int mk = coder_child(s, x, R_MARK);
    return mk >= 0 && coder_word_in(s, mk, "of for");
}

/* The subject of verb word x: its own, or that of the clause controlling it. */
static int subject_of(const csent *s, int x, int depth, bool dialect1) {
    if (x < 0 || depth > 20) return -1;
    int subj = coder_child(s, x, R_NSUBJ);
    if (subj < 0) subj = coder_child(s, x, R_NSUBJ_PASS);
    if (subj >= 0) {
        /* a relative pronoun stands for the noun the clause modifies (the relative clause may
           be a coordination of verbs: "who returned and met") */
        int ante = coder_relative_antecedent(s, subj);
        /* PETRARCH-2 found no subject for the verb of a relative clause (its S has no noun
           phrase); its dictionaries keep that reading */
        if (!dialect1 && !s->c->clause_subjects) ante = -1;
        return ante >= 0 ? ante : subj;
    }
    int h = s->w[x].head;
    if (h < 0) return -1;
    switch (s->w[x].rel) {
    case R_XCOMP: {
        int obj = coder_child(s, h, R_OBJ);
        return obj >= 0 ? obj : subject_of(s, h, depth + 1, dialect1);
    }
    case R_CONJ:
        return subject_of(s, h, depth + 1, dialect1);
    case R_CCOMP:
        return dialect1 ? -1 : subject_of(s, h, depth + 1, dialect1);
    case R_ADVCL:
        /* "blamed Israel for killing civilians", "accused Iran of attacking ships": the object
           of the controlling verb did it */
        if (!dialect1 && of_gerund(s, x, h) && coder_child(s, h, R_OBJ) >= 0) return coder_child(s, h, R_OBJ);
        /* "staged protests to demand reforms", "bombarded the city, killing eight": the
           controlling verb's subject acts in a purpose or participle clause too, as dyad's own
           dictionaries read it (those that define the mood synsets); PETRARCH-2 left such a
           clause without source, and its dictionaries keep that reading */
        if (dialect1) return -1;
        if (!s->c->clause_subjects) {
            int mk = coder_child(s, x, R_MARK);
            if (mk < 0 || !coder_word_in(s, mk, "to")) return -1;
        }
        return subject_of(s, h, depth + 1, dialect1);
    case R_ACL: {
        if (dialect1) return -1;
        /* "X issued a statement condemning Y": a document or message that names no actor
           speaks for whoever issued it (an active participle on the verb's object) */
        int m = coder_mention_of(s, h);
        const char *xpos = s->s->words[x].xpos;
        if (xpos && strcmp(xpos, "VBG") == 0 && s->w[h].rel == R_OBJ && s->w[h].head >= 0 &&
            s->w[s->w[h].head].upos == DYAD_VERB && (m < 0 || !s->m[m].known))
            return subject_of(s, s->w[h].head, depth + 1, dialect1);
        return h;
    }
    default:
        return -1;
    }
}

static void push(int **buf, int *cap, int *n, int x) {
    coder_grow((void **)buf, cap, *n + 1, sizeof **buf);
    (*buf)[(*n)++] = x;
}

/* A comma-delimited parenthetical ending just before the comma at position p (leftwards):
   the start of the subtree that lies between this comma and an earlier one, or -1. */
static int parenthetical_start(const csent *s, int p, int verb) {
    int e = p - 1;
    if (e < 0) return -1;
    /* the largest subtree that ends at e and does not hold the verb */
    int best = -1;
    for (int x = e; x >= 0; x--) {
        if (s->w[x].hi != e || coder_inside(s, verb, x)) continue;
        if (best < 0 || s->w[x].lo < s->w[best].lo) best = x;
    }
    if (best < 0) return -1;
    int lo = s->w[best].lo;
    if (lo - 1 >= 0 && s->w[lo - 1].upos == DYAD_PUNCT && strcmp(s->forms[lo - 1], ",") == 0)
        return lo - 1;
    return -1;
}

/* A "by" phrase of x, or of an adverb of x ("was opposed earlier by Osgiliath", as parsers
   sometimes attach it); -1 if none. */
static int by_phrase(const csent *s, int x, int depth) {
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        int r = s->w[y].rel;
        int cs = r == R_OBL || r == R_OBL_AGENT || r == R_NMOD ? coder_case(s, y) : -1;
        if (cs >= 0 && (s->w[cs].flags & F_BY)) return y;
        if (r == R_ADVMOD && depth == 0) {
            int z = by_phrase(s, y, 1);
            if (z >= 0) return z;
        }
    }
    return -1;
}

/* "Israeli bulldozers demolished homes", parsed as a participle on "bulldozers": a past
   participle modifying the noun before it and having a direct object of its own after it is
   the noun's finite verb in the past tense, which the parser took for a modifier. */
static bool active_participle(const csent *s, int x) {
    int h = s->w[x].head;
    if (h < 0 || h > x) return false;
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (y > x && s->w[y].rel == R_OBJ && s->w[y].upos != DYAD_PRON) return true;
    }
    return false;
}

/* A prepositional phrase of x opened by "from" or "in" that names an actor; -1 if none. */
static int from_in_phrase(csent *s, int x) {
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        int r = s->w[y].rel;
        int cs = r == R_OBL || r == R_NMOD ? coder_case(s, y) : -1;
        if (cs < 0 || !coder_word_in(s, cs, "from in")) continue;
        int m = coder_mention_of(s, y);
        if (m >= 0 && !s->m[m].temporal && coder_known(s, m)) return y;
    }
    return -1;
}

void coder_verb_frame(csent *s, cverb *v) {
    dyad_coder *c = s->c;
    int x = v->word;
    bool dialect1 = c->d->blocks[c->d->verbs[v->v[0]].block].dialect == 1;
    v->passive = coder_child(s, x, R_NSUBJ_PASS) >= 0 || coder_child(s, x, R_AUX_PASS) >= 0;
    /* "soldiers killed in Ukraine": a past participle modifying a noun is passive; the noun is
       what the participle's action was done to (PETRARCH-2 dictionaries only) */
    if (!dialect1 && s->w[x].rel == R_ACL && s->s->words[x].xpos && strcmp(s->s->words[x].xpos, "VBN") == 0)
        v->passive = !active_participle(s, x);
    /* "There were ten soldiers killed in Ukraine": a past participle (or a form a tagger took
       for a past tense) under an existential "be" */
    int hb = s->w[x].head;
    const char *xp = s->s->words[x].xpos;
    if (!dialect1 && !v->passive && hb >= 0 && xp && (strcmp(xp, "VBN") == 0 || strcmp(xp, "VBD") == 0) &&
        (s->w[x].rel == R_CSUBJ || s->w[x].rel == R_CCOMP || s->w[x].rel == R_XCOMP) &&
        coder_word_in(s, hb, "be") && coder_child(s, hb, R_EXPL) >= 0)
        v->passive = true;
    v->negated = false;
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (negator(s, y)) v->negated = true;
    }
    v->subj = subject_of(s, x, 0, dialect1);
    if (v->subj >= 0)
        for (int k = 0; k < s->w[v->subj].nkids; k++) {
            int y = s->kids[s->w[v->subj].kid0 + k];
            if (s->w[y].rel == R_CC && y < v->subj && (s->w[y].flags & F_NEITHER)) v->negated = true;
        }
    v->agent = coder_child(s, x, R_OBL_AGENT);
    if (v->agent < 0 && v->passive)
        v->agent = by_phrase(s, x, 0);
    /* PETRARCH-2 took the source of a passive without a "by" phrase from one with "from" or
       "in" ("soldiers killed in Ukraine"); its dictionaries keep that reading */
    if (v->agent < 0 && v->passive && !dialect1 && !c->clause_subjects)
        v->agent = from_in_phrase(s, x);
    /* lower sequence: the verb's phrase after it, without coordinated verbs */
    v->nl = 0;
    for (int i = x + 1; i <= s->w[x].hi; i++) {
        if (s->w[i].upos == DYAD_PUNCT || coder_verb_word(v, i)) continue;
        bool skip = false;
        for (int k = 0; k < s->w[x].nkids && !skip; k++) {
            int y = s->kids[s->w[x].kid0 + k];
            if (y > x && (s->w[y].rel == R_CONJ || s->w[y].rel == R_CC || s->w[y].rel == R_PARATAXIS) &&
                coder_inside(s, i, y))
                skip = true;
        }
        if (!skip) push(&c->lseq, &c->cap_lseq, &v->nl, i);
    }
    v->L = c->lseq;
    /* upper sequence: leftwards to a comma, stepping over comma-delimited parentheticals */
    v->nu = 0;
    for (int i = x - 1; i >= 0; i--) {
        if (coder_verb_word(v, i)) continue;
        if (s->w[i].upos == DYAD_PUNCT) {
            if (strcmp(s->forms[i], ",") != 0) continue;
            int p = parenthetical_start(s, i, x);
            if (p < 0) break;
            i = p;
            continue;
        }
        push(&c->useq, &c->cap_useq, &v->nu, i);
    }
    v->U = c->useq;
}
