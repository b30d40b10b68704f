/*
** index.c - the lookup structures of the dictionaries: a hash map from 64-bit keys to int32
** values, the word table (lower-cased word <-> id) and phrase tries keyed by word ids, which
** give the longest phrase at a position in a sentence with one hash probe per word.
*/
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

static inline uint64_t mix64(uint64_t k) {
    k ^= k >> 30;
    k *= 0xbf58476d1ce4e5b9ULL;
    k ^= k >> 27;
    k *= 0x94d049bb133111ebULL;
    return k ^ (k >> 31);
}

/* ------------------------------------------------------------- map */

int32_t dict_map_get(const dyad_map *m, uint64_t key) {
    if (m->cap == 0) return -1;
    uint32_t mask = m->cap - 1;
    for (uint32_t i = (uint32_t)mix64(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == key) return m->vals[i];
        if (m->keys[i] == 0) return -1;
    }
}

static void map_resize(dyad_map *m, uint32_t cap) {
    dyad_map old = *m;
    m->keys = dyad_xcalloc(cap, sizeof *m->keys);
    m->vals = dyad_xmalloc(cap * sizeof *m->vals);
    m->cap = cap;
    m->n = 0;
    for (uint32_t i = 0; i < old.cap; i++)
        if (old.keys[i]) dict_map_put(m, old.keys[i], old.vals[i]);
    free(old.keys);
    free(old.vals);
}

int32_t dict_map_put(dyad_map *m, uint64_t key, int32_t val) {
    if ((m->n + 1) * 2 > m->cap) map_resize(m, m->cap ? m->cap * 2 : 64);
    uint32_t mask = m->cap - 1;
    for (uint32_t i = (uint32_t)mix64(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == key) {
            int32_t old = m->vals[i];
            m->vals[i] = val;
            return old;
        }
        if (m->keys[i] == 0) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->n++;
            return -1;
        }
    }
}

void dict_map_free(dyad_map *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------ words */

int32_t dict_word_find(const dyad_wordtab *t, const char *w, size_t n) {
    if (t->n_slots == 0) return DYAD_NO_WORD;
    uint64_t h = dyad_hash(w, n, 0);
    uint32_t mask = t->n_slots - 1, check = (uint32_t)(h >> 32);
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        const dyad_wordslot *sl = &t->slots[i];
        if (sl->id < 0) return DYAD_NO_WORD;
        if (sl->check == check && strncmp(t->words[sl->id], w, n) == 0 && t->words[sl->id][n] == 0)
            return sl->id;
    }
}

/* Put word id into the first free slot of its probe sequence. */
static void words_place(dyad_wordtab *t, int32_t id) {
    uint64_t h = t->hashes[id];
    uint32_t mask = t->n_slots - 1, i = (uint32_t)h & mask;
    while (t->slots[i].id >= 0) i = (i + 1) & mask;
    t->slots[i].id = id;
    t->slots[i].check = (uint32_t)(h >> 32);
}

static void words_rehash(dyad_wordtab *t, uint32_t n_slots) {
    free(t->slots);
    t->slots = dyad_xmalloc(n_slots * sizeof *t->slots);
    memset(t->slots, 0xff, n_slots * sizeof *t->slots);
    t->n_slots = n_slots;
    for (int32_t id = 0; id < t->n; id++) words_place(t, id);
}

int32_t dict_word_add(dyad_wordtab *t, dyad_arena *a, const char *w, size_t n) {
    int32_t id = dict_word_find(t, w, n);
    if (id >= 0) return id;
    if ((uint32_t)(t->n + 1) * 2 > t->n_slots) words_rehash(t, t->n_slots ? t->n_slots * 2 : 1024);
    dict_grow((void **)&t->words, &t->cap, t->n + 1, sizeof *t->words);
    t->hashes = dyad_xrealloc(t->hashes, (size_t)t->cap * sizeof *t->hashes);
    id = t->n++;
    t->words[id] = dyad_arena_strndup(a, w, n);
    t->hashes[id] = dyad_hash(w, n, 0);
    words_place(t, id);
    return id;
}

void dict_words_free(dyad_wordtab *t) {
    free(t->words);
    free(t->hashes);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

/* ------------------------------------------------------------ phrases */

static inline uint64_t edge_key(int32_t node, int32_t word) {
    return ((uint64_t)(uint32_t)(node + 1) << 32) | (uint32_t)word;
}

int32_t dict_phrases_child(const dyad_phrases *p, int32_t node, int32_t word) {
    if (word < 0 || p->n_nodes == 0) return -1;
    return dict_map_get(&p->edges, edge_key(node, word));
}

static int32_t new_node(dyad_phrases *p) {
    dict_grow((void **)&p->value, &p->cap_nodes, p->n_nodes + 1, sizeof *p->value);
    p->value[p->n_nodes] = -1;
    return p->n_nodes++;
}

int32_t dict_phrases_add(dyad_phrases *p, const int32_t *ids, int n, int32_t val, bool replace) {
    if (p->n_nodes == 0) new_node(p);
    int32_t node = 0;
    for (int i = 0; i < n; i++) {
        int32_t child = dict_phrases_child(p, node, ids[i]);
        if (child < 0) {
            child = new_node(p);
            dict_map_put(&p->edges, edge_key(node, ids[i]), child);
        }
        node = child;
    }
    int32_t old = p->value[node];
    if (old < 0 || replace) p->value[node] = val;
    return old;
}

int32_t dict_phrases_match(const dyad_phrases *p, const int32_t *ids, int n, int start, int *len) {
    int32_t best = -1, node = 0;
    *len = 0;
    if (start < 0 || p->n_nodes == 0) return -1;
    for (int i = start; i < n; i++) {
        node = dict_phrases_child(p, node, ids[i]);
        if (node < 0) break;
        if (p->value[node] >= 0) {
            best = p->value[node];
            *len = i - start + 1;
        }
    }
    return best;
}

bool dict_phrases_within(const dyad_phrases *p, int32_t node, const int32_t *ids, int from, int n,
                         int *budget) {
    for (int j = from; j < n; j++) {
        if (--*budget < 0) return true;
        int32_t child = dict_phrases_child(p, node, ids[j]);
        if (child >= 0 && (p->value[child] >= 0 || dict_phrases_within(p, child, ids, j + 1, n, budget)))
            return true;
    }
    return false;
}

void dict_phrases_free(dyad_phrases *p) {
    free(p->value);
    dict_map_free(&p->edges);
    memset(p, 0, sizeof *p);
}

void dict_grow(void **arr, int32_t *cap, int32_t need, size_t sz) {
    if (need <= *cap) return;
    int32_t c = *cap ? *cap : 16;
    while (c < need) c *= 2;
    *arr = dyad_xrealloc(*arr, (size_t)c * sz);
    *cap = c;
}
