/*
** names.c - a repair after parsing: a titled name after an adjective of nationality ("Russian
** President Vladimir Putin", "Russian Foreign Minister Sergei Lavrov", "German Chancellor Olaf
** Scholz") is one noun phrase, headed by the name.
**
** The construction is common in news and rare in the treebanks (EWT and GUM train have about
** 40 capitalised adjectives right after a verb), and the greedy parser often takes the
** adjective for a predicate: "met Russian President Vladimir Putin" came out with "Russian" an
** xcomp of "met" and "Vladimir" a conj of "Russian", so the coder found no object and no event.
** In 149 sentences "U.S. President Joe Biden <verb> <nationality> <title> <name> on Monday."
** (15 verbs, 10 leaders), 67 gave no event or only the country as target; with this repair 29.
**
** A run of three to seven capitalised words (adjectives, proper and common nouns) that starts
** with an adjective or a proper noun and ends with two proper nouns is taken for such a phrase.
** Its head is the name: the last word, or the word its flat chain climbs to.  When the parser
** made the run more than one phrase, joined its parts as conjuncts or appositions, or hung it
** on a word that is not a noun, the name takes the place of the run's first outside-attached
** word; words left outside the name's subtree attach to the next noun of the run (amod,
** compound) or to the name (flat), and what hung on them hangs on the name.  A name right
** after a verb that became its xcomp, parataxis or a case-less obl is its object when the verb
** has none (UD: a bare noun phrase after a transitive verb), except after copular verbs.  Runs
** with a preposition or possessive inside are left alone, as is a run whose repair would not
** give a tree.  EWT test UAS/LAS do not change (85.14/81.92); GUM test +0.01.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/nlp.h"

#define RUN_MIN 3
#define RUN_MAX 7

static bool capitalised(const dyad_word *w) {
    return w->form[0] >= 'A' && w->form[0] <= 'Z';
}

static bool run_word(const dyad_word *w) {
    return capitalised(w) && (w->upos == DYAD_PROPN || w->upos == DYAD_ADJ || w->upos == DYAD_NOUN);
}

/* Verbs whose bare noun phrase is a predicate, not an object ("became President ..."). */
static bool copular(const dyad_word *v) {
    static const char *const lemmas[] = {"be", "become", "remain", "seem", "stay", "elect",
                                         "name", "appoint", "make", NULL};
    return nlp_lemma_in(v, lemmas);
}

/*
** May word a (1-based) begin a titled name: an adjective (JJ), or a proper noun ("Russian" is
** tagged both ways) that is not the object of a preposition ("Secretary of State George
** Shultz": "State George Shultz" is no name).
*/
static bool starts_run(const dyad_sentence *s, int a) {
    const dyad_word *w = &s->words[a - 1];
    if (w->upos == DYAD_ADJ) return w->xpos && !strcmp(w->xpos, "JJ");
    return w->upos == DYAD_PROPN && !nlp_has_child(s, a, "case", 0);
}

/* The relation a noun phrase takes over from an adjective's: a noun is no amod or advmod. */
static const char *nominal_rel(const char *rel) {
    if (!strcmp(rel, "amod")) return "compound";
    if (!strcmp(rel, "advmod")) return "obl";
    return rel;
}

/* The name heading run a..z (1-based): z, or the word z's flat chain climbs to in the run. */
static int name_head(const dyad_sentence *s, int a, int z) {
    int x = z;
    for (int guard = 0; guard < RUN_MAX && nlp_is_rel(&s->words[x - 1], "flat"); guard++) {
        int h = s->words[x - 1].head;
        if (h < a || h > z) break;
        x = h;
    }
    return x;
}

/*
** Did the parser cut run a..z into phrases joined as if by a conjunction or an apposition
** ("Russian" the object, "Vladimir Putin" its conj)?  Within a run of capitalised words, with
** no comma or conjunction between, those relations are errors.
*/
static bool split_inside(const dyad_sentence *s, int a, int z) {
    static const char *const rels[] = {"conj", "appos", "parataxis", "obl", NULL};
    for (int i = a; i <= z; i++) {
        int h = s->words[i - 1].head;
        if (h < a || h > z) continue;
        for (int r = 0; rels[r]; r++)
            if (nlp_is_rel(&s->words[i - 1], rels[r])) return true;
    }
    return false;
}

/* Make run a..z (1-based) one phrase headed by its name; returns whether anything changed. */
static bool repair_run(dyad_sentence *s, int a, int z) {
    dyad_word *w = s->words;
    int name = name_head(s, a, z), first_out = 0, n_out = 0;
    for (int i = a; i <= z; i++)
        if (w[i - 1].head < a || w[i - 1].head > z) {
            if (!first_out) first_out = i;
            n_out++;
        }
    if (w[name - 1].upos != DYAD_PROPN || !first_out) return false;
    for (int i = a; i <= z; i++) /* a possessive or a preposition: the run is no simple name */
        if (nlp_has_child(s, i, "case", 0)) return false;
    bool regroup = n_out > 1 || (first_out != name && w[first_out - 1].upos != DYAD_PROPN) ||
                   split_inside(s, a, z);
    if (regroup) {
        int n = s->n_words;
        int *heads = dyad_xmalloc((size_t)n * sizeof *heads);
        const char **rels = dyad_xmalloc((size_t)n * sizeof *rels);
        for (int i = 0; i < n; i++) {
            heads[i] = w[i].head;
            rels[i] = w[i].deprel;
        }
        bool moved[RUN_MAX] = {false};
        int h = w[name - 1].head;
        if (h >= a && h <= z) { /* the name takes the place of the run's first outside word */
            w[name - 1].head = w[first_out - 1].head;
            w[name - 1].deprel = nominal_rel(w[first_out - 1].deprel);
        }
        for (int i = a; i <= z; i++) {
            if (i == name || nlp_under(s, i, name)) continue;
            int k = i + 1;
            while (k < name && w[k - 1].upos != DYAD_NOUN && w[k - 1].upos != DYAD_PROPN) k++;
            w[i - 1].head = i < name ? k : name;
            w[i - 1].deprel = i > name ? "flat" : w[i - 1].upos == DYAD_ADJ ? "amod" : "compound";
            moved[i - a] = true;
        }
        /* What hung on a moved word ("the", "on Monday", a relative clause) is the phrase's. */
        for (int j = 1; j <= n; j++) {
            int hj = w[j - 1].head;
            if ((j < a || j > z) && hj >= a && hj <= z && moved[hj - a]) w[j - 1].head = name;
        }
        bool ok = nlp_is_tree(s);
        for (int i = 0; i < n && !ok; i++) {
            w[i].head = heads[i];
            w[i].deprel = rels[i];
        }
        free(heads);
        free(rels);
        if (!ok) return false;
    }
    int v = w[name - 1].head;
    bool bare = nlp_is_rel(&w[name - 1], "xcomp") || nlp_is_rel(&w[name - 1], "parataxis") ||
                (nlp_is_rel(&w[name - 1], "obl") && !nlp_has_child(s, name, "case", 0));
    if (bare && v >= 1 && v == a - 1 && w[v - 1].upos == DYAD_VERB && !copular(&w[v - 1]) &&
        !nlp_has_child(s, v, "obj", name)) {
        w[name - 1].deprel = "obj";
        return true;
    }
    return regroup;
}

int nlp_repair_titled_names(dyad_sentence *s) {
    int changed = 0, n = s->n_words;
    for (int a = 1; a <= n;) {
        if (!run_word(&s->words[a - 1])) {
            a++;
            continue;
        }
        int z = a;
        while (z < n && run_word(&s->words[z])) z++;
        int len = z - a + 1;
        if (len >= RUN_MIN && len <= RUN_MAX && starts_run(s, a) &&
            s->words[z - 1].upos == DYAD_PROPN && s->words[z - 2].upos == DYAD_PROPN)
            changed += repair_run(s, a, z);
        a = z + 1;
    }
    return changed;
}
