/*
** predict_test.c - tests of dyad_eval_predict: coding the gold sentences with dyad's own front
** end and coder (JSON gold from text; PETRARCH XML records from their text or their own
** trees, with the dictionaries their <Environment> names), and the cases it refuses.
*/
#include "eval/eval_testing.h"
#include "dict/dict.h"

static const char *verbs = "--- CRITICIZE [121] ---\nCRITICIZE\n- HEAVILY_* [122]\n";
static const char *actors = "ARNOR [ARN]\nGONDOR [GON]\n";

static dyad_dict *small_dict(void) {
    dyad_dict *d = dyad_dict_new();
    assert_true(dyad_dict_load_text(d, DYAD_DICT_VERBS, "verbs", verbs, strlen(verbs)) >= 0);
    assert_true(dyad_dict_load_text(d, DYAD_DICT_ACTORS, "actors", actors, strlen(actors)) >= 0);
    return d;
}

/* The predicted events of sentence id, as "SOURCE TARGET CODE" lines in order. */
static const char *events_of(const dyad_preds *p, const char *id) {
    static char buf[1024];
    buf[0] = 0;
    for (int i = 0; i < p->n_events; i++)
        if (strcmp(p->events[i].doc_id, id) == 0)
            snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s %s %s\n", p->events[i].source,
                     p->events[i].target, p->events[i].code);
    return buf;
}

static void test_json(void **state) {
    (void)state;
    const char *err = NULL;
    dyad_model *m = dyad_model_load(NULL, &err);
    assert_non_null(m);
    dyad_dict *d = small_dict();
    dyad_gold *g = gold_clean(
        "{\"id\": \"a\", \"text\": \"Arnor criticized Gondor.\", \"events\": [{\"source\": \"ARN\", "
        "\"target\": \"GON\", \"code\": \"121\"}]}\n"
        "{\"id\": \"b\", \"text\": \"Gondor heavily criticized Arnor.\", \"events\": [{\"source\": \"GON\", "
        "\"target\": \"ARN\", \"code\": \"121\"}]}\n"
        "{\"id\": \"c\", \"text\": \"The talks lasted five hours.\", \"events\": []}\n");
    dyad_eval_coding opt = {.model = m, .dict = d};
    dyad_preds *p = dyad_eval_predict(g, &opt);
    assert_non_null(p);
    assert_string_equal(events_of(p, "a"), "ARN GON 121\n");
    assert_string_equal(events_of(p, "b"), "GON ARN 122\n");
    assert_string_equal(events_of(p, "c"), "");
    dyad_eval_result *r = dyad_eval_score(g, p);
    assert_int_equal(r->level[DYAD_EVAL_FULL].correct, 1);
    assert_int_equal(r->level[DYAD_EVAL_CATEGORY].correct, 2);
    assert_int_equal(r->no_event_false_alarms, 0);
    dyad_eval_result_free(r);
    dyad_preds_free(p);

    /* what it refuses: parse trees of JSON gold, JSON gold without dictionaries or model */
    dyad_eval_coding bad = {.model = m, .dict = d, .use_parse = true};
    assert_null(dyad_eval_predict(g, &bad));
    bad = (dyad_eval_coding){.model = m};
    assert_null(dyad_eval_predict(g, &bad));
    bad = (dyad_eval_coding){.dict = d};
    assert_null(dyad_eval_predict(g, &bad));
    dyad_gold_free(g);
    dyad_dict_free(d);
    dyad_model_free(m);
}

/* Write the small dictionaries as files in /tmp ("/tmp/dyad-eval-..."); the XML's
   <Environment> names them without their folder. */
static void write_dicts(char v[64], char a[64]) {
    write_fixture(v, ".verbs.txt", verbs);
    write_fixture(a, ".actors.txt", actors);
}

static void test_petr(void **state) {
    (void)state;
    char v[64], a[64], xml[64], buf[4096];
    write_dicts(v, a);
    const char *tree = "(ROOT (S (NP (NNP Gondor)) (VP (VBD criticized) (NP (NNP Arnor))) (. .)))";
    snprintf(buf, sizeof buf,
             "<Validation><Environment><Verbfile>%s</Verbfile><Actorfile>%s</Actorfile></Environment>\n"
             "<Sentences>\n"
             "<Sentence date=\"20220208\" id=\"T-1\" category=\"DEMO\">\n"
             "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"121\"/>\n"
             "<Text>Arnor criticized Gondor.</Text>\n"
             "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD criticized) (NP (NNP Gondor))) (. .)))</Parse>\n"
             "</Sentence>\n"
             "<Sentence date=\"20220208\" id=\"T-1\" category=\"DEMO\">\n"
             "<EventCoding sourcecode=\"GON\" targetcode=\"ARN\" eventcode=\"121\"/>\n"
             "<Text>Gondor criticized Arnor.</Text>\n<Parse>%s</Parse>\n"
             "</Sentence>\n"
             "<Sentence date=\"20220208\" id=\"T-3\" category=\"DEMO\">\n"
             "<EventCoding error=\"dateline\"/>\n"
             "<Text>MINAS TIRITH, Gondor (AP) - Gondor criticized Arnor.</Text>\n<Parse>%s</Parse>\n"
             "</Sentence></Sentences></Validation>\n", v + 5, a + 5, tree, tree);
    write_fixture(xml, ".xml", buf);
    char *msgs;
    dyad_gold *g = gold_read_capturing(xml, &msgs);
    free(msgs);     /* the repeated id T-1 is reported and renamed T-1#2 */
    assert_non_null(g);
    assert_non_null(g->petr);
    assert_int_equal(g->n_sentences, 3);
    assert_int_equal(g->sentences[1].record, 1);
    const char *err = NULL;
    dyad_model *m = dyad_model_load(NULL, &err);
    assert_non_null(m);
    for (int trees = 0; trees < 2; trees++) {
        dyad_eval_coding opt = {.model = trees ? NULL : m, .dict_dir = "/tmp", .use_parse = trees};
        dyad_preds *p = dyad_eval_predict(g, &opt);
        assert_non_null(p);
        assert_string_equal(events_of(p, "T-1"), "ARN GON 121\n");
        assert_string_equal(events_of(p, "T-1#2"), "GON ARN 121\n");
        assert_string_equal(events_of(p, "T-3"), "");   /* the dateline rejects it */
        dyad_eval_result *r = dyad_eval_score(g, p);
        assert_int_equal(r->level[DYAD_EVAL_FULL].correct, 2);
        assert_int_equal(r->no_event_false_alarms, 0);
        dyad_eval_result_free(r);
        dyad_preds_free(p);
    }
    /* dictionaries given replace the <Environment> ones: with no verb, nothing is coded */
    dyad_dict *d = dyad_dict_new();
    assert_true(dyad_dict_load_text(d, DYAD_DICT_ACTORS, "actors", actors, strlen(actors)) >= 0);
    dyad_eval_coding opt = {.model = m, .dict = d};
    dyad_preds *p = dyad_eval_predict(g, &opt);
    assert_non_null(p);
    assert_int_equal(p->n_events, 0);
    dyad_preds_free(p);
    dyad_dict_free(d);
    /* a missing dictionary file */
    opt = (dyad_eval_coding){.model = m, .dict_dir = "/nonexistent"};
    capture c;
    start_capture(&c);
    assert_null(dyad_eval_predict(g, &opt));
    free(stop_capture(&c));
    dyad_model_free(m);
    dyad_gold_free(g);
    unlink(xml);
    unlink(v);
    unlink(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_petr),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
