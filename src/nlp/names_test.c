/*
** names_test.c - tests of the titled-name repair after parsing (names.c), on trees as the
** greedy parser gave them.
*/
#include "util/testing.h"
#include "nlp/nlp.h"

typedef struct wd {
    const char *form, *lemma, *xpos;
    int upos, head;
    const char *deprel;
} wd;

static dyad_word words[32];
static dyad_sentence sent;

/* Load words w[0..n) into sent and run the repair; returns the number of phrases changed. */
static int repair(const wd *w, int n) {
    memset(words, 0, sizeof words);
    for (int i = 0; i < n; i++)
        words[i] = (dyad_word){.form = w[i].form, .lemma = w[i].lemma, .xpos = w[i].xpos,
                               .upos = (uint8_t)w[i].upos, .head = w[i].head, .deprel = w[i].deprel};
    sent = (dyad_sentence){.words = words, .n_words = n};
    return nlp_repair_titled_names(&sent);
}

static void expect(int id, int head, const char *deprel) {
    const dyad_word *w = &words[id - 1];
    if (w->head != head || strcmp(w->deprel, deprel))
        fail_msg("word %d (%s): %d %s, want %d %s", id, w->form, w->head, w->deprel, head, deprel);
}

/* Biden met Russian President Vladimir Putin on Monday .  The parser made "Russian" an xcomp
   of "met", "Vladimir" its conj and "on Monday" hang on "Russian". */
static void test_adjective_taken_for_predicate(void **state) {
    (void)state;
    const wd w[] = {
        {"Biden", "Biden", "NNP", DYAD_PROPN, 2, "nsubj"}, {"met", "meet", "VBD", DYAD_VERB, 0, "root"},
        {"Russian", "Russian", "JJ", DYAD_ADJ, 2, "xcomp"},
        {"President", "President", "NNP", DYAD_PROPN, 5, "nmod:desc"},
        {"Vladimir", "Vladimir", "NNP", DYAD_PROPN, 3, "conj"}, {"Putin", "Putin", "NNP", DYAD_PROPN, 5, "flat"},
        {"on", "on", "IN", DYAD_ADP, 8, "case"}, {"Monday", "Monday", "NNP", DYAD_PROPN, 3, "obl"},
        {".", ".", ".", DYAD_PUNCT, 2, "punct"},
    };
    assert_int_equal(repair(w, 9), 1);
    expect(5, 2, "obj");
    expect(3, 4, "amod");
    expect(4, 5, "nmod:desc");
    expect(6, 5, "flat");
    expect(8, 5, "obl"); /* what hung on "Russian" now hangs on the name */
    expect(1, 2, "nsubj");
}

/* Biden invited French President Emmanuel Macron .  A case-less obl right after the verb is
   its object; "Foreign" between nationality and title is skipped for the next noun. */
static void test_bare_obl_becomes_object(void **state) {
    (void)state;
    const wd w[] = {
        {"Biden", "Biden", "NNP", DYAD_PROPN, 2, "nsubj"}, {"invited", "invite", "VBD", DYAD_VERB, 0, "root"},
        {"French", "French", "JJ", DYAD_ADJ, 4, "amod"}, {"President", "President", "NNP", DYAD_PROPN, 5, "nmod:desc"},
        {"Emmanuel", "Emmanuel", "NNP", DYAD_PROPN, 2, "obl"}, {"Macron", "Macron", "NNP", DYAD_PROPN, 5, "flat"},
    };
    assert_int_equal(repair(w, 6), 1);
    expect(5, 2, "obj");
    expect(3, 4, "amod");

    const wd v[] = {
        {"He", "he", "PRP", DYAD_PRON, 2, "nsubj"}, {"urged", "urge", "VBD", DYAD_VERB, 0, "root"},
        {"Russian", "Russian", "JJ", DYAD_ADJ, 2, "obj"}, {"Foreign", "foreign", "NNP", DYAD_ADJ, 5, "amod"},
        {"Minister", "Minister", "NNP", DYAD_PROPN, 6, "nmod:desc"}, {"Sergei", "Sergei", "NNP", DYAD_PROPN, 3, "appos"},
        {"Lavrov", "Lavrov", "NNP", DYAD_PROPN, 6, "flat"},
    };
    assert_int_equal(repair(v, 7), 1);
    expect(6, 2, "obj");
    expect(3, 5, "amod");
    expect(4, 5, "amod");
}

/* called Ukrainian President Volodymyr Zelensky, with "Ukrainian" tagged PROPN and made the
   object, and the name an obl: one phrase, the object. */
static void test_proper_noun_after_verb(void **state) {
    (void)state;
    const wd w[] = {
        {"Biden", "Biden", "NNP", DYAD_PROPN, 2, "nsubj"}, {"called", "call", "VBD", DYAD_VERB, 0, "root"},
        {"Ukrainian", "Ukrainian", "NNP", DYAD_PROPN, 2, "obj"},
        {"President", "President", "NNP", DYAD_PROPN, 5, "nmod:desc"},
        {"Volodymyr", "Volodymyr", "NNP", DYAD_PROPN, 2, "obl"}, {"Zelensky", "Zelensky", "NNP", DYAD_PROPN, 5, "flat"},
    };
    assert_int_equal(repair(w, 6), 1);
    expect(5, 2, "obj");
    expect(3, 4, "compound");
}

/* Left alone: a well-formed phrase; a predicate after a copular verb; a proper noun that does
   not follow a verb ("Secretary of State George Shultz"); runs too short or not ending in a
   name. */
static void test_left_alone(void **state) {
    (void)state;
    const wd good[] = {
        {"Russian", "Russian", "JJ", DYAD_ADJ, 2, "amod"}, {"President", "President", "NNP", DYAD_PROPN, 3, "nmod:desc"},
        {"Vladimir", "Vladimir", "NNP", DYAD_PROPN, 5, "nsubj"}, {"Putin", "Putin", "NNP", DYAD_PROPN, 3, "flat"},
        {"spoke", "speak", "VBD", DYAD_VERB, 0, "root"},
    };
    assert_int_equal(repair(good, 5), 0);
    expect(3, 5, "nsubj");

    const wd copula[] = {
        {"He", "he", "PRP", DYAD_PRON, 2, "nsubj"}, {"became", "become", "VBD", DYAD_VERB, 0, "root"},
        {"Russian", "Russian", "JJ", DYAD_ADJ, 4, "amod"}, {"President", "President", "NNP", DYAD_PROPN, 5, "nmod:desc"},
        {"Vladimir", "Vladimir", "NNP", DYAD_PROPN, 2, "xcomp"}, {"Putin", "Putin", "NNP", DYAD_PROPN, 5, "flat"},
    };
    assert_int_equal(repair(copula, 6), 0);
    expect(5, 2, "xcomp");

    const wd state_[] = {
        {"Secretary", "Secretary", "NNP", DYAD_PROPN, 6, "nsubj"}, {"of", "of", "IN", DYAD_ADP, 3, "case"},
        {"State", "State", "NNP", DYAD_PROPN, 1, "nmod"}, {"George", "George", "NNP", DYAD_PROPN, 3, "appos"},
        {"Shultz", "Shultz", "NNP", DYAD_PROPN, 4, "flat"}, {"said", "say", "VBD", DYAD_VERB, 0, "root"},
    };
    assert_int_equal(repair(state_, 6), 0);
    expect(4, 3, "appos");

    const wd short_[] = {
        {"met", "meet", "VBD", DYAD_VERB, 0, "root"}, {"Russian", "Russian", "JJ", DYAD_ADJ, 1, "xcomp"},
        {"Putin", "Putin", "NNP", DYAD_PROPN, 2, "conj"},
    };
    assert_int_equal(repair(short_, 3), 0);

    const wd noun[] = {
        {"met", "meet", "VBD", DYAD_VERB, 0, "root"}, {"Russian", "Russian", "JJ", DYAD_ADJ, 1, "xcomp"},
        {"Foreign", "foreign", "JJ", DYAD_ADJ, 4, "amod"}, {"Ministry", "Ministry", "NNP", DYAD_PROPN, 2, "conj"},
        {"officials", "official", "NNS", DYAD_NOUN, 1, "obj"},
    };
    assert_int_equal(repair(noun, 5), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_adjective_taken_for_predicate),
        cmocka_unit_test(test_bare_obl_becomes_object),
        cmocka_unit_test(test_proper_noun_after_verb),
        cmocka_unit_test(test_left_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
