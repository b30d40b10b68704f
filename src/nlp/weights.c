/*
** weights.c - the linear models under the tagger and parser: the averaged perceptron used
** while training, and the frozen int16 weight tables that a loaded model scores with in place.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
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

#define BUCKET 8           /* slots per bucket */
#define LOAD 0.6           /* fill of the tables: keeps overflow out of most buckets */

static uint32_t bucket_count(size_t n) {
    return (uint32_t)((double)n / (BUCKET * LOAD)) + 2;
}

/* Index of the first slot of the check in a bucket of u16 or u32 checks, or -1. */
static inline int find16(const uint16_t *checks, uint16_t c) {
#ifdef __SSE2__
    __m128i v = _mm_loadu_si128((const __m128i *)checks);
    int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(v, _mm_set1_epi16((short)c)));
    return mask ? __builtin_ctz((unsigned)mask) / 2 : -1;
#else
    for (int i = 0; i < BUCKET; i++)
        if (checks[i] == c) return i;
    return -1;
#endif
}

static inline int find32(const uint32_t *checks, uint32_t c) {
#ifdef __SSE2__
    __m128i k = _mm_set1_epi32((int)c);
    __m128i a = _mm_loadu_si128((const __m128i *)checks);
    __m128i b = _mm_loadu_si128((const __m128i *)(checks + 4));
    unsigned lo = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi32(a, k));
    unsigned hi = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi32(b, k));
    unsigned mask = lo | hi << 16;
    return mask ? __builtin_ctz(mask) / 4 : -1;
#else
    for (int i = 0; i < BUCKET; i++)
        if (checks[i] == c) return i;
    return -1;
#endif
}

static inline uint32_t ktab_get(const nlp_ktab *t, uint64_t key) {
    uint32_t check = (uint32_t)(key >> 32) | 1u, b = nlp_home(key, t->n_buckets);
    for (;;) {
        const uint32_t *k = t->buckets + 16 * (size_t)b;
        int i = find32(k, check);
        if (i >= 0) return k[BUCKET + i];
        if (k[BUCKET - 1] == 0) return UINT32_MAX;
        if (++b == t->n_buckets) b = 0;
    }
}

uint32_t nlp_ktab_get(const nlp_ktab *t, uint64_t key) {
    return ktab_get(t, key);
}

bool nlp_ktab_values_below(const nlp_ktab *t, uint32_t limit) {
    for (size_t s = 0; s < (size_t)t->n_buckets * BUCKET; s++) {
        const uint32_t *bk = t->buckets + 16 * (s / BUCKET);
        if (bk[s % BUCKET] && bk[BUCKET + s % BUCKET] >= limit) return false;
    }
    return true;
}

void nlp_ktab_write(nlp_ktab_builder *b, dyad_buf *out) {
    uint32_t nb = bucket_count(b->n);
    uint32_t *k = dyad_xcalloc(16 * (size_t)nb, sizeof *k);
    for (size_t j = 0; j < b->n; j++) {
        uint32_t check = (uint32_t)(b->keys[j] >> 32) | 1u, h = nlp_home(b->keys[j], nb);
        for (;;) {
            uint32_t *bk = k + 16 * (size_t)h;
            int i = find32(bk, check);
            if (i < 0) i = find32(bk, 0);
            if (i >= 0) {
                bk[i] = check;
                bk[BUCKET + i] = b->values[j];
                break;
            }
            if (++h == nb) h = 0;
        }
    }
    nlp_block_add(out, k, 64 * (size_t)nb);
    free(k);
    free(b->keys);
    free(b->values);
    memset(b, 0, sizeof *b);
}

/* ---------------------------------------------------------- weight tables */

#define DENSE_ROW 0x80000000u /* pool entry header of a dense row of n_classes int16 */

/* scores[0..n) += row[0..n) */
static void add_row(int32_t *scores, const int16_t *row, int n) {
    int c = 0;
#ifdef __SSE2__
    for (; c + 8 <= n; c += 8) {
        __m128i v = _mm_loadu_si128((const __m128i *)(row + c));
        __m128i sign = _mm_srai_epi16(v, 15);
        __m128i *s = (__m128i *)(scores + c);
        _mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), _mm_unpacklo_epi16(v, sign)));
        _mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), _mm_unpackhi_epi16(v, sign)));
    }
#endif
    for (; c < n; c++) scores[c] += row[c];
}

#define AHEAD 32 /* buckets being fetched while one is read */

static void score_dense(const nlp_wtab *t, const uint64_t *keys, int n, int32_t *scores) {
    for (int i = 0; i < n && i < AHEAD; i++)
        __builtin_prefetch(&t->buckets[32 * (size_t)nlp_home(keys[i], t->n_buckets)]);
    int32_t s0 = 0, s1 = 0, s2 = 0;
    for (int i = 0; i < n; i++) {
        if (i + AHEAD < n) __builtin_prefetch(&t->buckets[32 * (size_t)nlp_home(keys[i + AHEAD], t->n_buckets)]);
        uint16_t check = (uint16_t)(keys[i] >> 48) | 1u;
        uint32_t b = nlp_home(keys[i], t->n_buckets);
        for (;;) {
            const uint16_t *bk = &t->buckets[32 * (size_t)b];
            int j = find16(bk, check);
            if (j >= 0) {
                const int16_t *w = (const int16_t *)bk + BUCKET + 3 * j;
                s0 += w[0];
                s1 += w[1];
                s2 += w[2];
                break;
            }
            if (bk[BUCKET - 1] == 0) break;
            if (++b == t->n_buckets) b = 0;
        }
    }
    scores[0] += s0;
    if (t->n_classes > 1) scores[1] += s1;
    if (t->n_classes > 2) scores[2] += s2;
}

void nlp_wtab_score(const nlp_wtab *t, const uint64_t *keys, int n, int32_t *scores) {
    if (t->dense) {
        score_dense(t, keys, n, scores);
        return;
    }
    uint32_t off[512];
    if (n > 512) n = 512;
    for (int i = 0; i < n; i++)
        __builtin_prefetch(&t->keys.buckets[16 * (size_t)nlp_home(keys[i], t->keys.n_buckets)]);
    int m = 0;
    for (int i = 0; i < n; i++) {
        uint32_t o = ktab_get(&t->keys, keys[i]);
        if (o != UINT32_MAX) {
            __builtin_prefetch(&t->pool[o]);
            off[m++] = o;
        }
    }
    for (int i = 0; i < m; i++) {
        const uint32_t *p = t->pool + off[i];
        uint32_t k = p[0];
        if (k == DENSE_ROW) {
            add_row(scores, (const int16_t *)(p + 1), t->n_classes);
            continue;
        }
        for (uint32_t j = 1; j <= k; j++) scores[p[j] >> 16] += (int16_t)(p[j] & 0xffff);
    }
}

/* ----------------------------------------------------------------- blocks */

void nlp_block_add(dyad_buf *out, const void *p, size_t n) {
    static const unsigned char zeros[64];
    unsigned char hdr[64] = {0};
    for (int i = 0; i < 8; i++) hdr[i] = (unsigned char)((uint64_t)n >> (8 * i));
    dyad_buf_add(out, hdr, 64);
    if (n) dyad_buf_add(out, p, n);
    dyad_buf_add(out, zeros, (64 - n % 64) % 64);
}

const void *nlp_block(nlp_blocks *r, size_t *n) {
    *n = 0;
    if (r->bad || r->end - r->p < 64) {
        r->bad = true;
        return NULL;
    }
    uint64_t len = 0;
    for (int i = 7; i >= 0; i--) len = (len << 8) | r->p[i];
    const unsigned char *data = r->p + 64;
    if (len > (uint64_t)(r->end - data)) {
        r->bad = true;
        return NULL;
    }
    size_t padded = (size_t)len + (64 - len % 64) % 64;
    r->p = (size_t)(r->end - data) < padded ? r->end : data + padded;
    *n = (size_t)len;
    return data;
}

/* Is some bucket of a table of u16 (width 2) or u32 (width 4) checks free in its last slot? */
static bool has_free_bucket(const void *p, uint32_t nb, int width) {
    for (uint32_t b = 0; b < nb; b++)
        if (width == 2 ? ((const uint16_t *)p)[32 * (size_t)b + BUCKET - 1] == 0
                       : ((const uint32_t *)p)[16 * (size_t)b + BUCKET - 1] == 0)
            return true;
    return false; /* all full: a failed lookup would search for ever */
}

bool nlp_block_ktab(nlp_blocks *r, nlp_ktab *t) {
    size_t n;
    const uint32_t *p = nlp_block(r, &n);
    if (!p || n == 0 || n % 64 || n / 64 > UINT32_MAX) return r->bad = true, false;
    t->n_buckets = (uint32_t)(n / 64);
    t->buckets = p;
    if (!has_free_bucket(p, t->n_buckets, 4)) return r->bad = true, false;
    return true;
}

bool nlp_block_wtab(nlp_blocks *r, nlp_wtab *t) {
    size_t n;
    const uint32_t *h = nlp_block(r, &n);
    memset(t, 0, sizeof *t);
    if (!h || n != 8 || h[0] < 1 || h[0] > 65536 || h[1] > 1) return r->bad = true, false;
    t->n_classes = (int)h[0];
    t->dense = h[1];
    if (t->dense) {
        const uint16_t *s = nlp_block(r, &n);
        if (!s || n == 0 || n % 64 || n / 64 > UINT32_MAX || t->n_classes > 3) return r->bad = true, false;
        t->buckets = s;
        t->n_buckets = (uint32_t)(n / 64);
        if (!has_free_bucket(s, t->n_buckets, 2)) return r->bad = true, false;
        return true;
    }
    if (!nlp_block_ktab(r, &t->keys)) return false;
    const uint32_t *pool = nlp_block(r, &n);
    if (!pool) return false;
    size_t words = n / 4;
    /* Check every value once, so that scoring need not. */
    for (size_t s = 0; s < (size_t)t->keys.n_buckets * BUCKET; s++) {
        const uint32_t *bk = t->keys.buckets + 16 * (s / BUCKET);
        if (!bk[s % BUCKET]) continue;
        uint32_t o = bk[BUCKET + s % BUCKET];
        if (o >= words) return r->bad = true, false;
        if (pool[o] == DENSE_ROW) {
            if (((size_t)t->n_classes + 1) / 2 > words - o - 1) return r->bad = true, false;
            continue;
        }
        if (pool[o] > words - o - 1) return r->bad = true, false;
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
    uint32_t count;     /* instances the feature was seen in this pass (once it had a weight) */
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

const uint32_t *nlp_map_find(const nlp_map *m, uint64_t key) {
    if (!key) key = 1;
    if (!m->size) return NULL;
    size_t i = map_find(m, key);
    return m->keys[i] ? &m->vals[i] : NULL;
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

void nlp_perceptron_score_shared(const nlp_perceptron *p, const uint64_t *keys, int n, float *scores) {
    for (int i = 0; i < n; i++) {
        const uint32_t *v = nlp_map_find(&p->map, keys[i]);
        if (!v || *v == UINT32_MAX) continue;
        const feat *f = &p->feats[*v];
        for (int j = 0; j < f->n; j++) scores[f->v[j].cls] += f->v[j].w;
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

void nlp_perceptron_epoch(nlp_perceptron *p) {
    for (size_t i = 0; i < p->n_feats; i++) p->feats[i].count = 0;
}

static int16_t quantize(float w, double scale) {
    long q = lround(w * scale);
    return (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
}

/* Write the features order[0..k) ({key, index} sorted by key) as a dense table block. */
static size_t freeze_dense(nlp_perceptron *p, uint64_t (*order)[2], size_t k, double scale,
                           int min_count, int min_weight, dyad_buf *out) {
    size_t kept = 0;
    int16_t (*w)[3] = dyad_xcalloc(k ? k : 1, sizeof *w);
    for (size_t i = 0; i < k; i++) {
        feat *f = &p->feats[order[i][1]];
        if ((int)f->count < min_count) continue;
        int16_t v[3] = {0, 0, 0};
        for (int j = 0; j < f->n; j++) v[f->v[j].cls] = quantize(f->v[j].w, scale);
        if (abs(v[0]) < min_weight && abs(v[1]) < min_weight && abs(v[2]) < min_weight) continue;
        if (!v[0] && !v[1] && !v[2]) continue;
        order[kept][0] = order[i][0];
        memcpy(w[kept++], v, sizeof v);
    }
    uint32_t nb = bucket_count(kept);
    uint16_t *bk = dyad_xcalloc(32 * (size_t)nb, sizeof *bk);
    for (size_t i = 0; i < kept; i++) {
        uint32_t h = nlp_home(order[i][0], nb);
        int j;
        while ((j = find16(&bk[32 * (size_t)h], 0)) < 0)
            if (++h == nb) h = 0;
        bk[32 * (size_t)h + j] = (uint16_t)(order[i][0] >> 48) | 1u;
        memcpy(&bk[32 * (size_t)h + BUCKET + 3 * j], w[i], 6);
    }
    nlp_block_add(out, bk, 64 * (size_t)nb);
    free(bk);
    free(w);
    return kept;
}

static int cmp_key(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

void nlp_perceptron_average(nlp_perceptron *p) {
    double clock = p->clock ? p->clock : 1;
    if (p->averaged) return;
    for (size_t i = 0; i < p->n_feats; i++)
        for (int j = 0; j < p->feats[i].n; j++) {
            cw *c = &p->feats[i].v[j];
            c->total += (double)(p->clock - c->stamp) * c->w;
            c->stamp = p->clock;
            c->w = (float)(c->total / clock);
        }
    p->averaged = true;
}

void nlp_perceptron_add(nlp_perceptron *dst, nlp_perceptron *src, float scale) {
    nlp_perceptron_average(src);
    dst->averaged = true;
    for (size_t i = 0; i < src->map.size; i++) {
        if (!src->map.keys[i]) continue;
        feat *f = &src->feats[src->map.vals[i]];
        for (int j = 0; j < f->n; j++) nlp_perceptron_update(dst, &src->map.keys[i], 1, f->v[j].cls, scale * f->v[j].w);
        feat *g = lookup(dst, src->map.keys[i], false);
        if (g && f->count > g->count) g->count = f->count;
    }
}

size_t nlp_perceptron_freeze(nlp_perceptron *p, int min_count, int min_weight, dyad_buf *out) {
    double maxw = 0;
    nlp_perceptron_average(p);
    for (size_t i = 0; i < p->n_feats; i++)
        for (int j = 0; j < p->feats[i].n; j++)
            if (fabs(p->feats[i].v[j].w) > maxw) maxw = fabs(p->feats[i].v[j].w);
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
    uint32_t h[2] = {(uint32_t)p->n_classes, p->n_classes <= 3};
    nlp_block_add(out, h, sizeof h);
    if (h[1]) {
        size_t kept = freeze_dense(p, order, k, scale, min_count, min_weight, out);
        free(order);
        return kept;
    }
    nlp_ktab_builder b = {0};
    dyad_buf pool = {0};
    size_t kept = 0;
    for (size_t i = 0; i < k; i++) {
        feat *f = &p->feats[order[i][1]];
        if ((int)f->count < min_count) continue;
        uint32_t words[1 + 1024], m = 0;
        int big = 0;
        for (int j = 0; j < f->n && m < 1024; j++) {
            int16_t q = quantize(f->v[j].w, scale);
            if (q == 0) continue;
            if (abs(q) > big) big = abs(q);
            words[1 + m++] = (uint32_t)f->v[j].cls << 16 | (uint16_t)q;
        }
        if (!m || big < min_weight) continue;
        nlp_ktab_add(&b, order[i][0], (uint32_t)(pool.len / 4));
        if (4 * (int)m >= p->n_classes) { /* many classes: a dense row adds faster */
            size_t nw = ((size_t)p->n_classes + 1) / 2;
            uint32_t *row = dyad_xcalloc(1 + nw, 4);
            row[0] = DENSE_ROW;
            int16_t *r = (int16_t *)(row + 1);
            for (uint32_t j = 1; j <= m; j++) r[words[j] >> 16] = (int16_t)(words[j] & 0xffff);
            dyad_buf_add(&pool, row, (1 + nw) * 4);
            free(row);
        } else {
            words[0] = m;
            dyad_buf_add(&pool, words, (1 + m) * 4);
        }
        kept++;
    }
    free(order);
    nlp_ktab_write(&b, out);
    nlp_block_add(out, pool.data, pool.len);
    dyad_buf_free(&pool);
    return kept;
}
