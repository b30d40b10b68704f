/*
** html_live.c - live blogs: news pages of timestamped entries ("Russia-Ukraine war live: ...")
** that run for hours or days.  Read as one document, every event of every entry would get the
** page's date and "on Monday" would be resolved against the wrong day; so the HTML reader makes
** one document per entry, each with its own date.  This file finds the entries; html.c makes
** the documents.
**
** The entries come from:
**  1. the page's JSON-LD: a schema.org LiveBlogPosting (https://schema.org/LiveBlogPosting)
**     whose liveBlogUpdate lists the entries (BlogPosting, NewsArticle, ...).  An entry's date
**     is its datePublished, else dateCreated, else dateModified; its text its articleBody (read
**     as HTML when it holds markup), else the text of the page element that the anchor of its
**     url or @id names ("...#block-62a1"); its title its headline.  Used when at least two
**     entries have text and every entry with text has a date (otherwise a note says so), and
**     the markup lists no more entries: many sites put only the latest updates in it.
**  2. the markup: elements (<article>, <div>, <section>, <li>) whose class names hold
**     "live-blog-post", "liveblog", "live-post", "live-update", "block" or "post" (Guardian:
**     class "block", id "block-..."), each with exactly one <time datetime> in it that gives a
**     day, outside page furniture; the outermost such element counts, not the ones inside it.
**     Times that do not count: the time of a change (itemprop="dateModified", or class names
**     with "updated" or "modified" on it or its parent) and times in a paragraph or quotation
**     (the prose's "<time>Sunday</time>").  Of the lists of entries (those with the same
**     parent, html_group_parent), the one with the most paragraph text is used, when it has at
**     least MIN_MARKUP_ENTRIES entries, two different datetime values and at least half the
**     page's paragraph text (so that teaser cards or two "update" boxes beside an ordinary
**     article are no live blog).  An entry's title is the first heading (<h1>-<h4>) before its
**     first paragraph, left out of its text, as is its <time>.  Text of the page outside the
**     list (a summary above it, "key events") is left out, and so is text in the list but in no
**     entry with a time; both are reported with their size.
** An entry without text but with a headline has the headline as its text; one with neither is
** passed over (nothing of it is lost).  Entries keep the order in which the page lists them
** (most live blogs put the newest first).
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>
#include <gumbo.h>
#include "document/html_int.h"

#define MIN_MARKUP_ENTRIES 3 /* two timestamped "update" boxes under a story are no live blog */

static void add_entry(live_blog *lb, const live_entry *e) {
    if (lb->n == lb->cap) {
        lb->cap = lb->cap ? 2 * lb->cap : 16;
        lb->entries = dyad_xrealloc(lb->entries, lb->cap * sizeof *lb->entries);
    }
    lb->entries[lb->n++] = *e;
}

static void free_entry(live_entry *e) {
    free(e->anchor);
    free(e->time);
    free(e->title);
    free(e->text);
}

void html_live_free(live_blog *lb) {
    for (size_t i = 0; i < lb->n; i++) free_entry(&lb->entries[i]);
    free(lb->entries);
    memset(lb, 0, sizeof *lb);
}

/* ------------------------------------------------------------ the text of an entry element */

static bool is_heading(GumboTag t) {
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4;
}

/* The headline of an entry: the first heading below node that comes before any paragraph
   with text (*prose tells whether one came), outside furniture and the <time> skip; or NULL. */
static const GumboNode *entry_headline(const GumboNode *node, const GumboNode *skip, bool *prose, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || node == skip || depth > MAX_DEPTH || html_skipped_element(node))
        return NULL;
    GumboTag t = node->v.element.tag;
    if (is_heading(t)) return node;
    if (t == GUMBO_TAG_P) { /* the paragraph of the entry's time ("9.15am GMT") is no prose */
        extractor x = {.skip_time = skip};
        html_extract(&x, node, depth);
        html_end_paragraph(&x);
        *prose = x.out.len > 0;
        dyad_buf_free(&x.out);
        dyad_buf_free(&x.para);
        return NULL;
    }
    for (unsigned i = 0; i < node->v.element.children.length && !*prose; i++) {
        const GumboNode *h = entry_headline(node->v.element.children.data[i], skip, prose, depth + 1);
        if (h) return h;
    }
    return NULL;
}

/* The text of an entry element e (its headline and its <time> left out), malloc'd or NULL
   when it has none; its headline into *title (malloc'd, or NULL). */
static char *element_text(const GumboNode *e, const GumboNode *time, char **title) {
    bool prose = false;
    const GumboNode *h = entry_headline(e, time, &prose, 0);
    *title = NULL;
    if (h) {
        *title = html_node_text(h);
        if (!**title) {
            free(*title);
            *title = NULL;
        }
    }
    extractor x = {.skip = h, .skip_time = time};
    html_extract(&x, e, 0);
    html_end_paragraph(&x);
    dyad_buf_free(&x.para);
    if (x.out.len == 0) {
        dyad_buf_free(&x.out);
        return NULL;
    }
    return x.out.data;
}

/* Give an entry without text its headline as text. */
static void headline_as_text(live_entry *e) {
    if (!e->text && e->title) e->text = dyad_xstrdup(e->title);
}

/* ------------------------------------------------------------ JSON-LD liveBlogUpdate */

static const char *json_string(const cJSON *obj, const char *key) {
    const char *s = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj, key));
    return s && *s ? s : NULL;
}

/* The element of the page below node whose id is id, or NULL. */
static const GumboNode *element_by_id(const GumboNode *node, const char *id, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return NULL;
    const char *v = html_attr(node, "id");
    if (v && strcmp(v, id) == 0) return node;
    for (unsigned i = 0; i < node->v.element.children.length; i++) {
        const GumboNode *e = element_by_id(node->v.element.children.data[i], id, depth + 1);
        if (e) return e;
    }
    return NULL;
}

/* The text of an update's articleBody, read as HTML when it holds markup; malloc'd or NULL. */
static char *body_text(const char *origin, const char *body) {
    return dyad_holds_markup(body, strlen(body)) ? dyad_fragment_text(origin, body) : dyad_xstrdup(body);
}

/* The date and time of an update as written (datePublished, else dateCreated, else
   dateModified) with its day in day, or NULL when it has none that reads as a date. */
static const char *update_time(const cJSON *u, char day[11]) {
    static const char *const keys[] = {"datePublished", "dateCreated", "dateModified", NULL};
    for (int i = 0; keys[i]; i++) {
        const char *s = json_string(u, keys[i]);
        if (dyad_any_date(s, day)) return s;
    }
    return NULL;
}

/* The anchor of an update's url or @id ("https://news.example/live#block-62a1"), or NULL. */
static const char *update_anchor(const cJSON *u) {
    static const char *const keys[] = {"url", "@id", NULL};
    for (int i = 0; keys[i]; i++) {
        const char *s = json_string(u, keys[i]);
        const char *hash = s ? strchr(s, '#') : NULL;
        if (hash && hash[1]) return hash + 1;
    }
    return NULL;
}

/* The text of an update: its articleBody (markup read as HTML), else the text of the element
   its anchor names; malloc'd or NULL.  The element's headline goes into *title. */
static char *update_text(const cJSON *u, const GumboNode *root, const char *origin, char **title) {
    *title = NULL;
    const char *body = json_string(u, "articleBody");
    if (body) return body_text(origin, body);
    const char *anchor = update_anchor(u);
    const GumboNode *e = anchor ? element_by_id(root, anchor, 0) : NULL;
    if (!e) return NULL;
    const GumboNode *t = html_first_time(e, 0);
    return element_text(e, t, title);
}

/* The entries of the JSON-LD liveBlogUpdate: true when at least two have text and all of them
   with text have a date; else false (with a note when some entries lack a date). */
static bool from_json_ld(const page *pg, const GumboNode *root, const char *origin, live_blog *lb) {
    const cJSON *list = pg->ld_updates;
    const cJSON *u = cJSON_IsArray(list) ? list->child : list;
    size_t number = 0, undated = 0;
    for (; u; u = cJSON_IsArray(list) ? u->next : NULL) {
        number++;
        if (!cJSON_IsObject(u)) continue;
        live_entry e = {.number = number};
        char *element_title;
        e.text = update_text(u, root, origin, &element_title);
        const char *headline = json_string(u, "headline");
        e.title = headline ? dyad_xstrdup(headline) : element_title;
        if (headline) free(element_title);
        headline_as_text(&e);
        const char *time = update_time(u, e.date);
        if (!e.text) {
            free_entry(&e);
            continue;
        }
        if (!time) {
            undated++;
            free_entry(&e);
            continue;
        }
        e.time = dyad_xstrdup(time);
        const char *anchor = update_anchor(u);
        e.anchor = anchor ? dyad_xstrdup(anchor) : NULL;
        add_entry(lb, &e);
    }
    if (undated) {
        dyad_note(origin, 0, 0, "live blog: %zu of %zu entries in its JSON-LD liveBlogUpdate have no date; "
                  "not read as entries", undated, undated + lb->n);
    }
    if (undated || lb->n < 2) {
        html_live_free(lb);
        return false;
    }
    return true;
}

void html_live_join_bodies(const page *pg, const char *origin, dyad_buf *b) {
    const cJSON *list = pg->ld_updates;
    for (const cJSON *u = cJSON_IsArray(list) ? list->child : list; u; u = cJSON_IsArray(list) ? u->next : NULL) {
        const char *body = json_string(u, "articleBody");
        if (!body) continue;
        char *text = body_text(origin, body);
        if (!text) continue;
        if (b->len) dyad_buf_puts(b, "\n\n");
        dyad_buf_puts(b, text);
        free(text);
    }
}

/* ------------------------------------------------------------ entries in the markup */

/* Words whose presence in an element's class names marks a live blog entry. */
static const char *const entry_words[] = {"live-blog-post", "liveblog", "live-post", "live-update", "block",
                                          "post", NULL};

/* Does s hold word, in any case? */
static bool has_substring(const char *s, const char *word) {
    size_t n = strlen(word);
    for (; *s; s++)
        if (strncasecmp(s, word, n) == 0) return true;
    return false;
}

/* Can the element be an entry: an <article>, <div>, <section> or <li> with an entry word in
   its class names? */
static bool entry_element(const GumboNode *node) {
    GumboTag t = node->v.element.tag;
    if (t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION && t != GUMBO_TAG_LI) return false;
    const char *cls = html_attr(node, "class");
    for (int i = 0; cls && entry_words[i]; i++)
        if (has_substring(cls, entry_words[i])) return true;
    return false;
}

/* Is a <time> the time an entry was changed ("Updated at <time ...>"): itemprop="dateModified",
   or "updated" or "modified" in its class names or its parent's? */
static bool modification_time(const GumboNode *time) {
    const char *prop = html_attr(time, "itemprop");
    if (prop && strcasecmp(prop, "dateModified") == 0) return true;
    const GumboNode *nodes[2] = {time, time->parent};
    for (int i = 0; i < 2; i++) {
        if (!nodes[i] || nodes[i]->type != GUMBO_NODE_ELEMENT) continue;
        const char *cls = html_attr(nodes[i], "class");
        if (cls && (has_substring(cls, "updated") || has_substring(cls, "modified"))) return true;
    }
    return false;
}

/* Bytes of text below node other than white space and the text of <time> elements. */
static size_t text_besides_times(const GumboNode *node, int depth) {
    if (node->type == GUMBO_NODE_TEXT) {
        size_t k = 0;
        for (const char *p = node->v.text.text; *p; p++) k += !strchr(" \t\r\n", *p);
        return k;
    }
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH || node->v.element.tag == GUMBO_TAG_TIME) return 0;
    size_t k = 0;
    for (unsigned i = 0; i < node->v.element.children.length; i++)
        k += text_besides_times(node->v.element.children.data[i], depth + 1);
    return k;
}

/* How many <time datetime> node holds that are not modification times, counted up to 2; the
   first goes into *first.  A time in a paragraph or quotation of prose is the prose's ("talks
   set for <time>Sunday</time>"), not the entry's, and is not counted; one in a paragraph of its
   own (Guardian: <p class="block-time"><time ...>) is. */
static int count_times(const GumboNode *node, const GumboNode **first, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return 0;
    GumboTag tag = node->v.element.tag;
    if (depth > 0 && (tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE) && text_besides_times(node, 0) > 3) return 0;
    int n = 0;
    if (node->v.element.tag == GUMBO_TAG_TIME && html_attr(node, "datetime") && !modification_time(node)) {
        if (!*first) *first = node;
        n++;
    }
    for (unsigned i = 0; i < node->v.element.children.length && n < 2; i++)
        n += count_times(node->v.element.children.data[i], first, depth + 1);
    return n;
}

/* A candidate entry: its element, its <time>, and the list it belongs to. */
typedef struct candidate {
    const GumboNode *node, *time, *group;
} candidate;

typedef struct candidates {
    candidate *c;
    size_t n, cap;
} candidates;

/* Collect the outermost entry elements below node (outside furniture) with exactly one
   <time datetime> that gives a day. */
static void find_candidates(const GumboNode *node, candidates *cs, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH || html_skipped_element(node)) return;
    if (entry_element(node)) {
        const GumboNode *t = NULL;
        char day[11];
        if (count_times(node, &t, 0) == 1) {
            if (!dyad_any_date(html_attr(t, "datetime"), day)) return;
            if (cs->n == cs->cap) {
                cs->cap = cs->cap ? 2 * cs->cap : 16;
                cs->c = dyad_xrealloc(cs->c, cs->cap * sizeof *cs->c);
            }
            cs->c[cs->n++] = (candidate){node, t, html_group_parent(node)};
            return;
        }
    }
    for (unsigned i = 0; i < node->v.element.children.length; i++)
        find_candidates(node->v.element.children.data[i], cs, depth + 1);
}

/* The entries of the markup: true with at least MIN_MARKUP_ENTRIES of the list chosen by the
   rules at the top of this file; lb->outside and lb->untimed say how much prose was left out. */
static bool from_markup(const page *pg, const GumboNode *root, live_blog *lb) {
    const GumboNode *top = pg->main ? pg->main : pg->body ? pg->body : root;
    const GumboNode *body = pg->body ? pg->body : root;
    if (top->type != GUMBO_NODE_ELEMENT || body->type != GUMBO_NODE_ELEMENT) return false;
    candidates cs = {0};
    find_candidates(top, &cs, 0);
    /* the list with the most paragraph text; ties go to the one that comes first */
    const GumboNode *best = NULL;
    size_t best_weight = 0;
    for (size_t i = 0; i < cs.n; i++) {
        bool first = true;
        for (size_t j = 0; j < i && first; j++) first = cs.c[j].group != cs.c[i].group;
        if (!first) continue;
        size_t weight = 0;
        for (size_t j = i; j < cs.n; j++)
            if (cs.c[j].group == cs.c[i].group) weight += html_prose_text(cs.c[j].node, true, 0);
        if (weight > best_weight) {
            best = cs.c[i].group;
            best_weight = weight;
        }
    }
    size_t total = html_prose_text(body, true, 0);
    size_t n = 0;
    const char *first_time = NULL;
    bool differ = false;
    for (size_t i = 0; i < cs.n; i++) {
        if (cs.c[i].group != best) continue;
        const char *t = html_attr(cs.c[i].time, "datetime");
        if (first_time && strcmp(first_time, t) != 0) differ = true;
        if (!first_time) first_time = t;
        n++;
    }
    if (!best || n < MIN_MARKUP_ENTRIES || !differ || 2 * best_weight < total) {
        free(cs.c);
        return false;
    }
    size_t listed = html_prose_text(best, true, 0);
    /* reported by html_live_entries if the markup's entries are taken */
    lb->outside = total > listed ? total - listed : 0;
    lb->untimed = listed > best_weight ? listed - best_weight : 0; /* entries without a time */
    size_t number = 0;
    for (size_t i = 0; i < cs.n; i++) {
        if (cs.c[i].group != best) continue;
        live_entry e = {.number = ++number};
        e.text = element_text(cs.c[i].node, cs.c[i].time, &e.title);
        headline_as_text(&e);
        if (!e.text) {
            free_entry(&e);
            continue;
        }
        const char *t = html_attr(cs.c[i].time, "datetime"), *id = html_attr(cs.c[i].node, "id");
        dyad_any_date(t, e.date);
        e.time = dyad_xstrdup(t);
        e.anchor = id && *id ? dyad_xstrdup(id) : NULL;
        add_entry(lb, &e);
    }
    free(cs.c);
    if (lb->n < MIN_MARKUP_ENTRIES) {
        html_live_free(lb);
        return false;
    }
    return true;
}

bool html_live_entries(const page *pg, const GumboNode *root, const char *origin, live_blog *lb) {
    memset(lb, 0, sizeof *lb);
    live_blog ld = {0};
    bool from_ld = pg->ld_updates && from_json_ld(pg, root, origin, &ld);
    /* the JSON-LD of many sites lists only the latest updates: the markup's entries win when
       they are more */
    if (from_markup(pg, root, lb) && (!from_ld || lb->n > ld.n)) {
        html_live_free(&ld);
        if (lb->outside)
            dyad_warn(origin, 0, 0, "live blog: about %zu bytes of the page's text outside its list of entries (a "
                      "summary above them, say) are left out", lb->outside);
        if (lb->untimed)
            dyad_warn(origin, 0, 0, "live blog: about %zu bytes of text in its list of entries, outside the entries "
                      "with a time (<time datetime>), are left out", lb->untimed);
        return true;
    }
    html_live_free(lb);
    *lb = ld;
    return from_ld;
}
