/*
** dict_int.h - what the dictionary readers share: the line reader that strips comments and
** tracks line numbers, hash maps, the word table, phrase tries, word splitting and English
** inflection.  Internal to src/dict.
*/
#ifndef DYAD_DICT_INT_H
#define DYAD_DICT_INT_H

#include <stdarg.h>
#include "dict/dict.h"
#include "util/util.h"

#define DICT_MAX_WORDS 64       /* longest phrase, in words */

/* ------------------------------------------------------------ lines */

/*
** Reads a dictionary text line by line.  Comments are blanked out with spaces so that columns
** stay those of the file: '#' or ';' to the end of the line (';' is the KEDS/TABARI legacy
** rule) and <!-- ... --> (also over several lines; a line starting "<!" opens one too, as
** PETRARCH's reader allows).  CR before LF is dropped.  Control characters and bytes that are
** not UTF-8 are reported and replaced by '?'.
*/
typedef struct dict_lines {
    const char *name;           /* file name for messages */
    const char *text;
    size_t len, pos;
    long line;                  /* number of the current line, 1-based */
    bool in_comment;
    long comment_line, comment_col;
    dyad_buf buf;               /* the current line, comments blanked */
    bool quiet;                 /* second pass: the reader's own problems were reported */
    int warnings;
} dict_lines;

void dict_lines_init(dict_lines *r, const char *name, const char *text, size_t len);
/* The next line that is not blank after comment removal, NUL-terminated and trailing white
   space removed, or NULL at the end.  r->line is its number. */
char *dict_lines_next(dict_lines *r);
/* Back to the start for a second pass, in which the reader does not report again. */
void dict_lines_rewind(dict_lines *r);
/* Report a problem at column col (1-based) of the current line and count it. */
void dict_warn(dict_lines *r, long col, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Column (1-based) of pointer p within line s. */
static inline long dict_col(const char *s, const char *p) { return (long)(p - s) + 1; }
void dict_lines_free(dict_lines *r);

/* ------------------------------------------------------------- maps */

/* Value of key (non-zero), or -1. */
int32_t dict_map_get(const dyad_map *m, uint64_t key);
/* Set key to val; returns the previous value or -1. */
int32_t dict_map_put(dyad_map *m, uint64_t key, int32_t val);
void dict_map_free(dyad_map *m);

/* ------------------------------------------------------------ words */

/* Id of a word already lower-cased (n bytes), or DYAD_NO_WORD. */
int32_t dict_word_find(const dyad_wordtab *t, const char *w, size_t n);
/* Id of a lower-cased word, adding it (copied into arena a) when new. */
int32_t dict_word_add(dyad_wordtab *t, dyad_arena *a, const char *w, size_t n);
void dict_words_free(dyad_wordtab *t);

/* Append s[0..n) lower-cased (ASCII fast path, utf8proc otherwise) to b (b is not reset). */
void dict_lower(dyad_buf *b, const char *s, size_t n);

/*
** Split s[0..n) into words at '_' and white space, lower-case them, split off a trailing
** comma and a possessive "'s" or "'", and add them to the word table.  Writes at most max ids
** to ids and returns the word count, or -1 when there are more than max words.
*/
int dict_phrase(dyad_dict *d, const char *s, size_t n, int32_t *ids, int max);

/* ------------------------------------------------------------ phrases */

/* Add a phrase; returns the value already stored at its end (-1 if none) and stores val
   there when replace is true or no value was stored. */
int32_t dict_phrases_add(dyad_phrases *p, const int32_t *ids, int n, int32_t val, bool replace);
/* Longest phrase at ids[start..n): its value or -1, *len its word count. */
int32_t dict_phrases_match(const dyad_phrases *p, const int32_t *ids, int n, int start, int *len);
/* Is a whole phrase of p below node a subsequence of ids[from..n) (words between allowed)?
   Each step takes one from *budget; true when it runs out. */
bool dict_phrases_within(const dyad_phrases *p, int32_t node, const int32_t *ids, int from, int n,
                         int *budget);
/* Child of node for word id, or -1 (node 0 is the root). */
int32_t dict_phrases_child(const dyad_phrases *p, int32_t node, int32_t word);
void dict_phrases_free(dyad_phrases *p);

/* ------------------------------------------------------------ English */

/*
** Plural of a lower-cased word into out (NUL-terminated; out has room for n + 3 bytes):
** consonant + y -> ies, ss/x/z/ch/sh -> es, else s.  PETRARCH documents y -> ies, ss -> es,
** else s; this follows English spelling a little closer.  Returns false (no plural) when the
** word does not end in a letter or ends in a single s (most such words are plurals already:
** the dictionaries list TROOPS, MARINES, TALKS).
*/
bool dict_plural(const char *w, size_t n, char *out);
/*
** Regular verb forms of a lower-cased verb, PETRARCH's S, ED and ING forms with English
** spelling: out[0] third person (-s/-es/-ies), out[1] past (-ed/-d/-ied), out[2] gerund
** (-ing, dropping a silent e, ie -> ying).  Each out[i] needs n + 4 bytes.  Returns false when
** the word does not end in a letter.
*/
bool dict_verb_forms(const char *w, size_t n, char out[3][80]);

/* ------------------------------------------------------------ shared */

/* Grow *arr (elements of size sz, *cap allocated) to hold at least need elements. */
void dict_grow(void **arr, int32_t *cap, int32_t need, size_t sz);
/* Copy of s[0..n) in the dictionary's arena. */
const char *dict_str(dyad_dict *d, const char *s, size_t n);
/*
** Read an event code "[A]", "[A:B]", "[:B]", "[---]" starting at s (s points at '[').  Returns
** a pointer past the ']' or NULL after reporting the problem.
*/
const char *dict_event_code(dyad_dict *d, dict_lines *r, const char *line, const char *s,
                            dyad_event_code *code);
/* Skip spaces and tabs. */
static inline const char *dict_skip(const char *s) {
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

/* The verb reader's state, shared by verbs.c, synsets.c and patterns.c. */
typedef struct verb_ctx {
    dyad_dict *d;
    dict_lines *r;
    const char *line;       /* the current line */
    int dialect;            /* 1 or 2, see dyad_dict_load_file() */
    int32_t block;          /* current verb block, -1 before the first */
} verb_ctx;

/* Lower-case s[0..n) and return its word id (one word, no splitting). */
int32_t dict_word1(dyad_dict *d, const char *s, size_t n);
/* Pass 1 over a verb file: read every synset definition and choose the dialect. */
void dict_read_synsets(verb_ctx *c);
/* Read a pattern line (s points after the '-'). */
void dict_read_pattern(verb_ctx *c, const char *s);

/* The readers, one per kind; each returns nothing and reports through r. */
void dict_read_verbs(dyad_dict *d, dict_lines *r);
void dict_read_actors(dyad_dict *d, dict_lines *r);
void dict_read_agents(dyad_dict *d, dict_lines *r);
void dict_read_discards(dyad_dict *d, dict_lines *r);
void dict_read_issues(dyad_dict *d, dict_lines *r);

/*
** A dictionary date: YYMMDD (years 00-30 are 20YY, 31-99 19YY: the KEDS/TABARI/PETRARCH rule,
** PETRreader.dstr_to_ordate) or YYYYMMDD, n digits.  Returns its day number or DYAD_NO_DAY.
*/
int32_t dict_date(const char *s, size_t n);
/* Day number of a valid calendar date, or DYAD_NO_DAY. */
int32_t dict_ymd(int y, int m, int d);

#endif
