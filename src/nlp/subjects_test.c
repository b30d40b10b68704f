/*
** subjects_test.c - tests of the second-subject repair after parsing (subjects.c).
*/
#include "util/testing.h"
#include "nlp/nlp.h"

typedef struct wd {
    const char *form;
    int upos, head;
    const char *deprel;
    const char *xpos, *lemma;
} wd;

static dyad_word words[16];

static int repair(const wd *w, int n) {
    memset(words, 0, sizeof words);
    for (int i = 0; i < n; i++)
        words[i] = (dyad_word){.form = w[i].form, .upos = (uint8_t)w[i].upos, .head = w[i].head, .deprel = w[i].deprel,
                               .xpos = w[i].xpos, .lemma = w[i].lemma};
    dyad_sentence s = {.words = words, .n_words = n};
    return nlp_repair_subjects(&s);
}

/* China accused the United States of lying: "States" was a second nsubj of "accused". */
static void test_second_subject_is_object(void **state) {
    (void)state;
    const wd w[] = {
        {"China", DYAD_PROPN, 2, "nsubj", NULL, NULL},
        {"accused", DYAD_VERB, 0, "root", NULL, NULL},
        {"the", DYAD_DET, 5, "det", NULL, NULL},
        {"United", DYAD_ADJ, 5, "amod", NULL, NULL},
        {"States", DYAD_PROPN, 2, "nsubj", NULL, NULL},
        {"of", DYAD_SCONJ, 7, "mark", NULL, NULL},
        {"lying", DYAD_VERB, 2, "advcl", NULL, NULL},
    };
    assert_int_equal(repair(w, 7), 1);
    assert_string_equal(words[4].deprel, "obj");
    assert_string_equal(words[0].deprel, "nsubj");
}

/* He said Congressmen seem upset: "Congressmen", hung on "said", is the subject of "seem". */
static void test_subject_of_reported_clause(void **state) {
    (void)state;
    const wd w[] = {
        {"He", DYAD_PRON, 2, "nsubj", NULL, NULL},
        {"said", DYAD_VERB, 0, "root", NULL, NULL},
        {"Congressmen", DYAD_NOUN, 2, "nsubj", NULL, NULL},
        {"seem", DYAD_VERB, 2, "ccomp", NULL, NULL}, {"upset", DYAD_ADJ, 4, "xcomp", NULL, NULL},
    };
    assert_int_equal(repair(w, 5), 1);
    assert_int_equal(words[2].head, 4);
    assert_string_equal(words[2].deprel, "nsubj");
    /* a noun phrase after "said" followed by a verb is no object either */
    const wd v[] = {
        {"He", DYAD_PRON, 2, "nsubj", NULL, NULL},
        {"said", DYAD_VERB, 0, "root", NULL, NULL},
        {"Lach", DYAD_PROPN, 2, "nsubj", NULL, NULL},
        {"was", DYAD_AUX, 5, "aux:pass", NULL, NULL}, {"named", DYAD_VERB, 2, "parataxis", NULL, NULL},
    };
    assert_int_equal(repair(v, 5), 0);
}

/* Macron told reporters Russia had attacked Ukraine: "Russia", hung on "reporters", is the
   subject of the finite clause that has none. */
static void test_clause_without_subject(void **state) {
    (void)state;
    const wd w[] = {
        {"Macron", DYAD_PROPN, 2, "nsubj", "NNP", "Macron"}, {"told", DYAD_VERB, 0, "root", "VBD", "tell"},
        {"reporters", DYAD_NOUN, 2, "iobj", "NNS", "reporter"},
        {"Russia", DYAD_PROPN, 3, "vocative", "NNP", "Russia"},
        {"had", DYAD_AUX, 6, "aux", "VBD", "have"}, {"attacked", DYAD_VERB, 2, "ccomp", "VBN", "attack"},
        {"Ukraine", DYAD_PROPN, 6, "obj", "NNP", "Ukraine"},
    };
    assert_int_equal(repair(w, 7), 1);
    assert_int_equal(words[3].head, 6);
    assert_string_equal(words[3].deprel, "nsubj");
}

/* Biden told Zelensky Russia would invade Ukraine: the name "Zelensky Russia" is the addressee
   and, in its last word, the clause's subject. */
static void test_addressee_and_subject(void **state) {
    (void)state;
    const wd w[] = {
        {"Biden", DYAD_PROPN, 2, "nsubj", "NNP", "Biden"}, {"told", DYAD_VERB, 0, "root", "VBD", "tell"},
        {"Zelensky", DYAD_PROPN, 4, "compound", "NNP", "Zelensky"},
        {"Russia", DYAD_PROPN, 6, "nsubj", "NNP", "Russia"},
        {"would", DYAD_AUX, 6, "aux", "MD", "would"}, {"invade", DYAD_VERB, 2, "ccomp", "VB", "invade"},
        {"Ukraine", DYAD_PROPN, 6, "obj", "NNP", "Ukraine"},
    };
    assert_int_equal(repair(w, 7), 1);
    assert_int_equal(words[2].head, 2);
    assert_string_equal(words[2].deprel, "iobj");
    assert_int_equal(words[3].head, 6);
    assert_string_equal(words[3].deprel, "nsubj");
}

/* Russia attacked Ukraine and Poland condemned Russia: two clauses, not a ccomp whose subject
   is "Ukraine and Poland"; Russian troops Thursday attacked: the day is no subject. */
static void test_coordination_and_days(void **state) {
    (void)state;
    const wd w[] = {
        {"Russia", DYAD_PROPN, 2, "nsubj", "NNP", "Russia"},
        {"attacked", DYAD_VERB, 0, "root", "VBD", "attack"},
        {"Ukraine", DYAD_PROPN, 6, "nsubj", "NNP", "Ukraine"},
        {"and", DYAD_CCONJ, 5, "cc", "CC", "and"},
        {"Poland", DYAD_PROPN, 3, "conj", "NNP", "Poland"},
        {"condemned", DYAD_VERB, 2, "ccomp", "VBD", "condemn"},
        {"Russia", DYAD_PROPN, 6, "obj", "NNP", "Russia"},
    };
    assert_int_equal(repair(w, 7), 1);
    assert_int_equal(words[2].head, 2);
    assert_string_equal(words[2].deprel, "obj");
    assert_int_equal(words[4].head, 6);
    assert_string_equal(words[4].deprel, "nsubj");
    assert_int_equal(words[3].head, 6);
    assert_string_equal(words[5].deprel, "conj");
    const wd d[] = {
        {"troops", DYAD_NOUN, 3, "obl", "NNS", "troop"},
        {"Thursday", DYAD_PROPN, 3, "nsubj", "NNP", "Thursday"},
        {"attacked", DYAD_VERB, 0, "root", "VBD", "attack"},
        {"Ukraine", DYAD_PROPN, 3, "obj", "NNP", "Ukraine"},
    };
    assert_int_equal(repair(d, 4), 1);
    assert_string_equal(words[0].deprel, "nsubj");
    assert_string_equal(words[1].deprel, "obl:tmod");
    /* the same with the noun made an object, before its verb */
    const wd o[] = {
        {"troops", DYAD_NOUN, 3, "obj", "NNS", "troop"},
        {"Thursday", DYAD_PROPN, 3, "nsubj", "NNP", "Thursday"},
        {"attacked", DYAD_VERB, 0, "root", "VBD", "attack"},
        {"Ukraine", DYAD_PROPN, 3, "obj", "NNP", "Ukraine"},
    };
    assert_int_equal(repair(o, 4), 1);
    assert_string_equal(words[0].deprel, "nsubj");
    assert_string_equal(words[1].deprel, "obl:tmod");
}

/* A word above the clause is no subject of it: the repair would make a cycle (review case). */
static void test_no_cycle(void **state) {
    (void)state;
    const wd w[] = {
        {"He", DYAD_PRON, 2, "nsubj", "PRP", "he"},
        {"saw", DYAD_VERB, 0, "root", "VBD", "see"},
        {"news", DYAD_NOUN, 2, "obj", "NN", "news"},
        {"attacked", DYAD_VERB, 5, "ccomp", "VBD", "attack"},
        {"report", DYAD_NOUN, 3, "nmod", "NN", "report"},
    };
    repair(w, 5);
    dyad_sentence s = {.words = words, .n_words = 5};
    assert_true(nlp_is_tree(&s));
}

/* Left alone: an inversion with no subject before the verb ("..., said the minister"), and a
   verb that has an object already. */
static void test_left_alone(void **state) {
    (void)state;
    const wd said[] = {
        {"Talks", DYAD_NOUN, 2, "nsubj", NULL, NULL},
        {"failed", DYAD_VERB, 0, "root", NULL, NULL},
        {",", DYAD_PUNCT, 4, "punct", NULL, NULL},
        {"said", DYAD_VERB, 2, "parataxis", NULL, NULL},
        {"the", DYAD_DET, 6, "det", NULL, NULL},
        {"minister", DYAD_NOUN, 4, "nsubj", NULL, NULL},
    };
    assert_int_equal(repair(said, 6), 0);
    assert_string_equal(words[5].deprel, "nsubj");
    const wd obj[] = {
        {"Iran", DYAD_PROPN, 2, "nsubj", NULL, NULL},
        {"gave", DYAD_VERB, 0, "root", NULL, NULL},
        {"Iraq", DYAD_PROPN, 2, "nsubj", NULL, NULL},
        {"oil", DYAD_NOUN, 2, "obj", NULL, NULL},
    };
    assert_int_equal(repair(obj, 4), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_subject_is_object),
        cmocka_unit_test(test_subject_of_reported_clause),
        cmocka_unit_test(test_clause_without_subject),
        cmocka_unit_test(test_addressee_and_subject),
        cmocka_unit_test(test_coordination_and_days),
        cmocka_unit_test(test_no_cycle),
        cmocka_unit_test(test_left_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
