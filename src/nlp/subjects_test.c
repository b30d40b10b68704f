/*
** subjects_test.c - tests of the second-subject repair after parsing (subjects.c).
*/
#include "util/testing.h"
#include "nlp/nlp.h"

typedef struct wd {
    const char *form;
    int upos, head;
    const char *deprel;
} wd;

static dyad_word words[16];

static int repair(const wd *w, int n) {
    memset(words, 0, sizeof words);
    for (int i = 0; i < n; i++)
        words[i] = (dyad_word){.form = w[i].form, .upos = (uint8_t)w[i].upos, .head = w[i].head, .deprel = w[i].deprel};
    dyad_sentence s = {.words = words, .n_words = n};
    return nlp_repair_second_subjects(&s);
}

/* China accused the United States of lying: "States" was a second nsubj of "accused". */
static void test_second_subject_is_object(void **state) {
    (void)state;
    const wd w[] = {
        {"China", DYAD_PROPN, 2, "nsubj"}, {"accused", DYAD_VERB, 0, "root"}, {"the", DYAD_DET, 5, "det"},
        {"United", DYAD_ADJ, 5, "amod"}, {"States", DYAD_PROPN, 2, "nsubj"}, {"of", DYAD_SCONJ, 7, "mark"},
        {"lying", DYAD_VERB, 2, "advcl"},
    };
    assert_int_equal(repair(w, 7), 1);
    assert_string_equal(words[4].deprel, "obj");
    assert_string_equal(words[0].deprel, "nsubj");
}

/* He said Congressmen seem upset: "Congressmen", hung on "said", is the subject of "seem". */
static void test_subject_of_reported_clause(void **state) {
    (void)state;
    const wd w[] = {
        {"He", DYAD_PRON, 2, "nsubj"}, {"said", DYAD_VERB, 0, "root"}, {"Congressmen", DYAD_NOUN, 2, "nsubj"},
        {"seem", DYAD_VERB, 2, "ccomp"}, {"upset", DYAD_ADJ, 4, "xcomp"},
    };
    assert_int_equal(repair(w, 5), 1);
    assert_int_equal(words[2].head, 4);
    assert_string_equal(words[2].deprel, "nsubj");
    /* a noun phrase after "said" followed by a verb is no object either */
    const wd v[] = {
        {"He", DYAD_PRON, 2, "nsubj"}, {"said", DYAD_VERB, 0, "root"}, {"Lach", DYAD_PROPN, 2, "nsubj"},
        {"was", DYAD_AUX, 5, "aux:pass"}, {"named", DYAD_VERB, 2, "parataxis"},
    };
    assert_int_equal(repair(v, 5), 0);
}

/* Left alone: an inversion with no subject before the verb ("..., said the minister"), and a
   verb that has an object already. */
static void test_left_alone(void **state) {
    (void)state;
    const wd said[] = {
        {"Talks", DYAD_NOUN, 2, "nsubj"}, {"failed", DYAD_VERB, 0, "root"}, {",", DYAD_PUNCT, 4, "punct"},
        {"said", DYAD_VERB, 2, "parataxis"}, {"the", DYAD_DET, 6, "det"}, {"minister", DYAD_NOUN, 4, "nsubj"},
    };
    assert_int_equal(repair(said, 6), 0);
    assert_string_equal(words[5].deprel, "nsubj");
    const wd obj[] = {
        {"Iran", DYAD_PROPN, 2, "nsubj"}, {"gave", DYAD_VERB, 0, "root"}, {"Iraq", DYAD_PROPN, 2, "nsubj"},
        {"oil", DYAD_NOUN, 2, "obj"},
    };
    assert_int_equal(repair(obj, 4), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_subject_is_object),
        cmocka_unit_test(test_subject_of_reported_clause),
        cmocka_unit_test(test_left_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
