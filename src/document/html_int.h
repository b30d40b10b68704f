/*
** html_int.h - what the files of the HTML reader share: the text extractor, the survey of a
** page, the chosen article, the entries of a live blog, and the tests for furniture they all
** use.  Internal to the reader (html.c, html_furniture.c, html_text.c, html_page.c,
** html_live.c); reader.h is the interface.
*/
#ifndef DYAD_HTML_INT_H
#define DYAD_HTML_INT_H

#include <gumbo.h>
#include "document/reader.h"
#include "util/util.h"

/* Elements nested deeper than this are ignored (no real page nests text that deep; it bounds
   the recursion on hostile input); a page whose text is lost to it is reported. */
#define MAX_DEPTH 256

/* ASCII letters: lower and upper case. */
static inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* ------------------------------------------------------------ furniture (html_furniture.c) */

/* Does the element start a paragraph of its own? */
bool html_is_block(GumboTag tag);
/* Does the class or id (name) of e hold the word, compared whole ("byline", "logo")? */
bool html_attribute_has_word(const GumboElement *e, const char *name, const char *word);
/* Is e hidden (aria-hidden="true", hidden, display:none)? */
bool html_is_hidden(const GumboElement *e);
/* Is the element page furniture, left out with everything in it? */
bool html_skipped_element(const GumboNode *node);

/* ------------------------------------------------------------ text (html_text.c) */

/* The text being extracted: paragraphs so far and the one being collected. */
typedef struct extractor {
    dyad_buf out;         /* paragraphs so far, separated by blank lines */
    dyad_buf para;        /* the paragraph being collected */
    bool space;           /* a space is pending in para */
    bool pre;             /* inside <pre> */
    bool pre_text;        /* para holds text of a <pre> */
    int brs;              /* <br>s in para */
    const GumboNode *skip; /* the <h1> used as the title */
    const GumboNode *skip_time; /* a live blog entry's own <time>, left out too */
    bool too_deep;        /* an element deeper than MAX_DEPTH was left out */
} extractor;

/* Does s[0..n) end like a sentence (a period, "?", "!", a closing quote or bracket)? */
bool html_ends_sentence_n(const char *s, size_t n);
/* Add the paragraph being collected to x->out (unless it is boilerplate) and start anew. */
void html_end_paragraph(extractor *x);
/* Add the text of node and of everything in it (furniture left out) to x. */
void html_extract(extractor *x, const GumboNode *node, int depth);
/*
** A page whose scripts write the story may give it for browsers without scripts: the text of
** its <noscript> and <template> elements, into x (left empty when it holds fewer than two
** sentences: "Please enable JavaScript to view this site." is no story).
*/
void html_extract_scriptless(extractor *x, const GumboNode *root);
/* The text inside a node, white space collapsed, in malloc'd memory. */
char *html_node_text(const GumboNode *node);

/* ------------------------------------------------------------ the page (html_page.c) */

/* Where the page date came from, best first (page.date_rank). */
enum {
    DATE_META,          /* <meta property="article:published_time"> (or og:published_time) */
    DATE_JSON_LD,       /* datePublished of the page's JSON-LD */
    DATE_ITEMPROP,      /* an element with itemprop="datePublished" */
    DATE_OTHER_META,    /* <meta name="date">, "pubdate", "dc.date", ... */
    DATE_ARTICLE_TIME,  /* the first <time datetime> in the article */
    DATE_PAGE_TIME,     /* the first <time datetime> elsewhere, outside furniture */
    DATE_NONE,
};

/* One <article> of the page: its text weight, and the element that holds it with its siblings
   (group_parent). */
typedef struct article_entry {
    const GumboNode *node, *group;
    size_t score, order;
} article_entry;

/* What the survey found in the page. */
typedef struct page {
    const GumboNode *body, *title, *main;
    article_entry *articles; /* the <article>s outside furniture, in document order (malloc'd) */
    const GumboNode *best_article; /* the single <article> with the most paragraph text, if any */
    size_t n_articles, cap_articles;
    const char *og_title, *site_name, *url;
    char *ld_headline;       /* JSON-LD headline (malloc'd), from an article object if any */
    int ld_headline_rank;    /* 0: of an article object, 1: of another, 2: none */
    char *ld_body;           /* JSON-LD articleBody (malloc'd), ranked as ld_headline */
    int ld_body_rank;
    char ld_date[11];        /* JSON-LD datePublished, ranked as ld_headline */
    int ld_date_rank;
    struct cJSON *ld_updates; /* the liveBlogUpdate list of the first JSON-LD LiveBlogPosting
                                 that has one (a copy, cJSON_Delete'd by the reader), or NULL */
    char date[11];           /* the page date so far, YYYY-MM-DD, and where it came from */
    int date_rank;
    const GumboNode *page_time; /* the first usable <time datetime> outside furniture */
    bool too_deep;           /* elements deeper than MAX_DEPTH were not surveyed */
} page;

/* The article text: the element root, or (group set) the <article>s of group in order;
   scope is where the article's title and date are looked for. */
typedef struct choice {
    const GumboNode *root, *group, *scope;
} choice;

/* Take s as the page date if it is one and comes from a better place than the date so far. */
void html_offer_date(page *pg, const char *s, int rank);
/* The value of the element's attribute name, or NULL (html_page.c). */
const char *html_attr(const GumboNode *node, const char *name);
/* The date of a <time> element, or NULL when it has none or it is a modification date. */
const char *html_time_date(const GumboNode *node);
/* The first usable <time datetime> below node, outside furniture that hides dates, or NULL. */
const GumboNode *html_first_time(const GumboNode *node, int depth);
/* Survey node and what is in it into pg (call with furniture, no_dates false and depth 0). */
void html_survey(page *pg, const GumboNode *node, bool furniture, bool no_dates, int depth);
/* The article of a surveyed page whose root is doc_root. */
choice html_choose(page *pg, const GumboNode *doc_root);
/* The weight of the paragraph text below node (all of it when deep, else only its own <p>
   children), furniture left out: text that ends like a sentence counts fully, other text a
   quarter.  The measure by which the article is chosen. */
size_t html_prose_text(const GumboNode *node, bool deep, int depth);
/* The element whose children are one list with node in it: node's parent, above wrappers that
   hold nothing else (<li>, a <div>), up to <body>, <article> or <main>. */
const GumboNode *html_group_parent(const GumboNode *node);
/* Text of the article into x. */
void html_extract_choice(extractor *x, const page *pg, const choice *ch);
/* The headline <h1> of the article, or NULL. */
const GumboNode *html_title_h1(const choice *ch);
/* The title: the headline <h1>, og:title, JSON-LD headline or <title>; malloc'd, or NULL. */
char *html_page_title(const page *pg, const GumboNode *h1);

/* ------------------------------------------------------------ live blogs (html_live.c) */

/* One entry of a live blog: what its document is made of (strings malloc'd). */
typedef struct live_entry {
    char *anchor;      /* the entry's id in the page ("block-62a1"), or NULL */
    size_t number;     /* 1-based place among the entries the page lists */
    char date[11];     /* YYYY-MM-DD */
    char *time;        /* its date and time as the page writes it ("2022-02-28T09:15:00Z") */
    char *title;       /* its own headline, or NULL */
    char *text;        /* its text, paragraphs separated by blank lines */
} live_entry;

/* The entries of a live blog, in the order the page lists them. */
typedef struct live_blog {
    live_entry *entries;
    size_t n, cap;
    size_t outside;       /* markup: bytes of the page's prose outside the list of entries */
    size_t untimed;       /* markup: bytes of prose in the list but in no entry with a time */
} live_blog;

/*
** Find the entries of a live blog in the surveyed page pg whose tree is root: from the JSON-LD
** LiveBlogPosting's liveBlogUpdate (pg->ld_updates), else from repeated timestamped entry
** elements of the markup (html_live.c tells the rules).  Returns true with at least 2 entries
** in lb, else false with lb empty (an ordinary page, or a live blog whose entries are not
** dated: a note is given for those, at origin).  Free lb with html_live_free().
*/
bool html_live_entries(const page *pg, const GumboNode *root, const char *origin, live_blog *lb);
/* Release the entries of lb; lb is left empty. */
void html_live_free(live_blog *lb);
/* Append the texts (articleBody) of the JSON-LD live blog updates of pg to b, separated by
   blank lines: the text of a live blog read as one document when its markup has none. */
void html_live_join_bodies(const page *pg, const char *origin, dyad_buf *b);

#endif
