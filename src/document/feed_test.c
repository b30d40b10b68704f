/*
** feed_test.c - tests of the news feed reader (feed.c): RSS 2.0, RSS 1.0 and Atom items as
** documents (ids, dates, titles, links, sources, text from HTML), RFC 822 dates, and bad feeds
** (malformed XML, items without text, dates that are none) with their warnings.
*/
#include "util/testing.h"
#include "document/reader_check.h"
#include "document/reader.h"

static const char rss2[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
    "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
    "<channel>\n"
    "  <title>World &amp; News</title>\n"
    "  <link>https://news.example/</link>\n"
    "  <atom:link href=\"https://news.example/feed.xml\" rel=\"self\"/>\n"
    "  <item>\n"                                                                       /* line 8 */
    "    <title>Germany condemns Russia</title>\n"
    "    <link>https://news.example/a</link>\n"
    "    <guid isPermaLink=\"false\">item-a</guid>\n"
    "    <pubDate>Thu, 24 Feb 2022 23:30:00 GMT</pubDate>\n"
    "    <description><![CDATA[<p>Germany condemned Russia on Monday.</p>\n"
    "<p>Scholz called Putin.</p><p>The post <a href=\"https://news.example/a\">Germany condemns Russia</a> "
    "appeared first on <a href=\"https://news.example/\">World News</a>.</p>]]></description>\n"
    "  </item>\n"
    "  <item>\n"                                                                       /* line 16 */
    "    <title>Talks &amp;amp; more</title>\n"
    "    <link> https://news.example/b </link>\n"
    "    <pubDate>24 Feb 2022 00:10 +0100</pubDate>\n"
    "    <description>&lt;p&gt;France &amp;amp; Britain met &lt;b&gt;Ukraine&lt;/b&gt;.&lt;/p&gt;</description>\n"
    "  </item>\n"
    "  <item>\n"                                                                       /* line 22 */
    "    <dc:date>2022-02-23T22:00:00-05:00</dc:date>\n"
    "    <description>Short summary.</description>\n"
    "    <content:encoded><![CDATA[<div><p>China criticized Japan &amp; Korea.</p></div>]]></content:encoded>\n"
    "    <source url=\"https://wire.example/rss\">Wire Agency</source>\n"
    "  </item>\n"
    "</channel>\n"
    "</rss>\n";

/* RSS 2.0: HTML in CDATA and escaped, both RFC 822 forms, guid, link, dc:date, content:encoded. */
static void test_rss2(void **state) {
    (void)state;
    read_result r;
    read_string(&r, "", rss2, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_int_equal(r.skipped, 0);
    assert_true(!r.warnings || !*r.warnings);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->id, "item-a");
    assert_string_equal(d->date, "2022-02-24");
    assert_string_equal(d->title, "Germany condemns Russia");
    assert_string_equal(d->url, "https://news.example/a");
    assert_string_equal(d->source, "World & News");
    assert_string_equal(d->text, "Germany condemned Russia on Monday.\n\nScholz called Putin."); /* no WordPress footer */
    assert_int_equal(d->text_len, strlen(d->text));
    assert_string_equal(d->origin, r.path);
    assert_int_equal(d->origin_line, 8);
    assert_int_equal(d->origin_col, 0);
    assert_null(d->extra);

    d = r.docs[1];
    assert_string_equal(d->id, "https://news.example/b"); /* no guid: the link */
    assert_string_equal(d->url, "https://news.example/b");
    assert_string_equal(d->date, "2022-02-24");            /* the day as written, not in UTC */
    assert_string_equal(d->title, "Talks & more");         /* escaped twice */
    assert_string_equal(d->text, "France & Britain met Ukraine.");
    assert_int_equal(d->origin_line, 16);

    d = r.docs[2];
    char id[512];
    snprintf(id, sizeof id, "%s-3", r.path + strlen("/tmp/"));
    assert_string_equal(d->id, id);                        /* no guid, no link: file-number */
    assert_null(d->url);
    assert_null(d->title);
    assert_string_equal(d->date, "2022-02-23");
    assert_string_equal(d->source, "Wire Agency");         /* the item's own <source> */
    assert_string_equal(d->text, "China criticized Japan & Korea."); /* content:encoded first */
    assert_int_equal(dyad_segment(d), 1);
    free_result(&r);
}

static const char atom[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
    "  <title type=\"html\">Wire &amp;amp; Co</title>\n"
    "  <id>urn:feed</id>\n"
    "  <updated>2022-02-26T00:00:00Z</updated>\n"
    "  <entry>\n"                                                                      /* line 6 */
    "    <title type=\"html\">&lt;b&gt;Breaking&lt;/b&gt;: talks</title>\n"
    "    <id>urn:uuid:1</id>\n"
    "    <link rel=\"self\" href=\"https://x.example/self\"/>\n"
    "    <link rel=\"alternate\" type=\"text/html\" href=\"https://x.example/1\"/>\n"
    "    <updated>2022-02-25T01:00:00Z</updated>\n"
    "    <published>2022-02-24T23:30:00-05:00</published>\n"
    "    <summary>A summary.</summary>\n"
    "    <content type=\"html\">&lt;p&gt;Germany condemned Russia on Monday.&lt;/p&gt;</content>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">An <i>XHTML</i> title</div></title>\n"
    "    <id>urn:uuid:2</id>\n"
    "    <link href=\"https://x.example/2\"/>\n"
    "    <updated>2022-02-26T01:00:00Z</updated>\n"
    "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>China <b>criticized</b> Japan.</p>"
    "<p>Second paragraph.</p></div></content>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title>Third</title>\n"
    "    <link rel=\"enclosure\" href=\"https://x.example/3.mp3\"/>\n"
    "    <content src=\"https://x.example/3.html\"/>\n"
    "    <summary type=\"text\">Plain &lt;summary&gt; text.</summary>\n"
    "  </entry>\n"
    "</feed>\n";

/* Atom (RFC 4287): published before updated, link rel, content type html and xhtml, summary
   when the content is elsewhere (src=), text that looks like markup but is typed text. */
static void test_atom(void **state) {
    (void)state;
    dyad_read_options opt = {.date = "2022-03-01"};
    read_result r;
    read_string(&r, ".atom", atom, &opt);
    assert_int_equal(r.n_docs, 3);
    assert_int_equal(r.skipped, 0);
    dyad_document *d = r.docs[0];
    assert_string_equal(d->id, "urn:uuid:1");
    assert_string_equal(d->date, "2022-02-24");
    assert_string_equal(d->url, "https://x.example/1");
    assert_string_equal(d->title, "Breaking: talks");
    assert_string_equal(d->source, "Wire & Co");
    assert_string_equal(d->text, "Germany condemned Russia on Monday.");
    assert_int_equal(d->origin_line, 6);
    d = r.docs[1];
    assert_string_equal(d->date, "2022-02-26");
    assert_string_equal(d->url, "https://x.example/2"); /* no rel: alternate */
    assert_string_equal(d->title, "An XHTML title");
    assert_string_equal(d->text, "China criticized Japan.\n\nSecond paragraph.");
    d = r.docs[2];
    assert_null(d->url);                                /* rel="enclosure" is no page */
    assert_string_equal(d->date, "2022-03-01");         /* none of its own: --date */
    assert_string_equal(d->text, "Plain <summary> text.");
    free_result(&r);
}

/* RSS 1.0: items beside the channel in <rdf:RDF>, in the RSS 1.0 namespace. */
static void test_rss1(void **state) {
    (void)state;
    const char *in = "<?xml version=\"1.0\"?>\n"
                     "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                     "  xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                     "  <channel rdf:about=\"https://r.example/\"><title>RDF News</title>\n"
                     "    <link>https://r.example/</link><description>About.</description></channel>\n"
                     "  <item rdf:about=\"https://r.example/1\">\n"
                     "    <title>One</title><link>https://r.example/1</link>\n"
                     "    <description>Iran warned Israel.</description>\n"
                     "    <dc:date>2022-03-01</dc:date>\n"
                     "  </item>\n"
                     "  <item rdf:about=\"https://r.example/2\"><title>Two</title>\n"
                     "    <description>Iran warned Iraq.</description></item>\n"
                     "</rdf:RDF>\n";
    read_result r;
    read_string(&r, ".xml", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[1]->id, "https://r.example/2"); /* no <link>: rdf:about */
    assert_string_equal(r.docs[1]->url, "https://r.example/2");
    dyad_document *d = r.docs[0];
    assert_string_equal(d->id, "https://r.example/1");
    assert_string_equal(d->source, "RDF News");
    assert_string_equal(d->date, "2022-03-01");
    assert_string_equal(d->text, "Iran warned Israel.");
    assert_int_equal(d->origin_line, 6);
    free_result(&r);
}

/* Unclosed tags: libxml2's complaints come as warnings with line and column, and every item
   is read, the one whose end tags are missing included (its fields were left inside its
   title), without the text of the items after it. */
static void test_malformed(void **state) {
    (void)state;
    const char *in = "<?xml version=\"1.0\"?>\n"
                     "<rss version=\"2.0\">\n"
                     "<channel>\n"
                     "<title>Bad</title>\n"
                     "<item>\n"
                     "  <description>Germany condemned Russia.</description>\n"
                     "<item>\n"
                     "  <title>Two <b>bold</title>\n"
                     "  <description>France met Ukraine.\n"
                     "</item>\n"
                     "<item>\n"
                     "  <description>China criticized Japan.</description>\n"
                     "</item>\n"
                     "</channel>\n";
    read_result r;
    read_string(&r, ".rss", in, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->text, "Germany condemned Russia.");
    assert_string_equal(r.docs[1]->text, "France met Ukraine.");
    assert_string_equal(r.docs[2]->text, "China criticized Japan.");
    assert_int_equal(r.docs[2]->origin_line, 11);
    check_warning(&r, "8:29", "malformed feed: Opening and ending tag mismatch: b line 8 and title");
    check_warning(&r, "10:8", "malformed feed: Opening and ending tag mismatch: description line 9 and item");
    free_result(&r);
}

/* The walk: a channel title after the items is every item's source; a feed that turns malformed
   after some items (libxml2's reader stops there) is read whole from there on, each item and each
   error once. */
static void test_stream(void **state) {
    (void)state;
    const char *late = "<rss><channel><item><description>Germany condemned Russia.</description></item>\n"
                       "<title>Late</title><item><item><description>Nested.</description></item>"
                       "<description>France met Ukraine.</description></item></channel></rss>\n";
    read_result r;
    read_string(&r, ".rss", late, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_string_equal(r.docs[0]->source, "Late");
    assert_string_equal(r.docs[1]->text, "France met Ukraine.");
    assert_string_equal(r.docs[2]->text, "Nested.");         /* after the item it is in */
    assert_string_equal(r.docs[2]->source, "Late");
    assert_int_equal(r.docs[2]->origin_line, 2);
    free_result(&r);
    char bad[10240]; /* the error well after the first item: libxml2 reads 512-byte chunks */
    snprintf(bad, sizeof bad, "<rss><channel><title>T</title>\n"
             "<item><description>Germany condemned Russia.</description></item>\n"
             "<item><!-- %08000d -->\n"
             "<description>No &nbsp; text &copy;</description></item>\n"
             "<item><title>x</title></item>\n"
             "<item><description>China criticized Japan.</description></item>\n", 0);
    read_string(&r, ".rss", bad, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_int_equal(r.skipped, 1);
    assert_string_equal(r.docs[0]->text, "Germany condemned Russia.");
    assert_string_equal(r.docs[1]->text, "No  text"); /* plain text: kept as it is */
    assert_string_equal(r.docs[2]->text, "China criticized Japan.");
    assert_string_equal(r.docs[2]->source, "T");
    assert_int_equal(r.docs[2]->origin_line, 6);
    check_warning(&r, "4:23", "malformed feed: Entity 'nbsp' not defined");
    check_warning(&r, "5", "item 3 has no text");
    const char *first = strstr(r.warnings, "'nbsp'"), *copy = strstr(r.warnings, "'copy'");
    assert_non_null(copy);
    assert_null(strstr(first + 1, "'nbsp'")); /* reported once */
    assert_null(strstr(copy + 1, "'copy'"));
    free_result(&r);
}

/* An item without text is reported with its line and skipped; a date that is none is reported
   and --date used. */
static void test_no_text_bad_date(void **state) {
    (void)state;
    const char *in = "<rss version=\"2.0\"><channel><title>T</title>\n"
                     "<item><title>Only a title</title><description>   </description></item>\n"
                     "<item><title>Two</title>\n"
                     "  <pubDate>yesterday</pubDate>\n"
                     "  <description>Macron met Putin.</description></item>\n"
                     "</channel></rss>\n";
    dyad_read_options opt = {.date = "2022-02-08"};
    read_result r;
    read_string(&r, "", in, &opt);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "2", "item 1 has no text (<description> and <content:encoded> empty or absent); skipped");
    check_warning(&r, "4", "<pubDate> \"yesterday\" is not a date (RFC 822");
    assert_string_equal(r.docs[0]->date, "2022-02-08");
    assert_string_equal(r.docs[0]->text, "Macron met Putin.");
    free_result(&r);
}

/* Sloppy Atom feeds write RFC 822 dates in <updated> and <published>, and long dates in
   <dc:date>; their items were left undated. */
static void test_atom_rfc822_dates(void **state) {
    (void)state;
    const char *in = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>\n"
                     "<entry><id>1</id><updated>Thu, 12 Oct 2023 08:15:00 EDT</updated><summary>One.</summary></entry>\n"
                     "<entry><id>2</id><published>October 12, 2023</published><summary>Two.</summary></entry>\n"
                     "<entry><id>3</id><updated>soon</updated><summary>Three.</summary></entry>\n"
                     "</feed>\n";
    read_result r;
    read_string(&r, ".atom", in, NULL);
    assert_int_equal(r.n_docs, 3);
    assert_non_null(r.docs[0]->date);
    assert_string_equal(r.docs[0]->date, "2023-10-12");
    assert_non_null(r.docs[1]->date);
    assert_string_equal(r.docs[1]->date, "2023-10-12");
    assert_null(r.docs[2]->date);
    check_warning(&r, "4", "<updated> \"soon\" is not a date (ISO 8601");
    free_result(&r);
}

/* A description escaped twice gave "<p>Hamas ...</p>" and "<a href=...>" as words of the text. */
static void test_double_escaped(void **state) {
    (void)state;
    const char *in = "<rss version=\"2.0\"><channel><title>T</title>\n"
                     "<item><title>One</title><description>&amp;lt;p&amp;gt;Hamas fired rockets at "
                     "&amp;lt;a href=&amp;quot;https://x.example/&amp;quot;&amp;gt;Ashkelon&amp;lt;/a&amp;gt;."
                     "&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Israel replied.&amp;lt;/p&amp;gt;</description></item>\n"
                     "<item><title>Two</title><description>&lt;p&gt;Prices rose by &amp;lt;5%.&lt;/p&gt;</description></item>\n"
                     "</channel></rss>\n";
    read_result r;
    read_string(&r, "", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[0]->text, "Hamas fired rockets at Ashkelon.\n\nIsrael replied.");
    assert_string_equal(r.docs[1]->text, "Prices rose by <5%.");
    free_result(&r);
}

/* HTML that the article rules find nothing in (only a figure) is read as plain text; markup
   written as XML elements in a description is read as HTML. */
static void test_html_fallback(void **state) {
    (void)state;
    const char *in = "<rss version=\"2.0\"><channel>\n"
                     "<item><description>&lt;figure&gt;&lt;figcaption&gt;Germany condemned Russia."
                     "&lt;/figcaption&gt;&lt;/figure&gt;</description></item>\n"
                     "<item><description><p>France met <b>Ukraine</b>.</p><p>Two.</p></description></item>\n"
                     "<item><description>&lt;img src=\"x.png\"&gt;</description></item>\n"
                     "</channel></rss>\n";
    read_result r;
    read_string(&r, ".rss", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[0]->text, "Germany condemned Russia.");
    assert_string_equal(r.docs[1]->text, "France met Ukraine.\n\nTwo.");
    assert_null(strstr(r.warnings, "no article text")); /* the item is kept: nothing to report */
    assert_null(strstr(r.warnings, "note:"));
    assert_int_equal(r.skipped, 1); /* an image only: no text */
    check_warning(&r, "4", "item 3 has no text");
    free_result(&r);
}

/* Items whose HTML the article rules find no text in (a figure and its caption, a short
   fragment of page furniture) are read whole without a warning. */
static void test_html_fallback_silent(void **state) {
    (void)state;
    const char *in = "<rss version=\"2.0\"><channel>\n"
                     "<item><description><![CDATA[<figure><img src=\"a.jpg\"><figcaption>Germany condemned "
                     "Russia.</figcaption></figure>]]></description></item>\n"
                     "<item><description><![CDATA[<div class=\"related\">France met Ukraine.</div>]]></description>"
                     "</item>\n"
                     "</channel></rss>\n";
    read_result r;
    read_string(&r, ".rss", in, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_int_equal(r.skipped, 0);
    assert_true(!r.warnings || !*r.warnings);
    assert_string_equal(r.docs[0]->text, "Germany condemned Russia.");
    assert_string_equal(r.docs[1]->text, "France met Ukraine.");
    free_result(&r);
}

/* dyad_read_html_fragment: NULL without a warning when there is no article text; other faults
   are reported as dyad_read_html reports them. */
static void test_read_html_fragment(void **state) {
    (void)state;
    char *msgs = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&msgs, &len);
    dyad_warn_to(mf);
    const char *figure = "<article><figure><figcaption>Kyiv.</figcaption></figure></article>";
    assert_null(dyad_read_html_fragment("f", figure, strlen(figure), NULL));
    fflush(mf);
    assert_int_equal(len, 0);
    const char *p = "<article><p>Germany condemned Russia.</p></article>";
    dyad_document *d = dyad_read_html_fragment("f", p, strlen(p), NULL);
    assert_non_null(d);
    assert_string_equal(d->text, "Germany condemned Russia.");
    dyad_document_free(d);
    fflush(mf);
    assert_int_equal(len, 0);
    assert_null(dyad_read_html_fragment("f", "\0\0\0", 3, NULL)); /* binary: reported */
    assert_null(dyad_read_html("g", figure, strlen(figure), NULL)); /* a page: reported */
    dyad_warn_to(NULL);
    fclose(mf);
    assert_non_null(strstr(msgs, "f:1:1: warning: NUL byte (a binary file?); HTML page skipped"));
    assert_non_null(strstr(msgs, "g: warning: no article text found in the HTML page; skipped"));
    free(msgs);
}

/* A declared encoding is converted; invalid UTF-8 in a UTF-8 feed is replaced, with its place. */
static void test_encodings(void **state) {
    (void)state;
    read_result r;
    read_string(&r, "", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><item>"
                        "<description>Caf\xe9 talks.</description></item></channel></rss>", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Caf\xc3\xa9 talks.");
    free_result(&r);
    read_string(&r, "", "<?xml version=\"1.0\"?>\n<rss><channel><item>"
                        "<description>Bad \xff byte.</description></item></channel></rss>", NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Bad \xef\xbf\xbd byte.");
    check_warning(&r, "2:38", "invalid UTF-8 (byte 0xFF)");
    free_result(&r);
}

/* Feeds that give nothing: another XML root read as a feed (--input feed), no items, empty. */
static void test_no_feed(void **state) {
    (void)state;
    dyad_read_options opt = {.format = DYAD_FORMAT_FEED};
    read_result r;
    read_string(&r, ".xml", "<?xml version=\"1.0\"?>\n<html><body><p>Hi.</p></body></html>", &opt);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "2", "not a news feed: XML root <html> (RSS <rss>, RSS 1.0 <rdf:RDF> or Atom <feed> expected)");
    free_result(&r);
    read_string(&r, ".rss", "<rss><channel><title>Quiet</title></channel></rss>", NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "1", "no <item> in the feed; nothing to read");
    free_result(&r);
    read_string(&r, ".atom", " \n", NULL);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "", "empty feed; skipped");
    free_result(&r);
}

/* RFC 822 section 5 dates, with RFC 2822's four-digit years, and US long dates; the day as
   written. */
static void test_rfc822_dates(void **state) {
    (void)state;
    char d[11];
    assert_true(dyad_rfc822_date("Thu, 24 Feb 2022 23:30:00 GMT", d));
    assert_string_equal(d, "2022-02-24");
    assert_true(dyad_rfc822_date("24 Feb 2022 10:00 +0100", d));
    assert_string_equal(d, "2022-02-24");
    assert_true(dyad_rfc822_date("Mon, 7 Mar 22 09:00:00 EST", d)); /* two-digit year */
    assert_string_equal(d, "2022-03-07");
    assert_true(dyad_rfc822_date("Sun, 31 Dec 99 23:59 PST", d));
    assert_string_equal(d, "1999-12-31");
    assert_true(dyad_rfc822_date("  Tuesday, 01 February 2022 08:00:00 -0500", d));
    assert_string_equal(d, "2022-02-01");
    assert_true(dyad_rfc822_date("29 Feb 2024", d));
    assert_string_equal(d, "2024-02-29");
    assert_true(dyad_rfc822_date("5 Sept. 2021 10:00 Z", d));
    assert_string_equal(d, "2021-09-05");
    assert_false(dyad_rfc822_date("29 Feb 2022 10:00 GMT", d)); /* no such day */
    assert_false(dyad_rfc822_date("32 Jan 2022", d));
    /* US long dates, as some feeds write them */
    assert_true(dyad_rfc822_date("Thu, Feb 24 2022", d));
    assert_string_equal(d, "2022-02-24");
    assert_true(dyad_rfc822_date("Thursday, February 24, 2022", d));
    assert_string_equal(d, "2022-02-24");
    assert_true(dyad_rfc822_date("Feb. 24, 2022 10:00 AM", d));
    assert_string_equal(d, "2022-02-24");
    assert_true(dyad_rfc822_date("Feb 24, 2022", d));
    assert_string_equal(d, "2022-02-24");
    assert_false(dyad_rfc822_date("February 2022", d));
    assert_false(dyad_rfc822_date("Feb 30, 2022", d));
    assert_false(dyad_rfc822_date("24 Fe 2022", d));
    assert_false(dyad_rfc822_date("24 Feb 202", d));
    assert_false(dyad_rfc822_date("24 Feb 20222", d));
    assert_false(dyad_rfc822_date("2022-02-24", d));
    assert_false(dyad_rfc822_date("", d));
    assert_false(dyad_rfc822_date(NULL, d));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rss2),
        cmocka_unit_test(test_atom),
        cmocka_unit_test(test_rss1),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_stream),
        cmocka_unit_test(test_no_text_bad_date),
        cmocka_unit_test(test_atom_rfc822_dates),
        cmocka_unit_test(test_double_escaped),
        cmocka_unit_test(test_html_fallback),
        cmocka_unit_test(test_html_fallback_silent),
        cmocka_unit_test(test_read_html_fragment),
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_no_feed),
        cmocka_unit_test(test_rfc822_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
