/*
** lemma_test.c - tests of the lemmatizer: irregular forms, suffix rules for unknown words,
** case, with a lemmatizer trained on the tiny fixture and with the shipped model.
*/
#include "util/testing.h"
#include "dyad.h"
#include "nlp/nlp.h"

static const char *lemma(const nlp_lemmatizer *l, const char *form, int upos, const char *xpos) {
    static char out[256];
    return nlp_lemmatize(l, form, upos, xpos, out, sizeof out);
}

/* A lemmatizer trained on testdata/tiny.conllu, which has none of the words below. */
static void test_rules(void **state) {
    (void)state;
    dyad_document **docs;
    int n = dyad_conllu_read("src/nlp/testdata/tiny.conllu", &docs);
    assert_int_equal(n, 1);
    nlp_corpus c = {calloc((size_t)docs[0]->n_sentences, sizeof *c.sents), 0};
    for (int i = 0; i < docs[0]->n_sentences; i++) c.sents[c.n++] = &docs[0]->sentences[i];
    dyad_buf b = {0};
    nlp_lemmatizer_train(&c, &b);
    const char *err;
    nlp_lemmatizer *l = nlp_lemmatizer_load(b.data, b.len, &err);
    assert_non_null(l);
    /* Irregular forms come from the hand-written table. */
    assert_string_equal(lemma(l, "flew", DYAD_VERB, "VBD"), "fly");
    assert_string_equal(lemma(l, "Flew", DYAD_VERB, "VBD"), "fly");
    assert_string_equal(lemma(l, "was", DYAD_AUX, "VBD"), "be");
    assert_string_equal(lemma(l, "women", DYAD_NOUN, "NNS"), "woman");
    /* Regular forms follow the suffix rules learned from the fixture's words. */
    assert_string_equal(lemma(l, "zorks", DYAD_NOUN, "NNS"), "zork");
    assert_string_equal(lemma(l, "Zorks", DYAD_NOUN, "NNS"), "zork");
    assert_string_equal(lemma(l, "blorfed", DYAD_VERB, "VBD"), "blorf");
    /* Known words come from the lexicon; proper nouns keep their case. */
    assert_string_equal(lemma(l, "troops", DYAD_NOUN, "NNS"), "troop");
    assert_string_equal(lemma(l, "met", DYAD_VERB, "VBD"), "meet");
    assert_string_equal(lemma(l, "Geneva", DYAD_PROPN, "NNP"), "Geneva");
    assert_string_equal(lemma(l, "Kharkiv", DYAD_PROPN, "NNP"), "Kharkiv");
    assert_string_equal(lemma(l, "The", DYAD_DET, "DT"), "the");
    assert_string_equal(lemma(l, "ÉTATS", DYAD_NOUN, "NN"), "états");
    /* Words with digits keep their form; digit-group commas go, as in EWT. */
    assert_string_equal(lemma(l, "2,000", DYAD_NUM, "CD"), "2000");
    assert_string_equal(lemma(l, "01-Feb-02", DYAD_NUM, "CD"), "01-Feb-02");
    assert_string_equal(lemma(l, "F-16s", DYAD_NOUN, "NNS"), "F-16s");
    /* Bad bytes are copied, never read past. */
    assert_string_equal(lemma(l, "\xff\xfe", DYAD_X, "XX"), "\xff\xfe");
    nlp_lemmatizer_free(l);
    dyad_buf_free(&b);
    free(c.sents);
    dyad_document_free(docs[0]);
    free(docs);
}

/* The shipped model's lemmas, through dyad_tag's tags. */
static void test_shipped(void **state) {
    (void)state;
    const char *err;
    dyad_model *m = dyad_model_load(NULL, &err);
    assert_non_null(m);
    static const char *cases[][4] = {
        {"flew", "VERB", "VBD", "fly"},     {"met", "VERB", "VBD", "meet"},
        {"held", "VERB", "VBD", "hold"},    {"held", "VERB", "VBN", "hold"},
        {"troops", "NOUN", "NNS", "troop"}, {"said", "VERB", "VBD", "say"},
        {"was", "AUX", "VBD", "be"},        {"were", "AUX", "VBD", "be"},
        {"Russia", "PROPN", "NNP", "Russia"}, {"Talks", "NOUN", "NNS", "talk"},
        {"casualties", "NOUN", "NNS", "casualty"}, {"shelled", "VERB", "VBD", "shell"},
        {"negotiating", "VERB", "VBG", "negotiate"}, {"stopped", "VERB", "VBD", "stop"},
        {"Ukrainians", "PROPN", "NNPS", "Ukrainian"}, {"better", "ADJ", "JJR", "good"},
        {"drones", "NOUN", "NNS", "drone"}, {"militias", "NOUN", "NNS", "militia"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *got = lemma(m->lemmatizer, cases[i][0], dyad_upos_from_name(cases[i][1]), cases[i][2]);
        if (strcmp(got, cases[i][3]) != 0) fail_msg("%s/%s: lemma %s, want %s", cases[i][0], cases[i][2], got, cases[i][3]);
    }
    dyad_model_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_shipped),
    };
    return cmocka_run_group_tests_name("lemma", tests, NULL, NULL);
}
