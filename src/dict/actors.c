/*
** actors.c - the actor dictionary (PETRARCH docs/source/dictionaries.rst "Actor Dictionary";
** TABARI manual ch. 5): a primary phrase with optional [CODE], '+' synonym lines and indented
** [CODE restriction] lines, where the restriction is <date, >date or date-date (YYMMDD or
** YYYYMMDD, inclusive) and an undated [CODE] is a default.  Also the actor lookups.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

/* The longest actor code read: CAMEO codes are a few three-letter groups (Phoenix's longest
   is 15 characters). */
#define MAX_ACTOR_CODE 30

typedef struct name_ref {
    int32_t ids[DICT_MAX_WORDS];
    int n;
    long line;
} name_ref;

/* The entry being read: its names and codes until the next primary phrase. */
typedef struct entry {
    const char *name;
    long line;
    name_ref *names;
    int n_names, cap_names;
    dyad_actor_code *codes;
    int32_t n_codes, cap_codes;
} entry;

/* Read one restriction "CODE [<date|>date|date-date]" from s[0..n); false if reported. */
static bool read_restriction(dyad_dict *d, dict_lines *r, const char *line, const char *s,
                             size_t n, dyad_actor_code *c) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    size_t k = i;
    while (k < n && s[k] != ' ' && s[k] != '\t' && s[k] != '<' && s[k] != '>') k++;
    if (k == i) {
        dict_warn(r, dict_col(line, s), "empty actor code; ignored");
        return false;
    }
    /* CAMEO codes are three-letter groups; PETRARCH's files also hold "---" and "~LEG" */
    for (size_t j = i; j < k; j++)
        if (!isalnum((unsigned char)s[j]) && !strchr("-~/+#", s[j])) {
            dict_warn(r, dict_col(line, s + j), "'%c' cannot be part of an actor code; code ignored", s[j]);
            return false;
        }
    if (k - i > MAX_ACTOR_CODE) {
        dict_warn(r, dict_col(line, s + i), "actor code of %zu characters (at most %d); code ignored",
                  k - i, MAX_ACTOR_CODE);
        return false;
    }
    c->code = dict_str(d, s + i, k - i);
    c->from = DYAD_DAY_MIN;
    c->to = DYAD_DAY_MAX;
    c->line = (int)r->line;
    char restr[64];
    size_t m = 0;
    for (size_t j = k; j < n; j++)
        if (s[j] != ' ' && s[j] != '\t') {
            if (m + 1 >= sizeof restr) {
                dict_warn(r, dict_col(line, s + k), "date restriction too long; code ignored");
                return false;
            }
            restr[m++] = s[j];
        }
    restr[m] = 0;
    if (m == 0) return true;
    const char *dash = strchr(restr, '-');
    if (restr[0] == '<' || restr[0] == '>') {
        int32_t day = dict_date(restr + 1, m - 1);
        if (day == DYAD_NO_DAY) {
            dict_warn(r, dict_col(line, s + k), "\"%s\" is not a date (YYMMDD or YYYYMMDD); "
                      "code ignored", restr + 1);
            return false;
        }
        if (restr[0] == '<') c->to = day;
        else c->from = day;
        return true;
    }
    if (!dash) {
        if (strspn(restr, "0123456789") == m && dict_date(restr, m) == DYAD_NO_DAY)
            dict_warn(r, dict_col(line, s + k), "\"%s\" is not a date (YYMMDD or YYYYMMDD), and a "
                      "date restriction needs '<', '>' or a range date-date; code ignored", restr);
        else
            dict_warn(r, dict_col(line, s + k), "date restriction \"%s\" needs '<', '>' or a "
                      "range date-date; code ignored", restr);
        return false;
    }
    size_t n1 = (size_t)(dash - restr), n2 = m - n1 - 1;
    c->from = dict_date(restr, n1);
    c->to = dict_date(dash + 1, n2);
    if (c->from == DYAD_NO_DAY || c->to == DYAD_NO_DAY) {
        dict_warn(r, dict_col(line, s + k), "\"%.*s\" is not a date (YYMMDD or YYYYMMDD); code "
                  "ignored", (int)(c->from == DYAD_NO_DAY ? n1 : n2),
                  c->from == DYAD_NO_DAY ? restr : dash + 1);
        return false;
    }
    if (c->from > c->to) {
        dict_warn(r, dict_col(line, s + k), "date range \"%s\" ends before it begins; code "
                  "ignored", restr);
        return false;
    }
    return true;
}

/* Read the [..] groups from s to the end of the line into e's codes. */
static void read_codes(dyad_dict *d, dict_lines *r, const char *line, const char *s, entry *e) {
    bool junk = false;
    while (*s) {
        s = dict_skip(s);
        if (!*s) break;
        if (*s != '[') {
            if (!junk) dict_warn(r, dict_col(line, s), "text after the actor code ignored");
            junk = true;
            s++;
            continue;
        }
        const char *end = strchr(s, ']');
        if (!end) {
            dict_warn(r, dict_col(line, s), "'[' without ']'; code ignored");
            return;
        }
        dyad_actor_code c;
        if (read_restriction(d, r, line, s + 1, (size_t)(end - s - 1), &c)) {
            dict_grow((void **)&e->codes, &e->cap_codes, e->n_codes + 1, sizeof *e->codes);
            e->codes[e->n_codes++] = c;
        }
        s = end + 1;
    }
}

static bool same_codes(const dyad_actor_entry *a, const dyad_actor_entry *b) {
    if (a->n_codes != b->n_codes) return false;
    for (int i = 0; i < a->n_codes; i++)
        if (strcmp(a->codes[i].code, b->codes[i].code) != 0 || a->codes[i].from != b->codes[i].from ||
            a->codes[i].to != b->codes[i].to)
            return false;
    return true;
}

/* Store the entry read so far (if any) and reset it. */
static void finish(dyad_dict *d, dict_lines *r, entry *e) {
    if (!e->name) return;
    if (e->n_codes == 0) {
        long line = r->line;
        r->line = e->line;
        dict_warn(r, 1, "actor %s has no code; its names are not used", e->name);
        r->line = line;
    } else {
        dict_grow((void **)&d->actors, &d->cap.actors, d->n_actors + 1, sizeof *d->actors);
        int32_t id = d->n_actors++;
        dyad_actor_entry *a = &d->actors[id];
        memset(a, 0, sizeof *a);
        a->name = e->name;
        a->file = r->name;
        a->line = (int)e->line;
        a->n_codes = e->n_codes;
        a->codes = dyad_arena_alloc(d->arena, (size_t)e->n_codes * sizeof *a->codes);
        int k = 0;
        for (int pass = 0; pass < 2; pass++)   /* dated codes first, then the defaults */
            for (int i = 0; i < e->n_codes; i++) {
                bool dated = e->codes[i].from != DYAD_DAY_MIN || e->codes[i].to != DYAD_DAY_MAX;
                if (dated == (pass == 0)) a->codes[k++] = e->codes[i];
            }
        for (int i = 0; i < e->n_names; i++) {
            name_ref *nr = &e->names[i];
            int32_t old = dict_phrases_add(&d->actor_index, nr->ids, nr->n, id, true);
            a->n_names++;
            if (old < 0) {
                d->n_actor_names++;
            } else if (old != id && !same_codes(&d->actors[old], a)) {
                long line = r->line;
                r->line = nr->line;
                dict_warn(r, 1, "actor name already given other codes by %s (%s:%d); this entry "
                          "replaces it", d->actors[old].name, d->actors[old].file,
                          d->actors[old].line);
                r->line = line;
            }
        }
    }
    e->name = NULL;
    e->n_names = 0;
    e->n_codes = 0;
}

/* Add the phrase s[0..n) to the entry's names. */
static void add_name(dyad_dict *d, dict_lines *r, const char *line, const char *s, size_t n,
                     entry *e) {
    if (e->n_names == e->cap_names) {
        e->cap_names = e->cap_names ? 2 * e->cap_names : 8;
        e->names = dyad_xrealloc(e->names, (size_t)e->cap_names * sizeof *e->names);
    }
    name_ref *nr = &e->names[e->n_names];
    nr->n = dict_phrase(d, s, n, nr->ids, DICT_MAX_WORDS);
    nr->line = r->line;
    if (nr->n <= 0) {
        dict_warn(r, dict_col(line, s), nr->n == 0 ? "empty actor name" :
                  "actor name longer than %d words; ignored", DICT_MAX_WORDS);
        return;
    }
    e->n_names++;
}

void dict_read_actors(dyad_dict *d, dict_lines *r) {
    entry e = {0};
    char *line;
    while ((line = dict_lines_next(r))) {
        const char *s = dict_skip(line);
        if (*s == '[') {
            if (!e.name) dict_warn(r, dict_col(line, s), "actor code before any actor; ignored");
            else read_codes(d, r, line, s, &e);
            continue;
        }
        bool synonym = *s == '+';
        if (synonym) {
            s++;
            if (!e.name) {
                dict_warn(r, dict_col(line, s - 1), "synonym before any actor; ignored");
                continue;
            }
        } else {
            finish(d, r, &e);
        }
        const char *br = strchr(s, '[');
        size_t n = br ? (size_t)(br - s) : strlen(s);
        while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
        if (!synonym) {
            e.name = dict_str(d, s, n);
            e.line = r->line;
        }
        add_name(d, r, line, s, n, &e);
        if (br) read_codes(d, r, line, br, &e);
    }
    finish(d, r, &e);
    free(e.names);
    free(e.codes);
}

/* ------------------------------------------------------------- lookups */

int dyad_actor_match(const dyad_dict *d, const int32_t *ids, int n, int start, int *len) {
    return dict_phrases_match(&d->actor_index, ids, n, start, len);
}

const char *dyad_actor_code_on(const dyad_actor_entry *a, int32_t day) {
    for (int i = 0; i < a->n_codes; i++) {
        const dyad_actor_code *c = &a->codes[i];
        if (day == DYAD_NO_DAY ? (c->from == DYAD_DAY_MIN && c->to == DYAD_DAY_MAX)
                               : (day >= c->from && day <= c->to))
            return c->code;
    }
    return NULL;
}

int dyad_actor_lookup(const dyad_dict *d, const char *const *words, int n, int start,
                      const char *date, int *len, const char **code) {
    int32_t ids[DICT_MAX_WORDS];
    int m = 0;
    *code = NULL;
    *len = 0;
    if (start < 0 || start >= n) return -1;
    /* no actor name is longer than DICT_MAX_WORDS; stop at the first word no name uses */
    while (start + m < n && m < DICT_MAX_WORDS) {
        ids[m] = dyad_dict_word_id(d, words[start + m]);
        if (ids[m++] < 0) break;
    }
    int a = dyad_actor_match(d, ids, m, 0, len);
    if (a >= 0) *code = dyad_actor_code_on(&d->actors[a], dyad_dict_day(date));
    return a;
}
