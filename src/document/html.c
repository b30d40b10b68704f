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
** furniture; og:site_name gives the source and the canonical link the URL.
**
** A page that is not UTF-8 but declares charset ISO-8859-1 or Windows-1252 is converted; the
** text offsets of an HTML document refer to the extracted text, not to the page.  Start tags
** nested more than FLAT_DEPTH deep are left out first, with a warning (html_flat.c).
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>
#include <gumbo.h>
#include "document/reader.h"
#include "util/util.h"

/* Elements nested deeper than this are ignored (no real page nests text that deep; it bounds
   the recursion on hostile input); a page whose text is lost to it is reported. */
#define MAX_DEPTH 256

/* Start tags that would nest deeper than this are left out before gumbo parses the page
   (html_flat.c): unclosed tags by the thousand made gumbo slow, and their text would lie below
   MAX_DEPTH.  The margin is for the elements gumbo adds (html, body, tbody, ...). */
#define FLAT_DEPTH 200

/* gumbo records at most this many parse errors (dyad reads none of them).  gumbo copies the
   stack of open elements into every error, so unclosed tags cost memory quadratic in their
   number without a limit (kGumboDefaultOptions has none): 100 000 unclosed <div>s took 24 GB. */
#define GUMBO_MAX_ERRORS 10

/* Elements whose content is never article text. */
static bool is_furniture(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MATH: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
}

/* Elements that start a paragraph of their own. */
static bool is_block(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DL: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

/* ------------------------------------------------------------ class and id names */

/* Words in class and id names that mark page furniture ("share-buttons", "comments"). */
static bool is_furniture_word(const char *s, size_t n) {
    static const char *const words[] = {
        "share", "sharing", "social", "comment", "comments", "related", "newsletter", "subscribe",
        "subscription", "advert", "advertisement", "ad", "ads", "promo", "breadcrumb", "breadcrumbs",
        "menu", "nav", "navbar", "navigation", "footer", "sidebar", "cookie", "cookies", "popup",
        "modal", "caption", "tags", "toolbar", "respond", "reply", "disqus", "signup", "paywall",
        "byline", "masthead", "banner", "widget", "recommended", "trending", "hidden", "taboola",
        "outbrain", "recirc", "recirculation", "adslot", "pullquote", "cutline", "credit", "credits",
        "readmore", "seealso", "alsoread", "upnext", "morestories", NULL,
    };
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n && strncasecmp(words[i], s, n) == 0) return true;
    return false;
}

/* Runs of words in class and id names that mark furniture ("read-more", "readMore", "see-also",
   "img-cutline" is caught by its word "cutline"). */
static const char *const furniture_phrases[][4] = {
    {"read", "more"}, {"also", "read"}, {"see", "also"}, {"more", "on", "this"}, {"up", "next"},
    {"story", "package"}, {"more", "stories"}, {"photo", "desc"}, {"image", "description"},
    {"pull", "quote"}, {NULL},
};

#define MAX_NAME_WORDS 16

/* One word of a class or id name. */
typedef struct name_word {
    const char *s;
    size_t n;
} name_word;

static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* Split the name s[0..n) into words at '-' and '_' and where a lower-case letter is followed
   by a capital ("relatedStories", "RelatedCoverage"); returns how many (at most max). */
static int split_name(const char *s, size_t n, name_word *w, int max) {
    int k = 0;
    size_t i = 0;
    while (k < max) {
        while (i < n && (s[i] == '-' || s[i] == '_')) i++;
        if (i >= n) break;
        size_t start = i++;
        while (i < n && s[i] != '-' && s[i] != '_' && !(is_lower(s[i - 1]) && is_upper(s[i]))) i++;
        w[k].s = s + start;
        w[k].n = i - start;
        k++;
    }
    return k;
}

static bool word_is(const name_word *w, const char *s) {
    return strlen(s) == w->n && strncasecmp(s, w->s, w->n) == 0;
}

/* Does the phrase start at word i of w[0..n)? */
static bool phrase_at(const name_word *w, int n, int i, const char *const *phrase) {
    for (int j = 0; j < 4 && phrase[j]; j++)
        if (i + j >= n || !word_is(&w[i + j], phrase[j])) return false;
    return true;
}

/* Does one class or id name s[0..n) mark furniture ("share-buttons", "readMore")?  Its words
   are compared whole, so "story-body" or "article-content" never does. */
static bool name_marks_furniture(const char *s, size_t n) {
    name_word w[MAX_NAME_WORDS];
    int k = split_name(s, n, w, MAX_NAME_WORDS);
    for (int i = 0; i < k; i++) {
        if (is_furniture_word(w[i].s, w[i].n)) return true;
        for (int p = 0; furniture_phrases[p][0]; p++)
            if (phrase_at(w, k, i, furniture_phrases[p])) return true;
    }
    return false;
}

static bool attribute_marks_furniture(const GumboElement *e, const char *name) {
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
    if (!a) return false;
    const char *s = a->value;
    while (*s) {
        size_t n = strcspn(s, " \t\n\r\f");
        if (n && name_marks_furniture(s, n)) return true;
        s += n;
        if (*s) s++;
    }
    return false;
}

/* Does the class or id of e hold the word w (compared as in name_marks_furniture)? */
static bool attribute_has_word(const GumboElement *e, const char *name, const char *word) {
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
    if (!a) return false;
    name_word w[MAX_NAME_WORDS];
    for (const char *s = a->value; *s;) {
        size_t n = strcspn(s, " \t\n\r\f");
        int k = split_name(s, n, w, MAX_NAME_WORDS);
        for (int i = 0; i < k; i++)
            if (word_is(&w[i], word)) return true;
        s += n;
        if (*s) s++;
    }
    return false;
}

static bool is_hidden(const GumboElement *e) {
    GumboAttribute *a = gumbo_get_attribute(&e->attributes, "aria-hidden");
    if (a && strcmp(a->value, "true") == 0) return true;
    if (gumbo_get_attribute(&e->attributes, "hidden")) return true;
    a = gumbo_get_attribute(&e->attributes, "style");
    return a && (strstr(a->value, "display:none") || strstr(a->value, "display: none"));
}

/* AMP advertisements and embeds (<amp-ad>, <amp-embed>, <amp-sticky-ad>, <amp-auto-ads>),
   which gumbo knows only by their written name, and the fallback or placeholder text that AMP
   shows in place of an element ("Loading ...", an ad's stand-in). */
static bool is_amp_furniture(const GumboElement *e) {
    if (gumbo_get_attribute(&e->attributes, "fallback") || gumbo_get_attribute(&e->attributes, "placeholder"))
        return true;
    if (e->tag != GUMBO_TAG_UNKNOWN || e->original_tag.length < 2) return false;
    static const char *const names[] = {"amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", NULL};
    const char *s = e->original_tag.data + 1; /* after '<' */
    size_t n = strcspn(s, " \t\n\r\f/>");
    if (n > e->original_tag.length - 1) n = e->original_tag.length - 1;
    for (int i = 0; names[i]; i++)
        if (strlen(names[i]) == n && strncasecmp(names[i], s, n) == 0) return true;
    return false;
}

static bool skipped_element(const GumboNode *node) {
    const GumboElement *e = &node->v.element;
    /* The page's own containers carry page states in their classes ("has-main-navigation",
       "modal-open", "paywall-active" on <body>), not furniture.  (An <article> may be a
       related-story card, so its classes still count.) */
    if (e->tag == GUMBO_TAG_HTML || e->tag == GUMBO_TAG_BODY || e->tag == GUMBO_TAG_MAIN)
        return is_hidden(e);
    return is_furniture(e->tag) || is_hidden(e) || is_amp_furniture(e) || attribute_marks_furniture(e, "class") ||
           attribute_marks_furniture(e, "id") || attribute_marks_furniture(e, "role");
}

/* ------------------------------------------------------------ text extraction */

typedef struct extractor {
    dyad_buf out;         /* paragraphs so far, separated by blank lines */
    dyad_buf para;        /* the paragraph being collected */
    bool space;           /* a space is pending in para */
    bool pre;             /* inside <pre> */
    bool pre_text;        /* para holds text of a <pre> */
    int brs;              /* <br>s in para */
    const GumboNode *skip; /* the <h1> used as the title */
    bool too_deep;        /* an element deeper than MAX_DEPTH was left out */
} extractor;

/*
** May s[0..n), the rest of a paragraph after a furniture phrase, finish a button or link label:
** nothing, a mark (": ...", " »"), or a few words not ending a sentence ("on Facebook", "for
** our newsletter")?  "Emails show ...", "Comments by Putin angered Kyiv." are text.
*/
static bool label_rest(const char *s, size_t n) {
    if (n == 0) return true;
    if ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')) return false;
    if (s[0] != ' ') return true;
    int words = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) words++;
    return words <= 4 && s[n - 1] != '.';
}

/* Short paragraphs that are page furniture, compared at the start of the paragraph. */
static bool is_boilerplate(const char *s, size_t n) {
    static const char *const phrases[] = {
        "Leave a Comment", "Leave a Reply", "Leave a comment", "Share this", "Share on", "Share:",
        "Tweet", "Advertisement", "ADVERTISEMENT", "Related:", "Related Articles", "Read more",
        "Read More", "Sign up", "Subscribe", "Click here", "Comments", "Post a comment",
        "Follow us", "Like this:", "Print", "Email", NULL,
    };
    if (n > 80) return false;
    for (int i = 0; phrases[i]; i++) {
        size_t k = strlen(phrases[i]);
        if (n >= k && memcmp(s, phrases[i], k) == 0 && label_rest(s + k, n - k)) return true;
    }
    return false;
}

static void split_lines(extractor *x, size_t n);

/* Does s[0..n) end like a sentence (a period, "?", "!", a closing quote or bracket)? */
static bool ends_sentence_n(const char *s, size_t n) {
    if (n == 0) return false;
    if (strchr(".!?\"')", s[n - 1])) return true;
    return n >= 3 && (memcmp(s + n - 3, "\u201d", 3) == 0 || memcmp(s + n - 3, "\u2019", 3) == 0 ||
                      memcmp(s + n - 3, "\u2026", 3) == 0);
}

static void end_paragraph(extractor *x) {
    size_t n = x->para.len;
    while (n > 0 && (x->para.data[n - 1] == ' ' || x->para.data[n - 1] == '\n')) n--;
    x->para.len = n;
    split_lines(x, n);
    n = x->para.len;
    while (n > 0 && (x->para.data[n - 1] == ' ' || x->para.data[n - 1] == '\n')) n--;
    if (n > 0 && !is_boilerplate(x->para.data, n)) {
        if (x->out.len) dyad_buf_add(&x->out, "\n\n", 2);
        dyad_buf_add(&x->out, x->para.data, n);
    }
    x->para.len = 0;
    x->space = false;
    x->brs = 0;
    x->pre_text = false;
}

/* Does the line that ends at s[n) carry the sentence on to the next line: it ends with a word
   such as "the" or "and", or with a mark (marks_too: only ",", ";", dashes and brackets, as
   segment.c reads them; else any mark, the end of a sentence included)? */
static bool line_goes_on(const char *s, size_t n, bool marks_too) {
    static const char *const words[] = {"and", "or", "but", "of", "the", "a", "an", "to", "in", "on",
                                        "at", "for", "with", "by", "from", NULL};
    if (n > 0 && s[n - 1] == ' ') n--;
    if (n == 0) return true;
    char c = s[n - 1];
    if (!is_lower(c) && !is_upper(c) && !(c >= '0' && c <= '9'))
        return !marks_too || strchr(",;-(&", c) || (unsigned char)c >= 0x80;
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n') w--;
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == n - w && strncasecmp(words[i], s + w, n - w) == 0) return true;
    return false;
}

/* Is s[0..n) made of lines that segment.c splits at every line end itself: a paragraph not
   ending with a mark whose lines start with a capital or a digit, two or more of them after a
   line that does not go on (a list of headlines, an address)? */
static bool split_by_segmenter(const char *s, size_t n) {
    if (ends_sentence_n(s, n)) return false;
    int candidates = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] != '\n' || s[i - 1] == '\n' || s[i + 1] == '\n') continue;
        size_t j = s[i + 1] == ' ' ? i + 2 : i + 1;
        if (j < n && is_lower(s[j])) return false;
        if (j < n && (is_upper(s[j]) || (s[j] >= '0' && s[j] <= '9')) && !line_goes_on(s, i, true)) candidates++;
    }
    return candidates >= 2;
}

/* Does the line that ends at s[i] (a single <br>) end a sentence without its mark: a few
   words, no mark, no word that goes on, and a capital after it? */
static bool unmarked_sentence_end(const char *s, size_t n, size_t i) {
    if (s[i] != '\n' || i == 0 || s[i - 1] == '\n' || i + 1 >= n || s[i + 1] == '\n') return false;
    size_t j = s[i + 1] == ' ' ? i + 2 : i + 1;
    if (j >= n || !is_upper(s[j]) || line_goes_on(s, i, false)) return false;
    size_t start = i;
    while (start > 0 && s[start - 1] != '\n') start--;
    int words = 0;
    for (size_t k = start; k < i; k++)
        if (s[k] != ' ' && (k == start || s[k - 1] == ' ')) words++;
    return words >= 3;
}

/*
** A single <br> in a paragraph is a line break, which the sentence splitter reads as wrapped
** text.  When the line before it holds a few words and ends with no mark and no word that goes
** on, and the next starts with a capital ("Turkey criticized Greece on Monday<br>NATO condemned
** Russia"), the two lines are two sentences: the break becomes a paragraph break.  Lines ending
** in a comma (verse, addresses), two <br>s in a row, and paragraphs of unmarked lines that the
** splitter breaks at every line anyway (an address, a list of headlines) stay as they are.
*/
static void split_lines(extractor *x, size_t n) {
    if (!x->brs || x->pre_text || split_by_segmenter(x->para.data, n)) return;
    dyad_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        dyad_buf_putc(&b, x->para.data[i]);
        if (unmarked_sentence_end(x->para.data, n, i)) dyad_buf_putc(&b, '\n');
    }
    x->para.len = 0;
    dyad_buf_add(&x->para, b.data, b.len);
    dyad_buf_free(&b);
}

/* Append text, collapsing runs of white space into one space (as HTML renders them). */
static void add_text(extractor *x, const char *s) {
    for (; *s; s++) {
        char c = *s;
        if (!x->pre && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
            x->space = x->para.len > 0;
            continue;
        }
        if (x->space) dyad_buf_putc(&x->para, ' ');
        x->space = false;
        x->pre_text = x->pre_text || x->pre;
        dyad_buf_putc(&x->para, c);
    }
}

static char *node_text(const GumboNode *node);

/* Is the text of a <sup> a footnote mark ("1", "[2]", "3,4", "*", "†")?  Such a mark after a
   word ("Greece<sup>1</sup>") would make a new word of it ("Greece1"). */
static bool is_footnote_mark(const char *s) {
    static const char *const marks[] = {"\u2020", "\u2021", "\u00a7", "\u00b6", "\u2013", NULL};
    if (!*s || strlen(s) > 12) return false;
    while (*s) {
        if (strchr("0123456789[](),-*. ", *s)) {
            s++;
            continue;
        }
        int i = 0;
        while (marks[i] && strncmp(s, marks[i], strlen(marks[i])) != 0) i++;
        if (!marks[i]) return false;
        s += strlen(marks[i]);
    }
    return true;
}

static bool is_footnote(const GumboNode *node) {
    if (node->v.element.tag != GUMBO_TAG_SUP) return false;
    char *t = node_text(node);
    bool mark = is_footnote_mark(t);
    free(t);
    return mark;
}

static void extract(extractor *x, const GumboNode *node, int depth) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        add_text(x, node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || node == x->skip || skipped_element(node)) return;
    if (depth > MAX_DEPTH) {
        x->too_deep = true;
        return;
    }
    const GumboElement *e = &node->v.element;
    if (e->tag == GUMBO_TAG_BR) {
        dyad_buf_putc(&x->para, '\n');
        x->space = false;
        x->brs++;
        return;
    }
    if (is_footnote(node)) return;
    bool block = is_block(e->tag), pre = x->pre;
    if (block) end_paragraph(x);
    x->pre = pre || e->tag == GUMBO_TAG_PRE;
    for (unsigned i = 0; i < e->children.length; i++) extract(x, e->children.data[i], depth + 1);
    x->pre = pre;
    if (block) end_paragraph(x);
}

/* The text inside a node, white space collapsed, in malloc'd memory. */
static char *node_text(const GumboNode *node) {
    extractor x = {0};
    for (unsigned i = 0; node->type == GUMBO_NODE_ELEMENT && i < node->v.element.children.length; i++)
        extract(&x, node->v.element.children.data[i], 1);
    end_paragraph(&x);
    dyad_buf_free(&x.para);
    if (!x.out.data) dyad_buf_add(&x.out, "", 0);
    for (char *p = x.out.data; *p; p++)
        if (*p == '\n') *p = ' ';
    return x.out.data;
}

/* ------------------------------------------------------------ the page survey */

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

typedef struct page {
    const GumboNode *body, *title, *main;
    article_entry *articles; /* the <article>s outside furniture, in document order (malloc'd) */
    const GumboNode *best_article; /* the single <article> with the most paragraph text, if any */
    size_t n_articles, cap_articles;
    const char *og_title, *site_name, *url;
    char *ld_headline;       /* JSON-LD headline (malloc'd), from an article object if any */
    int ld_headline_rank;    /* 0: of an article object, 1: of another, 2: none */
    char ld_date[11];        /* JSON-LD datePublished, ranked as ld_headline */
    int ld_date_rank;
    char date[11];           /* the page date so far, YYYY-MM-DD, and where it came from */
    int date_rank;
    const GumboNode *page_time; /* the first usable <time datetime> outside furniture */
    bool too_deep;           /* elements deeper than MAX_DEPTH were not surveyed */
} page;

static const char *attr(const GumboNode *node, const char *name) {
    GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* Take s as the page date if it is one and comes from a better place than the date so far. */
static void offer_date(page *pg, const char *s, int rank) {
    char day[11];
    if (s && rank < pg->date_rank && dyad_normalize_date(s, day)) {
        memcpy(pg->date, day, sizeof day);
        pg->date_rank = rank;
    }
}

static void read_meta(page *pg, const GumboNode *node) {
    const char *key = attr(node, "property");
    if (!key) key = attr(node, "name");
    if (!key) key = attr(node, "itemprop");
    const char *content = attr(node, "content");
    if (!key || !content) return;
    static const char *const date_keys[] = {"date", "pubdate", "publish-date", "publish_date", "dc.date",
                                            "DC.date.issued", "sailthru.date", "parsely-pub-date", NULL};
    if (strcasecmp(key, "article:published_time") == 0 || strcasecmp(key, "og:published_time") == 0)
        offer_date(pg, content, DATE_META);
    if (strcasecmp(key, "datePublished") == 0) offer_date(pg, content, DATE_ITEMPROP);
    for (int i = 0; date_keys[i]; i++)
        if (strcasecmp(key, date_keys[i]) == 0) offer_date(pg, content, DATE_OTHER_META);
    if (!pg->og_title && strcmp(key, "og:title") == 0) pg->og_title = content;
    if (!pg->site_name && strcmp(key, "og:site_name") == 0) pg->site_name = content;
    if (!pg->url && strcmp(key, "og:url") == 0) pg->url = content;
}

/* ------------------------------------------------------------ JSON-LD */

/* Is a schema.org type a kind of article (NewsArticle, BlogPosting, ReportageNews, ...)? */
static bool is_article_type(const cJSON *obj) {
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(obj, "@type");
    const cJSON *one = cJSON_IsArray(t) ? t->child : t;
    for (; one; one = cJSON_IsArray(t) ? one->next : NULL) {
        const char *s = cJSON_GetStringValue(one);
        if (s && (strstr(s, "Article") || strstr(s, "Posting") || strstr(s, "Report"))) return true;
    }
    return false;
}

/* Read datePublished and headline from a JSON-LD object, a list of them, or its "@graph". */
static void read_json_ld_item(page *pg, const cJSON *j, int depth) {
    if (depth > 4) return;
    if (cJSON_IsArray(j)) {
        for (const cJSON *c = j->child; c; c = c->next) read_json_ld_item(pg, c, depth + 1);
        return;
    }
    if (!cJSON_IsObject(j)) return;
    read_json_ld_item(pg, cJSON_GetObjectItemCaseSensitive(j, "@graph"), depth + 1);
    int rank = is_article_type(j) ? 0 : 1;
    const char *date = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "datePublished"));
    char day[11];
    if (date && rank < pg->ld_date_rank && dyad_normalize_date(date, day)) {
        memcpy(pg->ld_date, day, sizeof day);
        pg->ld_date_rank = rank;
    }
    const char *headline = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "headline"));
    if (headline && *headline && rank < pg->ld_headline_rank) {
        free(pg->ld_headline);
        pg->ld_headline = dyad_xstrdup(headline);
        pg->ld_headline_rank = rank;
    }
}

/* A <script type="application/ld+json">: the schema.org description of the page. */
static void read_json_ld(page *pg, const GumboNode *script) {
    const char *type = attr(script, "type");
    const GumboVector *ch = &script->v.element.children;
    if (!type || strcasecmp(type, "application/ld+json") != 0 || ch->length == 0) return;
    const GumboNode *t = ch->data[0];
    if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_WHITESPACE && t->type != GUMBO_NODE_CDATA) return;
    cJSON *j = cJSON_ParseWithLength(t->v.text.text, strlen(t->v.text.text));
    if (!j) return;
    read_json_ld_item(pg, j, 0);
    cJSON_Delete(j);
}

/* ------------------------------------------------------------ dates in the page */

/* The date of a <time> element, or NULL when it has none or it is a modification date. */
static const char *time_date(const GumboNode *node) {
    const char *prop = attr(node, "itemprop");
    if (prop && strcasecmp(prop, "dateModified") == 0) return NULL;
    const char *dt = attr(node, "datetime");
    char day[11];
    return dt && dyad_normalize_date(dt, day) ? dt : NULL;
}

/* Does an element that is skipped as furniture hide the dates in it?  A byline or a header
   ("By Jane Doe, <time ...>") does not. */
static bool hides_dates(const GumboNode *node) {
    const GumboElement *e = &node->v.element;
    if (e->tag == GUMBO_TAG_HEAD || e->tag == GUMBO_TAG_HEADER || is_hidden(e)) return is_hidden(e);
    if (attribute_has_word(e, "class", "byline") || attribute_has_word(e, "id", "byline")) return false;
    return skipped_element(node);
}

/* The first usable <time datetime> below node, outside furniture that hides dates, or NULL. */
static const GumboNode *first_time(const GumboNode *node, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH || (depth > 0 && hides_dates(node))) return NULL;
    if (node->v.element.tag == GUMBO_TAG_TIME && time_date(node)) return node;
    for (unsigned i = 0; i < node->v.element.children.length; i++) {
        const GumboNode *t = first_time(node->v.element.children.data[i], depth + 1);
        if (t) return t;
    }
    return NULL;
}

/* ------------------------------------------------------------ the survey */

/* The element whose <article> children are one list (a live blog's entries, a list of cards):
   the parent of the <article>, above wrappers that hold nothing else (<li>, a <div>). */
static const GumboNode *group_parent(const GumboNode *article) {
    const GumboNode *p = article->parent;
    while (p && p->type == GUMBO_NODE_ELEMENT && p->parent && p->parent->type == GUMBO_NODE_ELEMENT) {
        GumboTag t = p->v.element.tag;
        if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN) break;
        int elements = 0;
        for (unsigned i = 0; i < p->v.element.children.length; i++)
            if (((const GumboNode *)p->v.element.children.data[i])->type == GUMBO_NODE_ELEMENT) elements++;
        if (elements != 1) break;
        p = p->parent;
    }
    return p;
}

static void add_article(page *pg, const GumboNode *node) {
    if (pg->n_articles == pg->cap_articles) {
        pg->cap_articles = pg->cap_articles ? 2 * pg->cap_articles : 16;
        pg->articles = dyad_xrealloc(pg->articles, pg->cap_articles * sizeof *pg->articles);
    }
    pg->articles[pg->n_articles] = (article_entry){node, group_parent(node), 0, pg->n_articles};
    pg->n_articles++;
}

/* What an element tells about the page wherever it is (meta tags, <title>, links, JSON-LD,
   itemprop dates); furniture and no_dates tell whether the elements around it are furniture
   and hide dates. */
static void survey_element(page *pg, const GumboNode *node, bool furniture, bool no_dates) {
    const GumboElement *e = &node->v.element;
    if (e->tag == GUMBO_TAG_META && !no_dates) read_meta(pg, node);
    if (e->tag == GUMBO_TAG_TITLE && !furniture && !pg->title) pg->title = node;
    if (e->tag == GUMBO_TAG_SCRIPT) read_json_ld(pg, node);
    if (e->tag == GUMBO_TAG_LINK) {
        const char *rel = attr(node, "rel"), *href = attr(node, "href");
        if (rel && href && strcasecmp(rel, "canonical") == 0) pg->url = href;
    }
    const char *prop = attr(node, "itemprop");
    if (!no_dates && e->tag != GUMBO_TAG_META && prop && strcasecmp(prop, "datePublished") == 0) {
        const char *d = attr(node, "datetime");
        offer_date(pg, d ? d : attr(node, "content"), DATE_ITEMPROP);
    }
    if (e->tag == GUMBO_TAG_TIME && !furniture && !pg->page_time && time_date(node)) pg->page_time = node;
}

static void survey(page *pg, const GumboNode *node, bool furniture, bool no_dates, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    if (depth > MAX_DEPTH) {
        pg->too_deep = true;
        return;
    }
    const GumboElement *e = &node->v.element;
    survey_element(pg, node, furniture, no_dates);
    bool skip = skipped_element(node) && e->tag != GUMBO_TAG_HEAD && e->tag != GUMBO_TAG_HEADER;
    furniture = furniture || skip;
    no_dates = no_dates || (skip && hides_dates(node));
    if (!furniture) {
        const char *role = attr(node, "role");
        if (e->tag == GUMBO_TAG_BODY && !pg->body) pg->body = node;
        if (e->tag == GUMBO_TAG_ARTICLE) add_article(pg, node);
        if (!pg->main && (e->tag == GUMBO_TAG_MAIN || (role && strcmp(role, "main") == 0))) pg->main = node;
    }
    for (unsigned i = 0; i < e->children.length; i++) survey(pg, e->children.data[i], furniture, no_dates, depth + 1);
}

/* ------------------------------------------------------------ choosing the article */

static bool ends_sentence(const char *t) {
    return ends_sentence_n(t, strlen(t));
}

/* How much a <p> counts in choosing the article: its text when it ends like a sentence, else
   a quarter of it ("Menu", "Published July 1", the headline of a link). */
static size_t prose_weight(const GumboNode *p) {
    char *t = node_text(p);
    size_t n = strlen(t);
    if (!ends_sentence(t)) n /= 4;
    free(t);
    return n;
}

/* The weight of the paragraphs below node (all of them, or only its own <p> children). */
static size_t prose_text(const GumboNode *node, bool deep, int depth) {
    size_t n = 0;
    if (depth > MAX_DEPTH) return 0;
    const GumboVector *ch = &node->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *c = ch->data[i];
        if (c->type != GUMBO_NODE_ELEMENT || skipped_element(c)) continue;
        if (c->v.element.tag == GUMBO_TAG_P) n += prose_weight(c);
        else if (deep) n += prose_text(c, true, depth + 1);
    }
    return n;
}

/* The article text: the element root, or (group set) the <article>s of group in order;
   scope is where the article's title and date are looked for. */
typedef struct choice {
    const GumboNode *root, *group, *scope;
} choice;

static int by_group(const void *a, const void *b) {
    const article_entry *x = a, *y = b;
    uintptr_t gx = (uintptr_t)x->group, gy = (uintptr_t)y->group;
    if (gx != gy) return gx < gy ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/*
** The <article>s with the most paragraph text: one <article>, or the sibling <article>s of a
** list (the entries of a live blog), as ch->root or ch->group.  They must hold at least half
** the paragraph text of the page (total), else they are cards beside the story.  Returns
** whether there were such.
*/
static bool choose_articles(page *pg, size_t total, choice *ch) {
    if (pg->n_articles == 0 || total == 0) return false;
    for (size_t i = 0; i < pg->n_articles; i++) pg->articles[i].score = prose_text(pg->articles[i].node, true, 0);
    article_entry *s = dyad_xmalloc(pg->n_articles * sizeof *s);
    memcpy(s, pg->articles, pg->n_articles * sizeof *s);
    qsort(s, pg->n_articles, sizeof *s, by_group);
    size_t best = 0, best_sum = 0, best_n = 0;
    for (size_t i = 0, j; i < pg->n_articles; i = j) {
        size_t sum = 0;
        for (j = i; j < pg->n_articles && s[j].group == s[i].group; j++) sum += s[j].score;
        /* ties: the list that starts first, so an <article> wins over the ones inside it */
        if (sum > best_sum || (sum == best_sum && best_n && s[i].order < s[best].order)) {
            best = i;
            best_sum = sum;
            best_n = j - i;
        }
    }
    bool found = best_n > 0 && 2 * best_sum >= total;
    if (best_n == 1 && best_sum > 0) pg->best_article = s[best].node;
    if (found) {
        ch->root = s[best].node;
        ch->group = best_n > 1 ? s[best].group : NULL;
        ch->scope = best_n > 1 ? s[best].group : s[best].node;
    }
    free(s);
    return found;
}

/* Elements the search for the article goes into (not a paragraph, list or heading). */
static bool is_container(const GumboNode *node) {
    if (node->type != GUMBO_NODE_ELEMENT || skipped_element(node)) return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return false;
    default:
        return true;
    }
}

static bool same_attribute(const GumboNode *a, const GumboNode *b, const char *name) {
    const char *x = attr(a, name), *y = attr(b, name);
    return x == y || (x && y && strcmp(x, y) == 0);
}

/* Has child a sibling of its kind (tag and class) with a tenth of total or more: one of the
   columns or paragraph boxes that a story body is split into? */
static bool has_alike_sibling(const GumboNode *node, const GumboNode *child, size_t total, int depth) {
    const GumboVector *ch = &node->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *c = ch->data[i];
        if (c == child || !is_container(c) || c->v.element.tag != child->v.element.tag ||
            !same_attribute(c, child, "class"))
            continue;
        if (10 * prose_text(c, true, depth + 1) >= total) return true;
    }
    return false;
}

/*
** The story inside node: go down to the child that holds 60% or more of the paragraph text
** while node has little paragraph text of its own and the child is not one of several boxes of
** its kind (the columns of a body split by advertisements, one box per paragraph).
*/
static const GumboNode *densest(const GumboNode *node, int depth) {
    for (; depth < MAX_DEPTH; depth++) {
        size_t total = prose_text(node, true, depth);
        if (total == 0 || 10 * prose_text(node, false, depth) > total) return node;
        const GumboNode *best = NULL;
        size_t best_score = 0;
        for (unsigned i = 0; i < node->v.element.children.length; i++) {
            const GumboNode *c = node->v.element.children.data[i];
            size_t score = is_container(c) ? prose_text(c, true, depth + 1) : 0;
            if (score > best_score) {
                best = c;
                best_score = score;
            }
        }
        if (!best || 5 * best_score < 3 * total || has_alike_sibling(node, best, total, depth)) return node;
        node = best;
    }
    return node;
}

static bool is_main(const GumboNode *node) {
    const char *role = attr(node, "role");
    return node->v.element.tag == GUMBO_TAG_MAIN || node->v.element.tag == GUMBO_TAG_ARTICLE ||
           (role && strcmp(role, "main") == 0);
}

/* The innermost <article> or <main> that holds node (or node itself), or NULL. */
static const GumboNode *enclosing_main(const GumboNode *node) {
    for (; node && node->type == GUMBO_NODE_ELEMENT; node = node->parent)
        if (is_main(node)) return node;
    return NULL;
}

/*
** The article: the <article>s that hold most of the page's paragraph text (choose_articles),
** else the story inside <main> (or role="main"), else the story inside <body> (densest), or,
** when none stands out there, the <article> with the most paragraph text.
*/
static choice choose(page *pg, const GumboNode *doc_root) {
    const GumboNode *body = pg->body ? pg->body : doc_root;
    choice ch = {0};
    size_t total = body->type == GUMBO_NODE_ELEMENT ? prose_text(body, true, 0) : 0;
    if (choose_articles(pg, total, &ch)) return ch;
    ch.root = pg->main ? densest(pg->main, 0) : body->type == GUMBO_NODE_ELEMENT ? densest(body, 0) : body;
    /* no story stands out in <body> (much text in lists of teasers around it): the <article> */
    if (!pg->main && ch.root == body && pg->best_article) ch.root = pg->best_article;
    ch.scope = enclosing_main(ch.root);
    if (!ch.scope) ch.scope = ch.root;
    return ch;
}

/* Text of the article into x. */
static void extract_choice(extractor *x, const page *pg, const choice *ch) {
    if (!ch->group) {
        extract(x, ch->root, 0);
        return;
    }
    for (size_t i = 0; i < pg->n_articles; i++)
        if (pg->articles[i].group == ch->group) extract(x, pg->articles[i].node, 0);
}

/* ------------------------------------------------------------ title */

/* Does an <h1> look like the site's name rather than a headline (class "logo", "site-title")? */
static bool is_logo(const GumboNode *h1) {
    static const char *const words[] = {"logo", "brand", "site", "masthead", NULL};
    for (int i = 0; words[i]; i++)
        if (attribute_has_word(&h1->v.element, "class", words[i]) || attribute_has_word(&h1->v.element, "id", words[i]))
            return true;
    return false;
}

/* The first <h1> under node (not in page furniture), or NULL.  Outside the article (strict),
   none in a <header> and none that looks like a logo. */
static const GumboNode *first_h1(const GumboNode *node, bool strict, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return NULL;
    if (node->v.element.tag == GUMBO_TAG_H1) return strict && is_logo(node) ? NULL : node;
    if (skipped_element(node) && (strict || node->v.element.tag != GUMBO_TAG_HEADER)) return NULL;
    for (unsigned i = 0; i < node->v.element.children.length; i++) {
        const GumboNode *h = first_h1(node->v.element.children.data[i], strict, depth + 1);
        if (h) return h;
    }
    return NULL;
}

/* The headline <h1>: the first in the article, else in the elements around it up to its
   <article> or <main>; a page without those gives the first <h1> outside headers and logos. */
static const GumboNode *title_h1(const choice *ch) {
    const GumboNode *h = ch->group ? NULL : first_h1(ch->root, false, 0);
    for (const GumboNode *a = ch->group ? ch->group : ch->root->parent; !h && a && a->type == GUMBO_NODE_ELEMENT;
         a = a->parent) {
        bool main = is_main(a);
        h = first_h1(a, !main, 0);
        if (main) break;
    }
    return h;
}

/* Is rest the site's name: its og:site_name, or its letters are in the host of its URL ("The
   Daily Planet", "https://www.dailyplanet.com/...")? */
static bool is_site_name(const char *rest, const char *site, const char *url) {
    if (site && strcasecmp(rest, site) == 0) return true;
    if (!url || !strstr(url, "://")) return false;
    const char *host = strstr(url, "://") + 3;
    size_t host_len = strcspn(host, "/?#");
    char letters[64];
    size_t n = 0;
    if (strncasecmp(rest, "the ", 4) == 0) rest += 4;
    for (; *rest && n + 1 < sizeof letters; rest++)
        if (is_lower(*rest) || is_upper(*rest) || (*rest >= '0' && *rest <= '9')) letters[n++] = (char)(*rest | 0x20);
    if (n < 3 || *rest) return false;
    for (size_t i = 0; i + n <= host_len; i++)
        if (strncasecmp(host + i, letters, n) == 0) return true;
    return false;
}

/* Cut a site's name off a page title in place: "Troops leave - Example News" when it is the
   site's name (is_site_name); after " | " also any short name (five words at most). */
static void strip_site_name(char *t, const char *site, const char *url) {
    static const char *const seps[] = {" | ", " :: ", " - ", " \u2013 ", " \u2014 ", " \u00b7 ", NULL};
    for (int round = 0; round < 2; round++) {
        char *cut = NULL;
        int sep = -1;
        for (int i = 0; seps[i]; i++)
            for (char *p = strstr(t, seps[i]); p; p = strstr(p + 1, seps[i]))
                if (p > t && (!cut || p > cut)) cut = p, sep = i;
        if (!cut) return;
        const char *rest = cut + strlen(seps[sep]);
        int words = 1;
        for (const char *p = rest; *p; p++) words += *p == ' ';
        if (!is_site_name(rest, site, url) && !(sep <= 1 && words <= 5)) return;
        *cut = '\0';
    }
}

/* The title: the headline <h1>, else og:title, else JSON-LD headline, else <title> without
   the site's name; malloc'd, or NULL. */
static char *page_title(const page *pg, const GumboNode *h1) {
    if (h1) return node_text(h1);
    char *t = pg->og_title ? dyad_xstrdup(pg->og_title) : pg->ld_headline ? dyad_xstrdup(pg->ld_headline)
            : pg->title ? node_text(pg->title) : NULL;
    if (t && (pg->og_title || !pg->ld_headline)) strip_site_name(t, pg->site_name, pg->url);
    return t;
}

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

dyad_document *dyad_read_html(const char *origin, const char *data, size_t len, const dyad_read_options *opt) {
    dyad_buf converted = {0};
    if (dyad_utf8_invalid(data, len) < len && !memchr(data, 0, len) && declares_latin1(data, len)) {
        latin1_to_utf8(&converted, data, len);
        data = converted.data;
        len = converted.len;
    }
    dyad_buf fixed = {0};
    if (!dyad_text_prepare(origin, data, len, "HTML page", &fixed)) {
        dyad_buf_free(&converted);
        return NULL;
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
    page pg = {.ld_headline_rank = 2, .ld_date_rank = 2, .date_rank = DATE_NONE};
    survey(&pg, out->root, false, false, 0);
    choice ch = choose(&pg, out->root);
    const GumboNode *h1 = title_h1(&ch);
    extractor x = {.skip = h1};
    extract_choice(&x, &pg, &ch);
    end_paragraph(&x);
    if (pg.ld_date_rank < 2) offer_date(&pg, pg.ld_date, DATE_JSON_LD);
    const GumboNode *t = first_time(ch.scope, 0);
    if (t) offer_date(&pg, time_date(t), DATE_ARTICLE_TIME);
    if (pg.page_time) offer_date(&pg, time_date(pg.page_time), DATE_PAGE_TIME);

    dyad_document *doc = NULL;
    if (x.out.len == 0 && (x.too_deep || pg.too_deep)) {
        dyad_warn(origin, 0, 0, "no article text found in the HTML page within %d nested elements "
                  "(dyad reads no deeper); skipped", MAX_DEPTH);
    } else if (x.out.len == 0) {
        dyad_warn(origin, 0, 0, "no article text found in the HTML page; skipped");
    } else {
        doc = dyad_document_new();
        dyad_arena *a = doc->arena;
        doc->text = dyad_arena_strndup(a, x.out.data, x.out.len);
        doc->text_len = x.out.len;
        doc->origin = dyad_arena_strdup(a, origin);
        doc->origin_line = 1;
        doc->id = opt && opt->id ? dyad_arena_strdup(a, opt->id) : dyad_default_id(a, origin);
        if (pg.date_rank < DATE_NONE) doc->date = dyad_arena_strdup(a, pg.date);
        char *title = page_title(&pg, h1);
        if (title && *title) doc->title = dyad_arena_strdup(a, title);
        free(title);
        doc->source = dyad_arena_strdup(a, pg.site_name);
        doc->url = dyad_arena_strdup(a, pg.url);
        dyad_find_dateline(doc); /* may give the date, from a date line */
        if (!doc->date && opt && opt->date) doc->date = dyad_arena_strdup(a, opt->date);
    }
    dyad_buf_free(&x.out);
    dyad_buf_free(&x.para);
    free(pg.articles);
    free(pg.ld_headline);
    gumbo_destroy_output(&options, out);
    dyad_buf_free(&converted);
    dyad_buf_free(&fixed);
    dyad_buf_free(&flat);
    return doc;
}
