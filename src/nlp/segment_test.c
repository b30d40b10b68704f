/*
** segment_test.c - tests of the sentence splitter and of dyad_segment(): one test per rule of
** segment.c, and a floor test on UD English EWT test from raw text (skipped when the shared
** data is absent).
*/
#include "util/testing.h"
#include "nlp/segment_check.h"
#include "nlp/eval.h"
#include "util/util.h"

static void test_final_marks(void **state) {
    (void)state;
    const char *s[] = {"Russia attacked.", "Ukraine responded!", "Why?", "Nobody knows.", NULL};
    check_sentences("Russia attacked. Ukraine responded! Why? Nobody knows.", s);
}

static void test_abbreviations_inside(void **state) {
    (void)state;
    const char *s[] = {"Mr. Smith met Gen. Jones on Feb. 20 in the U.S. capital at 3 p.m. on Tuesday.", NULL};
    check_sentences("Mr. Smith met Gen. Jones on Feb. 20 in the U.S. capital at 3 p.m. on Tuesday.", s);
    const char *a[] = {"Approx. 500 people died.", NULL};
    check_sentences("Approx. 500 people died.", a);
}

/* A unit's period before a lower-case word ends no sentence; before a capital it may. */
static void test_unit_words(void **state) {
    (void)state;
    const char *s[] = {"Shares rose 2.5 pct. to 3.75 dlrs.", "Troops of the 1st Bn. moved 5 km. north.",
                       "Output fell 2 pct.", "Iran spoke.", NULL};
    check_sentences("Shares rose 2.5 pct. to 3.75 dlrs. Troops of the 1st Bn. moved 5 km. north. Output fell 2 pct. "
                    "Iran spoke.", s);
}

static void test_abbreviation_ends_sentence(void **state) {
    (void)state;
    const char *s[] = {"He lives in the U.S.", "The talks ended at 3 p.m.", "But Mr. Lee stayed.", NULL};
    check_sentences("He lives in the U.S. The talks ended at 3 p.m. But Mr. Lee stayed.", s);
}

/* After a clock time a capital starts a sentence, unless it dates or zones the time. */
static void test_clock_time(void **state) {
    (void)state;
    const char *s[] = {"Shelling began at 4 p.m.", "Another strike followed.", NULL};
    check_sentences("Shelling began at 4 p.m. Another strike followed.", s);
    const char *r[] = {"They met at 9 a.m.", "Russian forces then attacked.", NULL};
    check_sentences("They met at 9 a.m. Russian forces then attacked.", r);
    const char *one[] = {"Talks start at 4 p.m. Monday, 10 a.m. Feb. 24 or 8 p.m. EST.", NULL};
    check_sentences("Talks start at 4 p.m. Monday, 10 a.m. Feb. 24 or 8 p.m. EST.", one);
    const char *moscow[] = {"Polls close at 8 p.m. Moscow time on Sunday.", NULL};
    check_sentences("Polls close at 8 p.m. Moscow time on Sunday.", moscow);
    const char *fronted[] = {"Talks ended.", "On Monday at 4 p.m. Russian forces attacked Kyiv.", NULL};
    check_sentences("Talks ended. On Monday at 4 p.m. Russian forces attacked Kyiv.", fronted);
}

static void test_etc_period(void **state) {
    (void)state;
    /* EWT: a sentence-final "etc." is "etc" + "." */
    check_tokens("guns, tanks, etc. The rest", "guns , tanks , etc . The rest");
    const char *s[] = {"guns, tanks, etc.", "The rest", NULL};
    check_sentences("guns, tanks, etc. The rest", s);
    check_tokens("guns, tanks, etc. were sold", "guns , tanks , etc. were sold");
    const char *t[] = {"Sanctions hit banks, firms, etc.", "Russia responded angrily.", NULL};
    check_sentences("Sanctions hit banks, firms, etc. Russia responded angrily.", t);
}

static void test_quotation_over_sentences(void **state) {
    (void)state;
    const char *s[] = {"“We will not attack.", "We never did.", "We want peace,” he said.", "Talks resume.", NULL};
    check_sentences("“We will not attack. We never did. We want peace,” he said. Talks resume.", s);
    const char *t[] = {"\"It is over.\"", "He left.", NULL};
    check_sentences("\"It is over.\" He left.", t);
}

/* A quotation closed with no space before the next sentence: 'said:"We did."The' */
static void test_quote_closed_without_space(void **state) {
    (void)state;
    const char *s[] = {"The minister said:\"We condemn it.\"", "The embassy agreed.", NULL};
    check_sentences("The minister said:\"We condemn it.\"The embassy agreed.", s);
}

static void test_quoted_question(void **state) {
    (void)state;
    const char *s[] = {"\"Is it over?\" asked Bush.", "(He left early.)", "Then it rained.", NULL};
    check_sentences("\"Is it over?\" asked Bush. (He left early.) Then it rained.", s);
}

static void test_paragraph_break(void **state) {
    (void)state;
    const char *text = "No punctuation here\n  \nNext paragraph\r\n\r\nThird one";
    const char *s[] = {"No punctuation here", "Next paragraph", "Third one", NULL};
    check_sentences(text, s);
    dyad_document *d = segment_text(text);
    assert_int_equal(d->sentences[0].paragraph, 0);
    assert_int_equal(d->sentences[1].paragraph, 1);
    assert_int_equal(d->sentences[2].paragraph, 2);
    dyad_document_free(d);
    /* a single line break does not end a sentence (wrapped lines) */
    const char *w[] = {"The talks\nwent on.", NULL};
    check_sentences("The talks\nwent on.", w);
}

static void test_ellipsis(void **state) {
    (void)state;
    /* an ellipsis ends a sentence only before a capital (EWT: 113 of 148 times) */
    const char *s[] = {"He paused... and went on.", "He waited…", "Nothing came.", NULL};
    check_sentences("He paused... and went on. He waited… Nothing came.", s);
}

static void test_lower_case_start(void **state) {
    (void)state;
    const char *s[] = {"it broke.", "then it was fixed.", NULL};
    check_sentences("it broke. then it was fixed.", s);
}

static void test_numbered_list(void **state) {
    (void)state;
    const char *s[] = {"Demands:", "1. The troops leave.", "2. The talks resume.", NULL};
    check_sentences("Demands: 1. The troops leave. 2. The talks resume.", s);
}

static void test_bullets(void **state) {
    (void)state;
    const char *s[] = {"The demands were", "• troops leave Belarus", "* talks resume", "And a * is kept in text.", NULL};
    check_sentences("The demands were\n• troops leave Belarus\n* talks resume\n\nAnd a * is kept in text.", s);
    /* a dash item in a bulleted list */
    const char *m[] = {"* The United States rejected Russia's demand", "- NATO condemned the deployment", NULL};
    check_sentences("* The United States rejected Russia's demand\n- NATO condemned the deployment", m);
    const char *c[] = {"* Russian troops moved in\n- and NATO met", NULL};
    check_sentences("* Russian troops moved in\n- and NATO met", c);
}

/* Dashes and item numbers start list lines too; "- NATO leaders met" must not run on into
   the next line, or the coder pairs actors from different items. */
static void test_dash_and_numbered_lines(void **state) {
    (void)state;
    const char *s[] = {"Latest:", "- NATO leaders met on Monday", "- Russia threatened Ukraine",
                       "Demands:", "1) Troops leave Belarus", "2) Talks resume", NULL};
    check_sentences("Latest:\n- NATO leaders met on Monday\n- Russia threatened Ukraine\n\n"
                    "Demands:\n1) Troops leave Belarus\n2) Talks resume", s);
    /* two items make a list too, the first at the paragraph's start */
    const char *two[] = {"- Iran threatens Israel", "- Israel strikes Syria", "1) Troops leave", "2) Talks resume",
                         NULL};
    check_sentences("- Iran threatens Israel\n- Israel strikes Syria\n\n1) Troops leave\n2) Talks resume", two);
    /* but not a dash, a score or a number inside wrapped prose */
    const char *w[] = {"Macron met Putin\n- who has massed troops near Ukraine - in Moscow on Monday.",
                       "Britain beat Iran 6\n- 2 on Monday.", "Troops killed at least\n12.",
                       "Ukraine's minister said so.", "Russia demands: 1) no NATO expansion, and\n2) talks.", NULL};
    check_sentences("Macron met Putin\n- who has massed troops near Ukraine - in Moscow on Monday. "
                    "Britain beat Iran 6\n- 2 on Monday. Troops killed at least\n12. Ukraine's minister "
                    "said so. Russia demands: 1) no NATO expansion, and\n2) talks.", w);
}

/* Lines without marks are sentences when the paragraph is not wrapped prose: a list of
   headlines.  Prose wrapped at a line end stays one sentence: a line that starts in lower
   case shows it, and so does a single unmarked line end in a paragraph that ends with one. */
/* Items labelled "(1)", "a)" or "(b)" on lines of their own are sentences; inside a line, or
   on a line that the one before goes on into, they are not. */
static void test_bracketed_labels(void **state) {
    (void)state;
    const char *s[] = {"Key points:", "(1) Russia attacked Ukraine", "(2) NATO condemned Russia", NULL};
    check_sentences("Key points:\n(1) Russia attacked Ukraine\n(2) NATO condemned Russia", s);
    const char *l[] = {"Key points:", "a) Russia attacked Ukraine", "b) NATO condemned Russia", NULL};
    check_sentences("Key points:\na) Russia attacked Ukraine\nb) NATO condemned Russia", l);
    const char *one[] = {"The plan has two parts (a) a ceasefire and\n(b) talks in Geneva.", NULL};
    check_sentences("The plan has two parts (a) a ceasefire and\n(b) talks in Geneva.", one);
}

/* A single numbered line, "2." or "2)" and a capitalised word, after a line that ends with a
   name starts a sentence; a year, a day after a month, an amount or a count at the start of a
   wrapped line does not. */
static void test_one_numbered_line(void **state) {
    (void)state;
    const char *s[] = {"Iran threatened Israel", "2. China praised Pakistan", NULL};
    check_sentences("Iran threatened Israel\n2. China praised Pakistan", s);
    dyad_document *d = segment_text("Iran threatened Israel\n2. China praised Pakistan");
    assert_int_equal(d->n_sentences, 2);
    assert_int_equal(d->sentences[0].end, 22);
    assert_int_equal(d->sentences[1].start, 23);
    assert_int_equal(d->sentences[1].tokens[0].end, 24); /* "2", then "." */
    assert_int_equal(d->sentences[1].tokens[1].start, 24);
    dyad_document_free(d);
    const char *b[] = {"Iran threatened Israel", "2) China praised Pakistan", NULL};
    check_sentences("Iran threatened Israel\n2) China praised Pakistan", b);
    const char *q[] = {"Demands of \"Kyiv\"", "3. Troops leave Belarus", NULL};
    check_sentences("Demands of \"Kyiv\"\n3. Troops leave Belarus", q);
    const char *w[] = {"Troops arrived in\n2022.", "The talks began.", "The deal cost $\n2.", "It was signed.",
                       "Russia attacked on February\n24.", "NATO condemned it.", "Troops killed\n12.",
                       "Kyiv said so.", "It cost $\n2.5 million.", NULL};
    check_sentences("Troops arrived in\n2022. The talks began. The deal cost $\n2. It was signed. "
                    "Russia attacked on February\n24. NATO condemned it. Troops killed\n12. Kyiv said so. "
                    "It cost $\n2.5 million.", w);
    /* a noun that the number names the instance of ("Article 5") runs on into it (review case) */
    const char *n[] = {"NATO debated whether to invoke Article\n5.", "Allies met in Brussels.",
                       "The plan enters Phase\n2.", "Troops withdrew.", NULL};
    check_sentences("NATO debated whether to invoke Article\n5. Allies met in Brussels. The plan enters Phase\n2. "
                    "Troops withdrew.", n);
}

static void test_line_lists(void **state) {
    (void)state;
    const char *s[] = {"Russia threatens Ukraine", "China warns Taiwan", "Iran rejects US offer", NULL};
    check_sentences("Russia threatens Ukraine\nChina warns Taiwan\nIran rejects US offer", s);
    const char *w[] = {"Macron held talks with French President\nEmmanuel Macron on Monday.", NULL};
    check_sentences("Macron held talks with French President\nEmmanuel Macron on Monday.", w);
    /* wrapped prose whose lines all start with capitals still ends with a mark */
    const char *c[] = {"Iraq's national security advisor met with Syrian President Bashar\nAssad Tuesday to "
                       "discuss efforts to counter Islamic State militants,\nReuters reports.", NULL};
    check_sentences("Iraq's national security advisor met with Syrian President Bashar\nAssad Tuesday to "
                    "discuss efforts to counter Islamic State militants,\nReuters reports.", c);
    const char *q[] = {"He warned that Moscow would\n\"respond decisively\" to any deployment", NULL};
    check_sentences("He warned that Moscow would\n\"respond decisively\" to any deployment", q);
    const char *h[] = {"Kremlin says President Vladimir Putin accused Ukrainian\nPresident Zelenskiy of "
                       "sabotaging peace talks", NULL};
    check_sentences("Kremlin says President Vladimir Putin accused Ukrainian\nPresident Zelenskiy of "
                    "sabotaging peace talks", h);
    const char *p[] = {"Talks between Russia and Ukraine went on in Geneva for a day\nwithout a deal, "
                       "officials said, and NATO\nRussia relations worsened.", NULL};
    check_sentences("Talks between Russia and Ukraine went on in Geneva for a day\nwithout a deal, "
                    "officials said, and NATO\nRussia relations worsened.", p);
    /* two short unpunctuated lines are two headlines; a lead line that lost its period in
       wrapped text cannot be told from wrapping (fmt balances its lines) and runs on */
    const char *two[] = {"Russia sent troops to Belarus on Monday", "Ukraine accused Russia of blackmail", NULL};
    check_sentences("Russia sent troops to Belarus on Monday\nUkraine accused Russia of blackmail", two);
    const char *wrap[] = {"Strong winds and high seas today closed\nAlexandria, Egypt's biggest port, and an oil\n"
                          "pipeline terminal nearby, officials said.", NULL};
    check_sentences("Strong winds and high seas today closed\nAlexandria, Egypt's biggest port, and an oil\n"
                    "pipeline terminal nearby, officials said.", wrap);
    const char *fmt[] = {"Federal Reserve Board member\nRobert Heller said the dollar had fallen far enough.", NULL};
    check_sentences("Federal Reserve Board member\nRobert Heller said the dollar had fallen far enough.", fmt);
}

/* A day or number after "Feb." or "No." is not a list number: "on Feb. 24." ends there. */
static void test_number_after_abbreviation(void **state) {
    (void)state;
    const char *s[] = {"Russian forces attacked Ukraine on Feb. 24.", "NATO condemned Russia.",
                       "They met at No. 10.", "It was Sept. 11.", "The world changed.", NULL};
    check_sentences("Russian forces attacked Ukraine on Feb. 24. NATO condemned Russia. They met at No. 10. "
                    "It was Sept. 11. The world changed.", s);
    /* a day wrapped onto the next line is no list number */
    const char *w[] = {"Russian forces attacked the port city of Mariupol on Feb\n24.",
                       "The United States condemned the attack.", NULL};
    check_sentences("Russian forces attacked the port city of Mariupol on Feb\n24. The United States condemned the attack.",
                    w);
}

static void test_spaced_marks(void **state) {
    (void)state;
    const char *s[] = {"It was local . . .", "Then it spread.", NULL};
    check_sentences("It was local . . . Then it spread.", s);
}

/* A soft hyphen (U+00AD) inside a word is no part of its form; the token's span keeps it. */
static void test_soft_hyphen(void **state) {
    (void)state;
    const char *text = "Rus\u00ADsian troops left \u00AD.";
    dyad_document *d = segment_text(text);
    assert_int_equal(d->n_sentences, 1);
    const dyad_sentence *s = &d->sentences[0];
    assert_int_equal(s->n_words, 5);
    assert_string_equal(s->words[0].form, "Russian");
    assert_int_equal(s->tokens[0].start, 0);
    assert_int_equal(s->tokens[0].end, 9);
    assert_string_equal(s->words[3].form, "\u00AD"); /* nothing else: kept */
    dyad_document_free(d);
}

static void test_body_start(void **state) {
    (void)state;
    dyad_document *d = dyad_document_new();
    d->text = "Headline here\n\nKYIV — Troops left. Talks began.";
    d->text_len = strlen(d->text);
    d->body_start = 24; /* after "KYIV — " (the dash is 3 bytes) */
    assert_int_equal(dyad_segment(d), 2);
    assert_int_equal(d->sentences[0].start, 24);
    assert_int_equal(d->sentences[0].end, 36);
    assert_int_equal(d->sentences[0].tokens[0].start, 24);
    assert_int_equal(d->sentences[1].start, 37);
    dyad_document_free(d);
}

/* A later paragraph's dateline (doc->later_datelines, set by the reader) is in no sentence. */
static void test_later_dateline(void **state) {
    (void)state;
    dyad_document *d = dyad_document_new();
    d->text = "Troops left.\n\nPARIS (AP) - Talks began. Iran spoke.";
    d->text_len = strlen(d->text);
    uint32_t spans[1][2] = {{14, 27}}; /* "PARIS (AP) - " */
    d->later_datelines = spans;
    d->n_later_datelines = 1;
    assert_int_equal(dyad_segment(d), 3);
    assert_int_equal(d->sentences[1].start, 27);
    assert_int_equal(d->sentences[1].tokens[0].start, 27);
    assert_int_equal(d->sentences[1].paragraph, 1);
    assert_int_equal(d->sentences[2].start, 40);
    dyad_document_free(d);
    /* datelines opening lines inside a paragraph (one line end between stories) */
    d = dyad_document_new();
    d->text = "Troops left.\nPARIS (AP) - Talks began.\nROME (AP) - Iran spoke.";
    d->text_len = strlen(d->text);
    uint32_t inside[2][2] = {{13, 26}, {39, 51}};
    d->later_datelines = inside;
    d->n_later_datelines = 2;
    assert_int_equal(dyad_segment(d), 3);
    assert_int_equal(d->sentences[0].end, 12);
    assert_int_equal(d->sentences[1].start, 26);
    assert_int_equal(d->sentences[1].end, 38);
    assert_int_equal(d->sentences[2].start, 51);
    dyad_document_free(d);
    /* a dateline on a line of its own: its story starts in the next paragraph */
    d = dyad_document_new();
    d->text = "Troops left.\n\nPARIS (AP) -\n\nTalks began.";
    d->text_len = strlen(d->text);
    uint32_t alone[1][2] = {{14, 28}};
    d->later_datelines = alone;
    d->n_later_datelines = 1;
    assert_int_equal(dyad_segment(d), 2);
    assert_int_equal(d->sentences[1].start, 28);
    dyad_document_free(d);
}

static void test_empty(void **state) {
    (void)state;
    dyad_document *d = segment_text(" \n\n \t ");
    assert_int_equal(d->n_sentences, 0);
    dyad_document_free(d);
    d = segment_text("");
    assert_int_equal(d->n_sentences, 0);
    dyad_document_free(d);
}

static void test_resegment(void **state) {
    (void)state;
    /* segmenting twice replaces the sentences */
    dyad_document *d = segment_text("One. Two.");
    assert_int_equal(dyad_segment(d), 2);
    assert_int_equal(d->n_sentences, 2);
    dyad_document_free(d);
}

/* Committed floors for EWT test from raw text (bench/segment.sh prints the current figures:
   85.4 sentence F1 and 99.4 token F1 when these were set). */
#define FLOOR_SENTENCE_F1 0.84
#define FLOOR_TOKEN_F1 0.992
#define FLOOR_WORD_F1 0.990

/* A sentence longer than DYAD_MAX_SENTENCE_WORDS words is split, after a comma near the limit
   when there is one, with one warning at the first split (file:line:col for plain text). */
static void test_sentence_cap(void **state) {
    (void)state;
    dyad_buf b = {0};
    dyad_buf_puts(&b, "Headline\n\n");
    for (int i = 0; i < 1000; i++) dyad_buf_puts(&b, i == 230 ? "word, " : "word ");
    dyad_buf_putc(&b, 0);
    dyad_document *d = dyad_document_new();
    d->text = b.data;
    d->text_len = strlen(b.data);
    d->origin = "big.txt";
    d->origin_line = 1;
    d->origin_col = 1;
    char *msgs = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&msgs, &len);
    dyad_warn_to(mf);
    int n = dyad_segment(d);
    dyad_warn_to(NULL);
    fclose(mf);
    assert_int_equal(n, 1 + 5);
    int words = 0;
    for (int i = 0; i < n; i++) {
        assert_true(d->sentences[i].n_words <= DYAD_MAX_SENTENCE_WORDS);
        words += d->sentences[i].n_words;
    }
    assert_int_equal(words, 1 + 1001);
    /* the first split is after the comma (word 231 and the comma: 232 words) */
    assert_int_equal(d->sentences[1].n_words, 232);
    assert_string_equal(d->sentences[1].words[231].form, ",");
    /* line 3, column 5 * 231 + 2 */
    assert_string_equal(msgs, "big.txt:3:1157: note: sentence longer than 256 words split here, and 3 more "
                              "times in the document\n");
    free(msgs);
    dyad_document_free(d);
    dyad_buf_free(&b);
}

static void test_ewt_floor(void **state) {
    (void)state;
    const char *path = dyad_test_shared("ud/ewt/en_ewt-ud-test.conllu");
    if (!path) skip();
    dyad_document **docs;
    int n = dyad_conllu_read(path, &docs);
    assert_true(n > 0);
    dyad_segment_eval ev = {0};
    for (int i = 0; i < n; i++) {
        dyad_document *sys = dyad_eval_raw_document(docs[i]);
        dyad_segment(sys);
        assert_true(dyad_eval_segment(&ev, docs[i], sys));
        dyad_document_free(sys);
        dyad_document_free(docs[i]);
    }
    free(docs);
    printf("EWT test: tokens F1 %.2f, words F1 %.2f, sentences F1 %.2f\n", 100 * dyad_eval_f1(&ev.tokens),
           100 * dyad_eval_f1(&ev.words), 100 * dyad_eval_f1(&ev.sentences));
    assert_int_equal(ev.sentences.gold, 2077);
    assert_true(dyad_eval_f1(&ev.sentences) >= FLOOR_SENTENCE_F1);
    assert_true(dyad_eval_f1(&ev.tokens) >= FLOOR_TOKEN_F1);
    assert_true(dyad_eval_f1(&ev.words) >= FLOOR_WORD_F1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_final_marks),
        cmocka_unit_test(test_sentence_cap),
        cmocka_unit_test(test_abbreviations_inside),
        cmocka_unit_test(test_abbreviation_ends_sentence),
        cmocka_unit_test(test_unit_words),
        cmocka_unit_test(test_clock_time),
        cmocka_unit_test(test_etc_period),
        cmocka_unit_test(test_quotation_over_sentences),
        cmocka_unit_test(test_quote_closed_without_space),
        cmocka_unit_test(test_quoted_question),
        cmocka_unit_test(test_paragraph_break),
        cmocka_unit_test(test_later_dateline),
        cmocka_unit_test(test_ellipsis),
        cmocka_unit_test(test_lower_case_start),
        cmocka_unit_test(test_numbered_list),
        cmocka_unit_test(test_bullets),
        cmocka_unit_test(test_dash_and_numbered_lines),
        cmocka_unit_test(test_bracketed_labels),
        cmocka_unit_test(test_line_lists),
        cmocka_unit_test(test_one_numbered_line),
        cmocka_unit_test(test_number_after_abbreviation),
        cmocka_unit_test(test_spaced_marks),
        cmocka_unit_test(test_soft_hyphen),
        cmocka_unit_test(test_body_start),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_resegment),
        cmocka_unit_test(test_ewt_floor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
