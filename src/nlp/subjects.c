/*
** subjects.c - repairs after parsing of who is whose subject and object, for news constructions
** that the greedy parser gets wrong and that cost events.  Each rule was checked against the UD
** English EWT train trees (none of them contradicts a gold tree) and on the Reuters-21578
** bodies (the events that changed were read one by one).
**
** - One subject per verb.  The labeller sometimes calls the noun phrase after a verb a second
**   subject: "China accused the United States of lying" had "States" an nsubj of "accused"
**   beside "China", so the coder found no object.  A subject follows its verb only in
**   inversions ("..., said the minister"), where the verb has none before it.  So the second
**   one is the subject of the verb's clausal complement that follows, when that has none ("He
**   said Congressmen seem upset"); else, when the verb has no object nor clause and is no verb
**   of saying, its object (UD obj).  The shipped model gave 81 such verbs in 19,935 Reuters
**   sentences.
** - A finite clausal complement has a subject: in "Macron told reporters Russia had attacked
**   Ukraine" the parser hung "Russia" on "reporters", and the coder gave "attacked" the subject
**   of "told" (France attacked Ukraine).  The noun right before the clause's words, hung
**   elsewhere, becomes its subject.
** - After a verb of telling, a clause subject of proper nouns only that starts right after the
**   verb ("Biden told Zelensky Russia would invade Ukraine": one name to the parser) is the
**   addressee (iobj) and, in its last word, the subject.
** - A day named right before the verb is its time, not its subject ("Russian troops Thursday
**   attacked Ukraine").
** - "Russia attacked Ukraine and Poland condemned Russia" is two clauses, not "attacked [Ukraine
**   and Poland condemned Russia]", after a verb that takes no clause.
**
** If the repairs of a sentence would not leave a tree, the sentence keeps its parse.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/nlp.h"

static bool nominal(const dyad_word *w) {
    return w->upos == DYAD_NOUN || w->upos == DYAD_PROPN || w->upos == DYAD_PRON || w->upos == DYAD_NUM;
}

/* The first child of v after word x with relation rel, or 0. */
static int child_after(const dyad_sentence *s, int v, int x, const char *rel) {
    for (int i = x + 1; i <= s->n_words; i++)
        if (s->words[i - 1].head == v && nlp_is_rel(&s->words[i - 1], rel)) return i;
    return 0;
}

/* Verbs of saying and thinking, whose noun phrase after them begins a reported clause ("said
   the talks ... failed") far more often than it is their object. */
static bool reporting(const dyad_word *v) {
    static const char *const lemmas[] = {"say", "add", "claim", "state", "report", "believe", "think",
                                         "argue", "insist", "note", "confirm", "announce", "estimate",
                                         "predict", "expect", "hope", "fear", "suggest", "indicate", NULL};
    return nlp_lemma_in(v, lemmas);
}

/* Does a verb or auxiliary come right after the phrase of word x ("Lach, president of
   EaglesLair, was named": x is the subject of "was named", not an object)? */
static bool verb_follows(const dyad_sentence *s, int x) {
    int end = x;
    while (end < s->n_words && nlp_under(s, end + 1, x)) end++;
    while (end < s->n_words && s->words[end].upos == DYAD_PUNCT) end++;
    return end < s->n_words && (s->words[end].upos == DYAD_VERB || s->words[end].upos == DYAD_AUX);
}

/* Is verb x finite: tagged VBD, VBZ or VBP, or with an auxiliary ("had attacked")? */
static bool finite_clause(const dyad_sentence *s, int x) {
    const char *t = s->words[x - 1].xpos ? s->words[x - 1].xpos : "";
    return !strcmp(t, "VBD") || !strcmp(t, "VBZ") || !strcmp(t, "VBP") || nlp_has_child(s, x, "aux", 0) ||
           nlp_has_child(s, x, "aux:pass", 0);
}

/* Relations a noun may have been given in place of its clause's subject. */
static bool stray_relation(const dyad_word *w) {
    static const char *const rels[] = {"obj", "iobj", "vocative", "dep", "appos", "flat", "compound",
                                       "nmod", "nmod:unmarked", NULL};
    for (int i = 0; rels[i]; i++)
        if (nlp_is_rel(w, rels[i])) return true;
    return false;
}

/* Give each finite ccomp without a subject the noun or pronoun right before its words. */
static int repair_clause_subjects(dyad_sentence *s) {
    int changed = 0;
    for (int c = 1; c <= s->n_words; c++) {
        const dyad_word *v = &s->words[c - 1];
        if (v->upos != DYAD_VERB || !nlp_is_rel(v, "ccomp") || !finite_clause(s, c)) continue;
        if (nlp_has_child(s, c, "nsubj", 0) || nlp_has_child(s, c, "nsubj:pass", 0) || nlp_has_child(s, c, "expl", 0) ||
            nlp_has_child(s, c, "csubj", 0))
            continue;
        int k = nlp_leftmost(s, c) - 1;
        if (k < 1 || k == v->head || nlp_under(s, c, k)) continue;
        dyad_word *w = &s->words[k - 1];
        if (!nominal(w) || !stray_relation(w) || nlp_has_child(s, k, "case", 0)) continue;
        w->head = c;
        w->deprel = nlp_has_child(s, c, "aux:pass", 0) ? "nsubj:pass" : "nsubj";
        changed++;
    }
    return changed;
}

/* Does w begin many names of countries and places ("North Korea", "Hong Kong", "Sri Lanka")? */
static bool name_start(const dyad_word *w) {
    static const char *const words[] = {"North", "South", "East", "West", "New", "Hong", "Sri", "Saudi",
                                        "United", "Costa", "El", "Sierra", "Burkina", "Papua", "Puerto",
                                        "San", "Czech", "Central", "Ivory", "Cape", "Dominican", "Solomon",
                                        "Marshall", "Gaza", "Western", "Northern", "Southern", "Le",
                                        "La", "Los", "Las", "Abu", "Addis", "Tel", "Kuala", "Buenos", "Rio",
                                        "Sao", "Santo", "Port", "Saint", "St.", NULL};
    for (int i = 0; words[i]; i++)
        if (!strcmp(w->form, words[i])) return true;
    return false;
}

/* Verbs that take an addressee and a clause ("told Zelensky Russia would invade"). */
static bool addressing(const dyad_word *v) {
    static const char *const lemmas[] = {"tell", "assure", "warn", "inform", "remind", "promise",
                                         "convince", "persuade", "notify", NULL};
    return nlp_lemma_in(v, lemmas);
}

/*
** "Biden told Zelensky Russia would invade Ukraine": the parser made "Zelensky Russia" one name,
** the clause's subject.  After a verb of telling with no object, a subject made of proper nouns
** only, starting right after the verb, is the addressee (iobj) and, in its last word, the
** clause's subject.
*/
static int repair_addressee(dyad_sentence *s, int c) {
    dyad_word *w = s->words;
    int v = w[c - 1].head, n = 0;
    if (v < 1 || !addressing(&w[v - 1]) || nlp_has_child(s, v, "obj", 0) || nlp_has_child(s, v, "iobj", 0)) return 0;
    for (int i = v + 1; i < c && !n; i++)
        if (w[i - 1].head == c && (nlp_is_rel(&w[i - 1], "nsubj") || nlp_is_rel(&w[i - 1], "nsubj:pass"))) n = i;
    if (!n || nlp_leftmost(s, n) != v + 1) return 0;
    int last = nlp_rightmost(s, n);
    if (last - v < 2 || last >= c) return 0;
    for (int i = v + 1; i <= last; i++)
        if (w[i - 1].upos != DYAD_PROPN) return 0;
    /* the subject is the last word, with the words that begin names before it ("North Korea",
       "Hong Kong"); the words before them, one name, the addressee */
    int first = last;
    while (first - 1 >= v + 1 && name_start(&w[first - 2])) first--;
    if (first == v + 1) return 0; /* one name, no addressee: "warned North Korea would ..." */
    int head = 0;
    for (int i = v + 1; i < first; i++)
        if (w[i - 1].head < v + 1 || w[i - 1].head >= first) head = head ? head : i;
    if (!head) head = first - 1;
    for (int i = v + 1; i <= last; i++) {
        if (i == head || i == first) continue;
        w[i - 1].head = i < first ? head : first;
        w[i - 1].deprel = "flat";
    }
    w[head - 1].head = v;
    w[head - 1].deprel = "iobj";
    w[first - 1].head = c;
    w[first - 1].deprel = nlp_has_child(s, c, "aux:pass", 0) ? "nsubj:pass" : "nsubj";
    return 1;
}

/* Is w a noun of time that news puts before a verb ("Russian troops Thursday attacked")? */
static bool time_noun(const dyad_word *w) {
    static const char *const words[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                        "Sunday", "today", "yesterday", "Today", "Yesterday", NULL};
    for (int i = 0; words[i]; i++)
        if (!strcmp(w->form, words[i])) return true;
    return false;
}

/*
** "Russian troops Thursday attacked Ukraine": the parser made "Thursday" the subject and
** "troops" an obl (or an object, before its verb).  A day named right before the verb, as its
** subject, with a case-less noun of the verb right before it, is the time (obl:tmod) and that
** noun the subject.
*/
static int repair_time_subjects(dyad_sentence *s) {
    int changed = 0;
    for (int t = 2; t <= s->n_words; t++) {
        dyad_word *w = &s->words[t - 1];
        int v = w->head;
        if (!time_noun(w) || !nlp_is_rel(w, "nsubj") || v != t + 1) continue;
        for (int k = t - 1; k >= 1; k--) {
            dyad_word *x = &s->words[k - 1];
            if (x->head != v) continue;
            if (nominal(x) && (nlp_is_rel(x, "obl") || nlp_is_rel(x, "obl:unmarked") || nlp_is_rel(x, "dep") ||
                               nlp_is_rel(x, "obj")) &&
                !nlp_has_child(s, k, "case", 0)) {
                x->deprel = w->deprel;
                w->deprel = "obl:tmod";
                changed++;
            }
            break;
        }
    }
    return changed;
}

/* Verbs that take a clause as their complement ("said", "feared", "knew ..."). */
static bool clause_taking(const dyad_word *v) {
    static const char *const lemmas[] = {"know", "deny", "warn", "tell", "agree", "show", "feel", "assume",
                                         "understand", "learn", "hear", "see", "find", "decide", "ensure",
                                         "admit", "acknowledge", "assert", "allege", "doubt", "recall",
                                         "realize", "realise", "reveal", "explain", "mean", "imply", NULL};
    return reporting(v) || nlp_lemma_in(v, lemmas);
}

/* Is every word from a to b (1-based, inclusive) in the subtree of x? */
static bool span_under(const dyad_sentence *s, int a, int b, int x) {
    for (int i = a; i <= b; i++)
        if (!nlp_under(s, i, x)) return false;
    return true;
}

/*
** "Russia attacked Ukraine and Poland condemned Russia": the parser took "Ukraine and Poland"
** for the subject of "condemned", a ccomp of "attacked".  After a verb that takes no clause and
** has no object, a clausal complement without "that" whose subject is a coordination "X and Y"
** starting right after the verb is a second clause: X is the verb's object, Y the subject of
** the conjoined clause.
*/
static int repair_coordinated_clauses(dyad_sentence *s) {
    int changed = 0;
    for (int c = 1; c <= s->n_words; c++) {
        dyad_word *cw = &s->words[c - 1];
        int v = cw->head;
        if (cw->upos != DYAD_VERB || !nlp_is_rel(cw, "ccomp") || v < 1 || v > c) continue;
        if (s->words[v - 1].upos != DYAD_VERB || clause_taking(&s->words[v - 1]) || nlp_has_child(s, v, "obj", 0) || nlp_has_child(s, c, "mark", 0)) continue;
        int n = 0;
        for (int i = v + 1; i < c && !n; i++)
            if (s->words[i - 1].head == c && nlp_is_rel(&s->words[i - 1], "nsubj")) n = i;
        if (!n || nlp_leftmost(s, n) != v + 1) continue;
        int y = 0;
        for (int i = n + 1; i < c && !y; i++)
            if (s->words[i - 1].head == n && nlp_is_rel(&s->words[i - 1], "conj")) y = i;
        int cc = 0;
        for (int i = n + 1; y && i < y && !cc; i++)
            if (s->words[i - 1].head == y && nlp_is_rel(&s->words[i - 1], "cc")) cc = i;
        if (!y || !cc || nlp_rightmost(s, n) != nlp_rightmost(s, y) || nlp_leftmost(s, cc) != cc) continue;
        if (!span_under(s, v + 1, cc - 1, n) || !span_under(s, cc + 1, nlp_rightmost(s, y), y)) continue;
        s->words[n - 1].head = v;
        s->words[n - 1].deprel = "obj";
        s->words[y - 1].head = c;
        s->words[y - 1].deprel = "nsubj";
        s->words[cc - 1].head = c;
        cw->deprel = "conj";
        changed++;
    }
    return changed;
}

static int repair_addressees(dyad_sentence *s) {
    int changed = 0;
    for (int c = 1; c <= s->n_words; c++)
        if (s->words[c - 1].upos == DYAD_VERB && nlp_is_rel(&s->words[c - 1], "ccomp")) changed += repair_addressee(s, c);
    return changed;
}

/* One subject per verb: a second nominal subject after the verb (see the top of the file). */
static int repair_second_subjects(dyad_sentence *s) {
    int changed = 0, n = s->n_words;
    for (int v = 1; v <= n; v++) {
        if (s->words[v - 1].upos != DYAD_VERB) continue;
        int before = 0, after = 0;
        for (int i = 1; i <= n; i++) {
            const dyad_word *w = &s->words[i - 1];
            if (w->head != v || !nlp_is_rel(w, "nsubj") || !nominal(w)) continue;
            if (i < v) before = i;
            else if (!after) after = i;
        }
        if (!before || !after) continue;
        dyad_word *x = &s->words[after - 1];
        int c = child_after(s, v, after, "ccomp");
        if (c && !nlp_has_child(s, c, "nsubj", 0) && !nlp_has_child(s, c, "nsubj:pass", 0)) {
            /* "He said Congressmen seem upset": the subject of the reported clause */
            x->head = c;
            x->deprel = nlp_has_child(s, c, "aux:pass", 0) ? "nsubj:pass" : "nsubj";
            changed++;
        } else if (!nlp_has_child(s, v, "obj", 0) && !nlp_has_child(s, v, "ccomp", 0) &&
                   !nlp_has_child(s, v, "xcomp", 0) && !reporting(&s->words[v - 1]) && !verb_follows(s, after)) {
            x->deprel = "obj";
            changed++;
        }
    }
    return changed;
}

int nlp_repair_subjects(dyad_sentence *s) {
    int n = s->n_words;
    /* the parse as it was, to go back to: on the stack for a sentence of the splitter's length */
    int head_buf[DYAD_MAX_SENTENCE_WORDS];
    const char *rel_buf[DYAD_MAX_SENTENCE_WORDS];
    bool big = n > DYAD_MAX_SENTENCE_WORDS;
    int *heads = big ? dyad_xmalloc((size_t)n * sizeof *heads) : head_buf;
    const char **rels = big ? dyad_xmalloc((size_t)n * sizeof *rels) : rel_buf;
    for (int i = 0; i < n; i++) {
        heads[i] = s->words[i].head;
        rels[i] = s->words[i].deprel;
    }
    int changed = repair_second_subjects(s) + repair_clause_subjects(s) + repair_addressees(s) +
                  repair_time_subjects(s) + repair_coordinated_clauses(s);
    if (changed && !nlp_is_tree(s)) { /* a repair on a tree too odd for it: leave the parse be */
        for (int i = 0; i < n; i++) {
            s->words[i].head = heads[i];
            s->words[i].deprel = rels[i];
        }
        changed = 0;
    }
    if (big) {
        free(heads);
        free(rels);
    }
    return changed;
}
