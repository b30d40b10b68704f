/*
** tokenize_test.c - tests of the tokenizer: one test per convention of UD English EWT that
** tokenize.c follows.  Each checks the tokens, their byte offsets and the words of multiword
** tokens (see segment_check.h for the notation: "do~n't" is the token "don't" with two words).
*/
#include "util/testing.h"
#include "nlp/segment_check.h"

static void test_punctuation(void **state) {
    (void)state;
    check_tokens("Russia, Ukraine; talks: (none).", "Russia , Ukraine ; talks : ( none ) .");
    check_tokens("Why?! Really!!! Stop.", "Why ?! Really !!! Stop .");
}

static void test_negation(void **state) {
    (void)state;
    check_tokens("I don't know; they can't, won't, didn't.",
                 "I do~n't know ; they ca~n't , wo~n't , did~n't .");
    check_tokens("DON'T go. It isn’t so.", "DO~N'T go . It is~n’t so .");
}

static void test_clitics(void **state) {
    (void)state;
    check_tokens("I'm sure it's what we've said you'll do, they're told, I'd say.",
                 "I~'m sure it~'s what we~'ve said you~'ll do , they~'re told , I~'d say .");
}

static void test_cannot_gonna(void **state) {
    (void)state;
    check_tokens("We cannot wait, Cannot stop, gonna go, wanna see, gotta run.",
                 "We can~not wait , Can~not stop , gon~na go , wan~na see , got~ta run .");
}

static void test_possessive(void **state) {
    (void)state;
    check_tokens("Bush's plan and the parents' votes", "Bush~'s plan and the parents~' votes");
    /* after an abbreviation's period: one sentence, "U.S." keeps its period */
    check_tokens("The U.S.’s envoy and the U.N.'s chief met.", "The U.S.~’s envoy and the U.N.~'s chief met .");
    /* curly apostrophe: "France’s" = France + ’s; ’ is 3 bytes, so "s" ends at byte 10 */
    dyad_document *d = segment_text("France’s army");
    assert_int_equal(d->sentences[0].tokens[0].start, 0);
    assert_int_equal(d->sentences[0].tokens[0].end, 10);
    assert_int_equal(d->sentences[0].tokens[0].n_words, 2);
    assert_string_equal(d->sentences[0].words[0].form, "France");
    assert_string_equal(d->sentences[0].words[1].form, "’s");
    assert_int_equal(d->sentences[0].tokens[1].start, 11);
    dyad_document_free(d);
    /* a decade keeps its apostrophe: "the 1990's" is one word in EWT */
    check_tokens("the 1990's and AK-47's", "the 1990's and AK - 47's");
}

static void test_typo_contractions(void **state) {
    (void)state;
    check_tokens("i dont know, its a mess and its owner cant say", "i do~nt know , it~s a mess and its owner ca~nt say");
    check_tokens("Im sure thats it", "I~m sure that~s it");
}

static void test_hyphens(void **state) {
    (void)state;
    check_tokens("a search-engine and long-running e-mail about non-profit re-election",
                 "a search - engine and long - running e-mail about non-profit re-election");
    check_tokens("Russian-backed self-declared al-Qaeda", "Russian - backed self - declared al - Qaeda");
    check_tokens("call 713-853-3989 on 2022-02-08 for 1969-1970", "call 713-853-3989 on 2022-02-08 for 1969 - 1970");
}

static void test_abbreviations(void **state) {
    (void)state;
    check_tokens("Gen. Smith met Mr. Jones and Dr. Lee on Feb. 20 in the U.S. capital at 3 p.m. today",
                 "Gen. Smith met Mr. Jones and Dr. Lee on Feb. 20 in the U.S. capital at 3 p.m. today");
    check_tokens("Acme Inc. and Foo Corp. et al. met, e.g. in St. Louis", "Acme Inc. and Foo Corp. et al. met , e.g. in St. Louis");
}

static void test_initials(void **state) {
    (void)state;
    check_tokens("J.R.R. Tolkien and George W. Bush", "J.R.R. Tolkien and George W. Bush");
    check_tokens("No. 10 and no. 2", "No. 10 and no. 2");
}

static void test_numbers(void **state) {
    (void)state;
    check_tokens("1,000 troops, 5.3 million, 3,202.61 and -2 or 12,5",
                 "1,000 troops , 5.3 million , 3,202.61 and - 2 or 12 , 5");
    check_tokens("at 8:30 on 9/11 with 1/2 of the 1st and 22nd", "at 8:30 on 9/11 with 1/2 of the 1st and 22nd");
}

/* A no-break space (U+00A0) or narrow no-break space (U+202F) between groups of three digits is
   a thousands separator: the number is one token, as EWT writes "10,000", its span and form the
   bytes as they are.  Other no-break spaces separate tokens. */
static void test_number_group_spaces(void **state) {
    (void)state;
    check_tokens("10\u00A0000 troops and 1\u202F200\u202F000 people, $1\u00A0200.",
                 "10\u00A0000 troops and 1\u202F200\u202F000 people , $ 1\u00A0200 .");
    dyad_document *d = segment_text("About 10\u00A0000 troops");
    const dyad_sentence *s = &d->sentences[0];
    assert_int_equal(s->n_tokens, 3);
    assert_int_equal(s->tokens[1].start, 6);
    assert_int_equal(s->tokens[1].end, 13); /* "10", U+00A0 (2 bytes), "000" */
    assert_int_equal(s->tokens[2].start, 14);
    assert_string_equal(s->words[1].form, "10\u00A0000");
    dyad_document_free(d);
    d = segment_text("1\u202F200\u202F000");
    assert_int_equal(d->sentences[0].n_tokens, 1);
    assert_int_equal(d->sentences[0].tokens[0].end, 13); /* U+202F is 3 bytes */
    dyad_document_free(d);
    /* not groups of three, a year before it, a word after it */
    d = segment_text("10\u00A012 and 10\u00A00000 and 2022\u00A0000 and 10\u00A0troops");
    assert_int_equal(d->sentences[0].n_tokens, 11);
    dyad_document_free(d);
}

static void test_dates(void **state) {
    (void)state;
    check_tokens("On Feb. 8, 2022, and 11/28/2000 and 2022-02-08T10:00",
                 "On Feb. 8 , 2022 , and 11/28/2000 and 2022-02-08T10:00");
    check_tokens("at 5pm and 10:30am", "at 5 pm and 10:30 am");
}

static void test_money(void **state) {
    (void)state;
    check_tokens("$5.3 billion, £20, €4 and US$15 or 100$", "$ 5.3 billion , £ 20 , € 4 and US$ 15 or 100 $");
}

static void test_percent(void **state) {
    (void)state;
    check_tokens("up 5% or 12.5 % (from 3%)", "up 5 % or 12.5 % ( from 3 % )");
}

static void test_straight_quotes(void **state) {
    (void)state;
    check_tokens("He said \"no\" and 'maybe.'", "He said \" no \" and ' maybe . '");
    check_tokens("\"We will fight,\" he said.", "\" We will fight , \" he said .");
}

static void test_curly_quotes(void **state) {
    (void)state;
    check_tokens("“No escalation,” he said of ‘new initiatives’.", "“ No escalation , ” he said of ‘ new initiatives ’ .");
    check_tokens("‘’Bush was briefed,’’ said a diplomat", "‘’ Bush was briefed , ’’ said a diplomat");
}

static void test_dashes(void **state) {
    (void)state;
    check_tokens("Russia — politically — and 1990–2000 -- or not - yes",
                 "Russia — politically — and 1990 – 2000 -- or not - yes");
    check_tokens("KYIV—Macron", "KYIV — Macron");
}

static void test_ellipses(void **state) {
    (void)state;
    check_tokens("new avenues … and more... then....", "new avenues … and more ... then ....");
}

static void test_parentheses(void **state) {
    (void)state;
    check_tokens("WASHINGTON (Reuters) [sic] {x}", "WASHINGTON ( Reuters ) [ sic ] { x }");
}

static void test_urls_emails(void **state) {
    (void)state;
    check_tokens("See https://example.com/a-b?x=1&y=2, www.un.org/news or mail press@un.org.",
                 "See https://example.com/a-b?x=1&y=2 , www.un.org/news or mail press@un.org .");
    check_tokens("(<http://x.org/a.pdf>) and report.doc", "( < http://x.org/a.pdf > ) and report.doc");
    /* an address ends between characters: "abc@def.\xC3" and a lone "\xA9" were two tokens of
       invalid UTF-8 */
    check_tokens("Write to abc@def.\u00e9 now or x@y.\u00e9a today.",
                 "Write to abc@def.\u00e9 now or x@y.\u00e9a today .");
}

static void test_emoticons_hashtags(void **state) {
    (void)state;
    check_tokens("great :) #peace @un", "great :) #peace @un");
    /* an emoji is one token with its skin tone, its ZWJ-joined family or its flag's two regional
       indicators; two flags are two tokens (grapheme clusters, UAX #29) */
    check_tokens("ok \U0001F44D\U0001F3FD and \U0001F468\u200D\U0001F469\u200D\U0001F467 for "
                 "\U0001F1FA\U0001F1F8\U0001F1EB\U0001F1F7!",
                 "ok \U0001F44D\U0001F3FD and \U0001F468\u200D\U0001F469\u200D\U0001F467 for "
                 "\U0001F1FA\U0001F1F8 \U0001F1EB\U0001F1F7 !");
}

static void test_unicode(void **state) {
    (void)state;
    /* non-breaking space (2 bytes) separates tokens; letters with accents stay in words */
    dyad_document *d = segment_text("Łódź\xC2\xA0mayor, café.");
    const dyad_sentence *s = &d->sentences[0];
    assert_int_equal(s->n_tokens, 5);
    assert_int_equal(s->tokens[0].end, 7);
    assert_int_equal(s->tokens[1].start, 9);
    assert_string_equal(s->words[3].form, "café");
    dyad_document_free(d);
}

static void test_word_spans(void **state) {
    (void)state;
    /* the words of a multiword token share the token's span, as in dyad_conllu_read */
    dyad_document *d = segment_text("They didn't.");
    const dyad_sentence *s = &d->sentences[0];
    assert_int_equal(s->n_words, 4);
    assert_int_equal(s->words[1].start, 5);
    assert_int_equal(s->words[1].end, 11);
    assert_int_equal(s->words[2].start, 5);
    assert_int_equal(s->words[1].head, -1);
    assert_null(s->words[1].lemma);
    assert_false(s->tokens[1].space_after);
    assert_true(s->tokens[0].space_after);
    dyad_document_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_punctuation),
        cmocka_unit_test(test_negation),
        cmocka_unit_test(test_clitics),
        cmocka_unit_test(test_cannot_gonna),
        cmocka_unit_test(test_possessive),
        cmocka_unit_test(test_typo_contractions),
        cmocka_unit_test(test_hyphens),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_number_group_spaces),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_money),
        cmocka_unit_test(test_percent),
        cmocka_unit_test(test_straight_quotes),
        cmocka_unit_test(test_curly_quotes),
        cmocka_unit_test(test_dashes),
        cmocka_unit_test(test_ellipses),
        cmocka_unit_test(test_parentheses),
        cmocka_unit_test(test_urls_emails),
        cmocka_unit_test(test_emoticons_hashtags),
        cmocka_unit_test(test_unicode),
        cmocka_unit_test(test_word_spans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
