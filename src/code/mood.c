/*
** mood.c - what the grammar around a coded verb says about its event, in CAMEO's terms
** (PETRARCH-2-dialect dictionaries: dyad's own and CAMEO.2.0.txt).
**
** The CAMEO codebook (1.1b3) codes an act that is only announced, refused or asked for under
** other roots than the act itself: "Express intent to cooperate" (03: "offer, promise, agree
** to, or otherwise indicate willingness or commitment to" meet, give aid, release...),
** "Threaten" (13: to impose sanctions, a curfew, to attack), "Reject" (12: refuse to meet,
** to release, to allow...) and "Demand" (10).  cameo.h maps each act to its counterpart; this
** file finds the grammar that calls for it (UD v2 relations):
**   - a negated cooperative act ("will not accept refugees") is a rejection (12), as
**     PETRARCH-2 coded it; other negated events keep their code and are marked negated;
**   - an act with an auxiliary of the synset &INTENT_AUXILIARY (will, would, shall: "Finland
**     will give Tanzania a grant"), or the open clausal complement (xcomp) of an adjective of
**     &INTENT_ADJECTIVE ("is willing to withdraw") or of a verb the dictionary codes as intent
**     (root 03: "offered to negotiate"), is intended: a cooperative act (04-08) becomes its
**     intent (03), a conflictual one (14, 16-20) its threat (13), and a cooperative act with
**     an "unless" clause an ultimatum (139: "will withdraw its force unless ...");
**   - a verb of saying (root 01) whose clausal complement has an auxiliary of
**     &OBLIGATION_AUXILIARY (must, should: "Russia said Sudan must return the helicopter") is a
**     demand (10) from the speaker to the complement's subject, replacing both the statement
**     and the act, which has not happened.
**   - the open clausal complement of a verb of &REFUSAL_VERB (refuse, decline, fail: "failed to
**     reach an agreement"), and the "to" clause of an adjective of &RELUCTANCE_ADJECTIVE
**     ("reluctant to threaten sanctions") or of an adjective with "too" ("too weak to attack"),
**     is not done: a cooperative act is a rejection (12), any other act no event (the refusal
**     verb's own event stands).
** All but the first apply only to dictionaries that define those synsets (dyad's own verbs.txt):
** PETRARCH-2's CAMEO.2.0.txt codes "will supply arms" as the supply itself, and the coder keeps
** its reading with its dictionaries.
*/
#include <string.h>
#include "code/coder_int.h"
#include "code/cameo.h"

/* Is word x (its form or lemma) a one-word member of synset syn (-1: none)? */
static bool in_synset(const csent *s, int syn, int x) {
    const dyad_dict *d = s->c->d;
    int len;
    if (syn < 0) return false;
    return (dyad_synset_match_end(d, syn, s->ids, x, &len) >= 0 && len == 1) ||
           (dyad_synset_match_end(d, syn, s->lids, x, &len) >= 0 && len == 1);
}

/* Does word x have an auxiliary of synset syn? */
static bool has_aux(const csent *s, int x, int syn) {
    for (int k = 0; k < s->w[x].nkids && syn >= 0; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (s->w[y].rel == R_AUX && in_synset(s, syn, y)) return true;
    }
    return false;
}

/* The first of a coordination of verbs ("will release and return": release). */
static int first_conjunct(const csent *s, int x) {
    for (int guard = 0; s->w[x].rel == R_CONJ && s->w[x].head >= 0 && guard < 50; guard++)
        x = s->w[x].head;
    return x;
}

/* The record of the verb coded at word w, or NULL. */
static cvres *record_of(dyad_coder *c, int w) {
    for (int k = 0; k < c->nvres; k++)
        if (c->vres[k].word == w) return &c->vres[k];
    return NULL;
}

/* Is verb word x an act announced for the future or intended (see above)? */
static bool intended(csent *s, int x) {
    const dyad_coder *c = s->c;
    if (c->syn_intent_aux < 0 && c->syn_intent_adj < 0) return false;
    int y = first_conjunct(s, x);
    if (has_aux(s, x, c->syn_intent_aux) || has_aux(s, y, c->syn_intent_aux)) return true;
    if (s->w[y].rel != R_XCOMP || s->w[y].head < 0) return false;
    int h = s->w[y].head;
    /* "is prepared to lift", also when tagged as a passive participle */
    const char *hx = s->s->words[h].xpos;
    bool participle = s->w[h].upos == DYAD_VERB && ((hx && strcmp(hx, "VBN") == 0) ||
                                                     coder_child(s, h, R_AUX_PASS) >= 0);
    if ((s->w[h].upos == DYAD_ADJ || participle) && in_synset(s, c->syn_intent_adj, h)) return true;
    const cvres *r = record_of(s->c, h);
    return r && r->code.fwd && strncmp(r->code.fwd, "03", 2) == 0;
}

/* Does verb word x have an adverbial clause opened by "unless"? */
static bool unless_clause(const csent *s, int x) {
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (s->w[y].rel != R_ADVCL) continue;
        for (int j = 0; j < s->w[y].nkids; j++) {
            int m = s->kids[s->w[y].kid0 + j];
            if (s->w[m].rel == R_MARK && coder_word_in(s, m, "unless")) return true;
        }
    }
    return false;
}

static bool cooperative(const char *code) {
    return code[0] == '0' && code[1] >= '3' && code[1] <= '8';
}

/* Is verb word x the open clausal complement of a verb of &REFUSAL_VERB ("refused to meet"), or
   the "to" clause of an adjective of &RELUCTANCE_ADJECTIVE ("is reluctant to threaten") or of
   an adjective with "too" ("too weak to attack"), which say that the act is not done?  Dyad's
   own dictionaries only (those that define &REFUSAL_VERB). */
static bool refused(const csent *s, int x) {
    int y = first_conjunct(s, x), h = s->w[y].head;
    if (h < 0 || s->c->syn_refusal < 0) return false;
    if (s->w[y].rel == R_XCOMP && in_synset(s, s->c->syn_refusal, h)) return true;
    if (s->w[h].upos != DYAD_ADJ) return false;
    if (s->w[y].rel != R_XCOMP) {
        int mk = coder_child(s, y, R_MARK);
        if (s->w[y].rel != R_ADVCL || mk < 0 || !coder_word_in(s, mk, "to")) return false;
    }
    if (in_synset(s, s->c->syn_reluctance, h)) return true;
    for (int k = 0; k < s->w[h].nkids; k++) {
        int z = s->kids[s->w[h].kid0 + k];
        if (z < h && s->w[z].rel == R_ADVMOD && coder_word_in(s, z, "too")) return true;
    }
    return false;
}

const char *coder_mood(csent *s, const cverb *v, const char *code, bool *negated) {
    const char *to = NULL, *why = NULL;
    bool refusal = refused(s, v->word);
    if (*negated || refusal) {
        if ((to = dyad_cameo_reject(code))) {
            why = refusal ? "a refused cooperative act is a rejection (CAMEO 12)"
                          : "a negated cooperative act is a rejection (CAMEO 12)";
            *negated = false;
        } else if (refusal) {
            coder_trace(s->c, "  [%s]: an act refused or failed is not done: no event\n", code);
            return NULL;
        }
    } else if (intended(s, v->word)) {
        if ((to = dyad_cameo_threat(code))) why = "an intended conflictual act is a threat (CAMEO 13)";
        else if (cooperative(code) && unless_clause(s, v->word))
            to = "139", why = "an intended act with an \"unless\" condition is an ultimatum (CAMEO 139)";
        else if ((to = dyad_cameo_intent(code)))
            why = "an intended cooperative act is an intent (CAMEO 03)";
    }
    if (!to || strcmp(to, code) == 0) return code;
    coder_trace(s->c, "  [%s] becomes [%s]: %s\n", code, to, why);
    return to;
}

void coder_mood_demands(csent *s) {
    dyad_coder *c = s->c;
    if (c->syn_obligation_aux < 0) return;
    for (int k = 0; k < c->nvres; k++) {
        cvres *o = &c->vres[k];
        if (!o->dialect2 || !o->code.fwd || strncmp(o->code.fwd, "01", 2) != 0 || o->src < 0 ||
            !coder_known(s, o->src))
            continue;
        for (int j = 0; j < s->w[o->word].nkids; j++) {
            int x = s->kids[s->w[o->word].kid0 + j];
            if (s->w[x].rel != R_CCOMP || !has_aux(s, x, c->syn_obligation_aux)) continue;
            int subj = coder_child(s, x, R_NSUBJ);
            int tm = subj >= 0 ? coder_mention_of(s, subj) : -1;
            if (tm < 0 || !coder_known(s, tm)) continue;
            cvres *in = record_of(c, x);
            const char *code = in && in->code.fwd ? dyad_cameo_demand(in->code.fwd) : NULL;
            if (!code) code = "100";
            coder_trace(c, "\"%s\" (word %d) says what \"%s\" (word %d) must do: a demand [%s] (CAMEO 10)\n",
                        s->forms[o->word], o->word + 1, s->forms[x], x + 1, code);
            coder_verbinfo vi = o->vi;
            vi.pattern = "clausal complement with must, should or ought: demand (mood.c)";
            coder_replace_events(s, o, in, tm, code, &vi);
            break;
        }
    }
}
