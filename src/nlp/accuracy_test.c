/*
** accuracy_test.c - the shipped model's accuracy on UD English EWT test (gold tokenization)
** must not fall below the floors committed here (a little under what models/train.sh gives;
** see README).  Skips when the shared treebanks are absent.
*/
#include "util/testing.h"
#include "dyad.h"
#include "nlp/nlp.h"

/*
** Floors in percent, UD English EWT 2.16 test, CoNLL 2018 scorer conventions: about 0.3 under
** what the shipped model scores greedily (UPOS 95.31, XPOS 94.57, lemma 97.1, UAS 85.2, LAS
** 82.0).  With a beam of 8 (UAS 86.26, LAS 83.12) the floors are the project's targets, UAS
** 86.0 and LAS 83.0.  Raise these with the model.
*/
#define FLOOR_UPOS 95.0
#define FLOOR_XPOS 94.3
#define FLOOR_LEMMA 96.8
#define FLOOR_UAS 84.9
#define FLOOR_LAS 81.6
#define FLOOR_BEAM_UAS 86.0
#define FLOOR_BEAM_LAS 83.0

static void test_ewt(void **state) {
    (void)state;
    const char *path = dyad_test_shared("ud/ewt/en_ewt-ud-test.conllu");
    if (!path) skip();
    const char *err;
    dyad_model *m = dyad_model_load(NULL, &err);
    assert_non_null(m);
    dyad_document **docs;
    int n = dyad_conllu_read(path, &docs);
    assert_true(n > 0);
    dyad_parse_eval e = dyad_parse_eval_documents(m, docs, n);
    dyad_parse_eval_print(stdout, "EWT test", &e);
    assert_int_equal(e.words, 25094);
    assert_true(dyad_parse_eval_pct(&e, e.upos) >= FLOOR_UPOS);
    assert_true(dyad_parse_eval_pct(&e, e.xpos) >= FLOOR_XPOS);
    assert_true(dyad_parse_eval_pct(&e, e.lemma) >= FLOOR_LEMMA);
    assert_true(dyad_parse_eval_pct(&e, e.uas) >= FLOOR_UAS);
    assert_true(dyad_parse_eval_pct(&e, e.las) >= FLOOR_LAS);
    /* Beam search changes only the trees: the tags and lemmas are the greedy run's. */
    assert_true(dyad_model_set_beam(m, 8));
    dyad_parse_eval b = dyad_parse_eval_documents(m, docs, n);
    dyad_parse_eval_print(stdout, "EWT test, beam of 8", &b);
    assert_int_equal(b.upos, e.upos);
    assert_int_equal(b.lemma, e.lemma);
    assert_true(dyad_parse_eval_pct(&b, b.uas) >= FLOOR_BEAM_UAS);
    assert_true(dyad_parse_eval_pct(&b, b.las) >= FLOOR_BEAM_LAS);
    for (int i = 0; i < n; i++) dyad_document_free(docs[i]);
    free(docs);
    dyad_model_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ewt),
    };
    return cmocka_run_group_tests_name("accuracy", tests, NULL, NULL);
}
