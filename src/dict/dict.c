/*
** dict.c - the dyad_dict container: making and freeing it, loading files of each kind, and
** the word-id lookups shared by all dictionaries.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

dyad_dict *dyad_dict_new(void) {
    dyad_dict *d = dyad_xcalloc(1, sizeof *d);
    d->arena = dyad_arena_new();
    if (!d->arena) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    return d;
}

void dyad_dict_free(dyad_dict *d) {
    if (!d) return;
    for (int32_t i = 0; i < d->n_synsets; i++) dict_phrases_free(&d->synsets[i].index);
    free(d->synsets);
    free(d->members);
    free(d->blocks);
    free(d->verbs);
    free(d->forms);
    free(d->patterns);
    free(d->transforms);
    free(d->actors);
    free(d->agents);
    free(d->discards);
    free(d->categories);
    free(d->issues);
    dict_map_free(&d->form_index);
    dict_map_free(&d->pattern_index);
    dict_phrases_free(&d->actor_index);
    dict_phrases_free(&d->agent_index);
    dict_phrases_free(&d->discard_index);
    dict_phrases_free(&d->stem_index);
    dict_phrases_free(&d->issue_index);
    dict_words_free(&d->words);
    dyad_arena_free(d->arena);
    free(d);
}

int dyad_dict_load_text(dyad_dict *d, dyad_dict_kind kind, const char *name, const char *text,
                        size_t len) {
    static void (*const readers[])(dyad_dict *, dict_lines *) = {
        [DYAD_DICT_VERBS] = dict_read_verbs,   [DYAD_DICT_ACTORS] = dict_read_actors,
        [DYAD_DICT_AGENTS] = dict_read_agents, [DYAD_DICT_DISCARDS] = dict_read_discards,
        [DYAD_DICT_ISSUES] = dict_read_issues,
    };
    if ((unsigned)kind >= sizeof readers / sizeof readers[0]) {
        snprintf(d->error, sizeof d->error, "%s: unknown dictionary kind %d", name, (int)kind);
        return -1;
    }
    dict_lines r;
    dict_lines_init(&r, dyad_arena_strdup(d->arena, name), text, len);
    readers[kind](d, &r);
    dict_lines_free(&r);
    return r.warnings;
}

int dyad_dict_load_file(dyad_dict *d, dyad_dict_kind kind, const char *path) {
    size_t len;
    const char *err = NULL;
    char *text = dyad_read_file(path, &len, &err);
    if (!text) {
        snprintf(d->error, sizeof d->error, "%s: cannot read dictionary: %s", path, err);
        return -1;
    }
    int n = dyad_dict_load_text(d, kind, path, text, len);
    free(text);
    return n;
}

/* ------------------------------------------------------------- words */

int32_t dyad_dict_word_id(const dyad_dict *d, const char *word) {
    size_t n = strlen(word);
    bool lower = true;
    for (size_t i = 0; i < n && lower; i++)
        lower = !((word[i] >= 'A' && word[i] <= 'Z') || (unsigned char)word[i] >= 0x80);
    if (lower) return dict_word_find(&d->words, word, n);
    dyad_buf b = {0};
    dict_lower(&b, word, n);
    int32_t id = dict_word_find(&d->words, b.data, b.len);
    dyad_buf_free(&b);
    return id;
}

const char *dyad_dict_word(const dyad_dict *d, int32_t id) {
    return d->words.words[id];
}

void dyad_dict_word_ids(const dyad_dict *d, const char *const *words, int n, int32_t *ids) {
    for (int i = 0; i < n; i++) ids[i] = dyad_dict_word_id(d, words[i]);
}

bool dyad_dict_may_name(const dyad_dict *d, const int32_t *ids, int n) {
    int budget = 4096;
    return dict_phrases_within(&d->actor_index, 0, ids, 0, n, &budget) ||
           dict_phrases_within(&d->agent_index, 0, ids, 0, n, &budget);
}
