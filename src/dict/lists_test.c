/*
** lists_test.c - tests of the discard list (story and sentence level, stems and exact words)
** and of the issues list (categories, n:/v:/+ expansions, ignore phrases, several codes for
** one phrase).  Every snippet is written for the test.
*/
#include "dict/dict_testing.h"

static int find_discard(const dyad_dict *d, const char *s, int *start, int *len) {
    char buf[512];
    const char *words[64];
    int n = split_words(s, buf, sizeof buf, words);
    return dyad_discard_find(d, words, n, start, len);
}

static void test_discards(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_DISCARDS,
        "# '+' discards the story\n"
        "BASEBALL\n"
        "+WORLD GOLF CHAMPIONSHIPS   # a comment\n"
        "FINAL SCORE_\n"
        "+ TYPHOON\n"
        "TYPHOON SEASON\n");
    assert_int_equal(d->n_discards, 5);
    int start, len, x;
    x = find_discard(d, "fans left the Baseball game", &start, &len);
    assert_true(x >= 0);
    assert_string_equal(d->discards[x].text, "BASEBALL");
    assert_false(d->discards[x].story);
    assert_true(d->discards[x].stem);
    assert_int_equal(start, 3);
    assert_int_equal(len, 1);
    x = find_discard(d, "two baseballs", &start, &len);     /* a stem */
    assert_string_equal(d->discards[x].text, "BASEBALL");
    assert_int_equal(start, 1);
    x = find_discard(d, "the final score was", &start, &len);
    assert_string_equal(d->discards[x].text, "FINAL SCORE_");
    assert_false(d->discards[x].stem);
    assert_int_equal(len, 2);
    assert_int_equal(find_discard(d, "the final scores were", &start, &len), -1);
    assert_int_equal(len, 0);
    x = find_discard(d, "baseball stars at the World Golf Championships", &start, &len);
    assert_true(d->discards[x].story);      /* story-level phrases are looked for first */
    assert_int_equal(start, 4);
    assert_int_equal(len, 3);
    x = find_discard(d, "the typhoon season began", &start, &len);
    assert_string_equal(d->discards[x].text, "TYPHOON");
    assert_true(d->discards[x].story);
    assert_int_equal(find_discard(d, "the world golf tour", &start, &len), -1);
    assert_int_equal(find_discard(d, "", &start, &len), -1);
    dyad_dict_free(d);
}

static const dyad_issue *issue_at(const dyad_dict *d, const char *s, int start, int *len) {
    int32_t ids[64];
    int n = sentence(d, s, ids);
    int i = dyad_issue_match(d, ids, n, start, len);
    return i < 0 ? NULL : &d->issues[i];
}

static void test_issues(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ISSUES,
        "# issues\n"
        "<ISSUE CATEGORY=\"ENERGY\" TYPE=\"ALL\">\n"
        "n:pipeline [OIL]\n"
        "v:drill [OIL]\n"
        "crude oil [OIL]\n"
        "oil [OIL]\n"
        "~oil painting\n"
        "~~olive oil\n"
        "</ISSUE>\n"
        "\n"
        "<ISSUE CATEGORY=\"CONFLICT\">\n"
        "al+qaida n:cell [TERROR]\n"
        "oil [RESOURCE_WAR]\n"
        "</ISSUE>\n"
        "refugee [MIGRATION]\n");
    assert_int_equal(d->n_categories, 2);
    assert_string_equal(d->categories[0].name, "ENERGY");
    assert_string_equal(d->categories[0].type, "ALL");
    assert_null(d->categories[1].type);
    int len;
    const dyad_issue *x = issue_at(d, "new pipelines", 1, &len);
    assert_string_equal(x->code, "OIL");
    assert_int_equal(x->category, 0);
    assert_string_equal(x->text, "n:pipeline");
    for (const char *const *f = (const char *const[]){"drill", "drills", "drilled", "drilling", NULL};
         *f; f++)
        assert_string_equal(issue_at(d, *f, 0, &len)->code, "OIL");
    assert_string_equal(issue_at(d, "al qaida cells", 0, &len)->code, "TERROR");
    assert_int_equal(len, 3);
    assert_string_equal(issue_at(d, "al-qaida cell", 0, &len)->code, "TERROR");
    assert_int_equal(len, 2);
    assert_null(issue_at(d, "al qaida", 0, &len));
    x = issue_at(d, "crude oil prices", 0, &len);
    assert_int_equal(len, 2);
    /* one phrase, two codes: a chain */
    x = issue_at(d, "oil", 0, &len);
    assert_string_equal(x->code, "OIL");
    assert_true(x->next >= 0);
    assert_string_equal(d->issues[x->next].code, "RESOURCE_WAR");
    assert_int_equal(d->issues[x->next].category, 1);
    assert_int_equal(d->issues[x->next].next, -1);
    x = issue_at(d, "oil painting", 0, &len);
    assert_null(x->code);
    assert_int_equal(x->ignore, 1);
    x = issue_at(d, "Olive Oil", 0, &len);
    assert_int_equal(x->ignore, 2);
    x = issue_at(d, "refugee", 0, &len);
    assert_int_equal(x->category, -1);
    dyad_dict_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_discards),
        cmocka_unit_test(test_issues),
    };
    return cmocka_run_group_tests_name("dict lists", tests, NULL, NULL);
}
