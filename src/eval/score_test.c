/*
** score_test.c - tests of the event scoring: hand-made gold and predictions with precision,
** recall and F1 worked out by hand, duplicates, empty sides, no-event sentences, per-category
** counts, the confusion table and the PLOVER mapping.
*/
#include <math.h>
#include "eval/eval_testing.h"

/* Count of category name at level, or a failed test when the category is absent. */
static const dyad_eval_count *cat(const dyad_eval_result *r, const char *name, int level) {
    for (int c = 0; c < r->n_categories; c++)
        if (strcmp(r->categories[c], name) == 0) return &r->per_category[c * DYAD_EVAL_LEVELS + level];
    fail_msg("no category %s", name);
    return NULL;
}

static int cat_index(const dyad_eval_result *r, const char *name) {
    if (!name) return r->n_categories; /* "none" */
    for (int c = 0; c < r->n_categories; c++)
        if (strcmp(r->categories[c], name) == 0) return c;
    fail_msg("no category %s", name);
    return -1;
}

/* Confusion count of (gold category, predicted category); NULL is "none". */
static long confusion(const dyad_eval_result *r, const char *gold, const char *pred) {
    return r->confusion[cat_index(r, gold) * (r->n_categories + 1) + cat_index(r, pred)];
}

static long confusion_total(const dyad_eval_result *r) {
    long t = 0;
    for (int i = 0; i < (r->n_categories + 1) * (r->n_categories + 1); i++) t += r->confusion[i];
    return t;
}

static void assert_count(const dyad_eval_count *c, long gold, long system, long correct) {
    assert_int_equal(c->gold, gold);
    assert_int_equal(c->system, system);
    assert_int_equal(c->correct, correct);
}

static void assert_near(double x, double y) {
    if (fabs(x - y) > 1e-9) fail_msg("%.12f != %.12f", x, y);
}

static dyad_eval_result *score_capturing(const dyad_gold *g, const dyad_preds *p, char **msgs) {
    capture c;
    start_capture(&c);
    dyad_eval_result *r = dyad_eval_score(g, p);
    *msgs = stop_capture(&c);
    return r;
}

/* ------------------------------------------------------------- CAMEO */

static const char *cameo_gold =
    "{\"id\":\"s1\",\"text\":\"Gondor met Arnor.\",\"events\":[{\"source\":\"USAGOV\",\"target\":\"RUSGOV\",\"code\":\"042\"}]}\n"
    "{\"id\":\"s2\",\"text\":\"Nothing happened.\",\"events\":[]}\n"
    "{\"id\":\"s3\",\"text\":\"Two attacks.\",\"events\":[{\"source\":\"ISRMIL\",\"target\":\"PSE\",\"code\":\"190\"},"
    "{\"source\":\"ISRMIL\",\"target\":\"PSE\",\"code\":\"190\"}]}\n"
    "{\"id\":\"s4\",\"text\":\"France criticized Germany.\",\"events\":[{\"source\":\"FRA\",\"target\":\"DEU\",\"code\":\"111\"}]}\n"
    "{\"id\":\"s5\",\"text\":\"China threatened Japan.\",\"events\":[{\"source\":\"CHN\",\"target\":\"JPN\",\"code\":\"130\"}]}\n"
    "{\"id\":\"s6\",\"text\":\"Russia arrested Ukrainians.\",\"events\":[{\"source\":\"RUS\",\"target\":\"UKR\",\"code\":\"173\"}]}\n";

static dyad_preds *cameo_preds(void) {
    dyad_preds *p = dyad_preds_new();
    dyad_preds_add(p, "s1", "USAGOV", "RUSGOV", "042", 1);  /* full match */
    dyad_preds_add(p, "s2", "USA", "RUS", "010", 2);        /* false alarm: gold says no event */
    dyad_preds_add(p, "s3", "ISRMIL", "PSE", "190", 3);     /* duplicates: two match, */
    dyad_preds_add(p, "s3", "ISRMIL", "PSE", "190", 4);
    dyad_preds_add(p, "s3", "ISRMIL", "PSE", "190", 5);     /* the third is a false alarm */
    dyad_preds_add(p, "s4", "FRA", "DEU", "112", 6);        /* category and country, not code */
    dyad_preds_add(p, "s4", "DEU", "FRA", "111", 7);        /* false alarm in the same category */
    dyad_preds_add(p, "s6", "RUS", "UKR", "190", 8);        /* wrong category */
    dyad_preds_add(p, "zz", "RUS", "UKR", "190", 9);        /* no such sentence */
    return p;
}

static void test_cameo_counts(void **state) {
    (void)state;
    dyad_gold *g = gold_clean(cameo_gold);
    assert_int_equal(g->scheme, DYAD_EVAL_CAMEO);
    dyad_preds *p = cameo_preds();
    char *msgs;
    dyad_eval_result *r = score_capturing(g, p, &msgs);
    assert_non_null(strstr(msgs, "predictions:9: warning: doc_id zz is not a sentence id"));

    assert_int_equal(r->sentences, 6);
    assert_int_equal(r->gold_events, 6);
    assert_int_equal(r->pred_events, 8);
    assert_int_equal(r->unknown_id_events, 1);
    assert_int_equal(r->unscored_events, 0);
    /* category: s1 1, s3 2, s4 1 correct */
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 6, 8, 4);
    assert_count(&r->level[DYAD_EVAL_COUNTRY], 6, 8, 4);
    assert_count(&r->level[DYAD_EVAL_FULL], 6, 8, 3);
    assert_near(dyad_eval_precision(&r->level[DYAD_EVAL_CATEGORY]), 0.5);
    assert_near(dyad_eval_recall(&r->level[DYAD_EVAL_CATEGORY]), 4.0 / 6);
    assert_near(dyad_eval_f1(&r->level[DYAD_EVAL_CATEGORY]), 2 * 0.5 * (4.0 / 6) / (0.5 + 4.0 / 6));
    assert_near(dyad_eval_f1(&r->level[DYAD_EVAL_FULL]), 6.0 / 14);

    /* s1, s3, s4 have their gold category among the predicted ones; s5 and s6 do not */
    assert_int_equal(r->event_sentences, 5);
    assert_int_equal(r->event_sentences_correct, 3);
    assert_int_equal(r->no_event_sentences, 1);
    assert_int_equal(r->no_event_false_alarms, 1);

    assert_int_equal(r->n_categories, 6);
    assert_string_equal(r->categories[0], "01");
    assert_string_equal(r->categories[5], "19");
    assert_count(cat(r, "01", DYAD_EVAL_CATEGORY), 0, 1, 0);
    assert_count(cat(r, "04", DYAD_EVAL_FULL), 1, 1, 1);
    assert_count(cat(r, "11", DYAD_EVAL_CATEGORY), 1, 2, 1);
    assert_count(cat(r, "11", DYAD_EVAL_COUNTRY), 1, 2, 1);
    assert_count(cat(r, "11", DYAD_EVAL_FULL), 1, 2, 0);
    assert_count(cat(r, "13", DYAD_EVAL_CATEGORY), 1, 0, 0);
    assert_count(cat(r, "17", DYAD_EVAL_CATEGORY), 1, 0, 0);
    assert_count(cat(r, "19", DYAD_EVAL_CATEGORY), 2, 4, 2);
    assert_count(cat(r, "19", DYAD_EVAL_FULL), 2, 4, 2);

    assert_int_equal(confusion(r, "04", "04"), 1);
    assert_int_equal(confusion(r, NULL, "01"), 1);   /* s2 */
    assert_int_equal(confusion(r, "19", "19"), 2);   /* s3 */
    assert_int_equal(confusion(r, NULL, "19"), 1);   /* s3's extra one */
    assert_int_equal(confusion(r, "11", "11"), 1);   /* s4 */
    assert_int_equal(confusion(r, NULL, "11"), 1);
    assert_int_equal(confusion(r, "13", NULL), 1);   /* s5: missed */
    assert_int_equal(confusion(r, "17", "19"), 1);   /* s6: one gold, one predicted */
    assert_int_equal(confusion(r, "17", NULL), 0);
    assert_int_equal(confusion_total(r), 9);

    /* what --errors shows: the match of each event */
    const dyad_eval_sentence *s4 = &r->sentence[3];
    assert_string_equal(s4->gold->id, "s4");
    assert_int_equal(s4->n_pred, 2);
    assert_int_equal(s4->gold_events[0].match, DYAD_EVAL_COUNTRY);
    assert_int_equal(s4->gold_events[0].partner, 0);
    assert_int_equal(s4->pred_events[0].match, DYAD_EVAL_COUNTRY);
    assert_int_equal(s4->pred_events[1].match, -1);
    assert_int_equal(s4->pred_events[1].line, 7);
    const dyad_eval_sentence *s3 = &r->sentence[2];
    assert_int_equal(s3->pred_events[0].match, DYAD_EVAL_FULL);
    assert_int_equal(s3->pred_events[1].match, DYAD_EVAL_FULL);
    assert_int_equal(s3->pred_events[2].match, -1);
    assert_int_equal(s3->gold_events[0].partner, 0);
    assert_int_equal(s3->gold_events[1].partner, 1);

    free(msgs);
    dyad_eval_result_free(r);
    dyad_preds_free(p);
    dyad_gold_free(g);
}

/* Finer matches are made first, so that a coarse match does not take a finer one's partner. */
static void test_finest_first(void **state) {
    (void)state;
    dyad_gold *g = gold_clean(
        "{\"id\":\"a\",\"text\":\"x\",\"events\":[{\"source\":\"USA\",\"target\":\"RUS\",\"code\":\"042\"},"
        "{\"source\":\"CHN\",\"target\":\"JPN\",\"code\":\"043\"}]}\n");
    dyad_preds *p = dyad_preds_new();
    dyad_preds_add(p, "a", "CHN", "KOR", "040", 0);   /* category 04, source country CHN */
    dyad_preds_add(p, "a", "CHN", "JPN", "043", 0);   /* the second gold event exactly */
    dyad_eval_result *r = dyad_eval_score(g, p);
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 2, 2, 2);
    assert_count(&r->level[DYAD_EVAL_COUNTRY], 2, 2, 1);
    assert_count(&r->level[DYAD_EVAL_FULL], 2, 2, 1);
    const dyad_eval_sentence *s = &r->sentence[0];
    assert_int_equal(s->gold_events[1].match, DYAD_EVAL_FULL);
    assert_int_equal(s->gold_events[1].partner, 1);
    assert_int_equal(s->gold_events[0].match, DYAD_EVAL_CATEGORY);
    assert_int_equal(s->gold_events[0].partner, 0);
    assert_int_equal(confusion(r, "04", "04"), 2);
    assert_int_equal(confusion_total(r), 2);
    dyad_eval_result_free(r);
    dyad_preds_free(p);
    dyad_gold_free(g);
}

/* "" and "---" are both no actor; actor codes compare without case; the code must be equal. */
static void test_actor_codes(void **state) {
    (void)state;
    dyad_gold *g = gold_clean(
        "{\"id\":\"a\",\"text\":\"x\",\"events\":[{\"source\":\"IRQCVLkur\",\"code\":\"0841\"}]}\n"
        "{\"id\":\"b\",\"text\":\"y\",\"events\":[{\"source\":\"---REB\",\"target\":\"SYR\",\"code\":\"190\"}]}\n"
        "{\"id\":\"c\",\"text\":\"z\",\"events\":[{\"source\":\"US\",\"target\":\"SYR\",\"code\":\"190\"}]}\n");
    assert_string_equal(g->sentences[0].events[0].target, "");
    dyad_preds *p = dyad_preds_new();
    dyad_preds_add(p, "a", "IRQCVLKUR", "---", "0841", 0);
    dyad_preds_add(p, "b", "---REB", "SYR", "19", 0);    /* the root code is not the code */
    dyad_preds_add(p, "c", "USA", "SYR", "190", 0);      /* "US" is not USA's country */
    dyad_eval_result *r = dyad_eval_score(g, p);
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 3, 3, 3);
    assert_count(&r->level[DYAD_EVAL_COUNTRY], 3, 3, 2);
    assert_count(&r->level[DYAD_EVAL_FULL], 3, 3, 1);
    assert_int_equal(r->sentence[0].gold_events[0].match, DYAD_EVAL_FULL);
    assert_int_equal(r->sentence[1].gold_events[0].match, DYAD_EVAL_COUNTRY);
    assert_int_equal(r->sentence[2].gold_events[0].match, DYAD_EVAL_CATEGORY);
    dyad_eval_result_free(r);
    dyad_preds_free(p);
    dyad_gold_free(g);
}

/* No predictions at all; and predictions where the gold has no event at all. */
static void test_empty_sides(void **state) {
    (void)state;
    dyad_gold *g = gold_clean(cameo_gold);
    dyad_preds *none = dyad_preds_new();
    dyad_eval_result *r = dyad_eval_score(g, none);
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 6, 0, 0);
    assert_count(&r->level[DYAD_EVAL_FULL], 6, 0, 0);
    assert_near(dyad_eval_recall(&r->level[DYAD_EVAL_FULL]), 0);
    assert_near(dyad_eval_f1(&r->level[DYAD_EVAL_FULL]), 0);
    assert_int_equal(r->event_sentences_correct, 0);
    assert_int_equal(r->no_event_false_alarms, 0);
    assert_int_equal(confusion(r, "19", NULL), 2);
    assert_int_equal(confusion_total(r), 6);
    dyad_eval_result_free(r);
    dyad_gold_free(g);

    g = gold_clean("{\"id\":\"q\",\"text\":\"Quiet.\",\"events\":[]}\n"
                   "{\"id\":\"r\",\"text\":\"Calm.\",\"events\":[]}\n");
    assert_true(g->sentences[0].no_event);
    r = dyad_eval_score(g, none);
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 0, 0, 0);
    assert_int_equal(r->n_categories, 0);
    assert_int_equal(r->confusion[0], 0);
    assert_int_equal(r->event_sentences, 0);
    assert_int_equal(r->no_event_sentences, 2);
    assert_int_equal(r->no_event_false_alarms, 0);
    dyad_eval_result_free(r);

    dyad_preds *p = dyad_preds_new();
    dyad_preds_add(p, "r", "USA", "RUS", "173", 0);
    dyad_preds_add(p, "r", "USA", "RUS", "173", 0);
    r = dyad_eval_score(g, p);
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 0, 2, 0);
    assert_near(dyad_eval_precision(&r->level[DYAD_EVAL_CATEGORY]), 0);
    assert_int_equal(r->no_event_false_alarms, 1);
    assert_int_equal(confusion(r, NULL, "17"), 2);
    dyad_eval_result_free(r);
    dyad_preds_free(p);
    dyad_preds_free(none);
    dyad_gold_free(g);
}

/* Codes outside the codebook (PETRARCH's unit tests) take their first two digits as category. */
static void test_unlisted_codes(void **state) {
    (void)state;
    char buf[3];
    assert_string_equal(dyad_eval_category(DYAD_EVAL_CAMEO, "0841", buf), "08");
    assert_string_equal(dyad_eval_category(DYAD_EVAL_CAMEO, "174K", buf), "17");
    assert_string_equal(dyad_eval_category(DYAD_EVAL_CAMEO, "903", buf), "90");
    assert_string_equal(dyad_eval_category(DYAD_EVAL_CAMEO, "7", buf), "7");
    assert_null(dyad_eval_category(DYAD_EVAL_CAMEO, "", buf));
    assert_string_equal(dyad_eval_category(DYAD_EVAL_PLOVER, "036", buf), "AGREE");
    assert_string_equal(dyad_eval_category(DYAD_EVAL_PLOVER, "1952", buf), "ASSAULT"); /* nearest: 195 */
    assert_string_equal(dyad_eval_category(DYAD_EVAL_PLOVER, "0874", buf), "RETREAT"); /* nearest: 087 */
    assert_null(dyad_eval_category(DYAD_EVAL_PLOVER, "010", buf));
    assert_null(dyad_eval_category(DYAD_EVAL_PLOVER, "0251", buf));
    assert_string_equal(dyad_eval_category(DYAD_EVAL_PLOVER, "DEMAND", buf), "REQUEST");
    assert_string_equal(dyad_eval_category(DYAD_EVAL_PLOVER, "fight", buf), "ASSAULT");
    assert_string_equal(dyad_eval_category(DYAD_EVAL_PLOVER, "CRIME", buf), "CRIME");
    assert_null(dyad_eval_plover_name("CRIME"));
    assert_string_equal(dyad_eval_plover_name("Investigate"), "ACCUSE");
    assert_string_equal(dyad_eval_plover_name("DISAPPROVE"), "ACCUSE");
    assert_string_equal(dyad_eval_plover_name("COOPERATE"), "COOPERATE");
}

/* ------------------------------------------------------------- PLOVER */

static void test_plover(void **state) {
    (void)state;
    char *msgs;
    dyad_gold *g = gold_from(
        "{\"id\":\"p1\",\"text\":\"They agreed.\",\"events\":[{\"source\":\"HUN\",\"target\":\"ROU\",\"code\":\"AGREE\"}]}\n"
        "{\"id\":\"p2\",\"text\":\"They demanded.\",\"events\":[{\"source\":\"PSE\",\"target\":\"ISR\",\"code\":\"DEMAND\"}]}\n"
        "{\"id\":\"p3\",\"text\":\"A visit.\",\"events\":[{\"source\":\"USA\",\"target\":\"CHN\",\"code\":\"042\"},"
        "{\"source\":\"USA\",\"target\":\"CHN\",\"code\":\"020\"}]}\n",
        ".jsonl", &msgs);
    assert_non_null(g);
    assert_int_equal(g->scheme, DYAD_EVAL_PLOVER);
    assert_string_equal(msgs, "gold:3: warning: sentence p3: CAMEO code 020 has no PLOVER category (PLOVER codes no "
                              "statements or appeals, roots 01 and 02); event not scored\n");
    free(msgs);
    assert_int_equal(g->sentences[2].n_events, 1);

    dyad_preds *p = dyad_preds_new();
    dyad_preds_add(p, "p1", "HUN", "ROU", "036", 1);    /* AGREE */
    dyad_preds_add(p, "p1", "HUN", "ROU", "010", 2);    /* a statement: no PLOVER category */
    dyad_preds_add(p, "p2", "PSE", "ISR", "1041", 3);   /* REQUEST = DEMAND of the older drafts */
    dyad_preds_add(p, "p3", "USA", "CHN", "043", 4);    /* CONSULT, like 042 */
    dyad_eval_result *r = dyad_eval_score(g, p);
    assert_int_equal(r->pred_events, 4);
    assert_int_equal(r->unscored_events, 1);
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 3, 3, 3);
    /* for PLOVER gold the category is the code: matching actors make a full match */
    assert_count(&r->level[DYAD_EVAL_FULL], 3, 3, 3);
    assert_int_equal(r->n_categories, 3);
    assert_string_equal(r->categories[2], "REQUEST");
    assert_int_equal(r->sentence[0].pred_events[1].category, -1);
    assert_int_equal(r->sentence[0].pred_events[1].match, -1);
    assert_int_equal(confusion_total(r), 3);
    assert_int_equal(r->event_sentences_correct, 3);
    dyad_eval_result_free(r);
    dyad_preds_free(p);
    dyad_gold_free(g);
}

/* A prediction without PLOVER category in a gold no-event sentence is no false alarm. */
static void test_plover_statement_no_alarm(void **state) {
    (void)state;
    dyad_gold *g = gold_clean("{\"id\":\"n\",\"text\":\"He said so.\",\"events\":[]}\n"
                              "{\"id\":\"m\",\"text\":\"x\",\"events\":[{\"code\":\"PROTEST\"}]}\n");
    dyad_preds *p = dyad_preds_new();
    dyad_preds_add(p, "n", "USA", "RUS", "010", 0);
    dyad_eval_result *r = dyad_eval_score(g, p);
    assert_int_equal(r->no_event_sentences, 1);
    assert_int_equal(r->no_event_false_alarms, 0);
    assert_int_equal(r->unscored_events, 1);
    assert_count(&r->level[DYAD_EVAL_CATEGORY], 1, 0, 0);
    dyad_eval_result_free(r);
    dyad_preds_free(p);
    dyad_gold_free(g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cameo_counts),
        cmocka_unit_test(test_finest_first),
        cmocka_unit_test(test_actor_codes),
        cmocka_unit_test(test_empty_sides),
        cmocka_unit_test(test_unlisted_codes),
        cmocka_unit_test(test_plover),
        cmocka_unit_test(test_plover_statement_no_alarm),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
