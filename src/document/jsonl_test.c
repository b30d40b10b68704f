/*
** jsonl_test.c - tests of the JSON Lines reader (jsonl.c): fields and their synonyms, extra
** fields, defaults, and bad records with their warnings and the skip count.
*/
#include "util/testing.h"
#include "document/reader_check.h"
#include "util/util.h"

static void test_fields(void **state) {
    (void)state;
    const char *in =
        "{\"id\": \"r1\", \"date\": \"2022-02-08T10:30:00Z\", \"publisher\": \"Reuters\", \"url\": \"https://x.org/a\", "
        "\"title\": \"Talks\", \"text\": \"KYIV (Reuters) - Troops left.\", \"lang\": \"en\", \"tags\": [\"a\", \"b\"]}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 0);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->id, "r1");
    assert_string_equal(d->date, "2022-02-08");
    assert_string_equal(d->source, "Reuters");
    assert_string_equal(d->url, "https://x.org/a");
    assert_string_equal(d->title, "Talks");
    assert_string_equal(d->text, "KYIV (Reuters) - Troops left.");
    assert_string_equal(d->dateline, "KYIV (Reuters)");
    assert_string_equal(d->text + d->body_start, "Troops left.");
    assert_string_equal(d->extra, "{\"lang\":\"en\",\"tags\":[\"a\",\"b\"]}");
    assert_int_equal(d->origin_line, 1);
    assert_null(r.warnings && *r.warnings ? r.warnings : NULL);
    free_result(&r);
}

static void test_synonyms(void **state) {
    (void)state;
    const char *in =
        "{\"doc_id\": 42, \"published\": \"2021-12-31\", \"source\": {\"id\": \"bbc\", \"name\": \"BBC\"}, \"body\": \"One.\"}\n"
        "\n"
        "{\"publish_date\": 20080804, \"headline\": \"H\", \"link\": \"u\", \"content\": \"Two.\"}\n"
        "{\"maintext\": \"Three.\", \"text\": \"Four.\"}\n";
    dyad_read_options opt = {.date = "2000-01-01", .id = "ignored"};
    read_result r;
    read_string(&r, ".jsonl", in, &opt);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->id, "42");
    assert_string_equal(r.docs[0]->date, "2021-12-31");
    assert_string_equal(r.docs[0]->source, "BBC");
    assert_string_equal(r.docs[0]->text, "One.");
    assert_null(r.docs[0]->extra);
    /* no id: file name and line; the blank line 2 is skipped silently */
    char id[80];
    snprintf(id, sizeof id, "%.*s-3", (int)(strlen(r.path) - strlen("/tmp/") - 6), r.path + strlen("/tmp/"));
    assert_string_equal(r.docs[1]->id, id);
    assert_string_equal(r.docs[1]->date, "2008-08-04");
    assert_string_equal(r.docs[1]->title, "H");
    assert_string_equal(r.docs[1]->url, "u");
    assert_string_equal(r.docs[1]->text, "Two.");
    assert_int_equal(r.docs[1]->origin_line, 3);
    /* "text" wins over "maintext", which is kept; the date comes from the options */
    assert_string_equal(r.docs[2]->text, "Four.");
    assert_string_equal(r.docs[2]->extra, "{\"maintext\":\"Three.\"}");
    assert_string_equal(r.docs[2]->date, "2000-01-01");
    assert_int_equal(r.skipped, 0);
    free_result(&r);
}

/* HTML escaped once more in a text field gave "<p>Hamas ..." and "</p>" as words. */
static void test_escaped_markup(void **state) {
    (void)state;
    const char *in = "{\"text\": \"&lt;p&gt;Hamas fired at &lt;a href=&quot;http://x&quot;&gt;Ashkelon&lt;/a&gt;."
                     "&lt;/p&gt;&lt;p&gt;Israel replied.&lt;/p&gt;\"}\n"
                     "{\"text\": \"Prices rose by &lt;5% &amp; fell.\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[0]->text, "Hamas fired at Ashkelon.\n\nIsrael replied.");
    assert_string_equal(r.docs[1]->text, "Prices rose by <5% & fell.");
    free_result(&r);
}

/* GDELT's exports write DATE as YYYYMMDDhhmmss, a number or a string; such records were left
   without a date (their events undated).  Databases export Unix times as numbers. */
static void test_gdelt_date(void **state) {
    (void)state;
    const char *in = "{\"GKGRECORDID\": \"20231012081500-1\", \"DATE\": 20231012081500, \"text\": \"One.\"}\n"
                     "{\"DATE\": \"20231013000000\", \"text\": \"Two.\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_non_null(r.docs[0]->date);
    assert_string_equal(r.docs[0]->date, "2023-10-12");
    assert_non_null(r.docs[1]->date);
    assert_string_equal(r.docs[1]->date, "2023-10-13");
    assert_int_equal(r.warnings_len, 0);
    free_result(&r);
    /* Unix times: seconds, milliseconds (their UTC day); as text they are no date */
    in = "{\"date\": 1644278399, \"text\": \"One.\"}\n{\"date\": 1644278400500, \"text\": \"Two.\"}\n"
         "{\"date\": \"1644278400\", \"text\": \"Three.\"}\n{\"date\": 16442784005, \"text\": \"Four.\"}\n";
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 4);
    assert_string_equal(r.docs[0]->date, "2022-02-07");
    assert_string_equal(r.docs[1]->date, "2022-02-08");
    assert_null(r.docs[2]->date);
    assert_null(r.docs[3]->date);
    free_result(&r);
}

/* News APIs name the date in camel case ("publishedAt", "pubDate"); names match in any case. */
/* Scraped text keeps HTML: markup is read as an HTML fragment (paragraphs), character
   references are decoded; a "<" that opens no element stays. */
static void test_markup_in_text(void **state) {
    (void)state;
    const char *in =
        "{\"text\": \"<p>China condemned Japan.</p><p>Japan accused <b>China</b>.</p>\"}\n"
        "{\"text\": \"Iran&#39;s envoy &amp; Israel&rsquo;s met &#x41;. AT&T &nope; stays.\"}\n"
        "{\"text\": \"Prices rose <5% as a<b held.\", \"title\": \"<b>Iran</b> &amp; Israel\"}\n"
        "{\"text\": \"Four.\", \"title\": \"Iran &amp; Israel\"}\n"
        "{\"text\": \"<div class=\\\"related\\\"><p>Chad met Niger.</p></div>\"}\n"
        "{\"text\": \"Iraq said <I> Iran accused <Chase Manhattan Bank NA> of fraud.\"}\n"
        "{\"text\": \"<p>Russia expelled <Cargill Inc> officials.</p><p>Iran accused <Iraq> of it.</p>\"}\n"
        "{\"text\": \"Chad met Niger.<p>Mali spoke.\"}\n"
        "{\"text\": \"<p>Russia <my-widget data-x=\\\"1\\\">attacked</my-widget> Ukraine.</p>\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 9);
    /* a lone one-letter tag is no markup (Reuters' tickers), and a bracketed name in markup is
       text, not an element to drop */
    assert_string_equal(r.docs[5]->text, "Iraq said <I> Iran accused <Chase Manhattan Bank NA> of fraud.");
    assert_string_equal(r.docs[6]->text, "Russia expelled <Cargill Inc> officials.\n\nIran accused <Iraq> of it.");
    assert_string_equal(r.docs[7]->text, "Chad met Niger.\n\nMali spoke."); /* one lower-case <p> is markup */
    assert_string_equal(r.docs[8]->text, "Russia attacked Ukraine."); /* a custom element is markup */
    assert_string_equal(r.docs[0]->text, "China condemned Japan.\n\nJapan accused China.");
    assert_string_equal(r.docs[1]->text, "Iran's envoy & Israel\u2019s met A. AT&T &nope; stays.");
    assert_string_equal(r.docs[2]->text, "Prices rose <5% as a<b held.");
    assert_string_equal(r.docs[2]->title, "Iran & Israel"); /* titles too */
    assert_string_equal(r.docs[3]->title, "Iran & Israel");
    /* all of it page furniture to the HTML reader: every text node, no markup */
    assert_string_equal(r.docs[4]->text, "Chad met Niger.");
    assert_int_equal(r.skipped, 0);
    free_result(&r);
}

static void test_api_field_names(void **state) {
    (void)state;
    const char *in =
        "{\"publishedAt\": \"2022-02-24T23:30:00Z\", \"Content\": \"One.\"}\n"
        "{\"pubDate\": \"2022-02-25\", \"text\": \"Two.\"}\n"
        "{\"published_time\": \"2022-02-26T08:00:00+01:00\", \"text\": \"Three.\"}\n"
        "{\"pubDate\": \"Thu, 24 Feb 2022 10:00:00 GMT\", \"text\": \"Four.\"}\n"
        "{\"date\": \"Thursday, February 24, 2022\", \"text\": \"Five.\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 5);
    assert_string_equal(r.docs[0]->date, "2022-02-24");
    assert_string_equal(r.docs[0]->text, "One.");
    assert_string_equal(r.docs[3]->date, "2022-02-24");
    assert_string_equal(r.docs[4]->date, "2022-02-24");
    assert_null(r.docs[0]->extra);
    assert_string_equal(r.docs[1]->date, "2022-02-25");
    assert_string_equal(r.docs[2]->date, "2022-02-26");
    assert_int_equal(r.skipped, 0);
    free_result(&r);
}

static void test_bad_records(void **state) {
    (void)state;
    const char *in =
        "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n"
        "{\"id\": \"x\", \"text\": }\n"
        "{\"id\": \"no-text\", \"title\": \"T\"}\n"
        "{\"id\": \"num\", \"text\": 17}\n"
        "{\"id\": \"empty\", \"text\": \"  \"}\n"
        "[\"an\", \"array\"]\n"
        "{\"id\": \"bad-date\", \"date\": \"Feb 8\", \"text\": \"Kept.\"}\n"
        "{\"id\": \"ok2\", \"text\": \"Fine too.\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_int_equal(r.skipped, 5);
    assert_string_equal(r.docs[0]->id, "ok1");
    assert_string_equal(r.docs[1]->id, "bad-date");
    assert_null(r.docs[1]->date);
    assert_string_equal(r.docs[1]->extra, "{\"date\":\"Feb 8\"}");
    assert_string_equal(r.docs[2]->id, "ok2");
    check_warning(&r, "2:21", "malformed JSON; record skipped");
    check_warning(&r, "3:1", "no \"text\" field (nor body, content, maintext, article, story); record skipped");
    check_warning(&r, "4:15", "field \"text\" is a number, not a string; record skipped");
    check_warning(&r, "5:17", "field \"text\" is empty; record skipped");
    check_warning(&r, "6:1", "a JSON record must be an object; record skipped");
    check_warning(&r, "7:20", "field \"date\" is not a date (YYYY-MM-DD, or as in RSS); kept as an extra field");
    free_result(&r);
}

/* A field given twice: the first is used, the second kept in extra, with a warning. */
static void test_duplicate_field(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".jsonl", "{\"id\": \"d\", \"text\": \"Putin met Macron.\", \"text\": \"Biden left.\"}\n", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Putin met Macron.");
    assert_string_equal(r.docs[0]->extra, "{\"text\":\"Biden left.\"}");
    check_warning(&r, "1:42", "field \"text\" appears twice; the first is used, this one kept as an extra field");
    free_result(&r);
}

/* A text given as an array of paragraphs is read as they are, joined by blank lines; an array
   holding anything else is reported.  A news API's mark of a text cut short is dropped. */
static void test_text_paragraphs(void **state) {
    (void)state;
    const char *in = "{\"id\": \"p\", \"text\": [\"Iran threatened Israel.\", \"China praised Pakistan.\"]}\n"
                     "{\"id\": \"mixed\", \"text\": [\"One.\", 2]}\n"
                     "{\"id\": \"none\", \"text\": []}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 2);
    assert_string_equal(r.docs[0]->text, "Iran threatened Israel.\n\nChina praised Pakistan.");
    assert_int_equal(dyad_segment(r.docs[0]), 2);
    check_warning(&r, "2:17", "field \"text\" is an array, not a string or an array of strings; record skipped");
    check_warning(&r, "3:16", "field \"text\" is an array, not a string or an array of strings; record skipped");
    free_result(&r);
    /* NewsAPI's mark of a text cut short is no part of it; brackets inside the text stay */
    in = "{\"id\": \"cut\", \"content\": \"Iran threatened Israel on Monday, state media said\u2026 [+2345 chars]\"}\n"
         "{\"id\": \"kept\", \"content\": \"Iran [+2] threatened Israel.\"}\n";
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[0]->text, "Iran threatened Israel on Monday, state media said\u2026");
    assert_string_equal(r.docs[1]->text, "Iran [+2] threatened Israel.");
    free_result(&r);
}

static void test_bad_bytes(void **state) {
    (void)state;
    const char in[] = "{\"text\": \"caf\xE9\"}\n{\"text\": \"a\0b\"}\n{\"text\": \"cut\\u0000off \\u0000\", \"n\": \"\\\\u0000\"}\n"
                      "{\"text\": \"ok\"}\n";
    read_result r;
    read_input(&r, ".jsonl", in, sizeof in - 1, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->text, "caf\uFFFD");
    assert_string_equal(r.docs[1]->text, "cut\uFFFDoff \uFFFD");
    assert_string_equal(r.docs[1]->extra, "{\"n\":\"\\\\u0000\"}"); /* an escaped backslash stays */
    assert_string_equal(r.docs[2]->text, "ok");
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "1:14", "invalid UTF-8 (byte 0xE9); 1 bad sequence replaced by U+FFFD in the record");
    check_warning(&r, "2:12", "NUL byte in a JSON record; record skipped");
    check_warning(&r, "3:14", "\\u0000 (a NUL character) in a string replaced by U+FFFD");
    free_result(&r);
    /* lone surrogate escapes (Python writes them for broken strings) become U+FFFD; a pair
       stays the character it makes, an escaped backslash stays text */
    const char sur[] = "{\"text\": \"Kyiv \\ud83d said \\ud83d\\ude00 \\\\ud800 no \\udc00.\"}\n";
    read_input(&r, ".jsonl", sur, sizeof sur - 1, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Kyiv \uFFFD said \U0001F600 \\ud800 no \uFFFD.");
    check_warning(&r, "1:16", "escape of a lone UTF-16 surrogate; 2 replaced by U+FFFD in the record");
    free_result(&r);
    /* a message after repaired bytes gives the column in the file's bytes: "text" starts at
       byte 16 here (two bad bytes, a 3-byte lead cut short, a 2-byte character), not at byte
       21 of the repair (three U+FFFD of 3 bytes each) */
    const char after[] = "{\"id\":\"\xFF\xFE\xE2\x82\xC3\xA9\",\"text\":5}\n";
    read_input(&r, ".jsonl", after, sizeof after - 1, NULL);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "1:8", "invalid UTF-8 (byte 0xFF); 3 bad sequences replaced by U+FFFD in the record");
    check_warning(&r, "1:16", "field \"text\" is a number, not a string; record skipped");
    free_result(&r);
}

static void test_empty_jsonl(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".jsonl", "\n  \n", NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "", "empty JSON file: no records");
    free_result(&r);
}

static void test_last_line_without_newline(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".json", "{\"text\": \"A.\"}\r\n{\"text\": \"B.\"}", NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[1]->text, "B.");
    assert_int_equal(r.docs[1]->origin_line, 2);
    free_result(&r);
}

static void test_indented_line(void **state) {
    (void)state;
    /* columns count from the start of the line, leading blanks included */
    read_result r;
    read_string(&r, ".jsonl", "   {\"text\": 5}\n", NULL);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "1:5", "field \"text\" is a number, not a string; record skipped");
    free_result(&r);
}

static void test_json_array(void **state) {
    (void)state;
    const char *in =
        "[\n"
        "  {\"id\": \"a\", \"text\": \"One, [two] {three}.\"},\n"
        "  {\"id\": \"b\",\n"
        "   \"text\": 7},\n"
        "  {\"id\": \"c\", \"text\": \"Four \\\" five.\", \"meta\": {\"k\": [1, 2]}}\n"
        "]\n";
    read_result r;
    read_string(&r, ".json", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_int_equal(r.skipped, 1);
    assert_string_equal(r.docs[0]->text, "One, [two] {three}.");
    assert_int_equal(r.docs[0]->origin_line, 2);
    assert_string_equal(r.docs[1]->id, "c");
    assert_string_equal(r.docs[1]->text, "Four \" five.");
    assert_string_equal(r.docs[1]->extra, "{\"meta\":{\"k\":[1,2]}}");
    assert_int_equal(r.docs[1]->origin_line, 5);
    check_warning(&r, "4:4", "field \"text\" is a number, not a string; record skipped");
    free_result(&r);
    /* A stray '}' where an element should be is reported and stepped over. */
    read_string(&r, ".json", "[{\"id\":\"a\",\"text\":\"x\"}, }, {\"text\":\"y\"}]", NULL);
    assert_int_equal(r.n_docs, 2);
    assert_int_equal(r.skipped, 1);
    assert_string_equal(r.docs[1]->text, "y");
    free_result(&r);
    read_string(&r, ".json", " [ ] ", NULL);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "", "empty JSON file: no records");
    free_result(&r);
}

/* Numbers keep their digits: cJSON reads doubles, which would turn the id 9007199254740993
   into ...992 and 12345678901234567890 into 1.2345678901234567e+19. */
static void test_big_numbers(void **state) {
    (void)state;
    const char *in =
        "{\"id\":9007199254740993,\"text\":\"Biden met Scholz.\",\"big\":12345678901234567890, \"n\": 1e999999,"
        " \"neg\":-123456789012345678901234567890123,\"o\":{\"x\": [1, 2.50]},\"s\":\"a\\tb \\u00e9\"}\n"
        "{\"id\":-17,\"text\":\"Two.\"}\n"
        "{\"id\":1.5e3,\"text\":\"Three.\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->id, "9007199254740993");
    assert_string_equal(r.docs[0]->extra, "{\"big\":12345678901234567890,\"n\":1e999999,"
                        "\"neg\":-123456789012345678901234567890123,\"o\":{\"x\":[1,2.50]},\"s\":\"a\\tb \\u00e9\"}");
    assert_string_equal(r.docs[1]->id, "-17");
    assert_string_equal(r.docs[2]->id, "1.5e3");
    assert_null(r.warnings && *r.warnings ? r.warnings : NULL);
    free_result(&r);
}

/* Text after the record, and nesting deeper than cJSON reads, are reported as such. */
static void test_trailing_and_deep(void **state) {
    (void)state;
    dyad_buf in = {0};
    dyad_buf_puts(&in, "{\"id\":\"t\",\"text\":\"Biden met Scholz.\"} garbage\n{\"text\":\"x\",\"deep\":");
    for (int i = 0; i < 1500; i++) dyad_buf_putc(&in, '[');
    for (int i = 0; i < 1500; i++) dyad_buf_putc(&in, ']');
    dyad_buf_puts(&in, "}\n{\"text\":\"ok\"}\n");
    read_result r;
    read_input(&r, ".jsonl", in.data, in.len, NULL);
    dyad_buf_free(&in);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 2);
    check_warning(&r, "1:39", "text after the JSON record; record skipped");
    check_warning(&r, "2:1019", "JSON nested too deep (more than 1000 levels); record skipped");
    free_result(&r);
}

/*
** Commas after records (an array's lines taken for JSON Lines) are passed over, and several
** records on one line are read one by one, each with its own column and default id.
*/
static void test_records_on_one_line(void **state) {
    (void)state;
    const char *in = "{\"id\":\"a\",\"text\":\"One.\"},\n"
                     "{\"text\":\"Two.\"} {\"text\":\"Three.\"},{\"text\":5},  {\"text\":\"Four.\"} ,\n"
                     "{\"text\":\"Five.\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 5);
    assert_int_equal(r.skipped, 1);
    const char *texts[] = {"One.", "Two.", "Three.", "Four.", "Five."};
    for (int i = 0; i < 5; i++) assert_string_equal(r.docs[i]->text, texts[i]);
    char base[64], id[80];
    snprintf(base, sizeof base, "%.*s", (int)(strlen(r.path) - strlen("/tmp/") - 6), r.path + strlen("/tmp/"));
    assert_string_equal(r.docs[0]->id, "a");
    snprintf(id, sizeof id, "%s-2", base);
    assert_string_equal(r.docs[1]->id, id);
    snprintf(id, sizeof id, "%s-2.2", base);
    assert_string_equal(r.docs[2]->id, id);
    snprintf(id, sizeof id, "%s-2.4", base);
    assert_string_equal(r.docs[3]->id, id);
    snprintf(id, sizeof id, "%s-3", base);
    assert_string_equal(r.docs[4]->id, id);
    assert_int_equal(r.docs[4]->origin_line, 3);
    check_warning(&r, "2:36", "field \"text\" is a number, not a string; record skipped");
    free_result(&r);
}

/* Old Mac line ends (a lone CR) end lines: records, line numbers and a bad line as usual. */
static void test_cr_lines(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\r{bad\r{\"text\":\"Two.\"}\r\n{\"text\":\"Three.\"}\r", NULL);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[1]->text, "Two.");
    assert_int_equal(r.docs[1]->origin_line, 3);
    assert_int_equal(r.docs[2]->origin_line, 4);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "2:3", "malformed JSON; record skipped");
    free_result(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fields),
        cmocka_unit_test(test_synonyms),
        cmocka_unit_test(test_gdelt_date),
        cmocka_unit_test(test_escaped_markup),
        cmocka_unit_test(test_api_field_names),
        cmocka_unit_test(test_markup_in_text),
        cmocka_unit_test(test_bad_records),
        cmocka_unit_test(test_duplicate_field),
        cmocka_unit_test(test_text_paragraphs),
        cmocka_unit_test(test_bad_bytes),
        cmocka_unit_test(test_empty_jsonl),
        cmocka_unit_test(test_last_line_without_newline),
        cmocka_unit_test(test_indented_line),
        cmocka_unit_test(test_json_array),
        cmocka_unit_test(test_big_numbers),
        cmocka_unit_test(test_trailing_and_deep),
        cmocka_unit_test(test_records_on_one_line),
        cmocka_unit_test(test_cr_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
