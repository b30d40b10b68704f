/*
** pred_test.c - tests of the predictions reader (dyad's event JSON Lines) and of taking the
** events of a coded document as predictions.
*/
#include "eval/eval_testing.h"

static void assert_pred(const dyad_pred_event *e, const char *doc_id, const char *source, const char *target,
                        const char *code, long line) {
    assert_string_equal(e->doc_id, doc_id);
    assert_string_equal(e->source, source);
    assert_string_equal(e->target, target);
    assert_string_equal(e->code, code);
    assert_int_equal(e->line, line);
}

/* Read text as predictions; *msgs gets the warnings. */
static dyad_preds *preds_from(const char *text, char **msgs) {
    char path[64];
    write_fixture(path, ".jsonl", text);
    dyad_preds *p = dyad_preds_new();
    capture c;
    start_capture(&c);
    assert_true(dyad_preds_read(p, path));
    *msgs = stop_capture(&c);
    assert_string_equal(p->path, path);
    unlink(path);
    return p;
}

static void test_read(void **state) {
    (void)state;
    char *msgs;
    dyad_preds *p = preds_from(
        "\xEF\xBB\xBF{\"doc_id\":\"s1\",\"doc_date\":\"2022-02-08\",\"sentence\":0,\"source\":{\"text\":\"Macron\",\"code\":\"FRAGOV\","
        "\"country\":\"FRA\"},\"target\":{\"text\":\"Putin\",\"code\":\"RUSGOV\"},\"event_code\":\"042\",\"root_code\":\"04\","
        "\"plover\":\"CONSULT\"}\n"
        "\n"
        "  {\"doc_id\":17,\"source\":null,\"event_code\":\"0841\"}  \n"
        "{\"doc_id\":\"s2\",\"source\":{\"code\":null},\"target\":{\"text\":\"x\"},\"event_code\":\"190\"}\n",
        &msgs);
    assert_string_equal(msgs, "");
    free(msgs);
    assert_int_equal(p->n_events, 3);
    assert_int_equal(p->skipped, 0);
    assert_pred(&p->events[0], "s1", "FRAGOV", "RUSGOV", "042", 1);
    assert_pred(&p->events[1], "17", "", "", "0841", 3);
    assert_pred(&p->events[2], "s2", "", "", "190", 4);
    dyad_preds_free(p);
}

static void test_malformed(void **state) {
    (void)state;
    char *msgs;
    dyad_preds *p = preds_from("{\"doc_id\":\"a\",\"event_code\":\"042\"}\n"        /* 1: good */
                               "{\"doc_id\":\"a\",\"event_code\":\"042\"\n"          /* 2: unclosed */
                               "{\"event_code\":\"042\"}\n"                          /* 3: no doc_id */
                               "{\"doc_id\":\"a\",\"event_code\":42}\n"              /* 4 */
                               "{\"doc_id\":\"a\",\"event_code\":\"042\",\"source\":\"USA\"}\n" /* 5 */
                               "{\"doc_id\":\"a\",\"event_code\":\"042\",\"target\":{\"code\":1}}\n" /* 6 */
                               "{\"doc_id\":true,\"event_code\":\"042\"}\n"          /* 7 */
                               "{\"doc_id\":\"b\",\"event_code\":\"\"}\n"            /* 8 */
                               "\"just a string\"\n"                                 /* 9 */
                               "{\"doc_id\":\"c\",\"event_code\":\"190\"}\r\n",      /* 10: good, CRLF */
                               &msgs);
    const char *expect[] = {
        ":2:32: warning: malformed JSON; record skipped\n",
        ":3:1: warning: no \"doc_id\"; event skipped\n",
        ":4:15: warning: \"event_code\" is not a non-empty string; event skipped\n",
        ":5:34: warning: \"source\" is not an actor object with a \"code\" string; event skipped\n",
        ":6:34: warning: \"target\" is not an actor object with a \"code\" string; event skipped\n",
        ":7:2: warning: \"doc_id\" is neither a non-empty string nor an integer; event skipped\n",
        ":8:15: warning: \"event_code\" is not a non-empty string; event skipped\n",
        ":9:1: warning: a record must be a JSON object; record skipped\n",
    };
    assert_all_in(msgs, expect, sizeof expect / sizeof *expect);
    free(msgs);
    assert_int_equal(p->skipped, 8);
    assert_int_equal(p->n_events, 2);
    assert_pred(&p->events[1], "c", "", "", "190", 10);
    dyad_preds_free(p);

    p = dyad_preds_new();
    capture c;
    start_capture(&c);
    assert_false(dyad_preds_read(p, "/nonexistent/events.jsonl"));
    msgs = stop_capture(&c);
    assert_non_null(strstr(msgs, "/nonexistent/events.jsonl: error: cannot read"));
    free(msgs);
    dyad_preds_free(p);
}

/* The events of a coded document, as `dyad eval` takes them from the coder. */
static void test_document(void **state) {
    (void)state;
    dyad_document *doc = dyad_document_new();
    doc->id = "gold-7";
    doc->n_events = 2;
    doc->events = dyad_arena_alloc(doc->arena, 2 * sizeof *doc->events);
    doc->events[0].source.code = "FRAGOV";
    doc->events[0].target.code = "RUSGOV";
    doc->events[0].code = "036";
    doc->events[1].source.code = "---";
    doc->events[1].code = "190";
    dyad_preds *p = dyad_preds_new();
    dyad_preds_add_document(p, doc);
    for (int i = 0; i < 70; i++) dyad_preds_add(p, "x", "A", "B", "010", i);  /* grows the array */
    assert_int_equal(p->n_events, 72);
    assert_pred(&p->events[0], "gold-7", "FRAGOV", "RUSGOV", "036", 0);
    assert_pred(&p->events[1], "gold-7", "---", "", "190", 0);
    assert_pred(&p->events[71], "x", "A", "B", "010", 69);
    dyad_preds_free(p);
    dyad_document_free(doc);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
