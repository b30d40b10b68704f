/*
** gold.c - reading a gold file of any supported format (docs/gold-format.md): finds the format,
** calls its reader, then makes sentence ids unique and settles the code scheme (CAMEO or
** PLOVER) of the whole file.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval/gold_int.h"
#include "document/petrxml.h"
#include "document/reader.h"

const char *dyad_gold_format_name(dyad_gold_format f) {
    switch (f) {
    case DYAD_GOLD_PETRXML: return "PETRARCH XML";
    case DYAD_GOLD_PLOVER: return "PLOVER JSON";
    case DYAD_GOLD_JSONL: return "dyad gold JSON Lines";
    }
    return "?";
}

static bool is_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/*
** The file is PLOVER-coded when it has PLOVER records or any event code that is a name; then
** every CAMEO code in it is scored by its PLOVER category, and events whose code has none
** (CAMEO roots 01 and 02) are reported and dropped.
*/
static void settle_scheme(dyad_gold *g) {
    g->scheme = g->format == DYAD_GOLD_PLOVER ? DYAD_EVAL_PLOVER : DYAD_EVAL_CAMEO;
    for (int i = 0; i < g->n_sentences && g->format != DYAD_GOLD_PETRXML; i++)
        for (int k = 0; k < g->sentences[i].n_events; k++)
            if (is_letter(g->sentences[i].events[k].code[0])) g->scheme = DYAD_EVAL_PLOVER;
    if (g->scheme != DYAD_EVAL_PLOVER) return;
    for (int i = 0; i < g->n_sentences; i++) {
        dyad_gold_sentence *s = &g->sentences[i];
        int n = 0;
        for (int k = 0; k < s->n_events; k++) {
            char buf[3];
            if (dyad_eval_category(DYAD_EVAL_PLOVER, s->events[k].code, buf)) {
                s->events[n++] = s->events[k];
                continue;
            }
            dyad_warn(g->path, s->line, 0, "sentence %s: CAMEO code %s has no PLOVER category (PLOVER codes no "
                      "statements or appeals, roots 01 and 02); event not scored", s->id, s->events[k].code);
        }
        s->n_events = n;
    }
}

static int by_id(const void *a, const void *b) {
    const dyad_gold_sentence *x = *(const dyad_gold_sentence *const *)a, *y = *(const dyad_gold_sentence *const *)b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x > y) - (x < y);
}

/* Fill g->by_id: sentence indexes sorted by id, and by file order within an id. */
static void sort_ids(dyad_gold *g) {
    const dyad_gold_sentence **v = dyad_xmalloc(sizeof(*v) * (size_t)(g->n_sentences + 1));
    for (int i = 0; i < g->n_sentences; i++) v[i] = &g->sentences[i];
    qsort(v, (size_t)g->n_sentences, sizeof *v, by_id);
    for (int i = 0; i < g->n_sentences; i++) g->by_id[i] = (int)(v[i] - g->sentences);
    free(v);
}

int dyad_gold_find(const dyad_gold *g, const char *id) {
    for (int lo = 0, hi = g->n_sentences; lo < hi;) {
        int mid = lo + (hi - lo) / 2, c = strcmp(g->sentences[g->by_id[mid]].id, id);
        if (c == 0) return g->by_id[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* Predictions are matched by sentence id, so a repeated id gets "#2", "#3", ... (reported). */
static void unique_ids(dyad_gold *g) {
    int n = g->n_sentences;
    g->by_id = dyad_arena_alloc(g->arena, sizeof(int) * (size_t)(n + 1));
    sort_ids(g);
    const char **renamed = dyad_xcalloc((size_t)(n + 1), sizeof(*renamed));
    int *v = g->by_id, n_renamed = 0;
    /* new names are chosen before any id changes, so that dyad_gold_find sees the old ones */
    for (int i = 1, first = 0, next = 2; i < n; i++) {
        dyad_gold_sentence *s = &g->sentences[v[i]], *s0 = &g->sentences[v[first]];
        if (strcmp(s->id, s0->id) != 0) {
            first = i;
            next = 2;
            continue;
        }
        char buf[512];
        do snprintf(buf, sizeof buf, "%s#%d", s->id, next++);
        while (dyad_gold_find(g, buf) >= 0);
        dyad_warn(g->path, s->line, 0, "sentence id %s was used before (line %ld); scored as %s", s->id, s0->line,
                  buf);
        renamed[v[i]] = dyad_arena_strdup(g->arena, buf);
        n_renamed++;
    }
    for (int i = 0; i < n; i++)
        if (renamed[i]) g->sentences[i].id = renamed[i];
    free(renamed);
    if (n_renamed) sort_ids(g);
}

dyad_gold *dyad_gold_read(const char *path) {
    size_t len;
    const char *err;
    char *data = dyad_read_file(path, &len, &err);
    if (!data) {
        dyad_error(path, 0, 0, "cannot read: %s", err);
        return NULL;
    }
    size_t bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0, i = bom;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) i++;
    if (i == len || (data[i] != '<' && data[i] != '[' && data[i] != '{')) {
        long line, col;
        dyad_text_position(data, i, &line, &col);
        dyad_warn(path, i == len ? 0 : line, i == len ? 0 : col, "%s", i == len ? "empty gold file"
                  : "not a gold file: neither PETRARCH XML nor JSON records");
        free(data);
        return NULL;
    }
    dyad_arena *a = dyad_arena_new();
    if (!a) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    dyad_gold *g = dyad_arena_alloc(a, sizeof *g);
    g->arena = a;
    g->path = dyad_arena_strdup(a, path);
    dyad_buf sents = {0};
    if (data[i] == '<') {
        free(data);
        g->format = DYAD_GOLD_PETRXML;
        if (!dyad_gold_read_petr(g, &sents)) {
            dyad_buf_free(&sents);
            dyad_arena_free(a);
            return NULL;
        }
    } else {
        g->format = DYAD_GOLD_JSONL;
        dyad_gold_read_json(g, data, len, &sents);
        free(data);
    }
    g->n_sentences = (int)(sents.len / sizeof(dyad_gold_sentence));
    g->sentences = dyad_arena_alloc(a, sents.len + sizeof(dyad_gold_sentence));
    if (sents.len) memcpy(g->sentences, sents.data, sents.len);
    dyad_buf_free(&sents);
    unique_ids(g);
    settle_scheme(g);
    return g;
}

void dyad_gold_free(dyad_gold *g) {
    if (!g) return;
    dyad_petr_free(g->petr);
    dyad_arena_free(g->arena);
}

dyad_document *dyad_gold_document(const dyad_gold *g, const dyad_gold_sentence *s) {
    dyad_document *d = dyad_document_new();
    dyad_arena *a = d->arena;
    d->id = dyad_arena_strdup(a, s->id);
    d->date = *s->date ? dyad_arena_strdup(a, s->date) : NULL;
    d->text_len = strlen(s->text);
    d->text = dyad_arena_strndup(a, s->text, d->text_len);
    d->origin = dyad_arena_strdup(a, g->path);
    d->origin_line = s->line;
    return d;
}
