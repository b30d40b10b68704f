/*
** html_page.c - what an HTML page tells about its article: the survey of the page (its <body>,
** <main> and <article>s outside furniture, meta tags, JSON-LD, <time> and itemprop dates, the
** canonical link), the choice of the article among them, and its title.  Part of the HTML
** reader (html.c), which describes the choice.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>
#include <gumbo.h>
#include "document/html_int.h"

/* ------------------------------------------------------------ the page survey */

const char *html_attr(const GumboNode *node, const char *name) {
    GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* Take s as the page date if it is one and comes from a better place than the date so far. */
void html_offer_date(page *pg, const char *s, int rank) {
    char day[11];
    if (rank < pg->date_rank && dyad_any_date(s, day)) {
        memcpy(pg->date, day, sizeof day);
        pg->date_rank = rank;
    }
}

static void read_meta(page *pg, const GumboNode *node) {
    const char *key = html_attr(node, "property");
    if (!key) key = html_attr(node, "name");
    if (!key) key = html_attr(node, "itemprop");
    const char *content = html_attr(node, "content");
    if (!key || !content) return;
    static const char *const date_keys[] = {"date", "pubdate", "publish-date", "publish_date", "dc.date",
                                            "DC.date.issued", "sailthru.date", "parsely-pub-date", NULL};
    if (strcasecmp(key, "article:published_time") == 0 || strcasecmp(key, "og:published_time") == 0)
        html_offer_date(pg, content, DATE_META);
    if (strcasecmp(key, "datePublished") == 0) html_offer_date(pg, content, DATE_ITEMPROP);
    for (int i = 0; date_keys[i]; i++)
        if (strcasecmp(key, date_keys[i]) == 0) html_offer_date(pg, content, DATE_OTHER_META);
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

/* Is the object a schema.org LiveBlogPosting (a live blog, its entries in liveBlogUpdate)? */
static bool is_live_blog(const cJSON *obj) {
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(obj, "@type");
    const cJSON *one = cJSON_IsArray(t) ? t->child : t;
    for (; one; one = cJSON_IsArray(t) ? one->next : NULL) {
        const char *s = cJSON_GetStringValue(one);
        if (s && strcmp(s, "LiveBlogPosting") == 0) return true;
    }
    return false;
}

/* Read datePublished, headline and articleBody from a JSON-LD object, a list of them, or its
   "@graph"; and the entries (liveBlogUpdate) of a LiveBlogPosting. */
static void read_json_ld_item(page *pg, const cJSON *j, int depth) {
    if (depth > 4) return;
    if (cJSON_IsArray(j)) {
        for (const cJSON *c = j->child; c; c = c->next) read_json_ld_item(pg, c, depth + 1);
        return;
    }
    if (!cJSON_IsObject(j)) return;
    read_json_ld_item(pg, cJSON_GetObjectItemCaseSensitive(j, "@graph"), depth + 1);
    const cJSON *updates = cJSON_GetObjectItemCaseSensitive(j, "liveBlogUpdate");
    if (!pg->ld_updates && is_live_blog(j) && (cJSON_IsArray(updates) || cJSON_IsObject(updates)))
        pg->ld_updates = cJSON_Duplicate(updates, true);
    int rank = is_article_type(j) ? 0 : 1;
    const char *date = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "datePublished"));
    char day[11];
    if (rank < pg->ld_date_rank && dyad_any_date(date, day)) {
        memcpy(pg->ld_date, day, sizeof day);
        pg->ld_date_rank = rank;
    }
    const char *headline = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "headline"));
    if (headline && *headline && rank < pg->ld_headline_rank) {
        free(pg->ld_headline);
        pg->ld_headline = dyad_xstrdup(headline);
        pg->ld_headline_rank = rank;
    }
    const char *body = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "articleBody"));
    if (body && *body && rank < pg->ld_body_rank) {
        free(pg->ld_body);
        pg->ld_body = dyad_xstrdup(body);
        pg->ld_body_rank = rank;
    }
}

/* A <script type="application/ld+json">: the schema.org description of the page. */
static void read_json_ld(page *pg, const GumboNode *script) {
    const char *type = html_attr(script, "type");
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
const char *html_time_date(const GumboNode *node) {
    const char *prop = html_attr(node, "itemprop");
    if (prop && strcasecmp(prop, "dateModified") == 0) return NULL;
    const char *dt = html_attr(node, "datetime");
    char day[11];
    return dt && dyad_normalize_date(dt, day) ? dt : NULL;
}

/* Does an element that is skipped as furniture hide the dates in it?  A byline or a header
   ("By Jane Doe, <time ...>") does not. */
static bool hides_dates(const GumboNode *node) {
    const GumboElement *e = &node->v.element;
    if (e->tag == GUMBO_TAG_HEAD || e->tag == GUMBO_TAG_HEADER || html_is_hidden(e)) return html_is_hidden(e);
    if (html_attribute_has_word(e, "class", "byline") || html_attribute_has_word(e, "id", "byline")) return false;
    return html_skipped_element(node);
}

/* The first usable <time datetime> below node, outside furniture that hides dates, or NULL. */
const GumboNode *html_first_time(const GumboNode *node, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH || (depth > 0 && hides_dates(node))) return NULL;
    if (node->v.element.tag == GUMBO_TAG_TIME && html_time_date(node)) return node;
    for (unsigned i = 0; i < node->v.element.children.length; i++) {
        const GumboNode *t = html_first_time(node->v.element.children.data[i], depth + 1);
        if (t) return t;
    }
    return NULL;
}

/* ------------------------------------------------------------ the survey */

/* The element whose <article> children are one list (a live blog's entries, a list of cards):
   the parent of the <article>, above wrappers that hold nothing else (<li>, a <div>). */
const GumboNode *html_group_parent(const GumboNode *article) {
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
    pg->articles[pg->n_articles] = (article_entry){node, html_group_parent(node), 0, pg->n_articles};
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
        const char *rel = html_attr(node, "rel"), *href = html_attr(node, "href");
        if (rel && href && strcasecmp(rel, "canonical") == 0) pg->url = href;
    }
    const char *prop = html_attr(node, "itemprop");
    if (!no_dates && e->tag != GUMBO_TAG_META && prop && strcasecmp(prop, "datePublished") == 0) {
        const char *d = html_attr(node, "datetime");
        html_offer_date(pg, d ? d : html_attr(node, "content"), DATE_ITEMPROP);
    }
    if (e->tag == GUMBO_TAG_TIME && !furniture && !pg->page_time && html_time_date(node)) pg->page_time = node;
}

void html_survey(page *pg, const GumboNode *node, bool furniture, bool no_dates, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    if (depth > MAX_DEPTH) {
        pg->too_deep = true;
        return;
    }
    const GumboElement *e = &node->v.element;
    survey_element(pg, node, furniture, no_dates);
    bool skip = html_skipped_element(node) && e->tag != GUMBO_TAG_HEAD && e->tag != GUMBO_TAG_HEADER;
    furniture = furniture || skip;
    no_dates = no_dates || (skip && hides_dates(node));
    if (!furniture) {
        const char *role = html_attr(node, "role");
        if (e->tag == GUMBO_TAG_BODY && !pg->body) pg->body = node;
        if (e->tag == GUMBO_TAG_ARTICLE) add_article(pg, node);
        if (!pg->main && (e->tag == GUMBO_TAG_MAIN || (role && strcmp(role, "main") == 0))) pg->main = node;
    }
    for (unsigned i = 0; i < e->children.length; i++) html_survey(pg, e->children.data[i], furniture, no_dates, depth + 1);
}

/* ------------------------------------------------------------ choosing the article */

static bool ends_sentence(const char *t) {
    return html_ends_sentence_n(t, strlen(t));
}

/* How much a <p> counts in choosing the article: its text when it ends like a sentence, else
   a quarter of it ("Menu", "Published July 1", the headline of a link). */
static size_t prose_weight(const GumboNode *p) {
    char *t = html_node_text(p);
    size_t n = strlen(t);
    if (!ends_sentence(t)) n /= 4;
    free(t);
    return n;
}

size_t html_prose_text(const GumboNode *node, bool deep, int depth) {
    size_t n = 0;
    if (depth > MAX_DEPTH) return 0;
    const GumboVector *ch = &node->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *c = ch->data[i];
        if (c->type != GUMBO_NODE_ELEMENT || html_skipped_element(c)) continue;
        if (c->v.element.tag == GUMBO_TAG_P) n += prose_weight(c);
        else if (deep) n += html_prose_text(c, true, depth + 1);
    }
    return n;
}

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
    for (size_t i = 0; i < pg->n_articles; i++) pg->articles[i].score = html_prose_text(pg->articles[i].node, true, 0);
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
    if (node->type != GUMBO_NODE_ELEMENT || html_skipped_element(node)) return false;
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
    const char *x = html_attr(a, name), *y = html_attr(b, name);
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
        if (10 * html_prose_text(c, true, depth + 1) >= total) return true;
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
        size_t total = html_prose_text(node, true, depth);
        if (total == 0 || 10 * html_prose_text(node, false, depth) > total) return node;
        const GumboNode *best = NULL;
        size_t best_score = 0;
        for (unsigned i = 0; i < node->v.element.children.length; i++) {
            const GumboNode *c = node->v.element.children.data[i];
            size_t score = is_container(c) ? html_prose_text(c, true, depth + 1) : 0;
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
    const char *role = html_attr(node, "role");
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
choice html_choose(page *pg, const GumboNode *doc_root) {
    const GumboNode *body = pg->body ? pg->body : doc_root;
    choice ch = {0};
    size_t total = body->type == GUMBO_NODE_ELEMENT ? html_prose_text(body, true, 0) : 0;
    if (choose_articles(pg, total, &ch)) return ch;
    ch.root = pg->main ? densest(pg->main, 0) : body->type == GUMBO_NODE_ELEMENT ? densest(body, 0) : body;
    /* no story stands out in <body> (much text in lists of teasers around it): the <article> */
    if (!pg->main && ch.root == body && pg->best_article) ch.root = pg->best_article;
    ch.scope = enclosing_main(ch.root);
    if (!ch.scope) ch.scope = ch.root;
    return ch;
}

/* Text of the article into x. */
void html_extract_choice(extractor *x, const page *pg, const choice *ch) {
    if (!ch->group) {
        html_extract(x, ch->root, 0);
        return;
    }
    for (size_t i = 0; i < pg->n_articles; i++)
        if (pg->articles[i].group == ch->group) html_extract(x, pg->articles[i].node, 0);
}

/* ------------------------------------------------------------ title */

/* Does an <h1> look like the site's name rather than a headline (class "logo", "site-title")? */
static bool is_logo(const GumboNode *h1) {
    static const char *const words[] = {"logo", "brand", "site", "masthead", NULL};
    for (int i = 0; words[i]; i++)
        if (html_attribute_has_word(&h1->v.element, "class", words[i]) || html_attribute_has_word(&h1->v.element, "id", words[i]))
            return true;
    return false;
}

/* The first <h1> under node (not in page furniture), or NULL.  Outside the article (strict),
   none in a <header> and none that looks like a logo. */
static const GumboNode *first_h1(const GumboNode *node, bool strict, int depth) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH) return NULL;
    if (node->v.element.tag == GUMBO_TAG_H1) return strict && is_logo(node) ? NULL : node;
    if (html_skipped_element(node) && (strict || node->v.element.tag != GUMBO_TAG_HEADER)) return NULL;
    for (unsigned i = 0; i < node->v.element.children.length; i++) {
        const GumboNode *h = first_h1(node->v.element.children.data[i], strict, depth + 1);
        if (h) return h;
    }
    return NULL;
}

/* The headline <h1>: the first in the article, else in the elements around it up to its
   <article> or <main>; a page without those gives the first <h1> outside headers and logos. */
const GumboNode *html_title_h1(const choice *ch) {
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
char *html_page_title(const page *pg, const GumboNode *h1) {
    if (h1) return html_node_text(h1);
    char *t = pg->og_title ? dyad_xstrdup(pg->og_title) : pg->ld_headline ? dyad_xstrdup(pg->ld_headline)
            : pg->title ? html_node_text(pg->title) : NULL;
    if (t && (pg->og_title || !pg->ld_headline)) strip_site_name(t, pg->site_name, pg->url);
    return t;
}
