/*
** discards.c - the discard list (PETRARCH docs/source/dictionaries.rst "Discard List",
** PETRreader.read_discard_list): one phrase a line; '+' in front discards the whole story,
** otherwise only the sentence; a phrase ending in '_' must end at a word end, otherwise its
** last word is a stem (BASEBALL also matches BASEBALLS).  Matching ignores case.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

void dict_read_discards(dyad_dict *d, dict_lines *r) {
    char *line;
    while ((line = dict_lines_next(r))) {
        const char *s = dict_skip(line);
        bool story = *s == '+';
        if (story) s = dict_skip(s + 1);
        size_t n = strlen(s);
        bool stem = n > 0 && s[n - 1] != '_';
        int32_t ids[DICT_MAX_WORDS];
        int k = dict_phrase(d, s, n, ids, DICT_MAX_WORDS);
        if (k <= 0) {
            dict_warn(r, dict_col(line, s), k == 0 ? "empty discard phrase" :
                      "discard phrase longer than %d words; ignored", DICT_MAX_WORDS);
            continue;
        }
        dict_grow((void **)&d->discards, &d->cap.discards, d->n_discards + 1, sizeof *d->discards);
        int32_t id = d->n_discards;
        dyad_discard *x = &d->discards[id];
        x->text = dict_str(d, s, n);
        x->story = story;
        x->stem = stem;
        x->file = r->name;
        x->line = (int)r->line;
        dyad_phrases *index = stem ? &d->stem_index : &d->discard_index;
        int32_t old = dict_phrases_add(index, ids, k, id, false);
        if (old < 0) {
            d->n_discards++;
        } else if (d->discards[old].story != story) {
            dict_warn(r, dict_col(line, s), "discard phrase repeats line %d at the other level; "
                      "the story-level one is kept", d->discards[old].line);
            if (story) {
                dict_phrases_add(index, ids, k, id, true);
                d->n_discards++;
            }
        }
    }
}

/* The words of a sentence as the matcher needs them: exact ids, and for each word the ids of
   its prefixes that are words at all (a stem phrase's last word may be any of them). */
typedef struct swords {
    const int32_t *ids;
    const int32_t *pre;     /* prefix ids of word i: pre[pre_at[i] .. pre_at[i+1]) */
    const int *pre_at;
    int n;
} swords;

/* Longest phrase at word start whose level is story (or sentence); its index or -1. */
static int match_at(const dyad_dict *d, const swords *w, int start, bool story, int *len) {
    int best = -1;
    *len = 0;
    /* phrases whose words must all be equal */
    const dyad_phrases *p = &d->discard_index;
    int32_t node = 0;
    for (int i = start; p->n_nodes && i < w->n && node >= 0; i++) {
        node = dict_phrases_child(p, node, w->ids[i]);
        if (node >= 0 && p->value[node] >= 0 && d->discards[p->value[node]].story == story) {
            best = p->value[node];
            *len = i - start + 1;
        }
    }
    /* phrases whose last word is a stem: every prefix of the current word may end one */
    p = &d->stem_index;
    node = 0;
    for (int i = start; p->n_nodes && i < w->n && node >= 0; i++) {
        for (int k = w->pre_at[i]; k < w->pre_at[i + 1]; k++) {
            int32_t child = dict_phrases_child(p, node, w->pre[k]);
            if (child >= 0 && p->value[child] >= 0 && d->discards[p->value[child]].story == story &&
                i - start + 1 > *len) {
                best = p->value[child];
                *len = i - start + 1;
            }
        }
        node = dict_phrases_child(p, node, w->ids[i]);
    }
    return best;
}

int dyad_discard_find(const dyad_dict *d, const char *const *words, int n, int *start, int *len) {
    *start = *len = 0;
    if (n <= 0 || d->n_discards == 0) return -1;
    int32_t *ids = dyad_xmalloc((size_t)n * sizeof *ids);
    int *pre_at = dyad_xmalloc((size_t)(n + 1) * sizeof *pre_at);
    dyad_buf pre = {0}, b = {0};
    bool stems = d->stem_index.n_nodes > 0;
    for (int i = 0; i < n; i++) {
        b.len = 0;
        dict_lower(&b, words[i], strlen(words[i]));
        dyad_buf_putc(&b, 0);
        size_t wl = strlen(b.data);
        ids[i] = dict_word_find(&d->words, b.data, wl);
        pre_at[i] = (int)(pre.len / sizeof(int32_t));
        for (size_t k = 1; stems && k <= wl; k++) {
            int32_t id = dict_word_find(&d->words, b.data, k);
            if (id != DYAD_NO_WORD) dyad_buf_add(&pre, &id, sizeof id);
        }
    }
    pre_at[n] = (int)(pre.len / sizeof(int32_t));
    swords w = {.ids = ids, .pre = (const int32_t *)pre.data, .pre_at = pre_at, .n = n};
    int found = -1;
    for (int level = 1; level >= 0 && found < 0; level--)
        for (int i = 0; i < n && found < 0; i++) {
            found = match_at(d, &w, i, level == 1, len);
            if (found >= 0) *start = i;
        }
    dyad_buf_free(&b);
    dyad_buf_free(&pre);
    free(pre_at);
    free(ids);
    if (found < 0) *len = 0;
    return found;
}
