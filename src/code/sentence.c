/*
** sentence.c - prepares a parsed sentence for the coder: dictionary word ids of forms and
** lemmas, relation classes, children in sentence order, subtree spans and depths.  Also the
** small helpers over the tree and the trace.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "code/coder_int.h"

static const struct {
    const char *name;
    int rel;
} rels[] = {
    /* UD v1 names (UniversalPetrarch's files use them) */
    {"name", R_FLAT}, {"mwe", R_FIXED}, {"csubjpass", R_CSUBJ}, {"nmod:agent", R_OBL_AGENT},
    {"root", R_ROOT}, {"nsubj", R_NSUBJ}, {"nsubj:pass", R_NSUBJ_PASS}, {"nsubjpass", R_NSUBJ_PASS},
    {"csubj", R_CSUBJ}, {"csubj:pass", R_CSUBJ}, {"obj", R_OBJ}, {"dobj", R_OBJ},
    {"iobj", R_IOBJ}, {"obl", R_OBL}, {"obl:agent", R_OBL_AGENT}, {"obl:tmod", R_OBL_TMOD},
    {"obl:tmp", R_OBL_TMOD}, {"nmod:tmod", R_OBL_TMOD}, {"nmod:tmp", R_OBL_TMOD},
    {"obl:npmod", R_OBL_NPMOD}, {"nmod:npmod", R_OBL_NPMOD}, {"obl:unmarked", R_OBL_NPMOD},
    {"nmod:unmarked", R_OBL_NPMOD}, {"nmod", R_NMOD}, {"nmod:poss", R_NMOD_POSS},
    {"appos", R_APPOS}, {"conj", R_CONJ}, {"cc", R_CC}, {"cc:preconj", R_CC}, {"case", R_CASE},
    {"det", R_DET}, {"det:predet", R_DET}, {"det:poss", R_NMOD_POSS}, {"amod", R_AMOD},
    {"nummod", R_NUMMOD}, {"compound", R_COMPOUND}, {"compound:prt", R_PRT}, {"prt", R_PRT},
    {"flat", R_FLAT}, {"flat:name", R_FLAT}, {"flat:foreign", R_FLAT}, {"fixed", R_FIXED},
    {"goeswith", R_FLAT}, {"advmod", R_ADVMOD}, {"neg", R_ADVMOD}, {"aux", R_AUX},
    {"aux:pass", R_AUX_PASS}, {"auxpass", R_AUX_PASS}, {"cop", R_COP}, {"mark", R_MARK},
    {"xcomp", R_XCOMP}, {"ccomp", R_CCOMP}, {"advcl", R_ADVCL}, {"acl", R_ACL},
    {"acl:relcl", R_RELCL}, {"punct", R_PUNCT}, {"parataxis", R_PARATAXIS}, {"expl", R_EXPL},
    {"discourse", R_DISCOURSE}, {"dep", R_DEP},
};

/* The closed-class words the coder looks for, by first letter (flags_of). */
typedef struct closed_word {
    const char *word;
    uint8_t flags;
} closed_word;

static const closed_word closed_apos[] = {{"'s", F_POSS}, {"'", F_POSS}, {NULL, 0}};
static const closed_word closed_b[] = {{"by", F_BY}, {NULL, 0}};
static const closed_word closed_e[] = {{"ex-", F_FORMER}, {NULL, 0}};
static const closed_word closed_f[] = {{"former", F_FORMER}, {NULL, 0}};
static const closed_word closed_h[] = {
    {"he", F_PRON}, {"him", F_PRON}, {"her", F_PRON}, {"his", F_PRON}, {"hers", F_PRON},
    {"himself", F_PRON}, {"herself", F_PRON}, {NULL, 0}};
static const closed_word closed_i[] = {{"it", F_PRON}, {"its", F_PRON}, {"itself", F_PRON}, {NULL, 0}};
static const closed_word closed_n[] = {
    {"not", F_NEG}, {"n't", F_NEG}, {"never", F_NEG}, {"neither", F_NEITHER}, {NULL, 0}};
static const closed_word closed_s[] = {{"she", F_PRON}, {NULL, 0}};
static const closed_word closed_t[] = {
    {"they", F_PRON | F_PLURAL}, {"them", F_PRON | F_PLURAL}, {"their", F_PRON | F_PLURAL},
    {"theirs", F_PRON | F_PLURAL}, {"themselves", F_PRON | F_PLURAL}, {"that", F_RELPRON},
    {NULL, 0}};
static const closed_word closed_w[] = {
    {"who", F_RELPRON}, {"which", F_RELPRON}, {"whom", F_RELPRON}, {NULL, 0}};

/* The flags of word w (any case): possessive, negation, pronoun, ... (F_* in coder_int.h). */
static uint8_t flags_of(const char *w) {
    const closed_word *list;
    switch (w ? w[0] | 0x20 : 0) {
    case '\'': list = closed_apos; break;
    case 'b': list = closed_b; break;
    case 'e': list = closed_e; break;
    case 'f': list = closed_f; break;
    case 'h': list = closed_h; break;
    case 'i': list = closed_i; break;
    case 'n': list = closed_n; break;
    case 's': list = closed_s; break;
    case 't': list = closed_t; break;
    case 'w': list = closed_w; break;
    default: return 0;
    }
    for (; list->word; list++)
        if (strcasecmp(list->word, w) == 0) return list->flags;
    return 0;
}

/* Is w (n bytes, any case) one of the space-separated words of list? */
static bool word_in_list(const char *w, size_t n, const char *list) {
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == n && strncasecmp(w, p, k) == 0) return true;
        p += k;
        while (*p == ' ') p++;
    }
    return false;
}

int coder_referring_word(const char *form) {
    if (flags_of(form) & F_PRON) return 1;
    return word_in_list(form, strlen(form), "this that these those") ? 2 : 0;
}

/* Relation classes of the last relation strings seen: parsers and readers intern them, so a
   pointer hit mostly saves scanning the table.  The string is compared all the same, since
   another document may reuse the address for another relation. */
static int rel_cached(dyad_coder *c, const char *deprel) {
    if (!deprel) return R_OTHER;
    unsigned h = (unsigned)(((uint64_t)(uintptr_t)deprel * 0x9E3779B97F4A7C15ULL) >> 58) & (REL_CACHE - 1);
    if (c->rel_key[h] == deprel && strcmp(c->rel_name[h], deprel) == 0) return c->rel_val[h];
    int r = coder_rel(deprel);
    c->rel_key[h] = deprel;
    snprintf(c->rel_name[h], sizeof c->rel_name[h], "%s", deprel);
    c->rel_val[h] = (uint8_t)r;
    return r;
}

int coder_rel(const char *deprel) {
    if (!deprel) return R_OTHER;
    for (size_t i = 0; i < sizeof rels / sizeof rels[0]; i++)
        if (strcmp(deprel, rels[i].name) == 0) return rels[i].rel;
    /* an unknown subtype falls back to its main relation ("obl:arg" -> obl) */
    const char *colon = strchr(deprel, ':');
    if (colon) {
        char main[32];
        size_t n = (size_t)(colon - deprel);
        if (n < sizeof main) {
            memcpy(main, deprel, n);
            main[n] = 0;
            for (size_t i = 0; i < sizeof rels / sizeof rels[0]; i++)
                if (strcmp(main, rels[i].name) == 0) return rels[i].rel;
        }
    }
    return R_OTHER;
}

void coder_grow(void **p, int *cap, int need, size_t size) {
    if (need <= *cap) return;
    int n = *cap ? *cap : 64;
    while (n < need) n *= 2;
    *p = dyad_xrealloc(*p, (size_t)n * size);
    *cap = n;
}

static void reserve(dyad_coder *c, int n) {
    if (n <= c->cap_words) return;
    int cap = c->cap_words ? c->cap_words : 64;
    while (cap < n) cap *= 2;
    csent *s = &c->s;
    s->w = dyad_xrealloc(s->w, (size_t)cap * sizeof *s->w);
    s->kids = dyad_xrealloc(s->kids, (size_t)cap * sizeof *s->kids);
    s->ids = dyad_xrealloc(s->ids, (size_t)cap * sizeof *s->ids);
    s->lids = dyad_xrealloc(s->lids, (size_t)cap * sizeof *s->lids);
    s->forms = dyad_xrealloc(s->forms, (size_t)cap * sizeof *s->forms);
    s->claimed = dyad_xrealloc(s->claimed, (size_t)cap * sizeof *s->claimed);
    c->cap_words = cap;
}

/* Does word j have a dependent? */
static bool has_dependent(const csent *s, int j) {
    for (int k = 0; k < s->n; k++)
        if (s->w[k].head == j) return true;
    return false;
}

/* "will draw wide-reaching consequences": a compound adjective ending in a present participle,
   split at its hyphen as UD does, which a parser took for a verb with the noun after it as its
   object.  The participle modifies the noun, and the noun takes the participle's place. */
static void repair_hyphen_participles(csent *s) {
    const dyad_word *dw = s->s->words;
    for (int i = 2; i + 1 < s->n; i++) {
        int a = i - 2, h = i - 1, x = i + 1;
        size_t len = strlen(s->forms[i]);
        if (s->w[i].upos != DYAD_VERB || len < 5 || strcmp(s->forms[i] + len - 3, "ing") != 0 ||
            strcmp(s->forms[h], "-") != 0 || s->w[x].head != i || s->w[x].rel != R_OBJ ||
            (s->w[x].upos != DYAD_NOUN && s->w[x].upos != DYAD_PROPN))
            continue;
        /* the three words are written together: "wide-reaching" */
        if (dw[a].end <= dw[a].start || dw[a].end != dw[h].start || dw[h].end != dw[i].start) continue;
        int g = s->w[i].head;
        s->w[x].head = g;
        s->w[x].rel = g >= 0 && (s->w[g].upos == DYAD_VERB || s->w[g].upos == DYAD_AUX) ? R_OBJ : s->w[i].rel;
        if (g < 0) s->w[x].rel = R_ROOT;
        s->w[i].head = x;
        s->w[i].rel = R_AMOD;
        if (!has_dependent(s, h)) {
            s->w[h].head = i;
            s->w[h].rel = R_PUNCT;
        }
        if (!has_dependent(s, a) && s->w[a].head != i) {
            s->w[a].head = i;
            s->w[a].rel = R_ADVMOD;
        }
    }
}

/* "Human rights watchdog Amnesty International accused ...", with "watchdog" tagged as a gerund
   (VBG, which every English gerund ends in "ing") modifying "rights" and taking "Amnesty
   International" as its object: a noun the tagger took for a verb, and the name after it heads
   the noun phrase ("watchdog" and "rights" describe it). */
static void repair_false_gerunds(csent *s) {
    for (int x = 1; x + 1 < s->n; x++) {
        const char *xpos = s->s->words[x].xpos;
        size_t len = strlen(s->forms[x]);
        int h = s->w[x].head, y = x + 1;
        if (s->w[x].upos != DYAD_VERB || !xpos || strcmp(xpos, "VBG") != 0 ||
            (len >= 3 && strcasecmp(s->forms[x] + len - 3, "ing") == 0) || s->w[x].rel != R_ACL ||
            h < 0 || h > x || (s->w[h].upos != DYAD_NOUN && s->w[h].upos != DYAD_PROPN) ||
            s->w[y].head != x || s->w[y].rel != R_OBJ || s->w[y].upos != DYAD_PROPN)
            continue;
        s->w[y].head = s->w[h].head;
        s->w[y].rel = s->w[h].rel;
        s->w[h].head = y;
        s->w[h].rel = R_COMPOUND;
        s->w[x].head = y;
        s->w[x].rel = R_COMPOUND;
        s->w[x].upos = DYAD_NOUN;
    }
}

/* "came as the US leader prepared to attend": a subordinate clause whose subordinator is also a
   preposition (as, after, before, since, until) parsed as a prepositional phrase, with the
   clause's verb hung beside it without a subject.  The phrase's noun is the verb's subject and
   its preposition the verb's subordinator. */
static void repair_clause_as_phrase(csent *s) {
    for (int v = 2; v < s->n; v++) {
        int g = s->w[v].head;
        if (s->w[v].upos != DYAD_VERB || s->w[v].rel != R_ADVCL || g < 0) continue;
        bool subject = false, mark = false;
        for (int k = 0; k < s->n; k++)
            if (s->w[k].head == v) {
                subject |= s->w[k].rel == R_NSUBJ || s->w[k].rel == R_NSUBJ_PASS;
                mark |= s->w[k].rel == R_MARK && k < v;
            }
        if (subject || mark) continue;
        /* the phrase: a noun of the same head whose words end just before the verb */
        int x = -1;
        for (int k = v - 1; k >= 0 && x < 0; k--)
            if (s->w[k].head == g && s->w[k].rel == R_OBL) x = k;
        if (x < 0 || (s->w[x].upos != DYAD_NOUN && s->w[x].upos != DYAD_PROPN)) continue;
        int cs = -1, last = x;
        for (int k = 0; k < s->n; k++) {
            if (s->w[k].head != x) continue;
            if (s->w[k].rel == R_CASE && k < x && cs < 0) cs = k;
            if (k > last) last = k;
        }
        if (last != v - 1 || cs < 0 || !coder_word_in(s, cs, "as after before since until")) continue;
        s->w[x].head = v;
        s->w[x].rel = R_NSUBJ;
        s->w[cs].head = v;
        s->w[cs].rel = R_MARK;
    }
}

/* "The US Secretary of state wants ...", with "of state" parsed as a second subject: a phrase
   opened by "of" is no argument of a verb; right after a noun of the same verb it modifies that
   noun. */
static void repair_of_arguments(csent *s) {
    for (int x = 2; x < s->n; x++) {
        int r = s->w[x].rel, g = s->w[x].head;
        if ((r != R_NSUBJ && r != R_OBJ && r != R_IOBJ) || g < 0 ||
            (s->w[x].upos != DYAD_NOUN && s->w[x].upos != DYAD_PROPN))
            continue;
        int cs = -1;
        for (int k = 0; k < x && cs < 0; k++)
            if (s->w[k].head == x && s->w[k].rel == R_CASE && coder_word_in(s, k, "of")) cs = k;
        if (cs < 0) continue;
        /* the noun just before the phrase, a sibling */
        int y = -1;
        for (int k = cs - 1; k >= 0 && y < 0; k--)
            if (s->w[k].head == g) y = k;
        if (y < 0 || (s->w[y].upos != DYAD_NOUN && s->w[y].upos != DYAD_PROPN)) continue;
        bool adjacent = true;
        for (int k = y + 1; k < cs && adjacent; k++) {
            int a = k;
            for (int guard = 0; a >= 0 && a != y && guard <= s->n; guard++) a = s->w[a].head;
            adjacent = a == y;      /* every word between belongs to y's phrase */
        }
        if (!adjacent) continue;
        s->w[x].head = y;
        s->w[x].rel = R_NMOD;
    }
}

/* "The US presented evidence against Russia", parsed as a noun phrase "evidence" with
   "presented" a modifier that has a subject of its own: a verb with a subject is a clause's
   verb; it takes the noun's place and the noun becomes its object. */
static void repair_verb_modifier(csent *s) {
    for (int x = 1; x + 1 < s->n; x++) {
        int h = s->w[x].head;
        if (s->w[x].upos != DYAD_VERB || s->w[x].rel != R_AMOD || h != x + 1 ||
            (s->w[h].upos != DYAD_NOUN && s->w[h].upos != DYAD_PROPN))
            continue;
        int subj = -1;
        for (int k = 0; k < x && subj < 0; k++)
            if (s->w[k].head == x && s->w[k].rel == R_NSUBJ) subj = k;
        if (subj < 0) continue;
        s->w[x].head = s->w[h].head;
        s->w[x].rel = s->w[h].head < 0 ? R_ROOT : s->w[h].rel;
        s->w[h].head = x;
        s->w[h].rel = R_OBJ;
        /* the noun's adverbs, conjunctions and punctuation before the verb are the clause's */
        for (int k = 0; k < x; k++)
            if (s->w[k].head == h && (s->w[k].rel == R_PUNCT || s->w[k].rel == R_ADVMOD ||
                                      s->w[k].rel == R_MARK || s->w[k].rel == R_CC))
                s->w[k].head = x;
        /* a sentence-final punctuation mark hangs on the root */
        for (int k = h + 1; k < s->n; k++)
            if (s->w[k].head == h && s->w[k].rel == R_PUNCT) s->w[k].head = x;
    }
}

/* "The USA helped the two exiled dissidents from Egypt", parsed with "exiled" a verb that has a
   determiner, a number as its subject and "dissidents" as its object: a determiner modifies no
   verb, so the participle is the adjective of the noun after it, which takes its place; the
   participle's other dependents are the noun's. */
static void repair_determined_participles(csent *s) {
    for (int x = 1; x + 1 < s->n; x++) {
        int o = x + 1;
        if (s->w[x].upos != DYAD_VERB || s->w[o].head != x || s->w[o].rel != R_OBJ ||
            (s->w[o].upos != DYAD_NOUN && s->w[o].upos != DYAD_PROPN))
            continue;
        bool det = false;
        for (int k = 0; k < x && !det; k++)
            det = s->w[k].head == x && s->w[k].rel == R_DET;
        if (!det) continue;
        int g = s->w[x].head;
        s->w[o].head = g;
        s->w[o].rel = g < 0 ? R_ROOT : (s->w[g].upos == DYAD_VERB || s->w[g].upos == DYAD_AUX) ? R_OBJ : s->w[x].rel;
        s->w[x].head = o;
        s->w[x].rel = R_AMOD;
        for (int k = 0; k < s->n; k++) {
            if (s->w[k].head != x) continue;
            s->w[k].head = o;
            if (s->w[k].rel == R_NSUBJ || s->w[k].rel == R_OBJ)
                s->w[k].rel = s->w[k].upos == DYAD_NUM ? R_NUMMOD : R_COMPOUND;
            else if (s->w[k].rel == R_OBL)
                s->w[k].rel = R_NMOD;
        }
    }
}

/* "Beirut again rejected the appeal", with "Beirut" tagged as an adverb of the verb: a sentence's
   first word, capitalized, that the actor dictionaries know, tagged as an adverb or adjective of
   a verb that has no subject, is that verb's subject. */
static void repair_adverb_subject(csent *s) {
    int x = 0;
    while (x < s->n && s->w[x].upos == DYAD_PUNCT) x++;
    if (x >= s->n || s->w[x].rel != R_ADVMOD || (s->w[x].upos != DYAD_ADV && s->w[x].upos != DYAD_ADJ) ||
        !isupper((unsigned char)s->forms[x][0]))
        return;
    int v = s->w[x].head;
    if (v <= x || s->w[v].upos != DYAD_VERB) return;
    for (int k = 0; k < s->n; k++)
        if (s->w[k].head == v && (s->w[k].rel == R_NSUBJ || s->w[k].rel == R_NSUBJ_PASS || s->w[k].rel == R_CSUBJ))
            return;
    int len = 0;
    if (dyad_actor_match(s->c->d, s->ids, s->n, x, &len) < 0 || len != 1) return;
    s->w[x].upos = DYAD_PROPN;
    s->w[x].rel = R_NSUBJ;
}

void coder_sentence_words(dyad_coder *c, dyad_document *doc, int si) {
    const dyad_sentence *ds = &doc->sentences[si];
    csent *s = &c->s;
    int n = ds->n_words > 0 ? ds->n_words : 0;
    s->c = c;
    s->doc = doc;
    s->s = ds;
    s->si = si;
    s->nm = s->nmw = s->nact = 0;
    reserve(c, n);
    s->n = n;
    for (int i = 0; i < n; i++) s->forms[i] = ds->words[i].form ? ds->words[i].form : "";
    dyad_dict_word_ids(c->d, s->forms, n, s->ids);
}

bool coder_sentence(dyad_coder *c, dyad_document *doc, int si) {
    const dyad_sentence *ds = &doc->sentences[si];
    csent *s = &c->s;
    int n = ds->n_words;
    if (n <= 0) return false;
    for (int i = 0; i < n; i++)
        if (ds->words[i].head < 0 || ds->words[i].head > n || ds->words[i].head == i + 1)
            return false;
    for (int i = 0; i < n; i++) {
        const dyad_word *dw = &ds->words[i];
        cword *w = &s->w[i];
        w->head = dw->head - 1;
        w->rel = (uint8_t)(w->head < 0 ? R_ROOT : rel_cached(c, dw->deprel));
        w->upos = dw->upos;
        w->flags = flags_of(s->forms[i]);
        /* a pronoun is known by its form (what usable() in coder.c counts on) */
        if (dw->lemma && !w->flags) w->flags = flags_of(dw->lemma) & ~F_PRON;
        w->nkids = 0;
        w->lo = w->hi = i;
        w->depth = -1;
        w->mention = w->top = -1;
        s->claimed[i] = false;
    }
    /* UD v1 attached a verb's prepositional phrases as nmod; v2 calls them obl */
    for (int i = 0; i < n; i++) {
        int h = s->w[i].head;
        if (s->w[i].rel == R_NMOD && h >= 0 &&
            (s->w[h].upos == DYAD_VERB || s->w[h].upos == DYAD_AUX || s->w[h].upos == DYAD_ADJ))
            s->w[i].rel = R_OBL;
    }
    /* "said on Tuesday that Sudan must return it": a clause opened by the complementizer
       "that" (mark; a relative "that" is the clause's subject or object) which a parser hung
       on the time expression of a verb is that verb's clausal complement */
    for (int i = 0; i < n; i++) {
        int h = s->w[i].head;
        if ((s->w[i].rel != R_RELCL && s->w[i].rel != R_ACL) || h < 0 || s->w[h].head < 0) continue;
        int g = s->w[h].head, r = s->w[h].rel;
        if ((r != R_OBL && r != R_OBL_TMOD && r != R_OBL_NPMOD) ||
            (s->w[g].upos != DYAD_VERB && s->w[g].upos != DYAD_AUX) ||
            (s->w[h].upos != DYAD_NOUN && s->w[h].upos != DYAD_PROPN) ||
            !(coder_temporal_word(s->forms[h]) || coder_temporal_word(s->s->words[h].lemma)))
            continue;
        bool that = false;
        for (int j = h + 1; j < i && !that; j++)
            that = s->w[j].head == i && s->w[j].rel == R_MARK && strcasecmp(s->forms[j], "that") == 0;
        if (!that) continue;
        s->w[i].head = g;
        s->w[i].rel = R_CCOMP;
    }
    repair_hyphen_participles(s);
    repair_false_gerunds(s);
    repair_clause_as_phrase(s);
    repair_of_arguments(s);
    repair_verb_modifier(s);
    repair_determined_participles(s);
    coder_repair_noun_phrases(s);
    /* most lemmas are the form itself, whose id is known: look up only the others */
    for (int i = 0; i < n; i++) {
        const char *lemma = ds->words[i].lemma;
        if (!lemma || strcmp(lemma, "_") == 0) s->w[i].lid = DYAD_NO_WORD;
        else if (strcasecmp(lemma, s->forms[i]) == 0) s->w[i].lid = s->ids[i];
        else s->w[i].lid = dyad_dict_word_id(c->d, lemma);
        s->lids[i] = s->w[i].lid;
    }
    memset(s->words, 0, sizeof s->words);
    for (int i = 0; i < n; i++) {
        if (s->ids[i] != DYAD_NO_WORD) coder_word_bit(s->words, s->ids[i]);
        if (s->lids[i] != DYAD_NO_WORD) coder_word_bit(s->words, s->lids[i]);
    }
    repair_adverb_subject(s);
    /* depths; a cycle means this is not a tree */
    for (int i = 0; i < n; i++) {
        int steps = 0, j = i;
        while (j >= 0 && s->w[j].depth < 0) {
            if (++steps > n) return false;
            j = s->w[j].head;
        }
        int base = j < 0 ? -1 : s->w[j].depth;
        /* walk again, assigning depths from the top down */
        int len = steps;
        j = i;
        for (int k = 0; k < steps; k++) {
            s->w[j].depth = base + len - k;
            j = s->w[j].head;
        }
    }
    /* children in sentence order (counting sort by head) */
    for (int i = 0; i < n; i++)
        if (s->w[i].head >= 0) s->w[s->w[i].head].nkids++;
    int pos = 0;
    for (int i = 0; i < n; i++) {
        s->w[i].kid0 = pos;
        pos += s->w[i].nkids;
        s->w[i].nkids = 0;
    }
    for (int i = 0; i < n; i++) {
        int h = s->w[i].head;
        if (h >= 0) s->kids[s->w[h].kid0 + s->w[h].nkids++] = i;
    }
    /* subtree spans, deepest words first */
    int maxd = 0;
    for (int i = 0; i < n; i++)
        if (s->w[i].depth > maxd) maxd = s->w[i].depth;
    for (int d = maxd; d > 0; d--)
        for (int i = 0; i < n; i++) {
            if (s->w[i].depth != d) continue;
            cword *h = &s->w[s->w[i].head];
            if (s->w[i].lo < h->lo) h->lo = s->w[i].lo;
            if (s->w[i].hi > h->hi) h->hi = s->w[i].hi;
        }
    return true;
}

bool coder_word_in(const csent *s, int i, const char *list) {
    const char *lemma = s->s->words[i].lemma;
    return word_in_list(s->forms[i], strlen(s->forms[i]), list) ||
           (lemma && word_in_list(lemma, strlen(lemma), list));
}

int coder_child(const csent *s, int h, int rel) {
    for (int k = 0; k < s->w[h].nkids; k++) {
        int x = s->kids[s->w[h].kid0 + k];
        if (s->w[x].rel == rel) return x;
    }
    return -1;
}

int coder_case(const csent *s, int h) {
    for (int k = 0; k < s->w[h].nkids; k++) {
        int x = s->kids[s->w[h].kid0 + k];
        if (x > h) break;
        if (s->w[x].rel == R_CASE && !(s->w[x].flags & F_POSS)) return x;
    }
    return -1;
}

int coder_relative_antecedent(const csent *s, int p) {
    if (p < 0 || !(s->w[p].flags & F_RELPRON) || s->w[p].upos != DYAD_PRON) return -1;
    int r = s->w[p].head;
    for (int guard = 0; r >= 0 && s->w[r].rel == R_CONJ && guard < 50; guard++) r = s->w[r].head;
    if (r >= 0 && s->w[r].rel == R_RELCL) return s->w[r].head;
    /* "NP, who ...": a non-restrictive relative clause the parser hung elsewhere */
    if (!coder_word_in(s, p, "who whom which")) return -1;
    int q = p - 1;
    if (q < 1 || strcmp(s->forms[q], ",") != 0) return -1;
    q--;
    if (s->w[q].upos != DYAD_PROPN && s->w[q].upos != DYAD_NOUN) return -1;
    return q;
}
