/*
** date_test.c - tests of event dates from time expressions.
*/
#include "util/testing.h"
#include "dyad.h"
#include "code/date.h"

/*
** A parsed sentence from CoNLL-U lines "form head deprel" (space-separated, one per word).
** Returns a one-sentence document dated date; free it with dyad_document_free().
*/
static dyad_document *parsed(const char *date, const char *const *rows) {
    char path[] = "/tmp/dyad-date-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    for (int i = 0; rows[i]; i++) {
        char form[64], deprel[32];
        int head;
        assert_int_equal(sscanf(rows[i], "%63s %d %31s", form, &head, deprel), 3);
        fprintf(f, "%d\t%s\t%s\t_\t_\t_\t%d\t%s\t_\t_\n", i + 1, form, form, head, deprel);
    }
    fclose(f);
    dyad_document **docs;
    assert_int_equal(dyad_conllu_read(path, &docs), 1);
    unlink(path);
    dyad_document *d = docs[0];
    free(docs);
    d->date = dyad_arena_strdup(d->arena, date);
    return d;
}

static void check(const char *date, const char *const *rows, int verb, const char *want, bool expr) {
    dyad_document *d = parsed(date, rows);
    char out[11];
    assert_int_equal(dyad_event_date(d, &d->sentences[0], verb, out), expr);
    assert_string_equal(out, want);
    dyad_document_free(d);
}

/* 2022-02-08 was a Tuesday. */
static void test_weekdays(void **state) {
    (void)state;
    const char *met_monday[] = {"Macron 2 nsubj", "met 0 root", "Putin 2 obj", "on 5 case",
                                "Monday 2 obl", NULL};
    check("2022-02-08", met_monday, 1, "2022-02-07", true);
    const char *said_tuesday[] = {"Macron 2 nsubj", "said 0 root", "on 4 case", "Tuesday 2 obl", NULL};
    check("2022-02-08", said_tuesday, 1, "2022-02-08", true);
    const char *will_meet[] = {"Scholz 3 nsubj", "will 3 aux", "meet 0 root", "Biden 3 obj",
                               "on 6 case", "Thursday 3 obl", NULL};
    check("2022-02-08", will_meet, 2, "2022-02-10", true);
    const char *monday_night[] = {"talks 2 nsubj", "ended 0 root", "Monday 4 compound",
                                  "night 2 obl:tmod", NULL};
    check("2022-02-08", monday_night, 1, "2022-02-07", true);
    const char *thursdays_talks[] = {"they 2 nsubj", "spoke 0 root", "about 6 case", "Thursday 6 nmod:poss",
                                     "'s 4 case", "talks 2 obl", NULL};
    check("2022-02-08", thursdays_talks, 1, "2022-02-08", false);
    const char *last_friday[] = {"Peskov 2 nsubj", "spoke 0 root", "last 4 amod", "Friday 2 obl:tmod", NULL};
    check("2022-02-08", last_friday, 1, "2022-02-04", true);
}

static void test_relative_words(void **state) {
    (void)state;
    const char *yesterday[] = {"Russia 2 nsubj", "denied 0 root", "it 2 obj", "yesterday 2 advmod", NULL};
    check("2022-03-01", yesterday, 1, "2022-02-28", true);
    const char *last_week[] = {"troops 2 nsubj", "arrived 0 root", "last 4 amod", "week 2 obl:tmod", NULL};
    check("2022-02-08", last_week, 1, "2022-02-01", true);
    const char *last_month[] = {"NATO 2 nsubj", "met 0 root", "last 4 amod", "month 2 obl:tmod", NULL};
    check("2022-03-31", last_month, 1, "2022-02-28", true);
    const char *today[] = {"they 2 nsubj", "meet 0 root", "today 2 obl:tmod", NULL};
    check("2022-02-08", today, 1, "2022-02-08", true);
    const char *days_ago[] = {"Iran 2 nsubj", "attacked 0 root", "Israel 2 obj", "two 5 nummod",
                              "days 6 obl:npmod", "ago 2 advmod", NULL};
    check("2022-03-01", days_ago, 1, "2022-02-27", true);
    const char *week_ago[] = {"talks 2 nsubj", "ended 0 root", "a 4 det", "week 5 obl:npmod",
                              "ago 2 advmod", NULL};
    check("2022-03-01", week_ago, 1, "2022-02-22", true);
    const char *years_ago[] = {"talks 2 nsubj", "ended 0 root", "3 4 nummod", "years 5 obl:npmod",
                               "ago 2 advmod", NULL};
    check("2022-03-01", years_ago, 1, "2022-03-01", false); /* too vague for a day */
    const char *weekends[] = {"talks 2 nsubj", "ended 0 root", "two 4 nummod", "weekends 5 obl:npmod",
                              "ago 2 advmod", NULL};
    check("2022-03-01", weekends, 1, "2022-03-01", false); /* not "weeks" */
}

static void test_month_day(void **state) {
    (void)state;
    const char *feb20[] = {"troops 3 nsubj", "will 3 aux", "leave 0 root", "on 5 case",
                           "Feb. 3 obl", "20 5 nummod", NULL};
    check("2022-02-08", feb20, 2, "2022-02-20", true);
    /* A December date in a January report is last year's. */
    const char *dec[] = {"talks 2 nsubj", "began 0 root", "on 4 case", "December 2 obl", "28 4 nummod", NULL};
    check("2022-01-05", dec, 1, "2021-12-28", true);
    const char *full[] = {"treaty 3 nsubj:pass", "was 3 aux:pass", "signed 0 root", "on 5 case",
                          "20 3 obl", "March 5 flat", "2003 5 nummod", NULL};
    check("2022-01-05", full, 2, "2003-03-20", true);
    /* a later day of the month, told in a past tense, is last year's */
    const char *had_attacked[] = {"Russia 3 nsubj", "had 3 aux", "attacked 0 root", "Ukraine 3 obj",
                                  "on 6 case", "Feb. 3 obl", "20 6 nummod", NULL};
    check("2022-02-08", had_attacked, 2, "2021-02-20", true);
    const char *was_signed[] = {"deal 3 nsubj:pass", "was 3 aux:pass", "signed 0 root", "on 5 case",
                                "Feb. 3 obl", "10 5 nummod", NULL};
    check("2022-02-08", was_signed, 2, "2021-02-10", true);
    /* ... and an earlier one, told in the future tense, next year's */
    const char *will_sign[] = {"they 3 nsubj", "will 3 aux", "sign 0 root", "on 5 case",
                               "Jan. 3 obl", "30 5 nummod", NULL};
    check("2022-02-08", will_sign, 2, "2023-01-30", true);
    const char *bad_day[] = {"talks 2 nsubj", "began 0 root", "on 4 case", "February 2 obl", "31 4 nummod", NULL};
    check("2022-02-08", bad_day, 1, "2022-02-08", false);
}

/* A time expression of another clause does not date this verb; no expression gives the
   document date; no document date gives "". */
static void test_scope_and_defaults(void **state) {
    (void)state;
    const char *said[] = {"Macron 2 nsubj", "said 0 root", "on 4 case", "Tuesday 2 obl",
                          "Putin 7 nsubj", "had 7 aux", "assured 2 ccomp", "him 7 obj", NULL};
    check("2022-02-08", said, 6, "2022-02-08", false);
    check("2022-02-08", said, 1, "2022-02-08", true);
    const char *plain[] = {"Macron 2 nsubj", "met 0 root", "Putin 2 obj", NULL};
    check("2022-02-08", plain, 1, "2022-02-08", false);
    check("no date", plain, 1, "", false);
    const char *sun[] = {"The 2 det", "Sun 3 nsubj", "reported 0 root", "it 3 obj", NULL};
    check("2022-02-08", sun, 2, "2022-02-08", false);
    const char *may[] = {"Russia 2 nsubj", "may 3 aux", "attack 0 root", NULL};
    check("2022-02-08", may, 2, "2022-02-08", false);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_relative_words),
        cmocka_unit_test(test_month_day),
        cmocka_unit_test(test_scope_and_defaults),
    };
    return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
