/*
** html_live_test.c - tests of live blogs in the HTML reader (html_live.c, html.c): one document
** per entry with its own id, date, title, text and url, from JSON-LD liveBlogUpdate or from
** timestamped entries in the markup; ordinary pages and live blogs without dated entries read
** as one document as before; and, end to end, the events of each entry dated by the entry.
*/
#include "util/testing.h"
#include "document/reader_check.h"
#include "cli/cli_check.h"
#include "document/reader.h"
#include "util/util.h"

#define JSON_LD_PAGE "src/document/testdata/liveblog-jsonld.html"

/* Did reading print "<path>: note: <what>"? */
static bool has_note(const read_result *r, const char *what) {
    char want[512];
    snprintf(want, sizeof want, "%s: note: %s", r->path, what);
    return r->warnings && strstr(r->warnings, want);
}

/* The JSON-LD live blog of testdata: three updates listed newest first, each its own document
   in that order; the third has no articleBody, and its text comes from the element its anchor
   names. */
static void test_json_ld_entries(void **state) {
    (void)state;
    char *page = slurp(JSON_LD_PAGE);
    dyad_read_options opt = {.id = "ukraine-live"};
    read_result r;
    read_string(&r, ".html", page, &opt);
    assert_int_equal(r.n_docs, 3);
    assert_int_equal(r.skipped, 0);
    dyad_document **d = r.docs;
    assert_string_equal(d[0]->id, "ukraine-live#block-3");
    assert_string_equal(d[1]->id, "ukraine-live#block-2");
    assert_string_equal(d[2]->id, "ukraine-live#block-1");
    /* each its own day, not the page's (2022-02-24) */
    assert_string_equal(d[0]->date, "2022-03-01");
    assert_string_equal(d[1]->date, "2022-02-27");
    assert_string_equal(d[2]->date, "2022-02-25");
    assert_string_equal(d[0]->title, "EU condemns Russia");
    assert_string_equal(d[2]->title, "Overnight shelling");
    assert_string_equal(d[0]->text, "The European Union condemned Russia on Monday.\n\n"
                                    "Poland welcomed refugees from Ukraine.");
    assert_string_equal(d[1]->text, "Turkey urged Russia to agree to a ceasefire.");
    /* from the page element #block-1: its <h2> is the title and its time no text */
    assert_string_equal(d[2]->text, "Russian forces shelled Kharkiv overnight, the mayor said.");
    assert_string_equal(d[0]->url, "https://news.example/world/live/ukraine#block-3");
    assert_string_equal(d[1]->source, "Example News");
    assert_string_equal(d[1]->extra, "{\"published\":\"2022-02-27T12:30:00+00:00\"}");
    free_result(&r);
    /* read as one document (HTML inside other formats): the whole page, as before */
    dyad_document *one = dyad_read_html("p.html", page, strlen(page), NULL);
    assert_non_null(one);
    assert_string_equal(one->date, "2022-02-24");
    assert_non_null(strstr(one->text, "Turkey urged Russia"));
    assert_non_null(strstr(one->text, "shelled Kharkiv"));
    dyad_document_free(one);
    free(page);
}

/* Updates without an anchor are numbered; an articleBody with markup is read as HTML; the
   page's own url anchor is replaced; an update that repeats an earlier one (pinned) is
   dropped, one that only shares its anchor is numbered. */
static void test_json_ld_numbers_and_markup(void **state) {
    (void)state;
    const char *in =
        "<html><head><link rel=\"canonical\" href=\"https://x.example/live#top\">"
        "<script type=\"application/ld+json\">[{\"@type\": \"LiveBlogPosting\", \"headline\": \"Sahel live\", "
        "\"liveBlogUpdate\": ["
        "{\"@type\": \"BlogPosting\", \"datePublished\": \"Tue, 14 Mar 2023 10:00:00 GMT\", "
        "\"articleBody\": \"<p>Mali expelled the envoy.</p><p>Niger protested.</p>\"},"
        "{\"@type\": \"BlogPosting\", \"url\": \"https://x.example/live#u7\", \"dateCreated\": \"2023-03-13\", "
        "\"articleBody\": \"Chad met Niger.\"},"
        "{\"@type\": \"BlogPosting\", \"url\": \"https://x.example/live#u7\", \"dateCreated\": \"2023-03-13\", "
        "\"articleBody\": \"Chad met Niger.\"},"
        "{\"@type\": \"BlogPosting\", \"url\": \"https://x.example/live#u7\", \"dateModified\": \"2023-03-12\", "
        "\"articleBody\": \"Togo thanked Ghana.\"}]}]</script></head>"
        "<body><p>Loading.</p></body></html>";
    dyad_read_options opt = {.id = "sahel"};
    read_result r;
    read_string(&r, ".html", in, &opt);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->id, "sahel#1");
    assert_string_equal(r.docs[0]->date, "2023-03-14");
    assert_string_equal(r.docs[0]->text, "Mali expelled the envoy.\n\nNiger protested.");
    assert_string_equal(r.docs[0]->title, "Sahel live");
    assert_string_equal(r.docs[0]->url, "https://x.example/live#top");
    assert_string_equal(r.docs[1]->id, "sahel#u7");
    assert_string_equal(r.docs[1]->url, "https://x.example/live#u7");
    assert_string_equal(r.docs[2]->id, "sahel#4");
    assert_string_equal(r.docs[2]->date, "2023-03-12");
    assert_string_equal(r.docs[2]->text, "Togo thanked Ghana.");
    free_result(&r);
}

static const char *markup_blog =
    "<html><head><title>Sudan live | Daily Planet</title></head><body><main><h1>Sudan crisis live</h1>"
    "<div class=\"liveblog-stream\">"
    "<div class=\"live-post\" id=\"post-c\"><time datetime=\"2023-04-17T18:00:00Z\">18:00</time>"
    "<h3>Chad closes border</h3><p>Chad closed its border with Sudan.</p></div>"
    "<div class=\"live-post\" id=\"post-b\"><p><time datetime=\"2023-04-16T10:00:00Z\">10:00</time></p>"
    "<p>Egypt urged both sides to stop fighting.</p></div>"
    "<div class=\"live-post\"><time datetime=\"2023-04-15T08:00:00Z\">08:00</time><h3>Clashes in Khartoum</h3>"
    "<p>The army clashed with the Rapid Support Forces in Khartoum.</p><p>Witnesses reported gunfire.</p></div>"
    "</div></main></body></html>";

/* A live blog without JSON-LD: entries in the markup, each with its <time datetime>. */
static void test_markup_entries(void **state) {
    (void)state;
    dyad_read_options opt = {.id = "sudan"};
    read_result r;
    read_string(&r, ".html", markup_blog, &opt);
    assert_int_equal(r.n_docs, 3);
    dyad_document **d = r.docs;
    assert_string_equal(d[0]->id, "sudan#post-c");
    assert_string_equal(d[1]->id, "sudan#post-b");
    assert_string_equal(d[2]->id, "sudan#3");
    assert_string_equal(d[0]->date, "2023-04-17");
    assert_string_equal(d[1]->date, "2023-04-16");
    assert_string_equal(d[2]->date, "2023-04-15");
    assert_string_equal(d[0]->title, "Chad closes border");
    assert_string_equal(d[1]->title, "Sudan crisis live");
    assert_string_equal(d[2]->title, "Clashes in Khartoum");
    assert_string_equal(d[0]->text, "Chad closed its border with Sudan.");
    assert_string_equal(d[1]->text, "Egypt urged both sides to stop fighting.");
    assert_string_equal(d[2]->text, "The army clashed with the Rapid Support Forces in Khartoum.\n\n"
                                    "Witnesses reported gunfire.");
    assert_null(d[0]->url);
    assert_string_equal(d[2]->extra, "{\"published\":\"2023-04-15T08:00:00Z\"}");
    free_result(&r);
    /* Guardian's markup: <article> entries of class "block" with ids "block-...", the time of a
       change beside the entry's own */
    const char *guardian =
        "<html><body><article><h1>Gaza live</h1><div class=\"js-liveblog-body\">"
        "<article id=\"block-65a\" class=\"block\"><p class=\"block-time\"><time datetime=\"2023-11-02T09:00:00Z\">"
        "9.00am GMT</time></p><p>Jordan recalled its ambassador from Israel.</p></article>"
        "<article id=\"block-64f\" class=\"block\"><p class=\"block-time\"><time datetime=\"2023-11-01T21:40:00Z\">"
        "9.40pm GMT</time></p><p>Bolivia cut ties with Israel.</p><p class=\"updated-time\">Updated at "
        "<time datetime=\"2023-11-02T08:00:00Z\">8.00am GMT</time></p></article>"
        "<article id=\"block-63c\" class=\"block\"><p class=\"block-time\"><time datetime=\"2023-11-01T08:00:00Z\">"
        "8.00am GMT</time></p><p>Chile recalled its ambassador.</p></article></div></article></body></html>";
    read_string(&r, ".html", guardian, &opt);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->id, "sudan#block-65a");
    assert_string_equal(r.docs[0]->text, "Jordan recalled its ambassador from Israel.");
    assert_string_equal(r.docs[1]->date, "2023-11-01"); /* not the time it was updated */
    assert_string_equal(r.docs[1]->text, "Bolivia cut ties with Israel.\n\nUpdated at 8.00am GMT");
    assert_string_equal(r.docs[1]->title, "Gaza live");
    assert_null(r.warnings && strstr(r.warnings, "warning") ? r.warnings : NULL);
    free_result(&r);
    /* an entry of the list without a time has no date: left out, with a warning */
    const char *untimed =
        "<html><body><div class=\"feed\">"
        "<div class=\"post\"><time datetime=\"2023-11-02\"></time><p>Jordan recalled its ambassador.</p></div>"
        "<div class=\"post\"><p>Chile recalled its ambassador.</p></div>"
        "<div class=\"post\"><time datetime=\"2023-11-01\"></time><p>Bolivia cut ties with Israel.</p></div>"
        "<div class=\"post\"><time datetime=\"2023-10-31\"></time><p>Colombia recalled its ambassador.</p></div>"
        "</div></body></html>";
    read_string(&r, ".html", untimed, &opt);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->id, "sudan#1");
    assert_string_equal(r.docs[1]->id, "sudan#2");
    assert_string_equal(r.docs[1]->text, "Bolivia cut ties with Israel.");
    check_warning(&r, "", "live blog: about 30 bytes of text in its list of entries, outside the entries with a "
                          "time (<time datetime>), are left out");
    free_result(&r);
}

/* Review cases: JSON-LD that lists only the latest updates loses to the markup's longer list; a
   date in an entry's prose does not hide the entry's own; two timestamped "update" boxes under
   a story leave it one document. */
static void test_partial_json_ld_and_prose_times(void **state) {
    (void)state;
    dyad_read_options opt = {.id = "war"};
    read_result r;
    const char *partial =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": ["
        "{\"@type\": \"BlogPosting\", \"datePublished\": \"2023-10-12T10:00:00Z\", \"articleBody\": \"Egypt opened the crossing.\"},"
        "{\"@type\": \"BlogPosting\", \"datePublished\": \"2023-10-11T10:00:00Z\", \"articleBody\": \"Iran warned Israel.\"}]}"
        "</script></head><body><main><div class=\"live-updates\">"
        "<article class=\"live-post\" id=\"p3\"><time datetime=\"2023-10-12T10:00:00Z\">10:00</time><p>Egypt opened the crossing.</p></article>"
        "<article class=\"live-post\" id=\"p2\"><time datetime=\"2023-10-11T10:00:00Z\">10:00</time><p>Iran warned Israel.</p></article>"
        "<article class=\"live-post\" id=\"p1\"><time datetime=\"2023-10-10T10:00:00Z\">10:00</time><p>Hamas fired rockets at "
        "Israel. Talks are set for <time datetime=\"2023-10-15\">Sunday</time>.</p></article>"
        "</div></main></body></html>";
    read_string(&r, ".html", partial, &opt);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[2]->id, "war#p1");
    assert_string_equal(r.docs[2]->date, "2023-10-10");
    assert_string_equal(r.docs[2]->text, "Hamas fired rockets at Israel. Talks are set for Sunday.");
    free_result(&r);
    const char *updates =
        "<html><head><meta property=\"article:published_time\" content=\"2023-10-12T08:00:00Z\"></head><body><main>"
        "<div class=\"story-body\"><p>Sudan's army attacked the Rapid Support Forces in Khartoum on Thursday.</p>"
        "<p>Egypt condemned the attack and called for a ceasefire.</p></div><div class=\"updates\">"
        "<div class=\"update-block\"><time datetime=\"2023-10-12T10:00:00Z\">10:00</time><p>The United Nations urged "
        "both sides to stop fighting and to let aid into the city.</p></div>"
        "<div class=\"update-block\"><time datetime=\"2023-10-12T12:00:00Z\">12:00</time><p>Saudi Arabia invited the "
        "two sides to talks in Jeddah next week to end the war.</p></div></div></main></body></html>";
    read_string(&r, ".html", updates, &opt);
    assert_int_equal(r.n_docs, 1);
    assert_non_null(strstr(r.docs[0]->text, "Sudan's army attacked"));
    free_result(&r);
}

/* Ordinary pages stay one document: an article with one <time> and JSON-LD NewsArticle; one
   beside timestamped cards with less text than it; entries that all have the same time. */
static void test_ordinary_pages(void **state) {
    (void)state;
    const char *article =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
        "\"Iran warns Israel\", \"datePublished\": \"2023-10-12T08:15:00Z\"}</script></head><body>"
        "<article class=\"post\"><h1>Iran warns Israel</h1><time datetime=\"2023-10-11\">Oct 11</time>"
        "<p>Iran warned Israel on Wednesday.</p><p>Israel rejected the warning.</p></article></body></html>";
    read_result r;
    read_string(&r, ".html", article, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Oct 11\n\nIran warned Israel on Wednesday.\n\nIsrael rejected the warning.");
    assert_string_equal(r.docs[0]->date, "2023-10-12");
    assert_string_equal(r.docs[0]->title, "Iran warns Israel");
    assert_null(strchr(r.docs[0]->id, '#'));
    assert_null(r.docs[0]->extra);
    free_result(&r);
    const char *cards =
        "<html><body><main><div class=\"story\"><p>Iran warned Israel on Wednesday, officials said.</p>"
        "<p>Israel rejected the warning and said it would defend itself.</p>"
        "<p>The United States urged restraint on both sides.</p></div>"
        "<div class=\"more\"><div class=\"post-card\"><time datetime=\"2023-10-10\"></time><p>Oman met Qatar.</p></div>"
        "<div class=\"post-card\"><time datetime=\"2023-10-09\"></time><p>Peru met Chile.</p></div></div>"
        "</main></body></html>";
    read_string(&r, ".html", cards, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_non_null(strstr(r.docs[0]->text, "Iran warned Israel"));
    free_result(&r);
    const char *same =
        "<html><body><div class=\"post\"><time datetime=\"2023-10-10T10:00\"></time><p>Oman met Qatar.</p></div>"
        "<div class=\"post\"><time datetime=\"2023-10-10T10:00\"></time><p>Peru met Chile.</p></div></body></html>";
    read_string(&r, ".html", same, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Oman met Qatar.\n\nPeru met Chile.");
    free_result(&r);
}

/* A live blog whose updates have no dates is one document as before, with all its text and a
   note; when scripts fill in its markup, the updates' bodies are that text (it was skipped). */
static void test_undated_updates(void **state) {
    (void)state;
    const char *in =
        "<html><head><meta property=\"article:published_time\" content=\"2022-03-02\">"
        "<script type=\"application/ld+json\">{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": ["
        "{\"@type\": \"BlogPosting\", \"articleBody\": \"Russia shelled Kharkiv overnight.\"},"
        "{\"@type\": \"BlogPosting\", \"datePublished\": \"yesterday\", \"articleBody\": \"Turkey urged a ceasefire.\"}"
        "]}</script></head><body><main><h1>Live: Ukraine</h1><div class=\"feed\">"
        "<article><p>Russia shelled Kharkiv overnight.</p></article>"
        "<article><p>Turkey urged a ceasefire.</p></article></div></main></body></html>";
    read_result r;
    read_string(&r, ".html", in, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 0);
    assert_string_equal(r.docs[0]->text, "Russia shelled Kharkiv overnight.\n\nTurkey urged a ceasefire.");
    assert_string_equal(r.docs[0]->date, "2022-03-02");
    assert_true(has_note(&r, "live blog: 2 of 2 entries in its JSON-LD liveBlogUpdate have no date; "
                             "not read as entries"));
    free_result(&r);
    const char *scripted =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": ["
        "{\"articleBody\": \"Russia shelled Kharkiv overnight.\"}, {\"articleBody\": \"Turkey urged a ceasefire.\"}"
        "]}</script></head><body><div id=\"root\"></div></body></html>";
    read_string(&r, ".html", scripted, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Russia shelled Kharkiv overnight.\n\nTurkey urged a ceasefire.");
    free_result(&r);
}

/* Malformed JSON-LD, or a liveBlogUpdate that is no list of objects, is passed over as before. */
static void test_malformed_json_ld(void **state) {
    (void)state;
    static const char *const scripts[] = {
        "{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": [{\"datePublished\": \"2022-03-01\", \"articleBody\": ",
        "{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": \"2022-03-01\"}",
        "{\"@type\": \"LiveBlogPosting\", \"liveBlogUpdate\": [1, null, [\"2022-03-01\"]]}",
        NULL,
    };
    for (int i = 0; scripts[i]; i++) {
        char in[1024];
        snprintf(in, sizeof in, "<html><head><script type=\"application/ld+json\">%s</script></head><body><article>"
                 "<h1>Live</h1><p>Russia shelled Kharkiv overnight.</p><p><time datetime=\"2022-03-01\">1 March"
                 "</time></p></article></body></html>", scripts[i]);
        read_result r;
        read_string(&r, ".html", in, NULL);
        assert_int_equal(r.n_docs, 1);
        assert_string_equal(r.docs[0]->text, "Russia shelled Kharkiv overnight.\n\n1 March");
        assert_string_equal(r.docs[0]->date, "2022-03-01");
        assert_string_equal(r.docs[0]->title, "Live");
        free_result(&r);
    }
}

/* The column named name in the TSV header line, or -1. */
static int tsv_column(const char *header, const char *name) {
    int col = 0;
    for (const char *p = header; *p && *p != '\n'; col++) {
        size_t n = strcspn(p, "\t\n");
        if (n == strlen(name) && strncmp(p, name, n) == 0) return col;
        p += n;
        if (*p == '\t') p++;
    }
    return -1;
}

/* Field col of a TSV line into out. */
static void tsv_field(const char *line, int col, char *out, size_t size) {
    for (int i = 0; i < col; i++) line += strcspn(line, "\t\n") + (line[strcspn(line, "\t\n")] == '\t');
    snprintf(out, size, "%.*s", (int)strcspn(line, "\t\n"), line);
}

/* End to end: `dyad code --format tsv` gives each entry's events the entry's date, and "on
   Monday" in the entry of Tuesday 1 March 2022 the Monday before, 28 February. */
static void test_code_entries(void **state) {
    (void)state;
    run_result r = run("code --format tsv " JSON_LD_PAGE, NULL);
    assert_int_equal(r.status, 0);
    int id = tsv_column(r.out, "doc_id"), event = tsv_column(r.out, "event_date"), doc = tsv_column(r.out, "doc_date");
    int source = tsv_column(r.out, "source_text");
    assert_true(id >= 0 && event >= 0 && doc >= 0 && source >= 0);
    int seen = 0;
    for (const char *line = strchr(r.out, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
        char d[128], e[32], dd[32], s[128];
        tsv_field(line + 1, id, d, sizeof d);
        tsv_field(line + 1, event, e, sizeof e);
        tsv_field(line + 1, doc, dd, sizeof dd);
        tsv_field(line + 1, source, s, sizeof s);
        if (strcmp(d, "liveblog-jsonld#block-3") == 0) {
            assert_string_equal(dd, "2022-03-01");
            if (strcmp(s, "European Union") == 0) {
                assert_string_equal(e, "2022-02-28");
                seen |= 1;
            }
        } else if (strcmp(d, "liveblog-jsonld#block-2") == 0) {
            assert_string_equal(dd, "2022-02-27");
            assert_string_equal(e, "2022-02-27");
            seen |= 2;
        } else if (strcmp(d, "liveblog-jsonld#block-1") == 0) {
            assert_string_equal(dd, "2022-02-25");
            assert_string_equal(e, "2022-02-25");
            seen |= 4;
        } else {
            fail_msg("event of an unknown document: %s", line + 1);
        }
    }
    if (seen != 7) fail_msg("events of some entries missing (%d):\n%s", seen, r.out);
    run_free(&r);
}

int main(int argc, char **argv) {
    (void)argc;
    find_dyad(argv[0]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_ld_entries),
        cmocka_unit_test(test_json_ld_numbers_and_markup),
        cmocka_unit_test(test_markup_entries),
        cmocka_unit_test(test_partial_json_ld_and_prose_times),
        cmocka_unit_test(test_ordinary_pages),
        cmocka_unit_test(test_undated_updates),
        cmocka_unit_test(test_malformed_json_ld),
        cmocka_unit_test(test_code_entries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
