/*
** feed_int.h - what the files of the news feed reader share: the feed being read, and the
** elements of its items.  Internal to the reader (feed.c, feed_text.c, feed_date.c); reader.h
** is the interface.
*/
#ifndef DYAD_FEED_INT_H
#define DYAD_FEED_INT_H

#include <stdbool.h>
#include <libxml/tree.h>
#include "document/reader.h"
#include "util/util.h"

#define MAX_DEPTH 256        /* elements deeper than this are not searched for items or text */

/* The feed being read (dyad_feed_open): its parsed XML and its items. */
struct dyad_feed {
    const char *origin;       /* borrowed from the caller */
    dyad_read_options opt;    /* borrowed strings */
    xmlDoc *doc;
    bool atom;
    char *source;             /* the channel's or feed's title, or NULL */
    xmlNode **items;
    int n_items, cap_items, next;
    int xml_errors;
};

/* Is c ASCII white space? */
static inline bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* ------------------------------------------------------------ elements (feed.c) */

/* Is n an element of the feed formats that is no HTML element (an item, its fields)? */
bool feed_is_feed_element(const xmlNode *n);
/* The line of n in the feed, or 0. */
long feed_line_of(const xmlNode *n);
/* The attribute name of n, malloc'd (free with xmlFree), or NULL. */
char *feed_prop(const xmlNode *n, const char *name);
/* The text content of n trimmed, malloc'd, or NULL when empty. */
char *feed_content_of(const xmlNode *n);

/* ------------------------------------------------------------ text (feed_text.c) */

/* The text of a body or title element n (NULL allowed), malloc'd, or NULL when it holds none. */
char *feed_element_text(const dyad_feed *f, const xmlNode *n, bool title);
/* Drop the last paragraph of text when it is WordPress's "The post ... appeared first on ...". */
void feed_drop_footer(char *text);

#endif
