/*
** target.c - choosing an event's source and target phrases (coder.h states the rules): what
** the pattern bound, else the subject or passive agent, and the first known actor among the
** verb's complements; for PETRARCH-1 dictionaries also PETRARCH-1's search of the words before
** and after the verb.  Also the helpers over mentions' actors that the rules use.
*/
#include <string.h>
#include "code/coder_int.h"
#include "code/match.h"

/* Codes of a mention as an array of actor pointers. */
int coder_actors_of(csent *s, int m, const cactor **out, int max) {
    if (m < 0) return 0;
    coder_code_mention(s, m);
    const mention *mm = &s->m[m];
    int n = 0;
    for (int k = mm->a0; k < mm->a0 + mm->na && n < max; k++) out[n++] = &s->act[k];
    return n;
}

/* True when every code of mention b is a code of mention a (b adds no new actor). */
bool coder_same_codes(csent *s, int a, int b) {
    if (a < 0 || b < 0) return false;
    const cactor *x[16], *y[16];
    int nx = coder_actors_of(s, a, x, 16), ny = coder_actors_of(s, b, y, 16);
    if (ny == 0) return false;
    for (int j = 0; j < ny; j++) {
        if (!y[j]->code) return false;
        bool found = false;
        for (int i = 0; i < nx && !found; i++) found = x[i]->code && strcmp(x[i]->code, y[j]->code) == 0;
        if (!found) return false;
    }
    return true;
}

bool coder_known(csent *s, int m) {
    if (m < 0) return false;
    coder_code_mention(s, m);
    return s->m[m].known;
}

/* PETRARCH-1: the first known mention of a sequence (from its far end when far is set). */
static int seq_mention(csent *s, const int *seq, int n, bool far, bool want_known, int not1, int not2) {
    for (int k = 0; k < n; k++) {
        int i = seq[far ? n - 1 - k : k];
        int t = s->w[i].top;
        if (t < 0 || t == not1) continue;
        if (want_known && !coder_known(s, t)) continue;
        if (not2 >= 0 && coder_same_codes(s, t, not2)) continue;
        return t;
    }
    return -1;
}

static bool spelled_out(csent *s, int m, const coder_binding *b);

/* The first known mention in the subtree of x (x's own first), skipping relative clauses,
   mentions that add nothing to src and phrases the pattern spells out (b: "poured trainloads of
   TROOPS into Belarus"); -1 if none. */
static int known_inside(csent *s, int x, int src, const coder_binding *b) {
    int m = coder_mention_of(s, x);
    if (m >= 0 && m != src && coder_known(s, m) && !coder_same_codes(s, src, m) && !spelled_out(s, m, b))
        return m;
    for (int i = s->w[x].lo; i <= s->w[x].hi; i++) {
        int k = s->w[i].mention;
        if (k < 0 || k == m || k == src || !coder_known(s, k) || coder_same_codes(s, src, k) ||
            spelled_out(s, k, b))
            continue;
        bool relcl = false;
        for (int t = i; t != x && t >= 0 && !relcl; t = s->w[t].head) relcl = s->w[t].rel == R_RELCL;
        if (!relcl) return k;
    }
    return -1;
}

/* The target among the verb's own complements (and those of its open clausal complement,
   "believed linked to Al-Qaeda"): objects, then prepositional objects, each in sentence order;
   the first known actor in them (in the phrase itself, else inside it: "the roads leading into
   Mordor"), else the first complement. */
static bool used(const coder_binding *b, int i) {
    for (int k = 0; k < b->nused; k++)
        if (b->used[k] == i) return true;
    return false;
}

/* Does the pattern spell out the actors of mention m: is every known actor named by a word the
   pattern matched (or has m none)?  An actor is named by its entry's words ("French" in "French
   citizens", which a pattern's CITIZEN does not spell out), else by its agents' ("troops"). */
static bool named_by(csent *s, int m, const coder_binding *b) {
    coder_code_mention(s, m);
    const mention *mm = &s->m[m];
    for (int k = mm->a0; k < mm->a0 + mm->na; k++) {
        const cactor *a = &s->act[k];
        if (!a->code) continue;
        /* the entry's own words when there are some ("French" of "French citizens"), else
           the words of the agents that make the actor ("troops"); an entry inside a
           prepositional modifier ("troops near the Ukrainian border") does not name them */
        bool in_pp = false;
        for (int x = a->efirst; x >= 0 && x != mm->head && !in_pp; x = s->w[x].head)
            in_pp = s->w[x].rel == R_NMOD;
        bool own = a->efirst >= 0 && !in_pp;
        int lo = own ? a->efirst : a->first, hi = own ? a->elast : a->last;
        bool spelled = false;
        for (int j = 0; j < b->nused && !spelled; j++) spelled = b->used[j] >= lo && b->used[j] <= hi;
        if (!spelled) return false;
    }
    return true;
}

/* Is every known actor of mention m named by an actor entry inside a prepositional modifier of
   the phrase ("an embassy in Tehran")? */
static bool entry_in_modifier(csent *s, int m) {
    coder_code_mention(s, m);
    const mention *mm = &s->m[m];
    if (!mm->known) return false;
    for (int k = mm->a0; k < mm->a0 + mm->na; k++) {
        const cactor *a = &s->act[k];
        if (!a->code) continue;
        if (a->efirst < 0) return false;
        bool in_pp = false;
        for (int x = a->efirst; x >= 0 && x != mm->head && !in_pp; x = s->w[x].head)
            in_pp = s->w[x].rel == R_NMOD;
        if (!in_pp) return false;
    }
    return true;
}

/* Is mention m a phrase the pattern names: a word of it matched a pattern item, and every
   known actor of it is named by such words? */
static bool spelled_out(csent *s, int m, const coder_binding *b) {
    bool any = false;
    for (int k = 0; k < b->nused && !any; k++)
        any = coder_mention_of(s, b->used[k]) == m;
    return any && named_by(s, m, b);
}

/* The first known actor among the objects, then the prepositional objects, of the words of
   heads (nh of them; see complement_target); *fallback the first spelled-out phrase whose actor is
   named in its prepositional modifier; *first and *first_time keep the first phrase that
   is no time expression and the first that is one, when they are still -1. */
static int search_complements(csent *s, const cverb *v, int src, const coder_binding *b, const int *heads,
                              int nh, int *first, int *first_time, int *fallback) {
    int x = v->word;
    for (int pass = 0; pass < 2; pass++)
        for (int i = x + 1; i < s->n; i++) {
            int h = s->w[i].head;
            /* "near to Ukraine", "close to X": a prepositional object under an adverb of the
               verb is the verb's own, as parsers often hang it there */
            bool adverb = pass == 1 && h > x && s->w[h].head == x && s->w[h].rel == R_ADVMOD &&
                          !coder_verb_word(v, h) && heads[0] == x;
            bool mine = adverb;
            for (int k = 0; k < nh && !mine; k++) mine = h == heads[k];
            if (!mine || h < 0) continue;
            if (i == v->subj || i == v->agent || coder_verb_word(v, i)) continue;
            int r = s->w[i].rel;
            if (!(pass == 0 && (r == R_OBJ || r == R_IOBJ)) &&
                !(pass == 1 && (r == R_OBL || r == R_OBL_AGENT || r == R_OBL_NPMOD)))
                continue;
            int m = coder_mention_of(s, i);
            if (m < 0 && s->w[i].upos == DYAD_SCONJ) {
                /* "demanding that Mugabe abandon ..." parsed with "that" as the object: the
                   clause it stands for names whom the verb is aimed at */
                int found = known_inside(s, i, src, b);
                if (found >= 0) return found;
            }
            if (m < 0 || m == src) continue;
            /* a phrase the pattern spells out is no target ("- * TROOPS"), unless its actor
               is named by other words ("(TO BORDER)" in "to the border of Gondor"); phrases
               inside it may be ("an air strike against X") */
            if (used(b, i) && named_by(s, m, b)) {
                int found = known_inside(s, i, m, b);
                if (found >= 0 && found != src && !coder_same_codes(s, src, found)) return found;
                /* "opened an embassy in Tehran": the actor's own name is in a prepositional
                   modifier the pattern does not spell out; the phrase is the target when no
                   other complement has an actor */
                if (*fallback < 0 && entry_in_modifier(s, m) && !coder_same_codes(s, src, m)) *fallback = m;
                continue;
            }
            if (!spelled_out(s, m, b)) {
                if (*first < 0 && !s->m[m].temporal) *first = m;
                if (*first_time < 0 && s->m[m].temporal) *first_time = m;
            }
            int found = known_inside(s, i, src, b);
            if (found >= 0) return found;
        }
    return -1;
}

/* Is y a purpose or participle clause of its head: an adverbial clause without a subject of its
   own, opened by "to" or a present participle ("staged protests to demand X", "demonstrated,
   calling for Y")? */
static bool purpose_clause(const csent *s, int y) {
    if (s->w[y].rel != R_ADVCL || s->w[y].upos != DYAD_VERB) return false;
    if (coder_child(s, y, R_NSUBJ) >= 0 || coder_child(s, y, R_NSUBJ_PASS) >= 0) return false;
    int mk = coder_child(s, y, R_MARK);
    if (mk >= 0) return coder_word_in(s, mk, "to");
    const char *xpos = s->s->words[y].xpos;
    return xpos && strcmp(xpos, "VBG") == 0;
}

static int complement_target(csent *s, const cverb *v, int src, const coder_binding *b) {
    int x = v->word, first = -1, first_time = -1, fallback = -1;
    int heads[2] = {x, -1};
    for (int k = 0; k < s->w[x].nkids && heads[1] < 0; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (s->w[y].rel == R_XCOMP && s->w[y].upos == DYAD_VERB) heads[1] = y;
    }
    int found = search_complements(s, v, src, b, heads, heads[1] >= 0 ? 2 : 1, &first, &first_time, &fallback);
    if (found >= 0) return found;
    /* no actor among the complements: for PETRARCH-2 dictionaries, the subject of a clausal
       complement ("demanded that the DPRK forsake its program": the one asked is the target;
       PETRARCH-1 dictionaries have their own search of the verb phrase).  Not for verbs of
       saying (own code in CAMEO root 01): what "X said Y ..." is about is no addressee. */
    const dyad_dict *d = s->c->d;
    bool skip = d->blocks[d->verbs[v->v[0]].block].dialect == 1;
    for (int k = 0; k < v->nv && !skip; k++) {
        const char *own = d->verbs[v->v[k]].code.fwd;
        skip = own && own[0] == '0' && own[1] == '1';
    }
    for (int k = 0; !skip && k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (s->w[y].rel != R_CCOMP) continue;
        for (int j = 0; j < s->w[y].nkids; j++) {
            int z = s->kids[s->w[y].kid0 + j];
            if (s->w[z].rel != R_NSUBJ) continue;
            int m = coder_mention_of(s, z);
            if (m >= 0 && m != src && coder_known(s, m) && !coder_same_codes(s, src, m)) return m;
        }
    }
    /* still none: for PETRARCH-2 dictionaries, the complements of a purpose or participle
       clause of the verb name whom the act is aimed at ("staged protests to demand reforms from
       the government", "demonstrated, calling for independence from Iraq") */
    for (int k = 0; !skip && k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (!purpose_clause(s, y)) continue;
        int f = -1, ft = -1, fb = -1;
        found = search_complements(s, v, src, b, &y, 1, &f, &ft, &fb);
        if (found >= 0) return found;
    }
    if (fallback >= 0) return fallback;
    /* a time expression ("on Monday") is the phrase only when there is no other */
    return first >= 0 ? first : first_time;
}

void coder_source_target(csent *s, const cverb *v, const coder_binding *b, int *src_out, int *tgt_out) {
    const dyad_dict *d = s->c->d;
    bool d1 = d->blocks[d->verbs[v->v[0]].block].dialect == 1;
    bool passive = d1 ? v->passive && v->agent >= 0 : v->passive;
    int src = b->source, tgt = b->target;
    int subj = coder_mention_of(s, v->subj);
    if (src < 0) {
        if (passive && v->agent >= 0) src = coder_mention_of(s, v->agent);
        else if (!passive && subj != tgt) src = subj;
        if (d1 && !coder_known(s, src)) {
            /* PETRARCH-1: the first actor of the sentence before the verb */
            int f = seq_mention(s, v->U, v->nu, true, true, tgt, -1);
            if (f < 0 && src < 0) f = seq_mention(s, v->U, v->nu, true, false, tgt, -1);
            if (f >= 0) src = f;
        }
    }
    if (tgt < 0) {
        if (passive && subj >= 0 && subj != src) tgt = subj;
        else tgt = complement_target(s, v, src, b);
        if (d1 && !coder_known(s, tgt) && !(tgt >= 0 && s->m[tgt].reflexive)) {
            int f = seq_mention(s, v->L, v->nl, false, true, src, src);
            if (f < 0 && tgt < 0) f = seq_mention(s, v->L, v->nl, false, false, src, -1);
            if (f < 0 && tgt < 0) f = seq_mention(s, v->U, v->nu, false, true, src, src);
            if (f < 0 && tgt < 0) f = seq_mention(s, v->U, v->nu, false, false, src, -1);
            if (f >= 0) tgt = f;
        }
    }
    *src_out = src;
    *tgt_out = tgt;
}
