/*
** punct_test.c - tests of re-attaching quotes and brackets after parsing (punct.c).
*/
#include "util/testing.h"
#include "nlp/nlp.h"

typedef struct wd {
    const char *form, *deprel;
    int head;
} wd;

/* Run the repair on words w[0..n) and compare the heads with want[0..n). */
static void check(const wd *w, int n, const int *want) {
    dyad_word words[32];
    memset(words, 0, sizeof words);
    for (int i = 0; i < n; i++) {
        words[i].form = w[i].form;
        words[i].deprel = w[i].deprel;
        words[i].head = w[i].head;
    }
    dyad_sentence s = {.words = words, .n_words = n};
    nlp_attach_paired_punct(&s);
    for (int i = 0; i < n; i++) {
        if (words[i].head != want[i]) fail_msg("word %d (%s): head %d, want %d", i + 1, w[i].form, words[i].head, want[i]);
        assert_string_equal(words[i].deprel, w[i].deprel); /* labels stay */
    }
}

/* He called it " a disgrace " .  Both quotes go to "disgrace", the head of what they enclose. */
static void test_quotes_go_to_enclosed_head(void **state) {
    (void)state;
    const wd w[] = {
        {"He", "nsubj", 2}, {"called", "root", 0}, {"it", "obj", 2}, {"\"", "punct", 2},
        {"a", "det", 6}, {"disgrace", "xcomp", 2}, {"\"", "punct", 2}, {".", "punct", 2},
    };
    const int want[] = {2, 0, 2, 6, 6, 2, 6, 2};
    check(w, 8, want);
}

/* Brackets and curly quotes pair too; with several enclosed heads, the opening mark goes to
   the first and the closing one to the last.  Talks ( in Paris ) ended “ badly today ” */
static void test_brackets_and_curly_quotes(void **state) {
    (void)state;
    const wd w[] = {
        {"Talks", "nsubj", 6}, {"(", "punct", 6}, {"in", "case", 4}, {"Paris", "nmod", 1},
        {")", "punct", 1}, {"ended", "root", 0}, {"\u201C", "punct", 6}, {"badly", "advmod", 6},
        {"today", "obl:tmod", 6}, {"\u201D", "punct", 6},
    };
    const int want[] = {6, 4, 4, 1, 4, 0, 8, 6, 6, 9};
    check(w, 10, want);
}

/* A mark stays where it is when it has no partner, when the parser did not label it punct, or
   when its new arc would cross another arc. */
static void test_left_alone(void **state) {
    (void)state;
    const wd unpaired[] = {
        {"He", "nsubj", 2}, {"said", "root", 0}, {"\"", "punct", 2}, {"talks", "obj", 2},
        {".", "punct", 2},
    };
    const int want1[] = {2, 0, 2, 2, 2};
    check(unpaired, 5, want1);

    const wd unlabelled[] = {
        {"He", "nsubj", 2}, {"said", "root", 0}, {"\"", "dep", 2}, {"no", "obj", 2},
        {"\"", "dep", 2},
    };
    const int want2[] = {2, 0, 2, 2, 2};
    check(unlabelled, 5, want2);

    /* The pair 2..5 encloses "talks" (4), but the arc "the" (3) <- "here" (6) would cross the
       arc 2 -> 4, so the opening quote stays; the closing one moves next door. */
    const wd crossing[] = {
        {"So", "advmod", 4}, {"\"", "punct", 1}, {"the", "det", 4}, {"talks", "root", 0},
        {"\"", "punct", 6}, {"here", "advmod", 3},
    };
    const int want3[] = {4, 1, 4, 0, 4, 3};
    check(crossing, 6, want3);

    /* He said " we strike today . "  The closing quote would cross the arc of the full stop
       (said -> .), and UD wants punctuation arcs projective too: it stays. */
    const wd over_punct[] = {
        {"He", "nsubj", 2}, {"said", "root", 0}, {"\"", "punct", 2}, {"we", "nsubj", 5},
        {"strike", "ccomp", 2}, {"today", "obl:tmod", 5}, {".", "punct", 2}, {"\"", "punct", 2},
    };
    const int want4[] = {2, 0, 5, 5, 2, 5, 2, 2};
    check(over_punct, 8, want4);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quotes_go_to_enclosed_head),
        cmocka_unit_test(test_brackets_and_curly_quotes),
        cmocka_unit_test(test_left_alone),
    };
    return cmocka_run_group_tests_name("punct", tests, NULL, NULL);
}
