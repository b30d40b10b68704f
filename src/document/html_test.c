/*
** html_test.c - tests of the HTML reader (html.c): the article text without page furniture,
** title, date, source and URL from the page, encodings, and bad pages.
*/
#include "util/testing.h"
#include <sys/resource.h>
#include "document/reader_check.h"
#include "document/reader.h"
#include "util/util.h"

static const char *page =
    "<!DOCTYPE html>\n<html><head>\n"
    "<title>Troops leave | Example News</title>\n"
    "<meta property=\"og:site_name\" content=\"Example News\">\n"
    "<meta property=\"article:published_time\" content=\"2022-02-08T09:15:00+00:00\">\n"
    "<link rel=\"canonical\" href=\"https://news.example/troops\">\n"
    "<script>var x = \"<p>not text</p>\";</script><style>p { color: red }</style>\n"
    "</head><body>\n"
    "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\n"
    "<div class=\"menu\"><p>Sections: World, Business</p></div>\n"
    "<article>\n"
    "  <h1>Troops  leave\n Belarus</h1>\n"
    "  <div class=\"share-buttons\"><a>Share on Facebook</a><a>Tweet</a></div>\n"
    "  <p>KYIV &mdash; Russian troops <b>left</b> Belarus,\n officials said.</p>\n"
    "  <p>Talks began in Minsk &amp; Kyiv. It&rsquo;s a start.</p>\n"
    "  <figure><img src=\"a.jpg\"><figcaption>A photo</figcaption></figure>\n"
    "  <aside>Related: other stories</aside>\n"
    "  <ul><li>First point.</li><li>Second point.</li></ul>\n"
    "  <p>Leave a Comment</p>\n"
    "  <div id=\"comments\"><p>Great article!</p></div>\n"
    "  <form><textarea>Your comment</textarea></form>\n"
    "</article>\n"
    "<footer><p>Copyright 2022</p></footer>\n"
    "</body></html>\n";

static void test_article(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".html", page, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 0);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->text, "KYIV — Russian troops left Belarus, officials said.\n\n"
                                 "Talks began in Minsk & Kyiv. It’s a start.\n\n"
                                 "First point.\n\nSecond point.");
    assert_string_equal(d->title, "Troops leave Belarus");
    assert_string_equal(d->dateline, "KYIV");
    assert_string_equal(d->text + d->body_start, "Russian troops left Belarus, officials said.\n\n"
                                                 "Talks began in Minsk & Kyiv. It’s a start.\n\n"
                                                 "First point.\n\nSecond point.");
    assert_string_equal(d->date, "2022-02-08");
    assert_string_equal(d->source, "Example News");
    assert_string_equal(d->url, "https://news.example/troops");
    assert_int_equal(dyad_segment(d), 5);
    assert_int_equal(d->sentences[4].paragraph, 3);
    free_result(&r);
}

/* A page state in <body>'s classes does not hide the page; a paragraph that only starts
   like a button label ("Emails show ...", "Comments by ...") is text, the labels are not. */
static void test_body_states_and_labels(void **state) {
    (void)state;
    const char *in =
        "<html><body class=\"single-post has-main-navigation modal-open\"><article>"
        "<p>Emails show Iran threatened Israel.</p>"
        "<p>Comments by Putin angered Kyiv.</p><p>Printing presses stopped.</p>"
        "<p>Share on Facebook</p><p>Read more: </p><p>Follow us on Twitter</p><p>Email</p>"
        "</article></body></html>";
    read_result r;
    read_string(&r, ".html", in, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Emails show Iran threatened Israel.\n\n"
                                         "Comments by Putin angered Kyiv.\n\nPrinting presses stopped.");
    free_result(&r);
}

static void test_densest_block(void **state) {
    (void)state;
    /* no <article> or <main>: the element whose paragraphs hold the most text */
    const char *in =
        "<html><head><title>Ceasefire holds</title></head><body>"
        "<div id=\"top\"><p>Menu</p><p>Login</p></div>"
        "<div class=\"story\"><p>The ceasefire held overnight.</p><p>Both sides reported no shelling.</p>"
        "<p>Observers will visit on Monday.</p></div>"
        "<div><p>About us</p></div>"
        "<p>Published <time datetime=\"2021-07-01\">July 1</time></p>"
        "</body></html>";
    dyad_read_options opt = {.id = "page-7", .date = "1999-01-01"};
    read_result r;
    read_string(&r, ".htm", in, &opt);
    assert_int_equal(r.n_docs, 1);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->text, "The ceasefire held overnight.\n\nBoth sides reported no shelling.\n\n"
                                 "Observers will visit on Monday.");
    assert_string_equal(d->title, "Ceasefire holds");
    assert_string_equal(d->date, "2021-07-01");
    assert_string_equal(d->id, "page-7");
    assert_null(d->dateline);
    free_result(&r);
}

static void test_main_and_options(void **state) {
    (void)state;
    const char *in = "<html><body><div role=\"main\"><h2>Update</h2><p>Aid arrived.</p></div></body></html>";
    dyad_read_options opt = {.date = "2023-05-01"};
    read_result r;
    read_string(&r, ".html", in, &opt);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Update\n\nAid arrived.");
    assert_string_equal(r.docs[0]->date, "2023-05-01");
    assert_null(r.docs[0]->title);
    free_result(&r);
}

static void test_latin1(void **state) {
    (void)state;
    const char *in = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 \x93opened\x94.</p></body></html>";
    read_result r;
    read_string(&r, ".html", in, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Café “opened”.");
    free_result(&r);
}

static void test_bad_pages(void **state) {
    (void)state;
    read_result r;
    read_string(&r, ".html", "<html><body><p>Caf\xE9 \xE2\x82 x</p></body></html>", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 0);
    assert_string_equal(r.docs[0]->text, "Caf\uFFFD \uFFFD x");
    check_warning(&r, "1:19", "invalid UTF-8 (byte 0xE9); 2 bad sequences replaced by U+FFFD in the HTML page");
    free_result(&r);
    read_string(&r, ".html", "<html><body><nav>Home</nav><script>x()</script></body></html>", NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "", "no article text found in the HTML page; skipped");
    free_result(&r);
    read_input(&r, ".html", "<html>\0\0\0", 9, NULL);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "1:7", "NUL byte (a binary file?); HTML page skipped");
    free_result(&r);
    read_string(&r, ".html", "", NULL);
    check_warning(&r, "", "empty HTML page; skipped");
    free_result(&r);
}

static void test_broken_markup(void **state) {
    (void)state;
    const char *in = "<p>Unclosed <b>bold <p>Second <div><span>third</div> &notanentity; <<>";
    read_result r;
    read_string(&r, ".html", in, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_non_null(strstr(r.docs[0]->text, "Unclosed bold"));
    free_result(&r);
}

/* Unclosed tags: gumbo copied its open-element stack into every parse error it recorded, so
   5000 unclosed <div>s took some 200 MB (100 000 took 24 GB); with few errors recorded, a few MB. */
static void test_unclosed_tags_memory(void **state) {
    (void)state;
    dyad_buf page = {0};
    for (int i = 0; i < 5000; i++) dyad_buf_puts(&page, "<div>");
    dyad_buf_puts(&page, "<p>Russia invaded Ukraine.</p>");
    struct rusage before, after;
    getrusage(RUSAGE_SELF, &before);
    read_result r;
    read_input(&r, ".html", page.data, page.len, NULL);
    getrusage(RUSAGE_SELF, &after);
    dyad_buf_free(&page);
    assert_true(after.ru_maxrss - before.ru_maxrss < 60 * 1024); /* KB */
    assert_int_equal(r.n_docs + r.skipped, 1);
    free_result(&r);
}

/* Start tags nested deeper than 200 are left out with a warning and their text kept: 300
   <div>s around a paragraph.  Nesting that gumbo makes deeper than the estimate (tables without
   rows or bodies) can still put text too deep, and that is reported as such. */
static void test_deep_nesting(void **state) {
    (void)state;
    dyad_buf page = {0};
    for (int i = 0; i < 300; i++) dyad_buf_puts(&page, "<div>");
    dyad_buf_puts(&page, "<p>Russia invaded Ukraine.</p>");
    read_result r;
    read_input(&r, ".html", page.data, page.len, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Russia invaded Ukraine.");
    check_warning(&r, "1:1001", "HTML elements nested more than 200 deep from here: 102 tags left out (the text "
                  "in them is kept)");
    free_result(&r);
    page.len = 0;
    for (int i = 0; i < 150; i++) dyad_buf_puts(&page, "<table><td>");
    dyad_buf_puts(&page, "<p>Russia invaded Ukraine.</p>");
    read_input(&r, ".html", page.data, page.len, NULL);
    dyad_buf_free(&page);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "", "no article text found in the HTML page within 256 nested elements (dyad reads "
                  "no deeper); skipped");
    free_result(&r);
}

/* The estimate of the depth follows end tags and the usual implied ends, so ordinary pages
   with unclosed paragraphs, list items and cells lose no tags. */
static void test_flatten_estimate(void **state) {
    (void)state;
    dyad_buf page = {0}, out = {0};
    dyad_buf_puts(&page, "<!DOCTYPE html><html><head><script>if (a < b) { x = '<div>'; }</script></head><body>");
    for (int i = 0; i < 500; i++)
        dyad_buf_puts(&page, "<div class=\"x>y\"><p>One<p>Two<ul><li>a<li>b</ul><table><tr><td>c<td>d<tr><td>e"
                             "</table><br><img src=x /><!-- <div> --></div>\n");
    size_t first = 0;
    assert_int_equal(dyad_html_flatten(page.data, page.len, 200, &out, &first), 0);
    assert_null(out.data);
    page.len = 0;
    for (int i = 0; i < 250; i++) dyad_buf_puts(&page, "<span>");
    for (int i = 0; i < 250; i++) dyad_buf_puts(&page, "</span>");
    dyad_buf_puts(&page, "<p>x</p>");
    assert_int_equal(dyad_html_flatten(page.data, page.len, 200, &out, &first), 100);
    assert_int_equal(first, 200 * 6);
    dyad_buf_putc(&out, 0);
    assert_int_equal(strlen(out.data), 200 * 13 + 8);
    dyad_buf_free(&page);
    dyad_buf_free(&out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article),
        cmocka_unit_test(test_body_states_and_labels),
        cmocka_unit_test(test_densest_block),
        cmocka_unit_test(test_main_and_options),
        cmocka_unit_test(test_latin1),
        cmocka_unit_test(test_bad_pages),
        cmocka_unit_test(test_broken_markup),
        cmocka_unit_test(test_unclosed_tags_memory),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_flatten_estimate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
