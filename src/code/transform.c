/*
** transform.c - the verb transformations of PETRARCH-2 dictionaries ("~ a (b . ATTACK) SAY =
** a b 112" at the end of CAMEO.2.0.txt; dict.h describes the syntax): when a verb's clausal
** complement (ccomp, xcomp) holds a coded event, the outer verb and the inner event may become
** one event.  The first transformation that fits, in file order, replaces the two verbs'
** events with its result.  Also: a verb whose target lies in the clausal complement of another
** coded verb gives way to it (merge_open_clauses).
**
** A verb named in a transformation fits a coded verb that is that dictionary verb, or whose
** code is in the named verb's code family: its root when the named verb's code is a root-level
** code ending in 0 (SAY [010] stands for every statement, 01x), else the same code.  This is
** how PETRARCH-2 compared codes, by masking its internal code digits (PETRtree.VerbPhrase.
** match_transform).  Variables are single letters shared between the two sides; "_" requires
** that there is no actor, "." accepts any.
*/
#include <stdio.h>
#include <string.h>
#include "code/coder_int.h"
#include "code/cameo.h"

/* Does verb record r fit the verb named by word (DYAD_NO_WORD: "Q", any verb)? */
static bool fits(const csent *s, int32_t word, const cvres *r) {
    const dyad_dict *d = s->c->d;
    if (word == DYAD_NO_WORD) return true;
    if (d->verbs[r->verb].word == word) return true;
    int f = dyad_verb_find(d, word);
    if (f < 0 || !r->code.fwd) return false;
    const char *named = d->verbs[d->forms[f].verb].code.fwd;
    if (!named) return false;
    size_t n = strlen(named);
    if (n >= 3 && named[n - 1] == '0') return strncmp(named, r->code.fwd, 2) == 0;
    return strcmp(named, r->code.fwd) == 0;
}

/* Bind variable var ("a", "_", ".") to mention m; false when it does not fit. */
static bool bind(csent *s, int vars[26], const char *var, int m) {
    bool known = m >= 0 && coder_known(s, m);
    if (strcmp(var, ".") == 0) return known;
    if (strcmp(var, "_") == 0) return !known;
    if (var[0] < 'a' || var[0] > 'z' || var[1] || !known) return false;
    int *v = &vars[var[0] - 'a'];
    if (*v == -1) {
        *v = m;
        return true;
    }
    return *v == m || (coder_same_codes(s, *v, m) && coder_same_codes(s, m, *v));
}

/* The mention a result variable names, or -1 ("_", ".", unbound). */
static int value(const int vars[26], const char *var) {
    if (var[0] < 'a' || var[0] > 'z' || var[1]) return -1;
    return vars[var[0] - 'a'];
}

/* The verb record whose clausal complement holds record r's verb, or NULL. */
static cvres *outer_of(dyad_coder *c, const csent *s, const cvres *r) {
    int x = r->word;
    for (int guard = 0; s->w[x].rel == R_CONJ && guard < 50; guard++) x = s->w[x].head;
    if (s->w[x].rel != R_CCOMP && s->w[x].rel != R_XCOMP) return NULL;
    int h = s->w[x].head;
    /* "The US launched a strike, the command said": with PETRARCH-2's dictionaries a clause
       before the verb that reports it is the news and the verb its attribution, which
       PETRARCH-2 saw as a parenthetical: no transformation joins them */
    if (h > x && !c->clause_subjects) return NULL;
    for (int k = 0; k < c->nvres; k++)
        if (c->vres[k].word == h) return &c->vres[k];
    return NULL;
}

/*
** "Qatar pledged to expel X": the outer verb took its target from its open clausal complement
** (xcomp), whose verb has an event of its own.  The action is the event; the intention verb
** does not add a second one with the same actors (PETRARCH-2 folded such verbs into one code,
** PETRtree.VerbPhrase.get_meaning).  The same for a target taken from the subject of a
** clausal complement (ccomp: "X said Y attacked Z" is Y's attack; "X demanded that Y
** withdraw" stays X's demand when the withdrawal is no event).  PETRARCH-2 dictionaries only.
*/
static void merge_open_clauses(csent *s) {
    dyad_coder *c = s->c;
    for (int k = 0; k < c->nvres; k++) {
        const cvres *o = &c->vres[k];
        if (!o->dialect2 || o->ev1 == o->ev0 || o->tgt < 0) continue;
        int th = s->m[o->tgt].head;
        for (int j = 0; j < c->nvres; j++) {
            const cvres *in = &c->vres[j];
            int x = in->word;
            if (j == k || in->ev1 == in->ev0 || (s->w[x].rel != R_XCOMP && s->w[x].rel != R_CCOMP) ||
                s->w[x].head != o->word || !coder_inside(s, th, x))
                continue;
            coder_trace(c, "\"%s\" (word %d) takes its target from \"%s\" (word %d), which has its "
                        "own event: its events give way\n", s->forms[o->word], o->word + 1,
                        s->forms[x], x + 1);
            for (int e = o->ev0; e < o->ev1; e++) c->ev[e].code = NULL;
            break;
        }
    }
}

void coder_replace_events(csent *s, cvres *o, cvres *in, int tgt, const char *code, coder_verbinfo *vi) {
    dyad_coder *c = s->c;
    for (int e = o->ev0; e < o->ev1; e++) c->ev[e].code = NULL;
    if (in) {
        for (int e = in->ev0; e < in->ev1; e++) c->ev[e].code = NULL;
        in->ev1 = in->ev0;
        in->code.fwd = in->code.rev = NULL;
    }
    const cactor *S[16], *T[16];
    int ns = coder_actors_of(s, o->src, S, 16), nt = coder_actors_of(s, tgt, T, 16);
    o->ev0 = c->nev;
    for (int a = 0; a < ns; a++)
        for (int b = 0; b < nt; b++)
            if (S[a] != T[b]) coder_emit(s, S[a], T[b], code, vi);
    o->ev1 = c->nev;
    o->code.fwd = code;
    o->code.rev = NULL;
    o->tgt = tgt;
}

/* The code of an act done in the open clause of a verb coded code (root 02 appeal, 03 intent,
   10 demand, 12 reject, 13 threaten): CAMEO's counterpart of the act under that root
   ("asked X to help Y": 023; "wants to help Y": 033; "refused to meet": 125; "threatened to
   impose sanctions": 1312), or NULL when the root has none for it. */
static const char *counterpart(const char *outer, const char *act) {
    if (strncmp(outer, "02", 2) == 0) {
        const char *d = dyad_cameo_demand(act);
        if (!d) return NULL;
        /* appeals mirror demands sub-code by sub-code: 10xx -> 02xx */
        char a[5];
        snprintf(a, sizeof a, "02%s", d + 2);
        const dyad_cameo_event *e = dyad_cameo_nearest(a, strlen(a));
        return e ? e->code : NULL;
    }
    if (strncmp(outer, "03", 2) == 0) return dyad_cameo_intent(act);
    if (strncmp(outer, "10", 2) == 0) return dyad_cameo_demand(act);
    if (strncmp(outer, "12", 2) == 0) return dyad_cameo_reject(act);
    if (strncmp(outer, "13", 2) == 0) return dyad_cameo_threat(act);
    return NULL;
}

/* Is code in a CAMEO root that PETRARCH-2's internal coding made a mode of other acts rather than
   a base act (utilities.convert_code: say, appeal, intend, demand, protest, threaten,
   disapprove, posture, coerce, investigate, consult)? */
static bool modal_root(const char *code) {
    static const char *const roots[] = {"01", "02", "03", "04", "09", "10", "11", "13", "14", "15", "17"};
    for (size_t k = 0; k < sizeof roots / sizeof roots[0]; k++)
        if (strncmp(code, roots[k], 2) == 0) return true;
    return false;
}

/* "asked Obama to help Iran" with "to help" parsed as an adverbial clause: a "to" clause without
   a subject of its own on a verb that has a direct object (counted as an open clause for an
   appeal or demand only). */
static bool purpose_clause(const csent *s, int x);

static bool object_purpose_clause(const csent *s, int x) {
    int h = s->w[x].head;
    return h >= 0 && coder_child(s, h, R_OBJ) >= 0 && purpose_clause(s, x);
}

/*
** "Congress asked Obama to help Iran", "X wants to help Y": a verb of appeal, intent, demand,
** rejection or threat with an open clausal complement (xcomp) whose act has an event of its own
** makes one event of the two, the counterpart of the act under the outer verb's root (CAMEO
** builds 02, 03, 10, 12 and 13 so; PETRARCH-2 combined the two verbs' codes the same way,
** PETRtree.VerbPhrase.get_meaning).  The act has not happened: its own event goes.  The source
** is the outer verb's; the target is the one appealed to or asked (02, 10: the outer verb's
** target), else the act's.  PETRARCH-2-dialect dictionaries only.
*/
static void combine_open_clauses(csent *s) {
    dyad_coder *c = s->c;
    for (int k = 0; k < c->nvres; k++) {
        cvres *o = &c->vres[k];
        if (!o->dialect2 || !o->code.fwd || o->src < 0 || !coder_known(s, o->src)) continue;
        for (int j = 0; j < c->nvres; j++) {
            cvres *in = &c->vres[j];
            int x = in->word;
            for (int guard = 0; s->w[x].rel == R_CONJ && guard < 50; guard++) x = s->w[x].head;
            if (j == k || !in->code.fwd || in->ev1 == in->ev0 || s->w[x].head != o->word ||
                (s->w[x].rel != R_XCOMP && !object_purpose_clause(s, x)))
                continue;
            const char *code = counterpart(o->code.fwd, in->code.fwd);
            /* PETRARCH-2 combined only an act of a base category with the outer verb's mode;
               an act that is itself of a modal category (a statement, appeal, intent, meeting,
               investigation, demand, criticism, threat, protest, show of force or coercion)
               stood as it was, by the outer verb's source ("prepared to attend the Olympics":
               a visit).  Its dictionaries keep that reading. */
            if (!c->clause_subjects && modal_root(in->code.fwd)) code = in->code.fwd;
            if (!code) continue;
            bool asked = strncmp(code, "02", 2) == 0 || strncmp(code, "10", 2) == 0;
            if (s->w[x].rel != R_XCOMP && !asked) continue;
            /* one's own intent, refusal or threat is about one's own act */
            if (!asked && !(in->src == o->src || (in->src >= 0 && coder_same_codes(s, o->src, in->src) &&
                                                  coder_same_codes(s, in->src, o->src))))
                continue;
            int tgt = asked && o->tgt >= 0 && coder_known(s, o->tgt) ? o->tgt : in->tgt;
            if (tgt < 0 || !coder_known(s, tgt)) continue;
            coder_trace(c, "\"%s\" (word %d) and the act of its open clause \"%s\" (word %d) are one "
                        "event [%s]\n", s->forms[o->word], o->word + 1, s->forms[in->word], in->word + 1, code);
            coder_verbinfo vi = o->vi;
            vi.negated = o->vi.negated || in->vi.negated;
            coder_replace_events(s, o, in, tgt, code, &vi);
            break;
        }
    }
}

/* Has word w been coded as a verb (a record, with or without events)? */
static bool record_of_word(const dyad_coder *c, int w) {
    for (int k = 0; k < c->nvres; k++)
        if (c->vres[k].word == w && c->vres[k].code.fwd) return true;
    return false;
}

/* Is x a purpose clause: an adverbial clause opened by "to", without a subject of its own? */
static bool purpose_clause(const csent *s, int x) {
    if (s->w[x].rel != R_ADVCL || coder_child(s, x, R_NSUBJ) >= 0 || coder_child(s, x, R_NSUBJ_PASS) >= 0)
        return false;
    int mk = coder_child(s, x, R_MARK);
    return mk >= 0 && mk < x && coder_word_in(s, mk, "to");
}

/*
** "Macron met Scholz to discuss the crisis", "X attacked Y to punish it": a purpose clause whose
** act is of the same kind (CAMEO root) as its verb's, by the same source, says what the act was
** for, not a second act: its events go (PETRARCH-2's dictionaries; dyad's own keep both).  The
** events of the purpose clause of a negated coded verb go with any dictionary.
*/
static bool negated_word(const csent *s, int x) {
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if ((s->w[y].rel == R_ADVMOD || s->w[y].rel == R_AUX) && (s->w[y].flags & F_NEG)) return true;
    }
    return false;
}

static void drop_repeated_purpose(csent *s) {
    dyad_coder *c = s->c;
    for (int j = 0; j < c->nvres; j++) {
        cvres *in = &c->vres[j];
        int x = in->word, h = s->w[x].head;
        if (!in->code.fwd || in->ev1 == in->ev0 || h < 0 || !purpose_clause(s, x)) continue;
        /* "would not give permission to Russia to help Israel": what a verb not done was to do
           is not done either */
        if (negated_word(s, h) && record_of_word(c, h)) {
            coder_trace(c, "\"%s\" (word %d) is what \"%s\" (word %d), negated, was to do: no event\n",
                        s->forms[x], x + 1, s->forms[h], h + 1);
            for (int e = in->ev0; e < in->ev1; e++) c->ev[e].code = NULL;
            in->ev1 = in->ev0;
            continue;
        }
        if (c->clause_subjects) continue;     /* dyad's own reading keeps both acts */
        for (int k = 0; k < c->nvres; k++) {
            const cvres *o = &c->vres[k];
            if (k == j || o->word != h || !o->code.fwd || o->ev1 == o->ev0 ||
                strncmp(o->code.fwd, in->code.fwd, 2) != 0 || o->src < 0 ||
                !(in->src == o->src || coder_same_codes(s, o->src, in->src)))
                continue;
            coder_trace(c, "\"%s\" (word %d) is what \"%s\" (word %d) was done for, the same kind of act: "
                        "no event of its own\n", s->forms[x], x + 1, s->forms[h], h + 1);
            for (int e = in->ev0; e < in->ev1; e++) c->ev[e].code = NULL;
            in->ev1 = in->ev0;
            break;
        }
    }
}

/*
** "The tanks might want Obama to head back": with PETRARCH-2's dictionaries, a verb whose object
** is the one who is to act in its open clause, that act being of a modal root (see modal_root),
** has no event: PETRARCH-2 nested the clause's event under the verb and output nothing for it.
*/
static void drop_controlled_modal(csent *s) {
    dyad_coder *c = s->c;
    if (c->clause_subjects) return;
    for (int k = 0; k < c->nvres; k++) {
        cvres *o = &c->vres[k];
        if (!o->dialect2 || !o->code.fwd || o->ev1 == o->ev0 || coder_child(s, o->word, R_OBJ) < 0) continue;
        for (int j = 0; j < c->nvres; j++) {
            const cvres *in = &c->vres[j];
            int x = in->word;
            if (j == k || !in->code.fwd || s->w[x].rel != R_XCOMP || s->w[x].head != o->word ||
                coder_child(s, x, R_NSUBJ) >= 0 || !modal_root(in->code.fwd))
                continue;
            coder_trace(c, "\"%s\" (word %d) has its object act in \"%s\" (word %d), an act of a modal "
                        "root: no event (PETRARCH-2)\n", s->forms[o->word], o->word + 1, s->forms[x], x + 1);
            for (int e = o->ev0; e < o->ev1; e++) c->ev[e].code = NULL;
            o->ev1 = o->ev0;
            break;
        }
    }
}

void coder_transform(csent *s) {
    dyad_coder *c = s->c;
    const dyad_dict *d = c->d;
    for (int k = 0; k < c->nvres && d->n_transforms > 0; k++) {
        cvres *in = &c->vres[k];
        if (!in->code.fwd || !in->dialect2) continue;
        cvres *out = outer_of(c, s, in);
        if (!out) continue;
        for (int t = 0; t < d->n_transforms; t++) {
            const dyad_transform *x = &d->transforms[t];
            if (!fits(s, x->outer_word, out) || !fits(s, x->inner_word, in)) continue;
            int vars[26];
            for (int j = 0; j < 26; j++) vars[j] = -1;
            if (!bind(s, vars, x->outer_source, out->src) || !bind(s, vars, x->inner_source, in->src) ||
                !bind(s, vars, x->inner_target, in->tgt))
                continue;
            int src = value(vars, x->result_source), tgt = value(vars, x->result_target);
            const char *code = strcmp(x->result_code, "Q") == 0 ? in->code.fwd : x->result_code;
            char text[256];
            snprintf(text, sizeof text, "~ %s (%s %s %s) %s = %s %s %s", x->outer_source,
                     x->inner_source, x->inner_target, x->inner_verb, x->outer_verb,
                     x->result_source, x->result_target, x->result_code);
            coder_trace(c, "transformation %s:%d \"%s\" joins \"%s\" (word %d) and \"%s\" (word %d)\n",
                        coder_base_name(x->file), x->line, text, s->forms[out->word], out->word + 1,
                        s->forms[in->word], in->word + 1);
            /* the two verbs' events give way to the result */
            for (int e = in->ev0; e < in->ev1; e++) c->ev[e].code = NULL;
            for (int e = out->ev0; e < out->ev1; e++) c->ev[e].code = NULL;
            in->ev1 = in->ev0;
            out->ev1 = out->ev0;
            /* the event is the inner action when the result keeps its code ("Q"), else what
               the outer verb says; negated when either verb is */
            coder_verbinfo vi = strcmp(x->result_code, "Q") == 0 ? in->vi : out->vi;
            vi.negated = in->vi.negated || out->vi.negated;
            vi.pattern = dyad_arena_strdup(s->doc->arena, text);
            vi.origin = coder_origin(s, x->file, x->line);
            const cactor *S[16], *T[16];
            int ns = coder_actors_of(s, src, S, 16), nt = coder_actors_of(s, tgt, T, 16);
            for (int a = 0; a < ns; a++)
                for (int b = 0; b < nt; b++)
                    if (S[a] != T[b]) coder_emit(s, S[a], T[b], dyad_arena_strdup(s->doc->arena, code), &vi);
            break;
        }
    }
    drop_controlled_modal(s);
    combine_open_clauses(s);
    merge_open_clauses(s);
    drop_repeated_purpose(s);
    /* drop the events that gave way (all of this sentence: earlier ones are settled, and
       looking at them again would make coding a long document quadratic) */
    int first = c->nev;
    while (first > 0 && c->ev[first - 1].sentence == s->si) first--;
    int n = first;
    for (int e = first; e < c->nev; e++)
        if (c->ev[e].code) c->ev[n++] = c->ev[e];
    c->nev = n;
}
