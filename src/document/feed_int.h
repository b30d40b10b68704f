/*
** feed_int.h - what the files of the news feed reader share: the feed being read, and the
** elements of its items.  Internal to the reader (feed.c, feed_text.c, feed_date.c); reader.h
** is the interface.
*/
#ifndef DYAD_FEED_INT_H
#define DYAD_FEED_INT_H

#include <stdbool.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include "document/reader.h"
#include "util/util.h"

#define MAX_DEPTH 256        /* elements deeper than this are not searched for items or text */

/* A walk through the feed with libxml2's streaming reader (feed.c). */
typedef struct feed_walk {
    xmlTextReader *reader;
    bool past;                /* the reader is on an element already dealt with: go past its subtree */
} feed_walk;

/* The feed being read (dyad_feed_open): the walk through it, or its whole parsed XML when the walk
   failed, and the items to hand out. */
struct dyad_feed {
    const char *origin;       /* borrowed from the caller */
    dyad_read_options opt;    /* borrowed strings */
    const char *data;         /* the XML read: the caller's (borrowed) or fixed */
    size_t len;
    dyad_buf fixed;           /* the input with its invalid UTF-8 replaced, if it had any */
    feed_walk walk;           /* NULL reader: the walk is over, or has failed (doc) */
    xmlDoc *doc;              /* the whole feed, parsed when the walk failed */
    bool atom;
    bool source_known;        /* source is the channel's title (or NULL when it has none) */
    char *source;             /* the channel's or feed's title, or NULL */
    xmlNode **items;          /* the item last expanded and the items inside it, or all (doc) */
    int n_items, cap_items, next;
    int first;                /* items handed out before items[0] */
    long root_line;
    int xml_errors;           /* libxml2 errors so far */
    int replay;               /* errors of the walk that the whole parse reports again: not shown */
    bool hold;                /* looking for the root element: errors are counted in held, not shown */
    int held;
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
