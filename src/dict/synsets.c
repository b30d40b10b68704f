/*
** synsets.c - synonym sets of the verb dictionary (PETRreader.read_verb_dictionary, "SYNSETS"):
** "&NAME" followed by "+member" lines; a member is a word or phrase ('_' or space between
** words), "(PREP words)" for a prepositional phrase (PETRARCH-2 validation file) or "&OTHER"
** for all members of another synset.  Regular plurals are added unless the member or the name
** ends in '_'.  Synsets are read in a first pass so that patterns may use them anywhere in the
** file, as the PETRARCH documentation promises.  This pass also picks the file's dialect.
*/
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

typedef struct member_line {
    char *text;
    long line, col;
    int32_t ref;        /* for "&OTHER": the synset, -1 when undefined; -2 otherwise */
} member_line;

typedef struct def {
    char *name;
    bool no_plural;
    long line;
    member_line *m;
    int n, cap;
    int state;          /* 0 not resolved, 1 being resolved, 2 done */
} def;

typedef struct defs {
    def *v;
    int n, cap;
    int32_t first;      /* index of v[0] in d->synsets */
} defs;

static int find_def(const defs *ds, const char *name, size_t n) {
    for (int i = 0; i < ds->n; i++)
        if (strlen(ds->v[i].name) == n && memcmp(ds->v[i].name, name, n) == 0) return i;
    return -1;
}

int dyad_synset_find(const dyad_dict *d, const char *name) {
    for (int i = d->n_synsets - 1; i >= 0; i--)
        if (strcmp(d->synsets[i].name, name) == 0) return i;
    return -1;
}

/* Append a member to synset s unless its phrase is already one. */
static void add_member(dyad_dict *d, int32_t s, const int32_t *ids, int k, bool pp, bool plural,
                       int line) {
    if (dict_phrases_add(&d->synsets[s].index, ids, k, d->n_members, false) >= 0) return;
    dict_grow((void **)&d->members, &d->cap.members, d->n_members + 1, sizeof *d->members);
    dyad_synset_member *m = &d->members[d->n_members++];
    m->synset = s;
    m->n_words = (int16_t)k;
    m->pp = pp;
    m->plural = plural;
    m->words = dyad_arena_alloc(d->arena, (size_t)k * sizeof *m->words);
    memcpy(m->words, ids, (size_t)k * sizeof *ids);
    m->line = line;
    d->synsets[s].n_members++;
    if (k > d->synsets[s].max_words) d->synsets[s].max_words = (int16_t)k;
}

/* Add the member written on line ml to synset s. */
static void read_member(verb_ctx *c, const def *df, int32_t s, const member_line *ml) {
    dyad_dict *d = c->d;
    const char *t = ml->text;
    size_t n = strlen(t);
    if (ml->ref >= 0) {
        const dyad_synset *o = &d->synsets[ml->ref];
        for (int32_t i = 0; i < o->n_members; i++) {
            const dyad_synset_member *m = &d->members[o->first_member + i];
            add_member(d, s, m->words, m->n_words, m->pp, m->plural, m->line);
        }
        return;
    }
    bool pp = t[0] == '(';
    if (pp) {
        if (t[n - 1] != ')') {
            dict_warn(c->r, ml->col, "'(' without ')'; member skipped");
            return;
        }
        t++;
        n -= 2;
    }
    int32_t ids[DICT_MAX_WORDS];
    int k = dict_phrase(d, t, n, ids, DICT_MAX_WORDS);
    if (k <= 0) {
        dict_warn(c->r, ml->col, k == 0 ? "empty synset member" :
                  "synset member longer than %d words; skipped", DICT_MAX_WORDS);
        return;
    }
    add_member(d, s, ids, k, pp, false, (int)ml->line);
    if (pp || df->no_plural || t[n - 1] == '_') return;
    const char *last = dyad_dict_word(d, ids[k - 1]);
    size_t len = strlen(last);
    char *pl = dyad_xmalloc(len + 4);
    if (dict_plural(last, len, pl)) {
        ids[k - 1] = dict_word_add(&d->words, d->arena, pl, strlen(pl));
        add_member(d, s, ids, k, false, true, (int)ml->line);
    }
    free(pl);
}

static void resolve(verb_ctx *c, defs *ds, int i) {
    def *df = &ds->v[i];
    if (df->state) return;
    df->state = 1;
    long line = c->r->line;
    for (int j = 0; j < df->n; j++) {     /* nested synsets first, so members stay together */
        member_line *ml = &df->m[j];
        if (ml->text[0] != '&') continue;
        c->r->line = ml->line;
        const char *name = ml->text + 1;
        size_t n = strcspn(name, " \t");
        if (name[n]) {
            dict_warn(c->r, ml->col, "a synset member \"&NAME\" cannot have other words; skipped");
            continue;
        }
        if (n > 0 && name[n - 1] == '_') n--;
        int k = find_def(ds, name, n);
        if (k >= 0 && ds->v[k].state == 1) {
            dict_warn(c->r, ml->col, "synset &%s includes itself; member skipped", df->name);
            continue;
        }
        if (k >= 0) {
            resolve(c, ds, k);
            ml->ref = ds->first + k;
            continue;
        }
        char *nm = dyad_xmalloc(n + 1);
        memcpy(nm, name, n);
        nm[n] = 0;
        ml->ref = dyad_synset_find(c->d, nm);
        if (ml->ref < 0) dict_warn(c->r, ml->col, "synset &%s is not defined; member skipped", nm);
        free(nm);
    }
    dyad_synset *s = &c->d->synsets[ds->first + i];
    s->first_member = c->d->n_members;
    for (int j = 0; j < df->n; j++) {
        c->r->line = df->m[j].line;
        if (df->m[j].text[0] != '&' || df->m[j].ref >= 0) read_member(c, df, ds->first + i, &df->m[j]);
    }
    c->r->line = line;
    df->state = 2;
}

/* Start (or continue) the definition "&NAME" at s; returns its index or -1. */
static int start_def(verb_ctx *c, defs *ds, const char *s) {
    const char *name = s + 1;
    size_t n = strcspn(name, " \t");
    if (n == 0) {
        dict_warn(c->r, dict_col(c->line, s), "'&' without a synset name; line skipped");
        return -1;
    }
    if (name[n]) dict_warn(c->r, dict_col(c->line, dict_skip(name + n)), "text after the synset "
                           "name ignored");
    bool no_plural = name[n - 1] == '_';
    if (no_plural) n--;
    int i = find_def(ds, name, n);
    if (i >= 0) {
        dict_warn(c->r, dict_col(c->line, s), "synset &%s is defined again (first at line %ld); "
                  "the members are merged", ds->v[i].name, ds->v[i].line);
        return i;
    }
    if (ds->n == ds->cap) {
        ds->cap = ds->cap ? 2 * ds->cap : 16;
        ds->v = dyad_xrealloc(ds->v, (size_t)ds->cap * sizeof *ds->v);
    }
    def *df = &ds->v[ds->n];
    memset(df, 0, sizeof *df);
    df->name = dyad_xmalloc(n + 1);
    memcpy(df->name, name, n);
    df->name[n] = 0;
    df->no_plural = no_plural;
    df->line = c->r->line;
    return ds->n++;
}

static void add_line(verb_ctx *c, def *df, const char *s) {
    const char *t = dict_skip(s + 1);
    if (!*t) {
        dict_warn(c->r, dict_col(c->line, s), "empty synset member");
        return;
    }
    if (df->n == df->cap) {
        df->cap = df->cap ? 2 * df->cap : 16;
        df->m = dyad_xrealloc(df->m, (size_t)df->cap * sizeof *df->m);
    }
    member_line *ml = &df->m[df->n++];
    ml->text = dyad_xstrdup(t);
    ml->line = c->r->line;
    ml->col = dict_col(c->line, t);
    ml->ref = -2;
}

void dict_read_synsets(verb_ctx *c) {
    dyad_dict *d = c->d;
    defs ds = {0};
    int cur = -1;
    bool saw1 = false, saw2 = false;
    char *line;
    while ((line = dict_lines_next(c->r))) {
        c->line = line;
        const char *s = dict_skip(line);
        if (*s == '&') {
            cur = start_def(c, &ds, s);
        } else if (*s == '+' && cur >= 0) {
            add_line(c, &ds.v[cur], s);
        } else {
            cur = -1;
            if (s[0] == '-' && strncmp(s, "---", 3) != 0) {
                size_t body = strcspn(s, "[");
                if (memchr(s, '(', body) || memchr(s, '{', body)) saw2 = true;
                else if (memchr(s, '_', body)) saw1 = true;
            }
        }
    }
    c->dialect = saw2 || !saw1 ? 2 : 1;
    ds.first = d->n_synsets;
    for (int i = 0; i < ds.n; i++) {
        dict_grow((void **)&d->synsets, &d->cap.synsets, d->n_synsets + 1, sizeof *d->synsets);
        dyad_synset *s = &d->synsets[d->n_synsets++];
        memset(s, 0, sizeof *s);
        s->name = dict_str(d, ds.v[i].name, strlen(ds.v[i].name));
        s->file = c->r->name;
        s->line = (int)ds.v[i].line;
    }
    for (int i = 0; i < ds.n; i++) resolve(c, &ds, i);
    for (int i = 0; i < ds.n; i++) {
        for (int j = 0; j < ds.v[i].n; j++) free(ds.v[i].m[j].text);
        free(ds.v[i].m);
        free(ds.v[i].name);
    }
    free(ds.v);
}

int dyad_synset_match(const dyad_dict *d, int s, const int32_t *ids, int n, int start, int *len) {
    if (s < 0 || s >= d->n_synsets) {
        *len = 0;
        return -1;
    }
    return dict_phrases_match(&d->synsets[s].index, ids, n, start, len);
}

int dyad_synset_match_end(const dyad_dict *d, int s, const int32_t *ids, int end, int *len) {
    *len = 0;
    if (s < 0 || s >= d->n_synsets || end < 0) return -1;
    const dyad_synset *syn = &d->synsets[s];
    int first = end + 1 - syn->max_words;
    for (int start = first < 0 ? 0 : first; start <= end; start++) {
        int32_t node = 0;
        for (int i = start; i <= end && node >= 0; i++)
            node = dict_phrases_child(&syn->index, node, ids[i]);
        if (node >= 0 && syn->index.value[node] >= 0) {
            *len = end - start + 1;
            return syn->index.value[node];
        }
    }
    return -1;
}
