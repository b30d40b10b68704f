/*
** eval_segment_test.c - tests of the segmentation scorer (eval_segment.c) on a small treebank
** written here, against system segmentations built by hand.
*/
#include "util/testing.h"
#include "dyad.h"
#include "nlp/eval.h"

/* Text: "I don't know. Yes" */
static const char *fixture =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Yes\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

static dyad_document *read_gold(void) {
    char path[] = "/tmp/dyad-eval-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, fixture, strlen(fixture)), (ssize_t)strlen(fixture));
    close(fd);
    dyad_document **docs;
    int n = dyad_conllu_read(path, &docs);
    unlink(path);
    assert_int_equal(n, 1);
    dyad_document *d = docs[0];
    free(docs);
    assert_string_equal(d->text, "I don't know. Yes");
    return d;
}

static void test_perfect(void **state) {
    (void)state;
    dyad_document *gold = read_gold();
    dyad_document *sys = dyad_eval_raw_document(gold);
    assert_string_equal(sys->text, gold->text);
    assert_int_equal(sys->n_sentences, 0);
    dyad_segment(sys);
    dyad_segment_eval ev = {0};
    assert_true(dyad_eval_segment(&ev, gold, sys));
    assert_int_equal(ev.tokens.gold, 5);
    assert_int_equal(ev.tokens.correct, 5);
    assert_int_equal(ev.words.gold, 6);
    assert_int_equal(ev.words.system, 6);
    assert_int_equal(ev.words.correct, 6);
    assert_int_equal(ev.sentences.correct, 2);
    assert_true(dyad_eval_f1(&ev.sentences) == 1.0);
    dyad_document_free(sys);
    dyad_document_free(gold);
}

static void test_errors(void **state) {
    (void)state;
    dyad_document *gold = read_gold();
    dyad_document *sys = dyad_eval_raw_document(gold);
    /* one sentence; "don't" as one word; "know." as one token */
    static dyad_token toks[] = {
        {0, 1, 0, 1, true}, {2, 7, 1, 1, true}, {8, 13, 2, 1, true}, {14, 17, 3, 1, true},
    };
    static dyad_word words[] = {
        {.form = "I", .start = 0, .end = 1}, {.form = "don't", .start = 2, .end = 7},
        {.form = "know.", .start = 8, .end = 13}, {.form = "Yes", .start = 14, .end = 17},
    };
    static dyad_sentence sent = {.start = 0, .end = 17, .n_tokens = 4, .n_words = 4, .tokens = toks, .words = words};
    sys->sentences = &sent;
    sys->n_sentences = 1;
    dyad_segment_eval ev = {0};
    assert_true(dyad_eval_segment(&ev, gold, sys));
    assert_int_equal(ev.tokens.gold, 5);
    assert_int_equal(ev.tokens.system, 4);
    assert_int_equal(ev.tokens.correct, 3);   /* I, don't, Yes */
    assert_int_equal(ev.words.gold, 6);
    assert_int_equal(ev.words.system, 4);
    assert_int_equal(ev.words.correct, 2);    /* I, Yes: "don't" shares no form with do + n't */
    assert_int_equal(ev.sentences.gold, 2);
    assert_int_equal(ev.sentences.system, 1);
    assert_int_equal(ev.sentences.correct, 0);
    assert_true(dyad_eval_precision(&ev.tokens) == 0.75);
    assert_true(dyad_eval_recall(&ev.tokens) == 0.6);
    double f1 = dyad_eval_f1(&ev.tokens);
    assert_true(f1 > 0.6666 && f1 < 0.6667);
    dyad_document_free(sys);
    dyad_document_free(gold);
}

static void test_multiword_alignment(void **state) {
    (void)state;
    dyad_document *gold = read_gold();
    dyad_document *sys = dyad_eval_raw_document(gold);
    /* "don't" split differently ("Do" + "n't", case ignored as in CoNLL 2018), "know." split */
    static dyad_token toks[] = {
        {0, 1, 0, 1, true}, {2, 7, 1, 2, true}, {8, 12, 3, 1, false}, {12, 13, 4, 1, true},
    };
    static dyad_word words[] = {
        {.form = "I", .start = 0, .end = 1}, {.form = "DO", .start = 2, .end = 7},
        {.form = "n't", .start = 2, .end = 7}, {.form = "know", .start = 8, .end = 12},
        {.form = ".", .start = 12, .end = 13},
    };
    static dyad_sentence sent = {.start = 0, .end = 13, .n_tokens = 4, .n_words = 5, .tokens = toks, .words = words};
    sys->sentences = &sent;
    sys->n_sentences = 1;
    dyad_segment_eval ev = {0};
    assert_true(dyad_eval_segment(&ev, gold, sys));
    assert_int_equal(ev.words.correct, 5);
    assert_int_equal(ev.sentences.correct, 1);
    assert_int_equal(ev.tokens.correct, 4);
    dyad_document_free(sys);
    dyad_document_free(gold);
}

static void test_different_text(void **state) {
    (void)state;
    dyad_document *gold = read_gold();
    dyad_document *sys = dyad_document_new();
    sys->text = "I do not know. Yes";
    sys->text_len = strlen(sys->text);
    dyad_segment(sys);
    dyad_segment_eval ev = {0};
    assert_false(dyad_eval_segment(&ev, gold, sys));
    assert_int_equal(ev.tokens.gold, 0);
    dyad_eval_count none = {0};
    assert_true(dyad_eval_f1(&none) == 0.0 && dyad_eval_precision(&none) == 0.0);
    dyad_document_free(sys);
    dyad_document_free(gold);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_perfect),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_multiword_alignment),
        cmocka_unit_test(test_different_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
