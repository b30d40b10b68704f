/*
** penn_deps.c - converting a Penn Treebank constituency tree to UD v2 basic dependencies.
**
** Each phrase picks a head child by head rules in the manner of Collins (1999, appendix A)
** and the Stanford converter's semantic head finder (de Marneffe, MacCartney and Manning
** 2006), adjusted to UD's content-word heads: a VP's main verb rather than its auxiliaries,
** a predicate rather than its copula, the object of a PP rather than its preposition, the
** clause of an SBAR rather than its complementizer.  Every other child's head word attaches
** to the head child's head word with a relation chosen from the phrase's label, the child's
** label and function tags, its position and its words (UD v2 guidelines,
** https://universaldependencies.org/u/dep/, and English EWT practice).  Coordination is
** found from CC/CONJP children; passives from a form of "be"/"get" over a VBN, after which
** the subject becomes nsubj:pass and a "by" phrase obl:agent.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "nlp/nlp.h"
#include "nlp/penn.h"
#include "util/util.h"

enum { FN_TMP = 1, FN_ADV = 2 };

/* A child of the phrase being converted. */
typedef struct kid {
    const dyad_penn_node *node;
    char cat[16];   /* label without function tags, or the normalised POS tag */
    unsigned fn;    /* FN_TMP, FN_ADV */
    int hw;         /* its head word, 0-based */
    bool pre;       /* a preterminal */
} kid;

typedef struct conv {
    int n, next;            /* words, and the next word to meet in tree order */
    const char **form, **xpos;
    bool *auxtag;           /* tagged AUXB/AUXD/AUXG/AUXP/AUXZ in the tree */
    int *head;              /* head word (0-based), -1 for none yet */
    const char **rel;
    const dyad_penn_node **no_cop; /* VPs of existential clauses ("there is"): no copula */
    int n_no_cop;
} conv;

/* ------------------------------------------------------------ word classes */

static bool in_list(const char *s, const char *list) {
    size_t n = strlen(s);
    for (const char *p = list; *p;) {
        size_t m = strcspn(p, " ");
        if (m == n && strncmp(p, s, n) == 0) return true;
        p += m;
        while (*p == ' ') p++;
    }
    return false;
}

/* Is s, in lower case, in the space-separated list? */
static bool lower_in(const char *s, const char *list) {
    char low[32];
    size_t i = 0;
    for (const char *p = s; *p && i + 1 < sizeof low; p++) low[i++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    low[i] = 0;
    return in_list(low, list);
}

static bool word_in(const conv *c, int w, const char *list) {
    return lower_in(c->form[w], list);
}

#define PUNCT_TAGS ", . : `` '' -LRB- -RRB- -LCB- -RCB- -LSB- -RSB- HYPH NFP"
#define BE_FORMS "be is are was were been being am 's 're 'm"
#define AUX_FORMS BE_FORMS " have has had having 've 'd do does did get gets got gotten getting"

static bool is_punct(const kid *k) { return k->pre && in_list(k->cat, PUNCT_TAGS); }
static bool is_verb_tag(const char *t) { return t[0] == 'V' && t[1] == 'B'; }
static bool is_noun_tag(const char *t) { return in_list(t, "NN NNS NNP NNPS"); }
static bool is_proper(const kid *k) { return k->pre && in_list(k->cat, "NNP NNPS"); }
static bool is(const kid *k, const char *cats) { return in_list(k->cat, cats); }
static bool verbal(const conv *c, int w) { return is_verb_tag(c->xpos[w]) || strcmp(c->xpos[w], "MD") == 0; }

/* ------------------------------------------------------------- labels */

/* Split a label into its category and function tags; preterminal tags are normalised. */
static void categorise(const dyad_penn_node *n, kid *k) {
    static const struct { const char *from, *to; } aux[] = {
        {"AUXB", "VB"}, {"AUXD", "VBD"}, {"AUXG", "VBG"}, {"AUXP", "VBP"}, {"AUXZ", "VBZ"},
    };
    const char *l = n->label;
    k->fn = 0;
    k->pre = n->word != NULL;
    for (size_t i = 0; i < sizeof aux / sizeof aux[0]; i++)
        if (k->pre && strcmp(l, aux[i].from) == 0) l = aux[i].to;
    size_t len = l[0] == '-' ? strlen(l) : strcspn(l, "-=");
    if (len >= sizeof k->cat) len = sizeof k->cat - 1;
    memcpy(k->cat, l, len);
    k->cat[len] = 0;
    if (l[0] == '-' || k->pre) return;
    for (const char *p = l + len; *p; p++)
        if (*p == '-' || *p == '=') {
            if (strncmp(p + 1, "TMP", 3) == 0) k->fn |= FN_TMP;
            if (strncmp(p + 1, "ADV", 3) == 0) k->fn |= FN_ADV;
        }
}

/* ---------------------------------------------------------- head rules */

/*
** Head rules for phrases without special treatment: search direction and a priority list;
** for each category of the list in turn, the first child with it in that direction wins
** (Collins 1999).  Lists are dyad's, favouring content words as UD does.
*/
static const struct { const char *cat; char dir; const char *prio; } rules[] = {
    {"ADJP", 'l', "JJ JJR JJS VBN VBG ADJP NNS NN QP CD RB RBR ADVP NP"},
    {"ADVP", 'r', "RB RBR RBS WRB ADVP JJ JJR IN RP NP CD NN"},
    {"CONJP", 'l', "CC RB IN"},
    {"FRAG", 'l', "VP S SBAR NP ADJP PP ADVP"},
    {"INTJ", 'l', "UH"},
    {"LST", 'r', "LS CD"},
    {"NAC", 'r', "NN NNS NNP NNPS NP NAC EX $ CD QP PRP VBG JJ JJS JJR ADJP"},
    {"PRN", 'l', "S SINV SBAR VP NP PP ADJP ADVP"},
    {"PRT", 'r', "RP"},
    {"QP", 'r', "CD QP NN NNS"},
    {"RRC", 'l', "VP ADJP NP PP ADVP"},
    {"S", 'l', "VP S SINV SBAR ADJP UCP NP PP"},
    {"SBAR", 'l', "S SQ SINV SBAR FRAG"},
    {"SBARQ", 'l', "SQ S SINV SBARQ FRAG"},
    {"SINV", 'l', "VP VBZ VBD VBP VB MD S SINV ADJP NP"},
    {"SQ", 'l', "VP VBZ VBD VBP VB MD SQ"},
    {"WHADJP", 'l', "JJ ADJP WRB"},
    {"WHADVP", 'r', "WRB RB"},
};

/* Category-major search: the first child (in direction dir) of the first listed category. */
static int find_by_rule(const kid *k, int n, char dir, const char *prio) {
    for (const char *p = prio; *p;) {
        size_t m = strcspn(p, " ");
        for (int j = 0; j < n; j++) {
            int i = dir == 'l' ? j : n - 1 - j;
            if (strlen(k[i].cat) == m && strncmp(k[i].cat, p, m) == 0) return i;
        }
        p += m;
        while (*p == ' ') p++;
    }
    return -1;
}

/* Child-major search: the first child (in direction dir) whose category is in cats. */
static int find_any(const kid *k, int lo, int hi, char dir, const char *cats) {
    for (int j = lo; j < hi; j++) {
        int i = dir == 'l' ? j : hi - 1 - (j - lo);
        if (is(&k[i], cats)) return i;
    }
    return -1;
}

static int first_non_punct(const kid *k, int n) {
    for (int i = 0; i < n; i++)
        if (!is_punct(&k[i])) return i;
    return 0;
}

/* NP (and WHNP, NX): Collins' NP rule without the possessive marker, which is a case child. */
static int np_head(const kid *k, int n) {
    int end = n;
    while (end > 1 && (is_punct(&k[end - 1]) || is(&k[end - 1], "POS"))) end--;
    int h = find_any(k, 0, end, 'r', "NN NNS NNP NNPS NX JJR");
    if (h < 0) h = find_any(k, 0, end, 'l', "NP WHNP");
    if (h < 0) h = find_any(k, 0, end, 'r', "$ ADJP PRN");
    if (h < 0) h = find_any(k, 0, end, 'r', "CD QP");
    if (h < 0) h = find_any(k, 0, end, 'r', "PRP WP EX JJ JJS RB DT WDT FW");
    if (h < 0) h = end - 1;
    /* A multi-word name is head-first in UD (flat): move to the start of a run of NNPs. */
    while (h > 0 && is_proper(&k[h]) && is_proper(&k[h - 1])) h--;
    return h;
}

/* PP: the complement after the preposition; the preposition itself when there is none. */
static int pp_head(const kid *k, int n) {
    int prep = find_any(k, 0, n, 'l', "IN TO VBG VBN RP JJ RB");
    for (int i = prep + 1; i < n; i++)
        if (!k[i].pre && !is(&k[i], "ADVP PRN")) return i;
    for (int i = prep + 1; i < n; i++)
        if (k[i].pre && is(&k[i], "NN NNS NNP NNPS PRP CD DT EX")) return i;
    int h = find_any(k, 0, n, 'r', "IN TO RP");
    return h >= 0 ? h : first_non_punct(k, n);
}

static bool in_no_cop(const conv *c, const dyad_penn_node *vp) {
    for (int i = 0; i < c->n_no_cop; i++)
        if (c->no_cop[i] == vp) return true;
    return false;
}

/*
** VP: the main verb.  A verb that can be an auxiliary (modal, "to", forms of be, have, do,
** get) followed by a VP makes that VP the head; a form of "be" followed by a nominal,
** adjectival or prepositional predicate makes the predicate the head, with *cop set to the
** copula's child.
*/
static int vp_head(const conv *c, const dyad_penn_node *vp, const kid *k, int n, int *cop) {
    int v = find_any(k, 0, n, 'l', "VB VBD VBG VBN VBP VBZ MD TO");
    int sub = -1;
    for (int i = v + 1; i < n && sub < 0; i++)
        if (is(&k[i], "VP")) sub = i;
    if (v >= 0 && sub >= 0 &&
        (is(&k[v], "MD TO") || c->auxtag[k[v].hw] || word_in(c, k[v].hw, AUX_FORMS)))
        return sub;
    if (v < 0) {
        int h = find_any(k, 0, n, 'l', "VP S SQ SINV");
        if (h >= 0) return h;
    }
    if (v >= 0 && !is(&k[v], "MD TO") && word_in(c, k[v].hw, BE_FORMS) && !in_no_cop(c, vp)) {
        for (int i = v + 1; i < n; i++) {
            if (is_punct(&k[i]) || is(&k[i], "ADVP RB")) continue;
            if (is(&k[i], "NP ADJP PP") && !(k[i].fn & (FN_TMP | FN_ADV))) {
                *cop = v;
                return i;
            }
            break;
        }
    }
    if (v >= 0) return v;
    int h = find_by_rule(k, n, 'l', "VP S SBAR ADJP NN NNS NP");
    return h >= 0 ? h : first_non_punct(k, n);
}

static int head_child(const conv *c, const char *P, const dyad_penn_node *node, const kid *k,
                      int n, int *cop) {
    *cop = -1;
    if (in_list(P, "NP WHNP NX NML")) return np_head(k, n);
    if (in_list(P, "PP WHPP")) return pp_head(k, n);
    if (strcmp(P, "VP") == 0) return vp_head(c, node, k, n, cop);
    int h = -1;
    for (size_t i = 0; i < sizeof rules / sizeof rules[0] && h < 0; i++)
        if (strcmp(P, rules[i].cat) == 0) {
            h = find_by_rule(k, n, rules[i].dir, rules[i].prio);
            if (h < 0) h = rules[i].dir == 'l' ? first_non_punct(k, n) : n - 1;
        }
    if (h < 0) h = first_non_punct(k, n);
    while (is_punct(&k[h]) && h + 1 < n && !is_punct(&k[h + 1])) h++;
    return h;
}

/* ---------------------------------------------------------- relations */

static void attach(conv *c, int dep, int head, const char *rel) {
    if (dep == head || dep < 0 || head < 0) return;
    c->head[dep] = head;
    c->rel[dep] = rel;
}

static bool has_dep(const conv *c, int w, const char *rels) {
    for (int i = 0; i < c->n; i++)
        if (c->head[i] == w && c->rel[i] && in_list(c->rel[i], rels)) return true;
    return false;
}

/* A clause (S, SBAR) with a subject of its own. */
static bool has_subject(const conv *c, const kid *k) {
    return has_dep(c, k->hw, "nsubj nsubj:pass csubj expl");
}

typedef enum { SB_NONE, SB_THAT, SB_WH, SB_ADV } sbar_kind;

/* What introduces an SBAR: nothing, "that"/"whether", a wh-phrase, or another subordinator. */
static sbar_kind sbar_of(const kid *k) {
    const dyad_penn_node *n = k->node;
    if (!is(k, "SBAR")) return SB_NONE;
    for (int i = 0; i < n->n_kids; i++) {
        const dyad_penn_node *x = n->kids[i];
        const char *l = x->label;
        if (strncmp(l, "WH", 2) == 0) return SB_WH;
        if (x->word && (strcmp(l, "IN") == 0 || strcmp(l, "DT") == 0 || strcmp(l, "WDT") == 0))
            return strcasecmp(x->word, "that") == 0 || strcasecmp(x->word, "whether") == 0
                   ? SB_THAT : SB_ADV;
        if (strcmp(l, "S") == 0 || strncmp(l, "S-", 2) == 0 || strcmp(l, "SQ") == 0 ||
            strcmp(l, "SINV") == 0)
            return SB_NONE;
    }
    return SB_NONE;
}

/* Nouns that take a "that" complement clause (acl, not acl:relcl). */
#define THAT_NOUNS "claim claims fact report reports news allegation allegations belief hope " \
    "hopes fear fears warning warnings possibility idea statement evidence sign signs assurance " \
    "assurances promise threat threats suggestion argument view chance rumor rumors rumour " \
    "rumours indication indications notion assertion charge charges accusation accusations " \
    "concern concerns doubt doubts message"

/* The relation of an S child attached to a verb: complement, controlled complement, adjunct. */
static const char *clause_rel(const conv *c, const kid *d, int i, int h, const kid *all) {
    if (has_subject(c, d) || in_list(c->xpos[d->hw], "VBD VBZ VBP MD")) return "ccomp";
    if (i > h && i > 0 && is_punct(&all[i - 1])) return "advcl";
    return i > h ? "xcomp" : "advcl";
}

/* Relation of a dependent child on a clause's (S, SINV, SQ, VP) head; P is the phrase. */
static const char *clausal_rel(const conv *c, const char *P, const kid *k, int h, int i,
                               int cop, int objects, int nth_object, bool existential) {
    const kid *d = &k[i];
    bool before = i < h;
    if (d->pre) {
        const char *t = d->cat;
        if (in_list(t, "MD")) return "aux";
        if (in_list(t, "TO")) return "mark";
        if (is_verb_tag(t)) {
            if (i == cop) return "cop";
            if (before && (word_in(c, d->hw, BE_FORMS) || word_in(c, d->hw, "get gets got gotten getting")) &&
                strcmp(c->xpos[k[h].hw], "VBN") == 0)
                return "aux:pass";
            return before ? "aux" : "dep";
        }
        if (in_list(t, "RB RBR RBS WRB")) return "advmod";
        if (in_list(t, "EX")) return "expl";
        if (in_list(t, "CC")) return "cc";
        if (in_list(t, "IN")) return before ? "advmod" : "case";
        if (in_list(t, "RP")) return "compound:prt";
        if (in_list(t, "UH")) return "discourse";
        if (in_list(t, "PRP NN NNS NNP NNPS CD")) return before ? "nsubj" : objects > 1 && nth_object == 0 ? "iobj" : "obj";
        if (in_list(t, "JJ JJR JJS")) return "xcomp";
        return "dep";
    }
    if (is(d, "NP WHNP")) {
        if (d->fn & FN_TMP) return "obl:tmp";
        if (d->fn & FN_ADV) return "obl:npmod";
        if (before && strcmp(c->xpos[d->hw], "EX") == 0) return "expl";
        if (before) return in_list(P, "VP") ? "obl:npmod" : "nsubj";
        if (existential && nth_object == 0) return "nsubj";
        if (in_list(P, "SINV SQ")) return "nsubj";
        if (!in_list(P, "VP")) return "obl:npmod";
        return objects > 1 && nth_object == 0 ? "iobj" : "obj";
    }
    if (is(d, "PP WHPP")) return verbal(c, d->hw) ? "advcl" : "obl";
    if (is(d, "ADVP WHADVP")) return "advmod";
    if (is(d, "PRT")) return "compound:prt";
    if (is(d, "ADJP")) return before ? "advcl" : "xcomp";
    if (is(d, "S SQ SINV")) {
        if (!in_list(P, "VP") && !is(&k[h], "VP")) return "parataxis";
        return clause_rel(c, d, i, h, k);
    }
    if (is(d, "SBAR")) {
        if (d->fn & (FN_TMP | FN_ADV)) return "advcl";
        sbar_kind sk = sbar_of(d);
        if (sk == SB_ADV) return "advcl";
        if (before && !in_list(P, "VP")) return sk == SB_THAT ? "csubj" : "advcl";
        return "ccomp";
    }
    if (is(d, "VP")) return "xcomp";
    if (is(d, "CONJP")) return "cc";
    if (is(d, "INTJ")) return "discourse";
    if (is(d, "PRN")) return "parataxis";
    return "dep";
}

/* Relation of a dependent child on a nominal head (NP, WHNP, NX). */
static const char *nominal_rel(const conv *c, const kid *k, int h, int i) {
    const kid *d = &k[i];
    bool before = i < h;
    if (d->pre) {
        const char *t = d->cat;
        if (in_list(t, "DT WDT")) return "det";
        if (in_list(t, "PDT")) return "det:predet";
        if (in_list(t, "PRP$ WP$")) return "nmod:poss";
        if (in_list(t, "CD")) return "nummod";
        if (in_list(t, "JJ JJR JJS VBN VBG VBD AFX")) return "amod";
        if (in_list(t, "POS")) return "case";
        if (in_list(t, "RB RBR RBS")) return "advmod";
        if (in_list(t, "CC")) return "cc";
        if (in_list(t, "IN TO")) return "case";
        if (in_list(t, "NNP NNPS") && !before && is_proper(&k[h])) {
            for (int j = h + 1; j < i; j++)
                if (!is_proper(&k[j])) return "compound";
            return "flat";
        }
        if (in_list(t, "NN NNS NNP NNPS FW $ SYM")) return before ? "compound" : "dep";
        if (in_list(t, "PRP")) return before ? "nmod:poss" : "dep";
        return "dep";
    }
    bool possessive = d->node->n_kids > 0 && strcmp(d->node->kids[d->node->n_kids - 1]->label, "POS") == 0;
    if (is(d, "NP NX NML WHNP")) {
        if (possessive) return "nmod:poss";
        if (d->fn & FN_TMP) return "nmod:tmp";
        if (d->fn & FN_ADV) return "nmod:npmod";
        return before ? "compound" : "appos";
    }
    if (is(d, "ADJP WHADJP")) return "amod";
    if (is(d, "QP")) return "nummod";
    if (is(d, "ADVP WHADVP")) return "advmod";
    if (is(d, "PP WHPP")) return verbal(c, d->hw) ? "acl" : "nmod";
    if (is(d, "VP S")) return "acl";
    if (is(d, "RRC")) return "acl:relcl";
    if (is(d, "SBAR")) {
        sbar_kind sk = sbar_of(d);
        if (sk == SB_THAT && word_in(c, k[h].hw, THAT_NOUNS)) return "acl";
        if (sk == SB_ADV) return "acl";
        return "acl:relcl";
    }
    if (is(d, "PRN")) return verbal(c, d->hw) ? "parataxis" : "appos";
    if (is(d, "CONJP")) return "cc";
    return "dep";
}

/* Relation of a dependent on the head of PP, ADJP, ADVP, QP, SBAR and the rest. */
static const char *other_rel(const conv *c, const char *P, const kid *k, int h, int i) {
    const kid *d = &k[i];
    bool before = i < h;
    bool clausal = verbal(c, k[h].hw) || is(&k[h], "S SBAR SQ SINV VP");
    if (in_list(P, "PP WHPP")) {
        if (d->pre && in_list(d->cat, "IN TO VBG VBN RP JJ") && before) return clausal ? "mark" : "case";
        if (d->pre && in_list(d->cat, "RB RBR RBS")) return "advmod";
        if (is(d, "ADVP")) return "advmod";
        if (is(d, "PP")) return "nmod";
        if (is(d, "NP")) return before ? "obl:npmod" : "appos";
        return d->pre && in_list(d->cat, "CC") ? "cc" : "dep";
    }
    if (in_list(P, "SBAR SBARQ")) {
        if (d->pre && in_list(d->cat, "IN DT WDT TO")) return "mark";
        if (is(d, "WHNP")) return has_subject(c, &k[h]) ? "obj" : "nsubj";
        if (is(d, "WHADVP ADVP") || (d->pre && in_list(d->cat, "RB WRB"))) return "advmod";
        if (is(d, "WHPP PP")) return "obl";
        if (is(d, "NP")) return "obl:npmod";
        if (d->pre && in_list(d->cat, "CC")) return "cc";
        return "dep";
    }
    if (in_list(P, "CONJP")) return "fixed";
    if (in_list(P, "QP")) {
        if (d->pre && in_list(d->cat, "CD")) return "compound";
        if (d->pre && in_list(d->cat, "CC")) return "cc";
        if (d->pre && in_list(d->cat, "TO IN RB JJ JJR JJS DT RBR")) return "advmod";
        return "dep";
    }
    /* ADJP, ADVP, WHADJP, WHADVP, PRT, PRN, FRAG, UCP, INTJ, X, ... */
    if (d->pre) {
        const char *t = d->cat;
        if (in_list(t, "RB RBR RBS WRB")) return "advmod";
        if (in_list(t, "CD")) return "nummod";
        if (in_list(t, "DT")) return "det";
        if (in_list(t, "IN TO")) return before ? "case" : "dep";
        if (in_list(t, "CC")) return "cc";
        if (in_list(t, "JJ JJR JJS")) return before ? "amod" : "dep";
        return "dep";
    }
    if (is(d, "ADVP")) return "advmod";
    if (is(d, "NP")) return before ? "obl:npmod" : "obl";
    if (is(d, "PP")) return "obl";
    if (is(d, "S")) return "xcomp";
    if (is(d, "SBAR")) return "ccomp";
    if (is(d, "QP")) return "nummod";
    return "dep";
}

/* ------------------------------------------------------------ grouping */

static bool is_separator(const kid *k) {
    return is(k, "CC CONJP") || (k->pre && in_list(k->cat, ", : ;"));
}

static int convert_node(conv *c, const dyad_penn_node *node);

/*
** "wants Putin to attack", "let them go": the subject of an infinitival clause that
** complements a verb becomes that verb's object, and the clause an xcomp (UD's analysis of
** raising and control, as the Stanford converter does).
*/
static void raise(conv *c, int clause, int verb) {
    bool to = false;
    int subj = -1;
    for (int i = 0; i < c->n; i++) {
        if (c->head[i] != clause || !c->rel[i]) continue;
        if (strcmp(c->rel[i], "mark") == 0 && strcmp(c->xpos[i], "TO") == 0) to = true;
        if (strcmp(c->rel[i], "nsubj") == 0) subj = i;
        if (in_list(c->rel[i], "aux aux:pass")) return;
    }
    if (subj < 0 || (!to && strcmp(c->xpos[clause], "VB") != 0)) return;
    attach(c, subj, verb, "obj");
    c->rel[clause] = "xcomp";
}

/* Attach the children k[0..n) of a phrase of category P (no coordination); returns its head. */
static int attach_phrase(conv *c, const char *P, const dyad_penn_node *node, kid *k, int n) {
    int cop;
    int h = head_child(c, P, node, k, n, &cop);
    bool clause = in_list(P, "S SINV SQ VP RRC");
    /* "there were soldiers killed": the noun phrase after existential "be" is its subject. */
    bool existential = strcmp(P, "VP") == 0 && in_no_cop(c, node) && word_in(c, k[h].hw, BE_FORMS);
    int objects = 0, nth = 0;
    for (int i = h + 1; i < n; i++)
        if ((is(&k[i], "NP") && !(k[i].fn & (FN_TMP | FN_ADV))) ||
            (k[i].pre && in_list(k[i].cat, "PRP NN NNS NNP NNPS")))
            objects++;
    for (int i = 0; i < n; i++) {
        if (i == h) continue;
        const char *rel;
        if (is_punct(&k[i])) rel = "punct";
        else if (clause) rel = clausal_rel(c, P, k, h, i, cop, objects, nth, existential);
        else if (in_list(P, "NP WHNP NX NML NAC")) rel = nominal_rel(c, k, h, i);
        else rel = other_rel(c, P, k, h, i);
        if (clause && i > h && (is(&k[i], "NP") || (k[i].pre && in_list(k[i].cat, "PRP NN NNS NNP NNPS"))) &&
            !(k[i].fn & (FN_TMP | FN_ADV)))
            nth++;
        attach(c, k[i].hw, k[h].hw, rel);
        if (strcmp(rel, "ccomp") == 0 && strcmp(P, "VP") == 0 && is(&k[i], "S")) raise(c, k[i].hw, k[h].hw);
    }
    return k[h].hw;
}

/*
** Coordination: children split by CC/CONJP (and commas, semicolons) into conjuncts.  The first
** conjunct heads, the others attach to it as conj, and each separator attaches to the
** conjunct after it (UD v2).  In a noun phrase whose left conjunct is a modifier ("full and
** diplomatic ties"), only the words around the conjunction are coordinated.  Returns the head
** word, or -1 when the phrase is not a coordination.
*/
static int coordinate(conv *c, const char *P, const dyad_penn_node *node, kid *k, int n) {
    int first = 0, last = n - 1;
    while (first < n && is_punct(&k[first])) first++;
    while (last > first && is_punct(&k[last])) last--;
    int cc = -1;
    for (int i = first + 1; i < last && cc < 0; i++)
        if (is(&k[i], "CC CONJP")) cc = i;
    if (cc < 0) return -1;
    int left = cc - 1;
    while (left > first && is_separator(&k[left])) left--;
    bool nominal = in_list(P, "NP WHNP NX NML");
    if (nominal && k[left].pre && !is_noun_tag(k[left].cat) && !in_list(k[left].cat, "PRP CD")) {
        /* Modifier coordination: conjoin the single children around the separators. */
        int conj = left, i = left + 1, m = 0;
        kid *rest = dyad_xmalloc(sizeof(kid) * (size_t)n);
        for (int j = 0; j <= left; j++) rest[m++] = k[j];
        while (i <= last && is_separator(&k[i])) {
            int s = i;
            while (i <= last && is_separator(&k[i])) i++;
            if (i > last || i == n - 1 || !k[i].pre) {
                i = s;
                break;
            }
            for (int j = s; j < i; j++)
                attach(c, k[j].hw, k[i].hw, is(&k[j], "CC CONJP") ? "cc" : "punct");
            attach(c, k[i].hw, k[conj].hw, "conj");
            i++;
        }
        for (int j = i; j < n; j++) rest[m++] = k[j];
        int head = attach_phrase(c, P, node, rest, m);
        free(rest);
        return head;
    }
    int head = -1, n_pending = 0, *pending = dyad_xmalloc(sizeof(int) * (size_t)n);
    for (int i = first; i <= last;) {
        if (is_separator(&k[i])) {
            pending[n_pending++] = i;
            i++;
            continue;
        }
        int s = i;
        while (i <= last && !is_separator(&k[i])) i++;
        int hw = i - s == 1 ? k[s].hw : attach_phrase(c, P, node, k + s, i - s);
        for (int j = 0; j < n_pending; j++)
            attach(c, k[pending[j]].hw, hw, is(&k[pending[j]], "CC CONJP") ? "cc" : "punct");
        n_pending = 0;
        if (head < 0) head = hw;
        else attach(c, hw, head, "conj");
    }
    for (int j = 0; j < n_pending; j++) attach(c, k[pending[j]].hw, head, "punct");
    free(pending);
    for (int i = 0; i < n; i++)
        if (i < first || i > last) attach(c, k[i].hw, head, "punct");
    return head;
}

/* Mark the VP chain of an existential clause ("there is/was/has been ..."): no copula. */
static void mark_existential(conv *c, const dyad_penn_node *s) {
    bool ex = false;
    for (int i = 0; i < s->n_kids && !ex; i++) {
        const dyad_penn_node *np = s->kids[i];
        ex = strncmp(np->label, "NP", 2) == 0 && np->n_kids == 1 && np->kids[0]->word &&
             strcmp(np->kids[0]->label, "EX") == 0;
    }
    if (!ex) return;
    for (int i = 0; i < s->n_kids; i++)
        for (const dyad_penn_node *vp = s->kids[i]; vp && strncmp(vp->label, "VP", 2) == 0;) {
            c->no_cop = dyad_xrealloc((void *)c->no_cop, sizeof(*c->no_cop) * (size_t)(c->n_no_cop + 1));
            c->no_cop[c->n_no_cop++] = vp;
            const dyad_penn_node *next = NULL;
            for (int j = 0; j < vp->n_kids && !next; j++)
                if (strncmp(vp->kids[j]->label, "VP", 2) == 0) next = vp->kids[j];
            vp = next;
        }
}

/* A bare noun phrase of time ("Wednesday", "last week") that the tree did not tag -TMP. */
static bool temporal(const conv *c, const kid *k) {
    if (!is(k, "NP") || k->fn) return false;
    if (word_in(c, k->hw, "monday tuesday wednesday thursday friday saturday sunday today "
                          "yesterday tomorrow tonight"))
        return true;
    const dyad_penn_node *first = k->node;
    while (first && !first->word) first = first->n_kids ? first->kids[0] : NULL;
    return word_in(c, k->hw, "week month year weekend morning afternoon evening night") &&
           first && lower_in(first->word, "last next this every");
}

/* Convert a node; returns its head word, or -1 when it holds no words. */
static int convert_node(conv *c, const dyad_penn_node *node) {
    if (node->word) return strcmp(node->label, "-NONE-") == 0 ? -1 : c->next++;
    kid self;
    categorise(node, &self);
    if (in_list(self.cat, "S SINV SQ")) mark_existential(c, node);
    kid stack[16], *k = node->n_kids <= 16 ? stack : dyad_xmalloc(sizeof(kid) * (size_t)node->n_kids);
    int n = 0;
    for (int i = 0; i < node->n_kids; i++) {
        int hw = convert_node(c, node->kids[i]);
        if (hw < 0) continue;
        k[n].node = node->kids[i];
        k[n].hw = hw;
        categorise(node->kids[i], &k[n]);
        if (temporal(c, &k[n])) k[n].fn |= FN_TMP;
        n++;
    }
    int head = -1;
    if (n == 1) head = k[0].hw;
    else if (n > 1) {
        head = coordinate(c, self.cat, node, k, n);
        if (head < 0) head = attach_phrase(c, self.cat, node, k, n);
    }
    if (k != stack) free(k);
    return head;
}

/* ------------------------------------------------------------ words */

static int count_words(const dyad_penn_node *n) {
    if (n->word) return strcmp(n->label, "-NONE-") != 0;
    int w = 0;
    for (int i = 0; i < n->n_kids; i++) w += count_words(n->kids[i]);
    return w;
}

/* Interned Penn tags, so that word->xpos can be compared by pointer or string. */
static const char *const penn_tags[] = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
    "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
    "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "``", "''",
    "-LRB-", "-RRB-", "-LCB-", "-RCB-", "-LSB-", "-RSB-", "#", "$", "HYPH", "NFP", "AFX", "ADD",
    "GW", "XX",
};

static void collect_words(conv *c, const dyad_penn_node *n, dyad_arena *a) {
    if (!n->word) {
        for (int i = 0; i < n->n_kids; i++) collect_words(c, n->kids[i], a);
        return;
    }
    if (strcmp(n->label, "-NONE-") == 0) return;
    kid k;
    categorise(n, &k);
    int w = c->next++;
    c->auxtag[w] = strncmp(n->label, "AUX", 3) == 0 && strcmp(k.cat, n->label) != 0;
    c->xpos[w] = NULL;
    for (size_t i = 0; i < sizeof penn_tags / sizeof penn_tags[0]; i++)
        if (strcmp(penn_tags[i], k.cat) == 0) c->xpos[w] = penn_tags[i];
    if (!c->xpos[w]) c->xpos[w] = dyad_arena_strdup(a, n->label);
    static const struct { const char *tree, *text; } brackets[] = {
        {"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"}, {"-RCB-", "}"}, {"-LSB-", "["}, {"-RSB-", "]"},
    };
    c->form[w] = n->word;
    for (size_t i = 0; i < sizeof brackets / sizeof brackets[0]; i++)
        if (strcmp(n->word, brackets[i].tree) == 0) c->form[w] = brackets[i].text;
}

/* UPOS from the Penn tag, the word and its relation (UD English conventions). */
static int upos_of(const conv *c, int w) {
    const char *t = c->xpos[w], *rel = c->rel[w] ? c->rel[w] : "";
    if (in_list(t, PUNCT_TAGS)) return DYAD_PUNCT;
    if (in_list(t, "NN NNS")) return DYAD_NOUN;
    if (in_list(t, "NNP NNPS")) return DYAD_PROPN;
    if (in_list(t, "PRP PRP$ WP WP$ EX")) return DYAD_PRON;
    if (in_list(t, "DT PDT WDT")) return in_list(rel, "det det:predet") ? DYAD_DET : DYAD_PRON;
    if (in_list(t, "JJ JJR JJS AFX")) return DYAD_ADJ;
    if (in_list(t, "RB RBR RBS WRB")) return word_in(c, w, "not n't") ? DYAD_PART : DYAD_ADV;
    if (in_list(t, "RP")) return DYAD_ADP;
    if (in_list(t, "IN")) return strcmp(rel, "mark") == 0 ? DYAD_SCONJ : strcmp(rel, "advmod") == 0 ? DYAD_ADV : DYAD_ADP;
    if (in_list(t, "TO")) return strcmp(rel, "case") == 0 ? DYAD_ADP : DYAD_PART;
    if (in_list(t, "CC")) return DYAD_CCONJ;
    if (in_list(t, "CD")) return DYAD_NUM;
    if (in_list(t, "MD")) return DYAD_AUX;
    if (is_verb_tag(t)) return in_list(rel, "aux aux:pass cop") ? DYAD_AUX : DYAD_VERB;
    if (in_list(t, "POS")) return DYAD_PART;
    if (in_list(t, "UH")) return DYAD_INTJ;
    if (in_list(t, "SYM $ #")) return DYAD_SYM;
    return DYAD_X;
}

/* The passive voice, known only once the auxiliaries are attached: relabel around it. */
static void passives(conv *c) {
    for (int w = 0; w < c->n; w++) {
        bool passive = has_dep(c, w, "aux:pass") ||
            (strcmp(c->xpos[w], "VBN") == 0 && c->rel[w] && in_list(c->rel[w], "acl amod") &&
             !has_dep(c, w, "aux"));
        if (!passive) continue;
        for (int d = 0; d < c->n; d++) {
            if (c->head[d] != w || !c->rel[d]) continue;
            if (strcmp(c->rel[d], "nsubj") == 0) c->rel[d] = "nsubj:pass";
            else if (strcmp(c->rel[d], "csubj") == 0) c->rel[d] = "csubj:pass";
            else if (strcmp(c->rel[d], "obl") == 0) {
                for (int p = 0; p < c->n; p++)
                    if (c->head[p] == d && c->rel[p] && strcmp(c->rel[p], "case") == 0 &&
                        word_in(c, p, "by"))
                        c->rel[d] = "obl:agent";
            }
        }
    }
}

int dyad_penn_convert(const dyad_penn_node *tree, dyad_sentence *s, dyad_arena *a) {
    memset(s, 0, sizeof *s);
    int n = count_words(tree);
    if (n == 0) return 0;
    conv c = {0};
    c.n = n;
    c.form = dyad_xcalloc((size_t)n, sizeof *c.form);
    c.xpos = dyad_xcalloc((size_t)n, sizeof *c.xpos);
    c.auxtag = dyad_xcalloc((size_t)n, sizeof *c.auxtag);
    c.head = dyad_xcalloc((size_t)n, sizeof *c.head);
    c.rel = dyad_xcalloc((size_t)n, sizeof *c.rel);
    for (int i = 0; i < n; i++) c.head[i] = -1;
    collect_words(&c, tree, a);
    c.next = 0;
    int root = convert_node(&c, tree);
    passives(&c);
    s->words = dyad_arena_alloc(a, sizeof(dyad_word) * (size_t)n);
    s->n_words = n;
    for (int i = 0; i < n; i++) {
        dyad_word *w = &s->words[i];
        w->form = c.form[i];
        w->xpos = c.xpos[i];
        if (i == root) {
            w->head = 0;
            w->deprel = "root";
        } else {
            w->head = c.head[i] >= 0 ? c.head[i] + 1 : root + 1;
            w->deprel = c.head[i] >= 0 ? c.rel[i] : "dep";
        }
        w->upos = (uint8_t)upos_of(&c, i);
        /* a tree has no lemmas; irregular forms need theirs for the verb dictionaries */
        char buf[256];
        if (strlen(w->form) * 4 + 8 <= sizeof buf) {
            const char *lemma = nlp_lemmatize(NULL, w->form, w->upos, w->xpos, buf, sizeof buf);
            w->lemma = lemma == buf ? dyad_arena_strdup(a, buf) : lemma;
        }
    }
    free(c.form);
    free(c.xpos);
    free(c.auxtag);
    free(c.head);
    free(c.rel);
    free((void *)c.no_cop);
    return n;
}
