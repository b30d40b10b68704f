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

/* A page that scripts fill in has no text in its markup; its JSON-LD articleBody is the story
   (the page was skipped).  A page with text of its own keeps it. */
static void test_json_ld_body(void **state) {
    (void)state;
    const char *in = "<!DOCTYPE html><html><head><title>Iran warns Israel</title>\n"
                     "<script type=\"application/ld+json\">[{\"@type\": \"WebPage\", \"articleBody\": \"Not this.\"},"
                     "{\"@type\": \"NewsArticle\", \"headline\": \"Iran warns Israel\", "
                     "\"datePublished\": \"2023-10-12T08:15:00Z\", "
                     "\"articleBody\": \"TEHRAN (Reuters) - Iran warned Israel.\\n\\nIran threatened Israel.\"}]</script>\n"
                     "</head><body><div id=\"root\"></div><noscript>Enable JavaScript.</noscript></body></html>\n";
    read_result r;
    read_string(&r, ".html", in, NULL);
    assert_int_equal(r.n_docs, 1);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->text, "TEHRAN (Reuters) - Iran warned Israel.\n\nIran threatened Israel.");
    assert_string_equal(d->dateline, "TEHRAN (Reuters)");
    assert_string_equal(d->date, "2023-10-12");
    assert_string_equal(d->title, "Iran warns Israel");
    free_result(&r);
    read_string(&r, ".html", "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                             "\"articleBody\": \"Teaser.\"}</script></head><body><p>Iran warned Israel on Monday.</p>"
                             "</body></html>", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Iran warned Israel on Monday.");
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

/* Read one HTML page that must give one document. */
static dyad_document *read_page(read_result *r, const char *in) {
    read_string(r, ".html", in, NULL);
    assert_int_equal(r->n_docs, 1);
    return r->docs[0];
}

#define STORY "<p>Macron met Zelensky in Kyiv on Tuesday.</p><p>Macron promised Ukraine more aid, officials said.</p>" \
              "<p>Russia accused France of escalating the conflict.</p>"

/* A teaser card that is an <article> inside <main> does not win over the story around it
   (it was the whole text); a site-logo <h1> outside <main> is not the title. */
static void test_teaser_card(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><header><h1>The Daily Planet</h1></header><main>"
        "<h1>Macron meets Zelensky</h1><div class=\"story-body\">" STORY "</div><section><article class=\"card\">"
        "<p>China accused the United States of interfering in Hong Kong.</p></article></section></main></body></html>");
    assert_string_equal(d->text, "Macron met Zelensky in Kyiv on Tuesday.\n\nMacron promised Ukraine more aid, "
                                 "officials said.\n\nRussia accused France of escalating the conflict.");
    assert_string_equal(d->title, "Macron meets Zelensky");
    free_result(&r);
}

/* The entries of a live blog, each an <article>, are all kept, in order (only the longest
   was). */
static void test_live_blog(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><main><h1>Live: Ukraine</h1><div class=\"feed\">"
        "<article><p>Russia shelled Kharkiv overnight.</p></article>"
        "<article><p>Poland welcomed refugees on Tuesday.</p><p>The European Union condemned Russia.</p></article>"
        "<article><p>Turkey urged a ceasefire.</p></article></div></main></body></html>");
    assert_string_equal(d->text, "Russia shelled Kharkiv overnight.\n\nPoland welcomed refugees on Tuesday.\n\n"
                                 "The European Union condemned Russia.\n\nTurkey urged a ceasefire.");
    assert_string_equal(d->title, "Live: Ukraine");
    free_result(&r);
    /* an <article> beside lists of teasers that hold more text, with no story standing out */
    d = read_page(&r, "<html><body><article><p>Chad met Niger.</p><p>Niger thanked Chad.</p></article>"
        "<div><p>Mali met Togo.</p><p>Peru met Chile.</p></div><div><p>Iraq met Iran.</p><p>Oman met Qatar.</p>"
        "</div></body></html>");
    assert_string_equal(d->text, "Chad met Niger.\n\nNiger thanked Chad.");
    free_result(&r);
}

/* Without <article> or <main>, a story body whose paragraphs sit in boxes of their own, or in
   columns split by an advertisement, is kept whole (one box or column was). */
static void test_split_body(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><div class=\"article-body\"><div data-testid=\"paragraph-0\">"
        "<p>Iran threatened Israel.</p></div><div data-testid=\"paragraph-1\"><p>Israel warned Iran.</p></div>"
        "<div data-testid=\"paragraph-2\"><p>The United States urged restraint.</p></div></div></body></html>");
    assert_string_equal(d->text, "Iran threatened Israel.\n\nIsrael warned Iran.\n\nThe United States urged restraint.");
    free_result(&r);
    d = read_page(&r, "<html><body><div class=\"story\"><div class=\"col\"><p>Germany criticized Hungary on Monday.</p>"
        "<p>Hungary rejected the criticism.</p><p>Budapest called it interference.</p></div>"
        "<div class=\"adslot\"><p>Buy shoes now.</p></div><div class=\"col\"><p>Poland condemned Hungary.</p></div>"
        "</div><div class=\"more-stories\"><p>China warned Japan.</p></div></body></html>");
    assert_string_equal(d->text, "Germany criticized Hungary on Monday.\n\nHungary rejected the criticism.\n\n"
                                 "Budapest called it interference.\n\nPoland condemned Hungary.");
    free_result(&r);
}

/* Related links, recirculation widgets, captions, credits, pull quotes and AMP ads are
   furniture, by words of their class names in any case and in camelCase; "story-body" and
   "article-content" are not. */
static void test_furniture_names(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><article><p>The EU imposed sanctions on Belarus.</p>"
        "<div class=\"relatedStories\"><p>China accused Japan.</p></div><div class=\"RelatedCoverage\"><p>Iran "
        "criticized Saudi Arabia.</p></div><div class=\"read-more\"><p>India condemned Pakistan.</p></div>"
        "<div class=\"readMore\"><p>Brazil praised Argentina.</p></div><div id=\"taboola-below\"><p>Egypt accused "
        "Ethiopia.</p></div><div class=\"OUTBRAIN\"><p>Chad met Niger.</p></div><div class=\"recirc\"><p>Laos met "
        "Vietnam.</p></div><div class=\"up-next\"><p>Oman met Yemen.</p></div><div class=\"story-package\"><p>Fiji met "
        "Tonga.</p></div><div class=\"also-read\"><p>Cuba met Haiti.</p></div><div class=\"see-also\"><p>Chile "
        "criticized Peru.</p></div><div class=\"more-on-this\"><p>Iraq met Iran.</p></div><div class=\"adslot\">"
        "<p>Buy now.</p></div><div class=\"pullquote\"><p>Greece threatened Turkey.</p></div><p class=\"photo-desc\">"
        "Mali expelled France.</p><p class=\"img-cutline\">Syria attacked Turkey.</p><span class=\"media-credit\">"
        "Reuters</span><p class=\"image-description\">Kenya met Uganda.</p><amp-ad width=\"300\"><div fallback>"
        "<p>Qatar praised Egypt.</p></div></amp-ad><amp-embed type=\"x\"><p>Peru met Chile.</p></amp-embed>"
        "<div placeholder>Loading</div><div class=\"story-body article-content\"><p>Belarus condemned the EU.</p>"
        "</div></article></body></html>");
    assert_string_equal(d->text, "The EU imposed sanctions on Belarus.\n\nBelarus condemned the EU.");
    free_result(&r);
}

/* The page date: the published date rather than the first <time> (an update), itemprop
   datePublished, JSON-LD datePublished (also in "@graph" or a list), never a <time> in a list
   of other stories. */
static void test_page_date(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><article><p>Updated <time itemprop=\"dateModified\" datetime="
        "\"2022-03-05\">March 5</time> · Published <time itemprop=\"datePublished\" datetime=\"2022-02-24\">Feb 24"
        "</time></p><p>Russia attacked Ukraine.</p></article></body></html>");
    assert_string_equal(d->date, "2022-02-24");
    free_result(&r);
    d = read_page(&r, "<html><head><title>Putin warns NATO | Example Site</title><script type=\"application/ld+json\">"
        "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":"
        "\"NewsArticle\",\"headline\":\"Putin warns NATO over Ukraine\",\"datePublished\":\"2022-02-08T08:00:00Z\"}]}"
        "</script></head><body><div class=\"content\"><p>Putin warned NATO.</p><p>NATO rejected it.</p></div>"
        "<div class=\"more-stories\"><ul><li><time datetime=\"2021-11-02\">Nov 2</time> Old story</li></ul></div>"
        "</body></html>");
    assert_string_equal(d->date, "2022-02-08");
    assert_string_equal(d->title, "Putin warns NATO over Ukraine");
    free_result(&r);
    d = read_page(&r, "<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
        "{\"@type\":[\"ReportageNews\"],\"datePublished\":\"2023-01-09\"}]</script></head><body><div class=\"x\">"
        "<time datetime=\"2023-02-01\">Feb 1</time></div><p>Serbia accused Kosovo.</p></body></html>");
    assert_string_equal(d->date, "2023-01-09");
    free_result(&r);
    d = read_page(&r, "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
        "\"24 February 2022\"}</script></head><body><article><p>Chad met Niger.</p></article></body></html>");
    assert_string_equal(d->date, "2022-02-24"); /* written out, as some sites do */
    free_result(&r);
    d = read_page(&r, "<html><body><div class=\"related\"><time datetime=\"2021-11-02\">x</time></div><article>"
        "<div class=\"byline\">By Jo, <time datetime=\"2022-05-06\">May 6</time></div><p>Chad met Niger.</p>"
        "</article></body></html>");
    assert_string_equal(d->date, "2022-05-06");
    free_result(&r);
}

/* The title: the <h1> of the article, not the site's logo <h1>; else <title> without the site's
   name after " | " or a dash. */
static void test_page_title(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><head><title>Ceasefire | The Daily Planet</title></head><body>"
        "<div class=\"top\"><h1 class=\"site-logo\">The Daily Planet</h1></div><div class=\"story\"><p>Israel and "
        "Hamas agreed to a ceasefire.</p><p>Egypt praised both sides.</p></div></body></html>");
    assert_string_equal(d->title, "Ceasefire");
    assert_string_equal(d->text, "Israel and Hamas agreed to a ceasefire.\n\nEgypt praised both sides.");
    free_result(&r);
    d = read_page(&r, "<html><head><title>Kyiv - Moscow talks - Daily Planet</title><link rel=\"canonical\" "
        "href=\"https://www.dailyplanet.com/a\"></head><body><p>Talks began.</p></body></html>");
    assert_string_equal(d->title, "Kyiv - Moscow talks");
    free_result(&r);
}

/* A footnote mark in <sup> after a word is dropped ("Greece1" hid Greece); other <sup> text
   stays ("10th"). */
static void test_footnote_marks(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><p>Turkey threatened Greece<sup>1</sup> on Monday, the "
        "10<sup>th</sup> time<sup>[2]</sup><sup>*</sup>.</p></body></html>");
    assert_string_equal(d->text, "Turkey threatened Greece on Monday, the 10th time.");
    free_result(&r);
}

/* A single <br> after a line of words without a mark, before a capital, ends the sentence
   (a paragraph break); lines ending in a comma, an address the sentence splitter breaks
   itself, and <br><br> stay as they were. */
static void test_line_breaks(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><p>Turkey criticized Greece on Monday<br>NATO condemned "
        "Russia</p><p>The woods are lovely, dark and deep,<br>But I have promises to keep.</p><p>Ministry of "
        "Foreign Affairs<br>Smolenskaya Square<br>Moscow</p><p>China warned Taiwan.<br><br>Japan praised India."
        "</p><p>Talks will resume in<br>Geneva next week.</p></body></html>");
    assert_string_equal(d->text, "Turkey criticized Greece on Monday\n\nNATO condemned Russia\n\n"
        "The woods are lovely, dark and deep,\nBut I have promises to keep.\n\n"
        "Ministry of Foreign Affairs\nSmolenskaya Square\nMoscow\n\nChina warned Taiwan.\n\nJapan praised India.\n\n"
        "Talks will resume in\nGeneva next week.");
    free_result(&r);
}

/* A frameset page's text is its <noframes> markup, read as HTML, not as words and tags. */
static void test_noframes(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head>"
        "<title>Troops</title></head><frameset cols=\"20%,80%\"><frame src=\"nav.html\"><noframes><body><p>Russia "
        "sent troops to Belarus.</p><p>Ukraine accused <b>Russia</b> of blackmail.</p></body></noframes></frameset>"
        "</html>");
    assert_string_equal(d->text, "Russia sent troops to Belarus.\n\nUkraine accused Russia of blackmail.");
    free_result(&r);
}

/* A page that scripts fill in, without JSON-LD, may hold its story in <noscript> or <template>;
   a lone "enable JavaScript" notice is no story. */
static void test_scriptless_text(void **state) {
    (void)state;
    read_result r;
    dyad_document *d = read_page(&r, "<html><body><div id=\"root\"></div><noscript><p>Russia sent troops.</p>"
        "<p>Ukraine accused Russia.</p></noscript><script>render()</script></body></html>");
    assert_string_equal(d->text, "Russia sent troops.\n\nUkraine accused Russia.");
    free_result(&r);
    d = read_page(&r, "<html><body><div id=\"app\"></div><template><article><p>Chad met Niger. Mali spoke.</p>"
        "</article></template></body></html>");
    assert_string_equal(d->text, "Chad met Niger. Mali spoke.");
    free_result(&r);
    read_string(&r, ".html", "<html><body><div id=\"root\"></div><noscript>Please enable JavaScript to view this "
                "site.</noscript></body></html>", NULL);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "", "no article text found in the HTML page; skipped");
    free_result(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article),
        cmocka_unit_test(test_body_states_and_labels),
        cmocka_unit_test(test_densest_block),
        cmocka_unit_test(test_main_and_options),
        cmocka_unit_test(test_latin1),
        cmocka_unit_test(test_bad_pages),
        cmocka_unit_test(test_json_ld_body),
        cmocka_unit_test(test_broken_markup),
        cmocka_unit_test(test_unclosed_tags_memory),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_flatten_estimate),
        cmocka_unit_test(test_teaser_card),
        cmocka_unit_test(test_live_blog),
        cmocka_unit_test(test_split_body),
        cmocka_unit_test(test_furniture_names),
        cmocka_unit_test(test_page_date),
        cmocka_unit_test(test_page_title),
        cmocka_unit_test(test_footnote_marks),
        cmocka_unit_test(test_line_breaks),
        cmocka_unit_test(test_noframes),
        cmocka_unit_test(test_scriptless_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
