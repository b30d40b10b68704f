/*
** report_test.c - tests of the eval report: the JSON object's shape and figures, and the text
** tables and mismatch listing.
*/
#include <cjson/cJSON.h>
#include "eval/eval_testing.h"

static const char *gold_text =
    "{\"id\":\"g1\",\"text\":\"The US envoy visited Moscow.\",\"events\":[{\"source\":\"USA\",\"target\":\"RUS\",\"code\":\"042\"}]}\n"
    "{\"id\":\"g2\",\"text\":\"Nothing at all.\",\"events\":[]}\n"
    "{\"id\":\"g3\",\"text\":\"France criticized Germany.\",\"events\":[{\"source\":\"FRA\",\"target\":\"DEU\",\"code\":\"111\"}]}\n";

typedef struct fixture {
    dyad_gold *g;
    dyad_preds *p;
    dyad_eval_result *r;
} fixture;

static int setup(void **state) {
    fixture *f = calloc(1, sizeof *f);
    f->g = gold_clean(gold_text);
    f->p = dyad_preds_new();
    dyad_preds_add(f->p, "g1", "USA", "RUS", "042", 1);
    dyad_preds_add(f->p, "g2", "USA", "RUS", "010", 2);
    dyad_preds_add(f->p, "g3", "DEU", "FRA", "111", 3);
    f->r = dyad_eval_score(f->g, f->p);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture *f = *state;
    dyad_eval_result_free(f->r);
    dyad_preds_free(f->p);
    dyad_gold_free(f->g);
    free(f);
    return 0;
}

/* The report as a string (free it). */
static char *report(const fixture *f, bool json, bool errors) {
    char *out = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&out, &len);
    dyad_eval_report rep = {"gold.jsonl", "events.jsonl", f->g, errors};
    if (json) dyad_eval_write_json(m, f->r, &rep);
    else dyad_eval_write_text(m, f->r, &rep);
    fclose(m);
    return out;
}

static double number(const cJSON *o, const char *path) {
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    const cJSON *v = o;
    for (char *save = NULL, *k = strtok_r(buf, ".", &save); k; k = strtok_r(NULL, ".", &save)) {
        v = cJSON_GetObjectItemCaseSensitive(v, k);
        if (!v) fail_msg("no %s", path);
    }
    if (!cJSON_IsNumber(v)) fail_msg("%s is not a number", path);
    return v->valuedouble;
}

static void test_json(void **state) {
    fixture *f = *state;
    char *out = report(f, true, false);
    cJSON *o = cJSON_Parse(out);
    assert_non_null(o);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "gold"), "scheme")->valuestring, "cameo");
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "gold"), "format")->valuestring,
                        "dyad gold JSON Lines");
    assert_int_equal(number(o, "gold.sentences"), 3);
    assert_int_equal(number(o, "gold.events"), 2);
    assert_int_equal(number(o, "gold.no_event_sentences"), 1);
    assert_int_equal(number(o, "predictions.events"), 3);
    assert_int_equal(number(o, "predictions.unknown_id_events"), 0);
    assert_int_equal(number(o, "levels.category.gold"), 2);
    assert_int_equal(number(o, "levels.category.predicted"), 3);
    assert_int_equal(number(o, "levels.category.correct"), 2);
    assert_true(number(o, "levels.category.precision") == 0.666667);
    assert_true(number(o, "levels.category.recall") == 1);
    assert_true(number(o, "levels.category.f1") == 0.8);
    assert_int_equal(number(o, "levels.category_country.correct"), 1);
    assert_true(number(o, "levels.full.precision") == 0.333333);
    assert_true(number(o, "levels.full.f1") == 0.4);
    assert_int_equal(number(o, "category_accuracy.sentences"), 2);
    assert_true(number(o, "category_accuracy.accuracy") == 1);
    assert_int_equal(number(o, "no_event.false_alarms"), 1);
    assert_int_equal(number(o, "categories.11.category.correct"), 1);
    assert_int_equal(number(o, "categories.11.full.correct"), 0);
    /* precision of a category nothing was predicted in is undefined: null */
    const cJSON *c01 = cJSON_GetObjectItem(cJSON_GetObjectItem(o, "categories"), "01");
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(c01, "category"), "recall")));
    const cJSON *conf = cJSON_GetObjectItem(o, "confusion");
    const cJSON *labels = cJSON_GetObjectItem(conf, "labels"), *rows = cJSON_GetObjectItem(conf, "rows");
    assert_int_equal(cJSON_GetArraySize(labels), 4);
    assert_string_equal(cJSON_GetArrayItem(labels, 0)->valuestring, "01");
    assert_string_equal(cJSON_GetArrayItem(labels, 3)->valuestring, "none");
    assert_int_equal(cJSON_GetArraySize(rows), 4);
    assert_int_equal(cJSON_GetArrayItem(cJSON_GetArrayItem(rows, 3), 0)->valueint, 1);  /* none -> 01 */
    assert_int_equal(cJSON_GetArrayItem(cJSON_GetArrayItem(rows, 1), 1)->valueint, 1);  /* 04 -> 04 */
    assert_int_equal(cJSON_GetArrayItem(cJSON_GetArrayItem(rows, 2), 2)->valueint, 1);  /* 11 -> 11 */
    assert_null(cJSON_GetObjectItem(o, "errors"));
    cJSON_Delete(o);
    free(out);

    out = report(f, true, true);
    o = cJSON_Parse(out);
    const cJSON *errors = cJSON_GetObjectItem(o, "errors");
    assert_int_equal(cJSON_GetArraySize(errors), 2);
    const cJSON *e = cJSON_GetArrayItem(errors, 1);
    assert_string_equal(cJSON_GetObjectItem(e, "id")->valuestring, "g3");
    assert_string_equal(cJSON_GetObjectItem(e, "text")->valuestring, "France criticized Germany.");
    const cJSON *gold = cJSON_GetArrayItem(cJSON_GetObjectItem(e, "gold"), 0);
    const cJSON *pred = cJSON_GetArrayItem(cJSON_GetObjectItem(e, "predicted"), 0);
    assert_string_equal(cJSON_GetObjectItem(gold, "match")->valuestring, "category");
    assert_string_equal(cJSON_GetObjectItem(pred, "source")->valuestring, "DEU");
    assert_int_equal(cJSON_GetObjectItem(pred, "line")->valueint, 3);
    e = cJSON_GetArrayItem(errors, 0);
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(e, "no_event")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(e, "predicted"), 0), "match")));
    cJSON_Delete(o);
    free(out);
}

static void test_text(void **state) {
    fixture *f = *state;
    char *out = report(f, false, true);
    const char *expect[] = {
        "gold:        gold.jsonl (dyad gold JSON Lines; CAMEO codes, category = root code)\n",
        "predictions: events.jsonl\n",
        "sentences:   3, 1 without a gold event\n",
        "category                          2      3        2      0.667   1.000   0.800\n",
        "full (source, target, code)       2      3        1      0.333   0.500   0.400\n",
        "category accuracy where gold has an event: 2 of 2 sentences (100.0%)\n",
        "false alarms where gold has no event:      1 of 1 sentences\n",
        "01                0      1        0      0.000       -   0.000      0\n",
        "none    1    .    .     \n",
        "mismatches: 2 sentences\n",
        "g2 (line 2): Nothing at all.\n  gold says: no event\n  pred USA -> RUS  010 [01]  FALSE ALARM\n",
        "  gold FRA -> DEU  111 [11]  category only\n  pred DEU -> FRA  111 [11]  category only\n",
    };
    assert_all_in(out, expect, sizeof expect / sizeof *expect);
    assert_null(strstr(out, "g1 (line 1)"));
    free(out);
    out = report(f, false, false);
    assert_null(strstr(out, "mismatches"));
    free(out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_json, setup, teardown),
        cmocka_unit_test_setup_teardown(test_text, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
