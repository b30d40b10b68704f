/*
** repair_np.c - repairs of noun-phrase structure that greedy parsers get wrong in ways that cost
** actors, applied before the coder reads the tree (coder_prepare in sentence.c).
**
** Each repair is a rule about UD trees, not about one model: the tree a better or a worse
** model gives for a sentence should yield the same actors.  The rules were found by comparing
** the parses of two models on PETRARCH-2's unit-test records.
*/
#include "code/coder_int.h"

/* Is word y in the subtree of word x?  (Heads only; depths are not computed yet.) */
static bool below(const csent *s, int y, int x) {
    for (int guard = 0; y >= 0 && guard <= s->n; guard++) {
        if (y == x) return true;
        y = s->w[y].head;
    }
    return false;
}

static bool has_child(const csent *s, int x, int rel) {
    for (int k = 0; k < s->n; k++)
        if (s->w[k].head == x && s->w[k].rel == rel) return true;
    return false;
}

static bool is_name(const csent *s, int x) {
    return s->w[x].upos == DYAD_PROPN;
}

/* May word k stand inside a name between two of its proper nouns ("Prime", "Minister")? */
static bool name_part(const csent *s, int k) {
    int u = s->w[k].upos;
    return u == DYAD_PROPN || u == DYAD_NOUN || u == DYAD_ADJ;
}

/*
** "Bree Prime Minister Romendacil" parsed with Romendacil an nmod of Bree: a prepositional
** modifier needs its preposition, so a proper noun that is an nmod without a case marker (nor
** a possessive) of the proper noun before it, with only its own nouns and adjectives between
** them, is a further part of the name (flat), as UD's flat and compound names are.  Otherwise
** the coder takes the nmod for a phrase of its own and the agent "Prime Minister" is lost.  A
** determiner, conjunction or mark between makes two phrases ("the IMF and World Bank", "told
** Reuters the Ministry").
*/
static void repair_caseless_names(csent *s) {
    for (int x = 1; x < s->n; x++) {
        int h = s->w[x].head;
        if (s->w[x].rel != R_NMOD || h < 0 || h >= x || !is_name(s, x) || !is_name(s, h)) continue;
        if (has_child(s, x, R_CASE)) continue;
        bool joined = true;
        for (int k = h + 1; k < x && joined; k++) joined = below(s, k, x) && name_part(s, k);
        if (joined) s->w[x].rel = R_FLAT;
    }
}

/* Is word k a separator of a list: a comma, or a coordinating conjunction? */
static bool list_separator(const csent *s, int k) {
    return (s->w[k].rel == R_PUNCT && s->forms[k][0] == ',') || s->w[k].rel == R_CC;
}

/*
** "Mordor, Rohan, Fornost and Bree welcomed ...", parsed with two subjects of "welcomed"
** (Mordor with its conjunct Rohan, and Fornost with its conjunct Bree): a verb has one subject,
** so a later subject that follows the first one's phrase, with only a comma or "and" between,
** after the first subject itself or one of its conjuncts, is one more conjunct of the first,
** and so are its own conjuncts (UD attaches every conjunct to the first).  A comma inside a
** list deeper in the first phrase ("envoys sent by Britain, France, Germany and Italy") is no
** such place.  A proper noun right after the first subject, with nothing between, names it
** ("the supreme leader Ayatollah Ali Khamenei"): it joins the first subject's phrase (flat).
*/
static void repair_split_subjects(csent *s) {
    for (int v = 0; v < s->n; v++) {
        int first = -1;
        for (int x = 0; x < s->n; x++) {
            if (s->w[x].head != v || (s->w[x].rel != R_NSUBJ && s->w[x].rel != R_NSUBJ_PASS)) continue;
            if (first < 0) {
                first = x;
                continue;
            }
            if (s->w[x].rel != s->w[first].rel) continue;
            if (x == first + 1 && is_name(s, x)) {
                /* "Iran's supreme leader Ayatollah Ali Khamenei criticized": the name right
                   after the subject names it; it is no second subject */
                s->w[x].head = first;
                s->w[x].rel = R_FLAT;
                continue;
            }
            /* between the first subject and this one: the first's phrase, ending in the first
               subject or one of its conjuncts, then separators */
            int last = x - 1;
            while (last > first && list_separator(s, last)) last--;
            bool listed = last < x - 1 &&
                          (last == first || (s->w[last].head == first && s->w[last].rel == R_CONJ));
            for (int k = first + 1; k <= last && listed; k++) listed = below(s, k, first);
            if (!listed) continue;
            s->w[x].head = first;
            s->w[x].rel = R_CONJ;
            for (int c = 0; c < s->n; c++)
                if (s->w[c].head == x && s->w[c].rel == R_CONJ) s->w[c].head = first;
            for (int c = 0; c < x; c++) /* the comma before it goes with it */
                if (s->w[c].head == v && s->w[c].rel == R_PUNCT && c > first) s->w[c].head = x;
        }
    }
}

void coder_repair_noun_phrases(csent *s) {
    repair_caseless_names(s);
    repair_split_subjects(s);
}
