/*
** reader_test.c - tests of dyad_reader: plain-text documents, format detection (XML by its
** root element included), and bad files (empty, binary, invalid UTF-8, missing), with the
** warnings and skip counts they give.
*/
#include "util/testing.h"
#include "document/reader_check.h"
#include "util/util.h"
#include <sys/wait.h>

static void test_text_document(void **state) {
    (void)state;
    const char *text = "Troops leave Belarus\n\nKYIV — Russian troops left. Talks began.\n";
    dyad_read_options opt = {.id = "story-1", .date = "2022-02-08"};
    read_result r;
    read_string(&r, ".txt", text, &opt);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 0);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->id, "story-1");
    assert_string_equal(d->date, "2022-02-08");
    assert_string_equal(d->title, "Troops leave Belarus");
    assert_string_equal(d->dateline, "KYIV");
    assert_int_equal(d->text_len, strlen(text));
    assert_memory_equal(d->text, text, strlen(text)); /* the bytes as they are */
    assert_int_equal(d->body_start, 31);              /* after "KYIV — " (the dash is 3 bytes) */
    assert_string_equal(d->origin, r.path);
    assert_int_equal(d->origin_line, 1);
    assert_null(d->extra);
    assert_int_equal(dyad_segment(d), 2);
    assert_int_equal(d->sentences[0].start, 31);
    assert_int_equal(d->sentences[0].tokens[0].end, 38); /* "Russian" */
    free_result(&r);
}

static void test_text_defaults(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".txt", "Just one sentence.", NULL);
    assert_int_equal(r.n_docs, 1);
    dyad_document *d = r.docs[0];
    /* the id is the file name without folder and extension */
    char id[64];
    snprintf(id, sizeof id, "%.*s", (int)(strlen(r.path) - strlen("/tmp/") - 4), r.path + strlen("/tmp/"));
    assert_string_equal(d->id, id);
    assert_null(d->date);
    assert_null(d->title);
    assert_null(d->dateline);
    assert_int_equal(d->body_start, 0);
    free_result(&r);
}

static void test_text_bom_crlf(void **state) {
    (void)state;
    const char *text = "\xEF\xBB\xBFHeadline\r\n\r\nBody one.\r\nStill one.\r\n\r\nTwo.";
    read_result r;
    read_string(&r, ".txt", text, NULL);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->title, "Headline");
    assert_int_equal(d->body_start, 15);
    assert_int_equal(dyad_segment(d), 3);
    assert_int_equal(d->sentences[1].paragraph, 0);
    assert_int_equal(d->sentences[2].paragraph, 1);
    assert_int_equal(d->sentences[1].start, 26); /* "Still", after the CR LF */
    free_result(&r);
}

/* Classic Mac OS line ends (a lone CR) break lines as well; offsets do not move. */
static void test_text_cr(void **state) {
    (void)state;
    const char *text = "Headline\r\rKYIV - Body one.\rStill one.\r\rTwo.";
    read_result r;
    read_string(&r, ".txt", text, NULL);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->title, "Headline");
    assert_string_equal(d->dateline, "KYIV");
    assert_int_equal(dyad_segment(d), 3);
    assert_int_equal(d->sentences[2].paragraph, 1);
    assert_int_equal(d->sentences[1].start, 27); /* "Still", after the CR */
    free_result(&r);
}

static void test_example_article(void **state) {
    (void)state;
    dyad_reader *rd = dyad_reader_open("examples/article.txt", NULL);
    if (!rd) skip();
    dyad_document *d = dyad_reader_next(rd);
    assert_non_null(d);
    assert_string_equal(d->id, "article");
    assert_string_equal(d->title, "Macron carries his shuttle diplomacy from Moscow to Kyiv as Western leaders seek to calm the crisis");
    assert_string_equal(d->dateline, "KYIV, Feb 8 (dyad example)");
    assert_true(strncmp(d->text + d->body_start, "French President", 16) == 0);
    dyad_document_free(d);
    dyad_reader_close(rd);
}

static void test_empty_file(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".txt", "", NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "", "empty text document; skipped");
    free_result(&r);
    read_string(&r, ".txt", " \n\n\t\n", NULL);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "", "empty text document; skipped");
    free_result(&r);
    read_string(&r, ".txt", "\xEF\xBB\xBF\n", NULL); /* a byte-order mark alone */
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "", "empty text document; skipped");
    free_result(&r);
}

static void test_binary_file(void **state) {
    (void)state;
    read_result r;
    read_input(&r, ".txt", "abc\ndef\0ghi", 11, NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "2:4", "NUL byte (a binary file?); text document skipped");
    free_result(&r);
    /* an endless one is skipped after its first KB (alarm() fails the test rather than hang) */
    alarm(20);
    FILE *sink = dyad_warn_silence();
    dyad_reader *rd = dyad_reader_open("/dev/zero", NULL);
    assert_non_null(rd);
    assert_null(dyad_reader_next(rd));
    assert_int_equal(dyad_reader_skipped(rd), 1);
    dyad_reader_close(rd);
    dyad_warn_restore(sink);
    alarm(0);
}

static void test_invalid_utf8(void **state) {
    (void)state;
    /* Latin-1 "café": the byte becomes U+FFFD, one warning for the document, which is kept */
    read_result r;
    read_string(&r, ".txt", "line one\nthe caf\xE9 opened.\n", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 0);
    assert_string_equal(r.docs[0]->text, "line one\nthe caf\uFFFD opened.\n");
    check_warning(&r, "2:8", "invalid UTF-8 (byte 0xE9); 1 bad sequence replaced by U+FFFD in the text "
                  "document (convert the input to UTF-8, e.g. with iconv)");
    free_result(&r);
}

static void test_missing_file(void **state) {
    (void)state;
    char *msgs = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&msgs, &len);
    dyad_warn_to(mf);
    dyad_reader *rd = dyad_reader_open("/nonexistent/dyad/news.txt", NULL);
    dyad_warn_to(NULL);
    fclose(mf);
    assert_null(rd);
    assert_non_null(strstr(msgs, "/nonexistent/dyad/news.txt: error: cannot read: No such file or directory"));
    free(msgs);
    dyad_reader_close(NULL);
    assert_null(dyad_reader_next(NULL));
    assert_int_equal(dyad_reader_skipped(NULL), 0);
}

/* --date is the date of documents that carry none: a date line in the text wins, in text,
   HTML and JSON Lines alike. */
static void test_date_line_over_default(void **state) {
    (void)state;
    dyad_read_options opt = {.date = "2023-01-01"};
    const char *text = "Putin threatens Kyiv\n\nFebruary 8, 2022\n\nKYIV — Russia attacked Ukraine.\n";
    read_result r;
    read_string(&r, ".txt", text, &opt);
    assert_string_equal(r.docs[0]->date, "2022-02-08");
    free_result(&r);
    read_string(&r, ".html", "<html><body><p>February 8, 2022</p><p>KYIV — Russia attacked.</p></body></html>", &opt);
    assert_string_equal(r.docs[0]->date, "2022-02-08");
    assert_string_equal(r.docs[0]->dateline, "KYIV");
    free_result(&r);
    read_string(&r, ".jsonl", "{\"text\": \"February 8, 2022\\nRussia attacked.\"}\n{\"text\": \"Russia attacked.\"}\n", &opt);
    assert_string_equal(r.docs[0]->date, "2022-02-08");
    assert_string_equal(r.docs[1]->date, "2023-01-01");
    free_result(&r);
}

static void test_format_by_content(void **state) {
    (void)state;
    read_result r;
    read_string(&r, "", "\n{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n", NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[1]->id, "b");
    free_result(&r);
    read_string(&r, "", "<!DOCTYPE html><html><body><p>Troops left the town.</p></body></html>", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Troops left the town.");
    free_result(&r);
    /* a '{' that does not open a JSON object ('{' then '"') starts plain text */
    read_string(&r, "", "{UPDATE 2} Russia attacked Ukraine.\nNATO condemned the attack.\n", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "{UPDATE 2} Russia attacked Ukraine.\nNATO condemned the attack.\n");
    free_result(&r);
    read_string(&r, "", "{ \"text\": broken JSON", NULL);
    assert_int_equal(r.n_docs, 0); /* an object that breaks is JSON Lines, reported */
    assert_int_equal(r.skipped, 1);
    free_result(&r);
    /* an HTML fragment, without <html> */
    read_string(&r, "", "<div class=\"story\"><p>Troops left the town.</p></div>", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Troops left the town.");
    free_result(&r);
    read_string(&r, "", "<Reuters> Troops left the town.", NULL); /* not an HTML element */
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "<Reuters> Troops left the town.");
    free_result(&r);
    read_string(&r, ".txt", "{not JSON} but plain text by name.", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.warnings_len, 0);
    free_result(&r);
    /* JSON records in a file named .txt: read as text, as the name says, with a hint */
    read_string(&r, ".txt", "{\"id\": \"a\", \"text\": \"One.\"}\n", NULL);
    assert_int_equal(r.n_docs, 1);
    check_warning(&r, "1:1", "this looks like JSON Lines, but its name says plain text, as which it is read; give "
                             "--input jsonl to read its records");
    free_result(&r);
    read_string(&r, "", " [\n {\"id\": \"a\", \"text\": \"One.\"}]", NULL); /* a JSON array */
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->id, "a");
    free_result(&r);
}

/*
** XML is told by its root element, found past the declaration, comments, processing
** instructions and doctype: a news feed (also without a declaration, or named .rss/.atom),
** XHTML (HTML), or anything else, which is reported and skipped.
*/
static void test_format_xml(void **state) {
    (void)state;
    const char *rss = "\xEF\xBB\xBF <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<!-- generator: x > y -->\n<?xml-stylesheet type=\"text/xsl\" href=\"rss.xsl\"?>\n"
                      "<rss version=\"2.0\"><channel><title>News</title>\n"
                      "<item><title>One</title><description><![CDATA[<p>Germany condemned Russia.</p>]]></description>"
                      "<pubDate>Thu, 24 Feb 2022 23:30:00 GMT</pubDate></item>\n"
                      "<item><title>Two</title><description>Macron met Putin.</description></item>\n"
                      "</channel></rss>\n";
    read_result r;
    read_string(&r, "", rss, NULL);
    assert_int_equal(r.n_docs, 2); /* not one text document with markup in it */
    assert_string_equal(r.docs[0]->text, "Germany condemned Russia.");
    assert_string_equal(r.docs[0]->date, "2022-02-24");
    assert_string_equal(r.docs[0]->title, "One");
    assert_int_equal(r.docs[0]->origin_line, 5);
    assert_string_equal(r.docs[1]->text, "Macron met Putin.");
    free_result(&r);

    const char *atom = "<?xml version='1.0'?><!DOCTYPE feed [ <!ENTITY x \"a > b\"> ]>"
                       "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>e1</id>"
                       "<summary>NATO rejected the demands.</summary></entry></feed>";
    read_string(&r, ".xml", atom, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->id, "e1");
    free_result(&r);
    read_string(&r, "", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                        "xmlns=\"http://purl.org/rss/1.0/\"><item><description>Kyiv said no.</description></item>"
                        "</rdf:RDF>", NULL);
    assert_int_equal(r.n_docs, 1);
    free_result(&r);
    /* by name: .rss and .atom are feeds, whatever the first bytes */
    read_string(&r, ".rss", "\n\n<rss><channel><item><description>One.</description></item></channel></rss>", NULL);
    assert_int_equal(r.n_docs, 1);
    free_result(&r);
    read_string(&r, ".atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content>Two.</content></entry></feed>",
                NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Two.");
    free_result(&r);

    /* XHTML is HTML */
    const char *xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head>"
                        "<body><p>Troops left the town.</p></body></html>\n";
    read_string(&r, "", xhtml, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Troops left the town.");
    free_result(&r);

    /* another XML root: reported by name and skipped */
    read_string(&r, "", "<?xml version=\"1.0\"?>\n<!-- x -->\n<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\">"
                        "<svg:text>Russia attacked.</svg:text></svg:svg>", NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "", "not a news format dyad reads: XML root <svg:svg>; file skipped");
    free_result(&r);
    read_string(&r, "", "<!DOCTYPE note SYSTEM \"note.dtd\"><note>Troops left.</note>", NULL);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "", "not a news format dyad reads: XML root <note>; file skipped");
    free_result(&r);
    read_string(&r, "", "<?xml version=\"1.0\"?>\nTroops left the town.", NULL);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "", "not a news format dyad reads: XML without a root element; file skipped");
    free_result(&r);
    /* told otherwise, the reader does as it is told */
    dyad_read_options opt = {.format = DYAD_FORMAT_TEXT};
    read_string(&r, "", "<?xml version=\"1.0\"?><foo>Troops left the town.</foo>", &opt);
    assert_int_equal(r.n_docs, 1);
    free_result(&r);
}

/* A news feed from a pipe is read to its end and then handed out item by item. */
static void test_feed_pipe(void **state) {
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    const char *one = "<?xml version=\"1.0\"?>", *two = "\n<rss><channel><item><description>One.</description></item>"
                                                       "<item><description>Two.</description></item></channel></rss>";
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) { /* the writer: the root element comes a little later than the declaration */
        close(fds[0]);
        bool ok = write(fds[1], one, strlen(one)) == (ssize_t)strlen(one);
        usleep(100000);
        ok = ok && write(fds[1], two, strlen(two)) == (ssize_t)strlen(two);
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    alarm(20);
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
    dyad_reader *r = dyad_reader_open(path, NULL);
    assert_non_null(r);
    dyad_document *d = dyad_reader_next(r);
    assert_non_null(d);
    assert_string_equal(d->text, "One.");
    dyad_document_free(d);
    d = dyad_reader_next(r);
    assert_non_null(d);
    assert_string_equal(d->text, "Two.");
    dyad_document_free(d);
    assert_null(dyad_reader_next(r));
    assert_int_equal(dyad_reader_skipped(r), 0);
    dyad_reader_close(r);
    close(fds[0]);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_int_equal(status, 0);
    alarm(0);
}

/* A JSON Lines record with a NUL byte is skipped as soon as the byte is seen (not read to its
   end first: /dev/zero has none); blank lines before the first record keep their numbers. */
static void test_jsonl_nul_and_blank_lines(void **state) {
    (void)state;
    const char in[] = "\n\n{\"text\": \"a\0b\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n{\"text\": \"\0";
    read_result r;
    read_input(&r, ".jsonl", in, sizeof in - 1, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->id, "b");
    assert_int_equal(r.docs[0]->origin_line, 4);
    assert_int_equal(r.skipped, 2);
    check_warning(&r, "3:12", "NUL byte in a JSON record; record skipped");
    check_warning(&r, "5:11", "NUL byte in a JSON record; record skipped");
    free_result(&r);
}

/* JSON Lines in UTF-16 without a byte-order mark: one warning for the file, not one a record. */
static void test_jsonl_utf16_without_bom(void **state) {
    (void)state;
    const char *json = "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n";
    size_t n = strlen(json);
    char le[256], be[256];
    for (size_t i = 0; i < n; i++) {
        le[2 * i] = json[i];
        le[2 * i + 1] = 0;
        be[2 * i] = 0;
        be[2 * i + 1] = json[i];
    }
    read_result r;
    read_input(&r, ".jsonl", le, 2 * n, NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "1:1", "NUL bytes: this looks like UTF-16LE without a byte-order mark; file skipped "
                  "(convert it with iconv -f UTF-16LE -t UTF-8)");
    assert_null(strstr(r.warnings, "record skipped"));
    free_result(&r);
    read_input(&r, ".jsonl", be, 2 * n, NULL);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "1:1", "NUL bytes: this looks like UTF-16BE without a byte-order mark; file skipped");
    free_result(&r);
}

/* An id used twice in a file is reported with both lines; both records are kept. */
static void test_duplicate_ids(void **state) {
    (void)state;
    const char *in = "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": 7, \"text\": \"Two.\"}\n"
                     "{\"id\": \"a\", \"text\": \"Three.\"}\n{\"id\": \"7\", \"text\": \"Four.\"}\n";
    read_result r;
    read_string(&r, ".jsonl", in, NULL);
    assert_int_equal(r.n_docs, 4);
    assert_int_equal(r.skipped, 0);
    check_warning(&r, "3", "document id \"a\" was already used by the record at line 1");
    check_warning(&r, "4", "document id \"7\" was already used by the record at line 2");
    free_result(&r);
    /* past 20, they are counted */
    dyad_buf many = {0};
    for (int i = 0; i < 23; i++) dyad_buf_puts(&many, "{\"id\": \"x\", \"text\": \"Again.\"}\n");
    dyad_buf_putc(&many, 0);
    read_string(&r, ".jsonl", many.data, NULL);
    assert_int_equal(r.n_docs, 23);
    check_warning(&r, "21", "document id \"x\" was already used by the record at line 1");
    check_warning(&r, "", "2 more records reused the id of an earlier record");
    assert_null(strstr(r.warnings, ":22: warning"));
    free_result(&r);
    dyad_buf_free(&many);
}

static void test_format_option(void **state) {
    (void)state;
    dyad_read_options opt = {.format = DYAD_FORMAT_TEXT};
    read_result r;
    read_string(&r, ".jsonl", "{\"text\": \"x\"}", &opt);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "{\"text\": \"x\"}");
    free_result(&r);
}

/*
** JSON Lines from a pipe are handed out as they come: the first record is read while the
** writer still holds the pipe open (alarm() fails the test rather than let it hang).
*/
static void test_jsonl_feed(void **state) {
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    const char *one = "{\"id\": \"a\", \"text\": \"Macron met Putin.\"}\n";
    assert_int_equal(write(fds[1], one, strlen(one)), (ssize_t)strlen(one));
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
    alarm(20);
    dyad_reader *r = dyad_reader_open(path, NULL);
    assert_non_null(r);
    dyad_document *d = dyad_reader_next(r);
    assert_non_null(d);
    assert_string_equal(d->id, "a");
    dyad_document_free(d);
    const char *two = "\n{\"id\": \"b\", \"text\": \"Scholz met Biden.\"}";
    assert_int_equal(write(fds[1], two, strlen(two)), (ssize_t)strlen(two));
    close(fds[1]);
    d = dyad_reader_next(r);
    assert_non_null(d);
    assert_string_equal(d->id, "b");
    dyad_document_free(d);
    assert_null(dyad_reader_next(r));
    alarm(0);
    dyad_reader_close(r);
    close(fds[0]);
}

/* Records longer than the reader's 64 KB chunk, between short ones, come out whole and in order. */
static void test_jsonl_long_records(void **state) {
    (void)state;
    dyad_buf b = {0};
    for (int i = 0; i < 12; i++) {
        dyad_buf_printf(&b, "{\"id\": \"r%d\", \"text\": \"", i);
        for (int k = 0; k < (i % 4 == 0 ? 30000 : 3); k++) dyad_buf_puts(&b, "Talks. ");
        dyad_buf_puts(&b, "\"}\r\n");
    }
    dyad_buf_putc(&b, 0);
    read_result r;
    read_string(&r, ".jsonl", b.data, NULL);
    assert_int_equal(r.n_docs, 12);
    assert_int_equal(r.skipped, 0);
    for (int i = 0; i < 12; i++) {
        char id[16];
        snprintf(id, sizeof id, "r%d", i);
        assert_string_equal(r.docs[i]->id, id);
        assert_int_equal(r.docs[i]->origin_line, i + 1);
        assert_int_equal(r.docs[i]->text_len, 7 * (i % 4 == 0 ? 30000 : 3));
    }
    free_result(&r);
    dyad_buf_free(&b);
}

/*
** A JSON Lines line longer than the cap (here 100 bytes) is reported with its line and skipped,
** whether it came whole in one read or over many (a 150 KB line, cap 1000), and reading goes
** on with the next line.
*/
static void test_jsonl_line_cap(void **state) {
    (void)state;
    dyad_buf b = {0};
    dyad_buf_puts(&b, "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"");
    for (int k = 0; k < 20; k++) dyad_buf_puts(&b, "Talks. ");
    dyad_buf_puts(&b, "\"}\n{\"id\": \"c\", \"text\": \"Three.\"}\n");
    read_result r;
    read_input_capped(&r, ".jsonl", b.data, b.len, NULL, 100);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[0]->id, "a");
    assert_string_equal(r.docs[1]->id, "c");
    assert_int_equal(r.docs[1]->origin_line, 3);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "2:1", "JSON Lines line longer than 100 bytes; record skipped");
    free_result(&r);
    /* the same record is read with the reader's own cap (64 MiB) */
    read_input(&r, ".jsonl", b.data, b.len, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_int_equal(r.skipped, 0);
    free_result(&r);
    b.len = 0;
    dyad_buf_puts(&b, "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"");
    for (int k = 0; k < 150000 / 7; k++) dyad_buf_puts(&b, "Talks. ");
    dyad_buf_puts(&b, "\"}\n\n{\"id\": \"c\", \"text\": \"Three.\"}");
    read_input_capped(&r, ".jsonl", b.data, b.len, NULL, 1000);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[1]->id, "c");
    assert_int_equal(r.docs[1]->origin_line, 4);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "2:1", "JSON Lines line longer than 1000 bytes; record skipped");
    free_result(&r);
    dyad_buf_free(&b);
}

/*
** A line of NUL bytes without end (/dev/zero read as JSON Lines) is reported at its first NUL,
** and when no line end comes within the cap after it, the input is binary and the rest of it
** is skipped: the reader ends instead of reading for ever (alarm() fails the test rather than
** hang).  A NUL line that ends in time is skipped alone (test_jsonl_nul_and_blank_lines).
*/
static void test_jsonl_endless_nul_line(void **state) {
    (void)state;
    alarm(20);
    char *msgs = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&msgs, &len);
    dyad_warn_to(mf);
    dyad_read_options opt = {.format = DYAD_FORMAT_JSONL};
    dyad_reader *rd = dyad_reader_open("/dev/zero", &opt);
    assert_non_null(rd);
    dyad_reader_set_max_line(rd, 1 << 20);
    assert_null(dyad_reader_next(rd));
    assert_null(dyad_reader_next(rd));
    assert_int_equal(dyad_reader_skipped(rd), 2);
    dyad_reader_close(rd);
    dyad_warn_to(NULL);
    fclose(mf);
    alarm(0);
    assert_non_null(strstr(msgs, "/dev/zero:1:1: warning: NUL byte in a JSON record; record skipped"));
    assert_non_null(strstr(msgs, "/dev/zero:1: warning: no line end within 1 MiB after a NUL byte: binary "
                                 "input; the rest of it is skipped"));
    free(msgs);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_document),
        cmocka_unit_test(test_text_defaults),
        cmocka_unit_test(test_text_bom_crlf),
        cmocka_unit_test(test_text_cr),
        cmocka_unit_test(test_example_article),
        cmocka_unit_test(test_empty_file),
        cmocka_unit_test(test_binary_file),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_date_line_over_default),
        cmocka_unit_test(test_format_by_content),
        cmocka_unit_test(test_duplicate_ids),
        cmocka_unit_test(test_format_option),
        cmocka_unit_test(test_format_xml),
        cmocka_unit_test(test_feed_pipe),
        cmocka_unit_test(test_jsonl_feed),
        cmocka_unit_test(test_jsonl_nul_and_blank_lines),
        cmocka_unit_test(test_jsonl_utf16_without_bom),
        cmocka_unit_test(test_jsonl_long_records),
        cmocka_unit_test(test_jsonl_line_cap),
        cmocka_unit_test(test_jsonl_endless_nul_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
