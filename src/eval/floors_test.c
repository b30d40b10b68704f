/*
** floors_test.c - accuracy floors in CI: codes the shared gold sets with dyad's model and
** coder, scores them as `dyad eval` does, and fails when a score drops below the floor
** committed in src/eval/floors.txt (one "name value" per line, each explained there).  Also
** fails when the file names a score this test does not compute, or lacks one it does.  Skips
** the scores whose data is absent (a fresh clone has no ../shared).
*/
#include "eval/eval_testing.h"
#include "code/validate.h"
#include "dict/dict.h"
#include "nlp/eval.h"

#define FLOORS_PATH "src/eval/floors.txt"   /* tests run from the top of the source tree */

/* The scores this test checks, in the order of floors.txt. */
static const char *const names[] = {
    "plover_dev_category_accuracy_own", "plover_dev_full_f1_own",
    "plover_dev_category_accuracy_phoenix", "plover_dev_full_f1_phoenix",
    "gsr_dev_full_f1_parse", "gsr_dev_full_f1_text",
    "unit_test_exact_parse", "unit_test_exact_text",
};
#define N_FLOORS (sizeof names / sizeof names[0])

static double floors[N_FLOORS];
static bool floors_read;
static dyad_model *model;

static int floor_index(const char *name) {
    for (size_t i = 0; i < N_FLOORS; i++)
        if (strcmp(names[i], name) == 0) return (int)i;
    return -1;
}

/* Read floors.txt into floors[]: every line a comment, blank, or "name value" of a known name;
   every known name once. */
static void read_floors(void) {
    FILE *f = fopen(FLOORS_PATH, "r");
    if (!f) fail_msg("cannot open %s (tests run from the top of the source tree)", FLOORS_PATH);
    bool seen[N_FLOORS] = {0};
    char line[512];
    for (int n = 1; fgets(line, sizeof line, f); n++) {
        char name[128], extra[2];
        double v;
        const char *p = line + strspn(line, " \t");
        if (*p == '#' || *p == '\n' || *p == 0) continue;
        if (sscanf(p, "%127s %lf %1s", name, &v, extra) != 2)
            fail_msg("%s:%d: not \"name value\": %s", FLOORS_PATH, n, line);
        int k = floor_index(name);
        if (k < 0) fail_msg("%s:%d: no score is called %s", FLOORS_PATH, n, name);
        if (seen[k]) fail_msg("%s:%d: %s given twice", FLOORS_PATH, n, name);
        seen[k] = true;
        floors[k] = v;
    }
    fclose(f);
    for (size_t i = 0; i < N_FLOORS; i++)
        if (!seen[i]) fail_msg("%s gives no floor for %s", FLOORS_PATH, names[i]);
    floors_read = true;
}

/* Fail when score `name` is below its floor; print both. */
static void check(const char *name, double score) {
    if (!floors_read) read_floors();
    int k = floor_index(name);
    assert_true(k >= 0);
    printf("%-40s %8.4f  (floor %g)\n", name, score, floors[k]);
    if (score < floors[k] - 1e-9) fail_msg("%s = %.4f is below its floor %g", name, score, floors[k]);
}

/* Send warnings to /dev/null (the gold files' and dictionaries' known problems are not what
   is tested) until loud(); returns the sink. */
static FILE *quiet(void) {
    FILE *sink = fopen("/dev/null", "w");
    dyad_warn_to(sink);
    return sink;
}

static void loud(FILE *sink) {
    dyad_warn_to(NULL);
    fclose(sink);
}

/* Code and score the gold file at rel (under the shared data) with opt; NULL when absent. */
static dyad_eval_result *score(const char *rel, dyad_eval_coding *opt, dyad_gold **gold, dyad_preds **pred) {
    const char *path = dyad_test_shared(rel);
    if (!path) return NULL;
    FILE *sink = quiet();
    *gold = dyad_gold_read(path);
    assert_non_null(*gold);
    *pred = dyad_eval_predict(*gold, opt);
    loud(sink);
    assert_non_null(*pred);
    return dyad_eval_score(*gold, *pred);
}

static void free_all(dyad_eval_result *r, dyad_gold *g, dyad_preds *p) {
    dyad_eval_result_free(r);
    dyad_preds_free(p);
    dyad_gold_free(g);
}

static void test_floors_file(void **state) {
    (void)state;
    read_floors();
    for (size_t i = 0; i < N_FLOORS; i++) assert_true(floors[i] > 0);
}

/* Score the PLOVER gold coded with dictionary d against the floors named acc and f1. */
static void plover_scores(dyad_dict *d, const char *acc, const char *f1_name) {
    dyad_eval_coding opt = {.model = model, .dict = d};
    dyad_gold *g;
    dyad_preds *p;
    dyad_eval_result *r = score("gold/plover_gsr_cameo.dev.json", &opt, &g, &p);
    if (!r) {
        dyad_dict_free(d);
        skip();
    }
    assert_int_equal(r->scheme, DYAD_EVAL_PLOVER);
    double accuracy = (double)r->event_sentences_correct / (double)r->event_sentences;
    double f1 = dyad_eval_f1(&r->level[DYAD_EVAL_FULL]);
    free_all(r, g, p);
    dyad_dict_free(d);
    check(acc, accuracy);
    check(f1_name, f1);
}

/* PLOVER gold coded with dyad's own dictionaries (dictionaries/, built in). */
static void test_plover_own(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    assert_int_equal(dyad_dict_load_builtin(d), 0);
    plover_scores(d, "plover_dev_category_accuracy_own", "plover_dev_full_f1_own");
}

/* PLOVER gold coded with PETRARCH-2's dictionary set (CAMEO.2.0.txt, Phoenix.*). */
static void test_plover(void **state) {
    (void)state;
    const char *dir = dyad_test_shared("petrarch2/CAMEO.2.0.txt");
    if (!dir) skip();
    char d_path[4096];
    snprintf(d_path, sizeof d_path, "%s", dir);
    *strrchr(d_path, '/') = 0;
    dyad_dict *d = dyad_dict_new();
    FILE *sink = quiet();
    int rc = dyad_dict_load_dir(d, d_path);
    loud(sink);
    assert_true(rc >= 0);
    plover_scores(d, "plover_dev_category_accuracy_phoenix", "plover_dev_full_f1_phoenix");
}

/* PETRARCH-2 gold records with their <Environment> dictionaries (in petrarch2/). */
static void test_gsr(void **state) {
    (void)state;
    const char *dir = dyad_test_shared("petrarch2");
    if (!dir) skip();
    char d_path[4096];
    snprintf(d_path, sizeof d_path, "%s", dir);
    for (int parse = 1; parse >= 0; parse--) {
        dyad_eval_coding opt = {.model = model, .dict_dir = d_path, .use_parse = parse};
        dyad_gold *g;
        dyad_preds *p;
        dyad_eval_result *r = score("gold/petr2_gsr_validation.dev.xml", &opt, &g, &p);
        if (!r) skip();
        assert_int_equal(r->scheme, DYAD_EVAL_CAMEO);
        double f1 = dyad_eval_f1(&r->level[DYAD_EVAL_FULL]);
        free_all(r, g, p);
        check(parse ? "gsr_dev_full_f1_parse" : "gsr_dev_full_f1_text", f1);
    }
}

/* PETRARCH's unit-test records, passed exactly (the measure of `dyad validate`). */
static void test_unit_records(void **state) {
    (void)state;
    const char *path = dyad_test_shared("petrarch2/PETR.UnitTest.records.xml");
    if (!path) skip();
    char xml[4096];
    snprintf(xml, sizeof xml, "%s", path);
    for (int parse = 1; parse >= 0; parse--) {
        dyad_validate_options opt = {.use_parse = parse, .model = model, .analyze = dyad_analyze};
        dyad_validate_result res;
        FILE *sink = quiet();
        int rc = dyad_validate(xml, &opt, &res);
        loud(sink);
        assert_int_equal(rc, 0);
        check(parse ? "unit_test_exact_parse" : "unit_test_exact_text", res.passed);
    }
}

static int setup(void **state) {
    (void)state;
    const char *err = NULL;
    model = dyad_model_load(NULL, &err);
    return model ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    dyad_model_free(model);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_floors_file),
        cmocka_unit_test(test_plover_own),
        cmocka_unit_test(test_plover),
        cmocka_unit_test(test_gsr),
        cmocka_unit_test(test_unit_records),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
