/*
** patterns.c - verb pattern lines "- words * words [code]" in both dialects (dict.h explains
** what the items mean to the coder).  PETRARCH-2 (PETRreader.read_verb_dictionary): bare
** words are noun-phrase heads, "{A B C}" a noun phrase headed by C, "(P X)" a prepositional
** phrase.  PETRARCH-1 (PETRreader._read_verb_dictionary, TABARI ch. 5): a word sequence in
** which '_' joins adjacent items.  Both: '*' verb, '$' source, '+' target, '%' compound actor,
** '^' skip, &NAME synset.  A pattern repeated with another code is reported; the later code
** wins, as in PETRARCH's dictionary tree.
*/
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

#define MAX_ITEMS 64

typedef struct items {
    dyad_pat_item v[MAX_ITEMS];
    int n;
    bool full;
} items;

static dyad_pat_item *add(items *it, int kind, int role, bool in_pp, bool joined, int32_t id) {
    if (it->n == MAX_ITEMS) {
        it->full = true;
        return NULL;
    }
    dyad_pat_item *x = &it->v[it->n++];
    x->kind = (uint8_t)kind;
    x->role = (uint8_t)role;
    x->in_pp = in_pp;
    x->joined = joined;
    x->id = id;
    return x;
}

/* Kind and id of one element (a token or a '_' part of one); false after reporting it. */
static bool element(verb_ctx *c, const char *s, size_t n, int *kind, int32_t *id) {
    *id = -1;
    if (n == 1 && strchr("*$+%^", s[0])) {
        *kind = s[0] == '*' ? DYAD_PAT_VERB : s[0] == '$' ? DYAD_PAT_SOURCE :
                s[0] == '+' ? DYAD_PAT_TARGET : s[0] == '%' ? DYAD_PAT_COMPOUND : DYAD_PAT_SKIP;
        return true;
    }
    if (s[0] == '&') {
        size_t m = n - 1;
        if (m > 0 && s[m] == '_') m--;
        char name[128];
        if (m == 0 || m >= sizeof name) {
            dict_warn(c->r, dict_col(c->line, s), "bad synset name; pattern skipped");
            return false;
        }
        memcpy(name, s + 1, m);
        name[m] = 0;
        *id = dyad_synset_find(c->d, name);
        if (*id < 0) {
            dict_warn(c->r, dict_col(c->line, s), "synset &%s is not defined; pattern skipped", name);
            return false;
        }
        *kind = DYAD_PAT_SYNSET;
        return true;
    }
    for (size_t i = 0; i < n; i++)
        if (strchr("*$%^&()[]{}", s[i]) || (s[i] == '+' && n > 1)) {
            dict_warn(c->r, dict_col(c->line, s + i), "unexpected '%c' in a pattern word; pattern "
                      "skipped", s[i]);
            return false;
        }
    *kind = DYAD_PAT_WORD;
    *id = dict_word1(c->d, s, n);
    return true;
}

/* PETRARCH-1: whitespace-separated tokens whose '_'-joined parts are adjacent items. */
static bool tokens1(verb_ctx *c, const char *s, const char *end, items *it) {
    while (s < end) {
        s = dict_skip(s);
        if (s >= end) break;
        const char *e = s;
        while (e < end && *e != ' ' && *e != '\t') e++;
        bool joined = false;
        for (const char *p = s; p < e;) {
            const char *q = p;
            while (q < e && *q != '_') q++;
            if (q > p) {
                int kind;
                int32_t id;
                if (!element(c, p, (size_t)(q - p), &kind, &id)) return false;
                add(it, kind, DYAD_ROLE_WORD, false, joined, id);
                joined = true;
            }
            p = q < e ? q + 1 : q;
        }
        s = e;
    }
    return true;
}

/* PETRARCH-2: bare items are noun-phrase heads, {..} a noun phrase, (..) a prepositional one. */
static bool tokens2(verb_ctx *c, const char *s, const char *end, items *it) {
    bool in_np = false, in_pp = false, need_prep = false;
    int np_start = 0;
    const char *open_np = NULL, *open_pp = NULL;
    while (s < end) {
        s = dict_skip(s);
        if (s >= end) break;
        char ch = *s;
        if (ch == '{' || ch == '(') {
            if (in_np || (ch == '(' && in_pp)) {
                dict_warn(c->r, dict_col(c->line, s), "'%c' inside %s; pattern skipped", ch,
                          in_np ? "{...}" : "(...)");
                return false;
            }
            if (need_prep) {
                dict_warn(c->r, dict_col(c->line, s), "a prepositional phrase must start with a "
                          "preposition; pattern skipped");
                return false;
            }
            if (ch == '{') {
                in_np = true;
                np_start = it->n;
                open_np = s;
            } else {
                in_pp = need_prep = true;
                open_pp = s;
            }
            s++;
            continue;
        }
        if (ch == '}' || ch == ')') {
            if ((ch == '}' && !in_np) || (ch == ')' && (!in_pp || in_np))) {
                dict_warn(c->r, dict_col(c->line, s), ch == ')' && in_np ? "')' before '}'; "
                          "pattern skipped" : "'%c' without its opening bracket; pattern skipped",
                          ch);
                return false;
            }
            if (ch == '}') {
                if (it->n == np_start) {
                    dict_warn(c->r, dict_col(c->line, s), "empty {}; pattern skipped");
                    return false;
                }
                for (int i = np_start; i < it->n; i++)
                    it->v[i].role = i == it->n - 1 ? DYAD_ROLE_HEAD : DYAD_ROLE_MOD;
                in_np = false;
            } else {
                if (need_prep) {
                    dict_warn(c->r, dict_col(c->line, s), "empty (); pattern skipped");
                    return false;
                }
                in_pp = false;
            }
            s++;
            continue;
        }
        if (ch == '*') {    /* PETRARCH-2 splits the pattern at '*': "*WORD" is "* WORD" */
            if (in_np || in_pp) {
                dict_warn(c->r, dict_col(c->line, s), "'*' inside brackets; pattern skipped");
                return false;
            }
            add(it, DYAD_PAT_VERB, DYAD_ROLE_HEAD, false, false, -1);
            s++;
            continue;
        }
        const char *e = s;
        while (e < end && !strchr(" \t{}()*", *e)) e++;
        int first = it->n;
        for (const char *p = s; p < e;) {
            const char *q = p;     /* synset names may hold '_' (&FIGHT_OF_WORDS) */
            while (q < e && (*q != '_' || *p == '&')) q++;
            if (q > p) {
                int kind;
                int32_t id;
                if (!element(c, p, (size_t)(q - p), &kind, &id)) return false;
                int role = DYAD_ROLE_HEAD;
                if (need_prep) {
                    if (kind != DYAD_PAT_WORD && kind != DYAD_PAT_SYNSET) {
                        dict_warn(c->r, dict_col(c->line, p), "a prepositional phrase must start "
                                  "with a preposition; pattern skipped");
                        return false;
                    }
                    role = DYAD_ROLE_PREP;
                    need_prep = false;
                    first = it->n + 1;
                }
                add(it, kind, role, in_pp, false, id);
            }
            p = q < e ? q + 1 : q;
        }
        if (!in_np)     /* "A_B" outside {..} is the noun phrase {A B} */
            for (int i = first; i < it->n - 1; i++) it->v[i].role = DYAD_ROLE_MOD;
        s = e;
    }
    if (in_np || in_pp) {
        const char *o = in_np ? open_np : open_pp;
        dict_warn(c->r, dict_col(c->line, o), "'%c' is not closed; pattern skipped", *o);
        return false;
    }
    return true;
}

static bool same_code(const char *a, const char *b) {
    return a && b ? strcmp(a, b) == 0 : a == b;
}

static uint64_t pattern_key(int32_t block, const items *it, uint64_t salt) {
    uint64_t h = dyad_hash(it->v, (size_t)it->n * sizeof it->v[0], (uint64_t)block * 31 + salt);
    return h ? h : 1;
}

static void code_text(char *buf, size_t n, dyad_event_code code) {
    snprintf(buf, n, "[%s%s%s]", code.fwd ? code.fwd : code.rev ? "" : "---",
             code.rev ? ":" : "", code.rev ? code.rev : "");
}

void dict_read_pattern(verb_ctx *c, const char *s) {
    dyad_dict *d = c->d;
    const char *dash = s - 1;
    if (c->block < 0) {
        dict_warn(c->r, dict_col(c->line, dash), "pattern outside a verb block; skipped");
        return;
    }
    const char *open = strrchr(s, '[');
    if (!open) {
        dict_warn(c->r, dict_col(c->line, dash), "pattern has no [code]; skipped");
        return;
    }
    dyad_event_code code;
    const char *after = dict_event_code(d, c->r, c->line, open, &code);
    if (!after) return;
    if (*dict_skip(after))
        dict_warn(c->r, dict_col(c->line, dict_skip(after)), "text after the code ignored");
    items it;
    it.n = 0;
    it.full = false;
    memset(it.v, 0, sizeof it.v);   /* padding is hashed below */
    if (!(c->dialect == 1 ? tokens1 : tokens2)(c, s, open, &it)) return;
    if (it.full) {
        dict_warn(c->r, dict_col(c->line, dash), "pattern longer than %d items; skipped", MAX_ITEMS);
        return;
    }
    int verb = -1, n_verbs = 0;
    for (int i = 0; i < it.n; i++)
        if (it.v[i].kind == DYAD_PAT_VERB) {
            verb = i;
            n_verbs++;
        }
    if (n_verbs != 1) {
        dict_warn(c->r, dict_col(c->line, dash), n_verbs ? "pattern has more than one '*'; skipped"
                  : "pattern has no '*' for the verb; skipped");
        return;
    }
    size_t tn = (size_t)(after - dash);
    const char *text = dict_str(d, dash, tn);
    /* a repeated pattern: the same items in the same block */
    for (uint64_t salt = 0;; salt++) {
        uint64_t key = pattern_key(c->block, &it, salt);
        int32_t old = dict_map_get(&d->pattern_index, key);
        if (old < 0) {
            dict_map_put(&d->pattern_index, key, d->n_patterns);
            break;
        }
        dyad_pattern *p = &d->patterns[old];
        if (p->block != c->block || p->n_items != it.n ||
            memcmp(p->items, it.v, (size_t)it.n * sizeof it.v[0]) != 0)
            continue;
        if (!same_code(p->code.fwd, code.fwd) || !same_code(p->code.rev, code.rev)) {
            char was[40], now[40];
            code_text(was, sizeof was, p->code);
            code_text(now, sizeof now, code);
            dict_warn(c->r, dict_col(c->line, open), "pattern repeats line %d with another code "
                      "%s; the later code %s is used", p->line, was, now);
            p->code = code;
            p->text = text;
            p->line = (int)c->r->line;
        }
        return;
    }
    dict_grow((void **)&d->patterns, &d->cap.patterns, d->n_patterns + 1, sizeof *d->patterns);
    dyad_pattern *p = &d->patterns[d->n_patterns++];
    p->block = c->block;
    p->n_items = (int16_t)it.n;
    p->verb = (int16_t)verb;
    p->items = dyad_arena_alloc(d->arena, (size_t)it.n * sizeof it.v[0]);
    memcpy(p->items, it.v, (size_t)it.n * sizeof it.v[0]);
    p->code = code;
    p->text = text;
    p->file = c->r->name;
    p->line = (int)c->r->line;
    d->blocks[c->block].n_patterns++;
}
