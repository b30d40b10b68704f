/*
** html.c - the HTML reader: the main article text of a web page, parsed with gumbo (an HTML5
** parser, so broken markup is read the way browsers read it).
**
** The article is the <article> that holds at least half the page's paragraph text, or the
** sibling <article>s of a list (the entries of a live blog) that together do; else the story
** inside <main> (or role="main"), else inside <body>: from there the search goes down to the
** child holding 60% or more of the paragraph text, but not past a story body that is split into
** boxes or columns of one kind.  Paragraphs that do not end like sentences ("Menu", headlines
** of links) count a quarter.  Inside the article, page furniture is dropped: script, style,
** nav, header, footer, aside, form, figure, menus, AMP ads and placeholders, and elements whose
** class or id names have words (also in camelCase: "relatedStories", "readMore") of share
** buttons, comment boxes, related links, recirculation widgets, captions and credits,
** newsletters, advertisements and the like, and short paragraphs such as "Leave a Comment" or
** "Share this".  Block elements become paragraphs separated by a blank line; a footnote mark
** in <sup> is dropped; a single <br> after an unpunctuated line of words, before a capital,
** ends a paragraph.  The title is the <h1> of the article (or of its <article>/<main>), else
** og:title, else the JSON-LD headline, else <title> without the site's name.  The date is, by
** precedence, article:published_time, the JSON-LD datePublished, itemprop="datePublished",
** other date meta tags, the first <time datetime> of the article, the first elsewhere outside
** furniture; og:site_name gives the source and the canonical link the URL.  A page without
** article text in its markup (one that scripts fill in) gives the JSON-LD articleBody instead.
** A live blog (html_live.c) gives one document per entry, each with its own date (the reader
** calls dyad_read_html_page); HTML inside other formats is always one document.
**
** A page that is not UTF-8 but declares charset ISO-8859-1 or Windows-1252 is converted; the
** text offsets of an HTML document refer to the extracted text, not to the page.  Start tags
** nested more than FLAT_DEPTH deep are left out first, with a warning (html_flat.c).
**
** This file converts the encoding and reads the page (dyad_read_html, and
** dyad_read_html_fragment for HTML inside other formats).  The rest of the reader:
** html_furniture.c tells page furniture (tags, class and id names, hidden elements, AMP ads),
** html_text.c extracts the text of the article, html_page.c surveys the page (meta tags,
** JSON-LD, dates), chooses the article and finds its title, html_live.c finds the entries of a
** live blog; html_int.h is what they share.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>
#include <gumbo.h>
#include "document/html_int.h"

/* Start tags that would nest deeper than this are left out before gumbo parses the page
   (html_flat.c): unclosed tags by the thousand made gumbo slow, and their text would lie below
   MAX_DEPTH.  The margin is for the elements gumbo adds (html, body, tbody, ...). */
#define FLAT_DEPTH 200

/* gumbo records at most this many parse errors (dyad reads none of them).  gumbo copies the
   stack of open elements into every error, so unclosed tags cost memory quadratic in their
   number without a limit (kGumboDefaultOptions has none): 100 000 unclosed <div>s took 24 GB. */
#define GUMBO_MAX_ERRORS 10

/* ------------------------------------------------------------ encoding */

/* Windows-1252 code points for the bytes 0x80..0x9F (0 where undefined). */
static const uint16_t cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Does the page declare a Latin-1 or Windows-1252 charset in its first 4 KB? */
static bool declares_latin1(const char *data, size_t len) {
    size_t n = len < 4096 ? len : 4096;
    static const char *const names[] = {"iso-8859-1", "windows-1252", "latin1", "latin-1", "cp1252", NULL};
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(data + i, "charset", 7) != 0) continue;
        size_t j = i + 7;
        while (j < n && (data[j] == '=' || data[j] == '"' || data[j] == '\'' || data[j] == ' ')) j++;
        for (int k = 0; names[k]; k++)
            if (j + strlen(names[k]) <= n && strncasecmp(data + j, names[k], strlen(names[k])) == 0) return true;
        return false;
    }
    return false;
}

/* Convert Windows-1252 (a superset of the printable Latin-1) to UTF-8 in b. */
static void latin1_to_utf8(dyad_buf *b, const char *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned c = (unsigned char)data[i];
        if (c >= 0x80 && c < 0xA0) c = cp1252[c - 0x80] ? cp1252[c - 0x80] : 0xFFFD;
        if (c < 0x80) {
            dyad_buf_putc(b, (int)c);
        } else if (c < 0x800) {
            dyad_buf_putc(b, (int)(0xC0 | (c >> 6)));
            dyad_buf_putc(b, (int)(0x80 | (c & 0x3F)));
        } else {
            dyad_buf_putc(b, (int)(0xE0 | (c >> 12)));
            dyad_buf_putc(b, (int)(0x80 | ((c >> 6) & 0x3F)));
            dyad_buf_putc(b, (int)(0x80 | (c & 0x3F)));
        }
    }
}

/* ------------------------------------------------------------ reading */

/* A new document of the page with text t[0..n) (copied), its origin and id. */
static dyad_document *new_document(const char *origin, const dyad_read_options *opt, const char *t, size_t n) {
    dyad_document *doc = dyad_document_new();
    dyad_arena *a = doc->arena;
    doc->text = dyad_arena_strndup(a, t, n);
    doc->text_len = n;
    doc->origin = dyad_arena_strdup(a, origin);
    doc->origin_line = 1;
    doc->id = opt && opt->id ? dyad_arena_strdup(a, opt->id) : dyad_default_id(a, origin);
    return doc;
}

/* The page's url without its own anchor, then "#" and anchor; in arena a, or NULL when the
   page has no url. */
static const char *entry_url(dyad_arena *a, const char *url, const char *anchor) {
    if (!url || !anchor) return dyad_arena_strdup(a, url);
    size_t n = strcspn(url, "#");
    char *s = dyad_arena_alloc(a, n + strlen(anchor) + 2);
    memcpy(s, url, n);
    s[n] = '#';
    strcpy(s + n + 1, anchor);
    return s;
}

/* Has an entry before k the id anchor (and, when text is not NULL, that text)? */
static bool anchor_used(const live_blog *lb, size_t k, const char *anchor, const char *text) {
    for (size_t i = 0; i < k; i++)
        if (lb->entries[i].anchor && strcmp(lb->entries[i].anchor, anchor) == 0 &&
            (!text || strcmp(lb->entries[i].text, text) == 0))
            return true;
    return false;
}

/*
** The document of entry k of a live blog: the page's id, "#" and the entry's anchor (its
** number when it has none, or when an earlier entry has its anchor), the entry's date (its
** date and time as written in extra, "published"), its headline (else the page's title
** page_title), the page's source and url (with the entry's anchor).  NULL for an entry that
** repeats an earlier one (a pinned entry shown twice).
*/
static dyad_document *entry_document(const char *origin, const dyad_read_options *opt, const page *pg,
                                     const char *page_title, const live_blog *lb, size_t k) {
    const live_entry *e = &lb->entries[k];
    if (e->anchor && anchor_used(lb, k, e->anchor, e->text)) return NULL;
    const char *anchor = e->anchor && !anchor_used(lb, k, e->anchor, NULL) ? e->anchor : NULL;
    dyad_document *doc = new_document(origin, opt, e->text, strlen(e->text));
    dyad_arena *a = doc->arena;
    char number[32];
    snprintf(number, sizeof number, "%zu", e->number);
    const char *part = anchor ? anchor : number;
    char *id = dyad_arena_alloc(a, strlen(doc->id) + strlen(part) + 2);
    sprintf(id, "%s#%s", doc->id, part);
    doc->id = id;
    doc->date = dyad_arena_strdup(a, e->date);
    doc->title = dyad_arena_strdup(a, e->title ? e->title : page_title);
    doc->source = dyad_arena_strdup(a, pg->site_name);
    doc->url = entry_url(a, pg->url, anchor);
    cJSON *extra = cJSON_CreateObject();
    cJSON_AddStringToObject(extra, "published", e->time);
    char *json = cJSON_PrintUnformatted(extra);
    doc->extra = dyad_arena_strdup(a, json);
    cJSON_free(json);
    cJSON_Delete(extra);
    dyad_find_dateline(doc);
    return doc;
}

/* Append doc to the list *docs of *n. */
static void add_document(dyad_document ***docs, size_t *n, dyad_document *doc) {
    *docs = dyad_xrealloc(*docs, (*n + 1) * sizeof **docs);
    (*docs)[(*n)++] = doc;
}

/*
** The documents of the page data[0..len) into *docs (malloc'd; NULL when none): one per entry
** of a live blog when entries is set and the page is one, else one; returns how many.  0 after
** a warning; a fragment (dyad_read_html_fragment) without article text gives 0 without one.
*/
static size_t read_html(const char *origin, const char *data, size_t len, const dyad_read_options *opt,
                        bool fragment, bool entries, dyad_document ***docs) {
    *docs = NULL;
    size_t n_docs = 0;
    dyad_buf converted = {0};
    if (dyad_utf8_invalid(data, len) < len && !memchr(data, 0, len) && declares_latin1(data, len)) {
        latin1_to_utf8(&converted, data, len);
        data = converted.data;
        len = converted.len;
    }
    dyad_buf fixed = {0};
    if (!dyad_text_prepare(origin, data, len, "HTML page", &fixed)) {
        dyad_buf_free(&converted);
        return 0;
    }
    if (fixed.data) {
        data = fixed.data;
        len = fixed.len;
    }
    dyad_buf flat = {0};
    size_t first = 0, n_flat = dyad_html_flatten(data, len, FLAT_DEPTH, &flat, &first);
    if (n_flat) {
        long line, col;
        dyad_text_position(data, first, &line, &col);
        dyad_warn(origin, line, col, "HTML elements nested more than %d deep from here: %zu tag%s left out "
                  "(the text in them is kept)", FLAT_DEPTH, n_flat, n_flat == 1 ? "" : "s");
        data = flat.data;
        len = flat.len;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = GUMBO_MAX_ERRORS;
    GumboOutput *out = gumbo_parse_with_options(&options, data, len);
    page pg = {.ld_headline_rank = 2, .ld_body_rank = 2, .ld_date_rank = 2, .date_rank = DATE_NONE};
    html_survey(&pg, out->root, false, false, 0);
    choice ch = html_choose(&pg, out->root);
    const GumboNode *h1 = html_title_h1(&ch);
    live_blog lb = {0};
    if (entries && !fragment && html_live_entries(&pg, out->root, origin, &lb)) {
        char *title = html_page_title(&pg, h1);
        for (size_t k = 0; k < lb.n; k++) {
            dyad_document *doc = entry_document(origin, opt, &pg, title && *title ? title : NULL, &lb, k);
            if (doc) add_document(docs, &n_docs, doc);
        }
        free(title);
        html_live_free(&lb);
        goto done;
    }
    extractor x = {.skip = h1};
    html_extract_choice(&x, &pg, &ch);
    html_end_paragraph(&x);
    if (pg.ld_date_rank < 2) html_offer_date(&pg, pg.ld_date, DATE_JSON_LD);
    const GumboNode *t = html_first_time(ch.scope, 0);
    if (t) html_offer_date(&pg, html_time_date(t), DATE_ARTICLE_TIME);
    if (pg.page_time) html_offer_date(&pg, html_time_date(pg.page_time), DATE_PAGE_TIME);

    /* a page that the browser fills in with scripts has no text in its markup; its JSON-LD
       articleBody (schema.org, plain text) is the story, or those of its live blog's entries */
    if (x.out.len == 0 && !fragment && pg.ld_body) dyad_buf_puts(&x.out, pg.ld_body);
    if (x.out.len == 0 && !fragment) html_live_join_bodies(&pg, origin, &x.out);
    if (x.out.len == 0 && !fragment) html_extract_scriptless(&x, out->root);
    if (x.out.len == 0 && fragment) {
        /* the caller reads the fragment otherwise */
    } else if (x.out.len == 0 && (x.too_deep || pg.too_deep)) {
        dyad_warn(origin, 0, 0, "no article text found in the HTML page within %d nested elements "
                  "(dyad reads no deeper); skipped", MAX_DEPTH);
    } else if (x.out.len == 0) {
        dyad_warn(origin, 0, 0, "no article text found in the HTML page; skipped");
    } else {
        dyad_document *doc = new_document(origin, opt, x.out.data, x.out.len);
        dyad_arena *a = doc->arena;
        if (pg.date_rank < DATE_NONE) doc->date = dyad_arena_strdup(a, pg.date);
        char *title = html_page_title(&pg, h1);
        if (title && *title) doc->title = dyad_arena_strdup(a, title);
        free(title);
        doc->source = dyad_arena_strdup(a, pg.site_name);
        doc->url = dyad_arena_strdup(a, pg.url);
        dyad_find_dateline(doc); /* may give the date, from a date line */
        add_document(docs, &n_docs, doc);
    }
    dyad_buf_free(&x.out);
    dyad_buf_free(&x.para);
done:
    for (size_t k = 0; k < n_docs; k++) {
        dyad_document *doc = (*docs)[k];
        if (!doc->date && opt && opt->date) doc->date = dyad_arena_strdup(doc->arena, opt->date);
    }
    free(pg.articles);
    free(pg.ld_headline);
    free(pg.ld_body);
    cJSON_Delete(pg.ld_updates);
    gumbo_destroy_output(&options, out);
    dyad_buf_free(&converted);
    dyad_buf_free(&fixed);
    dyad_buf_free(&flat);
    return n_docs;
}

/* The one document of read_html, or NULL. */
static dyad_document *read_one(const char *origin, const char *data, size_t len, const dyad_read_options *opt,
                               bool fragment) {
    dyad_document **docs;
    size_t n = read_html(origin, data, len, opt, fragment, false, &docs);
    dyad_document *doc = n ? docs[0] : NULL;
    free(docs);
    return doc;
}

dyad_document *dyad_read_html(const char *origin, const char *data, size_t len, const dyad_read_options *opt) {
    return read_one(origin, data, len, opt, false);
}

dyad_document *dyad_read_html_fragment(const char *origin, const char *data, size_t len,
                                       const dyad_read_options *opt) {
    return read_one(origin, data, len, opt, true);
}

size_t dyad_read_html_page(const char *origin, const char *data, size_t len, const dyad_read_options *opt,
                           dyad_document ***docs) {
    return read_html(origin, data, len, opt, false, true, docs);
}
