/*
** html_furniture.c - which elements of an HTML page are page furniture rather than article
** text: tags that never hold it (script, nav, aside, figure, ...), class and id names with
** words of share buttons, comment boxes, related links, captions, advertisements and the like
** (also in camelCase: "relatedStories"), hidden elements, AMP ads and placeholders; and which
** tags start a paragraph of their own.  Part of the HTML reader (html.c).
*/
#include <string.h>
#include <strings.h>
#include <gumbo.h>
#include "document/html_int.h"

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
bool html_is_block(GumboTag tag) {
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
bool html_attribute_has_word(const GumboElement *e, const char *name, const char *word) {
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

bool html_is_hidden(const GumboElement *e) {
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

bool html_skipped_element(const GumboNode *node) {
    const GumboElement *e = &node->v.element;
    /* The page's own containers carry page states in their classes ("has-main-navigation",
       "modal-open", "paywall-active" on <body>), not furniture.  (An <article> may be a
       related-story card, so its classes still count.) */
    if (e->tag == GUMBO_TAG_HTML || e->tag == GUMBO_TAG_BODY || e->tag == GUMBO_TAG_MAIN)
        return html_is_hidden(e);
    return is_furniture(e->tag) || html_is_hidden(e) || is_amp_furniture(e) || attribute_marks_furniture(e, "class") ||
           attribute_marks_furniture(e, "id") || attribute_marks_furniture(e, "role");
}
