/*
** weights.c - the linear models under the tagger and parser: the averaged perceptron used
** while training, and the frozen int16 weight tables that a loaded model scores with in place.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/nlp.h"

size_t nlp_lower(const char *form, char *out, size_t cap) {
    size_t n = 0;
    for (; form[n] && n + 1 < cap; n++) {
        char c = form[n];
        out[n] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    out[n] = 0;
    return n;
}

/* ------------------------------------------------------------ key tables */

void nlp_ktab_add(nlp_ktab_builder *b, uint64_t key, uint32_t value) {
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 1024;
        b->keys = dyad_xrealloc(b->keys, b->cap * sizeof *b->keys);
        b->values = dyad_xrealloc(b->values, b->cap * sizeof *b->values);
    }
    b->keys[b->n] = key;
    b->values[b->n++] = value;
}

void nlp_ktab_write(nlp_ktab_builder *b, dyad_buf *out) {
    uint32_t size = 16;
    while (size < b->n + b->n / 3 + 1) size *= 2; /* load factor <= 0.75 */
    uint32_t *slots = dyad_xcalloc(2 * (size_t)size + 2, sizeof *slots);
    slots[0] = size - 1;
    uint32_t *s = slots + 2, mask = size - 1;
    for (size_t k = 0; k < b->n; k++) {
        uint32_t check = (uint32_t)(b->keys[k] >> 32) | 1u, i = (uint32_t)b->keys[k] & mask;
        while (s[2 * i] != 0 && s[2 * i] != check) i = (i + 1) & mask;
        s[2 * i] = check;
        s[2 * i + 1] = b->values[k];
    }
    nlp_block_add(out, slots, (2 * (size_t)size + 2) * sizeof *slots);
    free(slots);
    free(b->keys);
    free(b->values);
    memset(b, 0, sizeof *b);
}

/* ---------------------------------------------------------- weight tables */

void nlp_wtab_score(const nlp_wtab *t, const uint64_t *keys, int n, int32_t *scores) {
    uint32_t off[512];
    if (n > 512) n = 512;
    for (int i = 0; i < n; i++) nlp_ktab_prefetch(&t->keys, keys[i]);
    int m = 0;
    for (int i = 0; i < n; i++) {
        uint32_t o = nlp_ktab_get(&t->keys, keys[i]);
        if (o != UINT32_MAX) {
            __builtin_prefetch(&t->pool[o]);
            off[m++] = o;
        }
    }
    for (int i = 0; i < m; i++) {
        const uint32_t *p = t->pool + off[i];
        uint32_t k = p[0];
        for (uint32_t j = 1; j <= k; j++) scores[p[j] >> 16] += (int16_t)(p[j] & 0xffff);
    }
}

/* ----------------------------------------------------------------- blocks */

void nlp_block_add(dyad_buf *out, const void *p, size_t n) {
    static const unsigned char zeros[16];
    uint64_t len = n;
    unsigned char hdr[16] = {0};
    for (int i = 0; i < 8; i++) hdr[i] = (unsigned char)(len >> (8 * i));
    dyad_buf_add(out, hdr, 16);
    if (n) dyad_buf_add(out, p, n);
    size_t pad = (16 - n % 16) % 16;
    dyad_buf_add(out, zeros, pad);
}

const void *nlp_block(nlp_blocks *r, size_t *n) {
    *n = 0;
    if (r->bad || r->end - r->p < 16) {
        r->bad = true;
        return NULL;
    }
    uint64_t len = 0;
    for (int i = 7; i >= 0; i--) len = (len << 8) | r->p[i];
    const unsigned char *data = r->p + 16;
    if (len > (uint64_t)(r->end - data)) {
        r->bad = true;
        return NULL;
    }
    size_t padded = (size_t)len + (16 - len % 16) % 16;
    r->p = (size_t)(r->end - data) < padded ? r->end : data + padded;
    *n = (size_t)len;
    return data;
}

bool nlp_block_ktab(nlp_blocks *r, nlp_ktab *t) {
    size_t n;
    const uint32_t *p = nlp_block(r, &n);
    if (!p || n < 8) return r->bad = true, false;
    uint32_t mask = p[0];
    if ((mask & (mask + 1)) != 0 || n != (2 * ((size_t)mask + 1) + 2) * 4) return r->bad = true, false;
    bool empty = false; /* a full table would make a failed lookup loop for ever */
    for (uint32_t i = 0; i <= mask && !empty; i++) empty = p[2 + 2 * i] == 0;
    if (!empty) return r->bad = true, false;
    t->mask = mask;
    t->slots = p + 2;
    return true;
}

bool nlp_block_wtab(nlp_blocks *r, nlp_wtab *t) {
    size_t n;
    const uint32_t *h = nlp_block(r, &n);
    if (!h || n != 4) return r->bad = true, false;
    t->n_classes = (int)h[0];
    if (!nlp_block_ktab(r, &t->keys)) return false;
    const uint32_t *pool = nlp_block(r, &n);
    if (!pool) return false;
    size_t words = n / 4;
    /* Check every value once, so that scoring need not. */
    for (uint32_t i = 0; i <= t->keys.mask; i++) {
        if (!t->keys.slots[2 * i]) continue;
        uint32_t o = t->keys.slots[2 * i + 1];
        if (o >= words || pool[o] > words - o - 1) return r->bad = true, false;
        for (uint32_t j = 1; j <= pool[o]; j++)
            if ((int)(pool[o + j] >> 16) >= t->n_classes) return r->bad = true, false;
    }
    t->pool = pool;
    return true;
}

const char **nlp_block_strings(nlp_blocks *r, int *count) {
    size_t n;
    const char *p = nlp_block(r, &n);
    *count = 0;
    if (!p || n == 0 || p[n - 1] != 0) {
        r->bad = true;
        return NULL;
    }
    int k = 0;
    for (size_t i = 0; i < n; i++) k += p[i] == 0;
    const char **v = dyad_xcalloc((size_t)k, sizeof *v);
    for (int i = 0; i < k; i++) {
        v[i] = p;
        p += strlen(p) + 1;
    }
    *count = k;
    return v;
}

/* ------------------------------------------------------ averaged perceptron */

/* One class weight of a feature, with what averaging needs (Daume's lazy update). */
typedef struct cw {
    int32_t cls, stamp; /* stamp: clock at the last change of w */
    float w;
    double total;       /* sum of w over the clock ticks up to stamp */
} cw;

typedef struct feat {
    cw *v;
    int n, cap;
    uint32_t count;     /* instances the feature was seen in since it got a weight */
} feat;

struct nlp_perceptron {
    int n_classes;
    int32_t clock;
    bool averaged;      /* freeze() has replaced the weights by their averages */
    nlp_map map;        /* feature key -> index into feats */
    feat *feats;
    size_t n_feats, cap_feats;
};

/* --------------------------------------------------------- training maps */

static size_t map_find(const nlp_map *m, uint64_t key) {
    size_t mask = m->size - 1, i = (size_t)(key ^ key >> 29) & mask;
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & mask;
    return i;
}

uint32_t *nlp_map_get(nlp_map *m, uint64_t key, bool create) {
    if (!key) key = 1;
    if (!m->size) {
        if (!create) return NULL;
        m->size = 1024;
        m->keys = dyad_xcalloc(m->size, sizeof *m->keys);
        m->vals = dyad_xcalloc(m->size, sizeof *m->vals);
    }
    size_t i = map_find(m, key);
    if (m->keys[i]) return &m->vals[i];
    if (!create) return NULL;
    if (2 * (m->used + 1) > m->size) {
        uint64_t *ok = m->keys;
        uint32_t *ov = m->vals;
        size_t os = m->size;
        m->size *= 2;
        m->keys = dyad_xcalloc(m->size, sizeof *m->keys);
        m->vals = dyad_xcalloc(m->size, sizeof *m->vals);
        for (size_t j = 0; j < os; j++)
            if (ok[j]) {
                size_t k = map_find(m, ok[j]);
                m->keys[k] = ok[j];
                m->vals[k] = ov[j];
            }
        free(ok);
        free(ov);
        i = map_find(m, key);
    }
    m->keys[i] = key;
    m->vals[i] = UINT32_MAX;
    m->used++;
    return &m->vals[i];
}

void nlp_map_free(nlp_map *m) {
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

nlp_perceptron *nlp_perceptron_new(int n_classes) {
    nlp_perceptron *p = dyad_xcalloc(1, sizeof *p);
    p->n_classes = n_classes;
    return p;
}

void nlp_perceptron_free(nlp_perceptron *p) {
    if (!p) return;
    for (size_t i = 0; i < p->n_feats; i++) free(p->feats[i].v);
    free(p->feats);
    nlp_map_free(&p->map);
    free(p);
}

static feat *lookup(nlp_perceptron *p, uint64_t key, bool create) {
    uint32_t *v = nlp_map_get(&p->map, key, create);
    if (!v) return NULL;
    if (*v != UINT32_MAX) return &p->feats[*v];
    if (p->n_feats == p->cap_feats) {
        p->cap_feats = p->cap_feats ? 2 * p->cap_feats : 4096;
        p->feats = dyad_xrealloc(p->feats, p->cap_feats * sizeof *p->feats);
    }
    *v = (uint32_t)p->n_feats;
    feat *f = &p->feats[p->n_feats++];
    memset(f, 0, sizeof *f);
    return f;
}

void nlp_perceptron_score(nlp_perceptron *p, const uint64_t *keys, int n, float *scores, bool avg) {
    for (int i = 0; i < n; i++) {
        feat *f = lookup(p, keys[i], false);
        if (!f) continue;
        if (!avg && f->count < UINT32_MAX) f->count++;
        for (int j = 0; j < f->n; j++) {
            cw *c = &f->v[j];
            if (avg)
                scores[c->cls] += (float)((c->total + (double)(p->clock - c->stamp) * c->w) /
                                          (p->clock ? p->clock : 1));
            else
                scores[c->cls] += c->w;
        }
    }
}

void nlp_perceptron_update(nlp_perceptron *p, const uint64_t *keys, int n, int cls, float delta) {
    for (int i = 0; i < n; i++) {
        feat *f = lookup(p, keys[i], true);
        cw *c = NULL;
        for (int j = 0; j < f->n; j++)
            if (f->v[j].cls == cls) c = &f->v[j];
        if (!c) {
            if (f->n == f->cap) {
                f->cap = f->cap ? 2 * f->cap : 2;
                f->v = dyad_xrealloc(f->v, (size_t)f->cap * sizeof *f->v);
            }
            c = &f->v[f->n++];
            memset(c, 0, sizeof *c);
            c->cls = cls;
            c->stamp = p->clock;
        }
        c->total += (double)(p->clock - c->stamp) * c->w;
        c->stamp = p->clock;
        c->w += delta;
    }
}

void nlp_perceptron_tick(nlp_perceptron *p) {
    p->clock++;
}

static int cmp_key(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

size_t nlp_perceptron_freeze(nlp_perceptron *p, int min_count, dyad_buf *out) {
    double clock = p->clock ? p->clock : 1, maxw = 0;
    for (size_t i = 0; i < p->n_feats; i++)
        for (int j = 0; j < p->feats[i].n; j++) {
            cw *c = &p->feats[i].v[j];
            if (!p->averaged) {
                c->total += (double)(p->clock - c->stamp) * c->w;
                c->stamp = p->clock;
                c->w = (float)(c->total / clock); /* the averaged weight from now on */
            }
            if (fabs(c->w) > maxw) maxw = fabs(c->w);
        }
    p->averaged = true;
    double scale = maxw > 0 ? 32000.0 / maxw : 1;
    /* Keys in sorted order so that the file does not depend on hash table history. */
    uint64_t (*order)[2] = dyad_xcalloc(p->map.used ? p->map.used : 1, sizeof *order);
    size_t k = 0;
    for (size_t i = 0; i < p->map.size; i++)
        if (p->map.keys[i]) {
            order[k][0] = p->map.keys[i];
            order[k++][1] = p->map.vals[i];
        }
    qsort(order, k, sizeof *order, cmp_key);
    nlp_ktab_builder b = {0};
    dyad_buf pool = {0};
    size_t kept = 0;
    for (size_t i = 0; i < k; i++) {
        feat *f = &p->feats[order[i][1]];
        if ((int)f->count < min_count) continue;
        uint32_t words[1 + 1024], m = 0;
        for (int j = 0; j < f->n && m < 1024; j++) {
            long q = lround(f->v[j].w * scale);
            if (q == 0) continue;
            if (q > 32767) q = 32767;
            if (q < -32767) q = -32767;
            words[1 + m++] = (uint32_t)f->v[j].cls << 16 | (uint16_t)(int16_t)q;
        }
        if (!m) continue;
        words[0] = m;
        nlp_ktab_add(&b, order[i][0], (uint32_t)(pool.len / 4));
        dyad_buf_add(&pool, words, (1 + m) * 4);
        kept++;
    }
    free(order);
    uint32_t h = (uint32_t)p->n_classes;
    nlp_block_add(out, &h, 4);
    nlp_ktab_write(&b, out);
    nlp_block_add(out, pool.data, pool.len);
    dyad_buf_free(&pool);
    return kept;
}
