/*
** discard.c - a quick test that tells the coder when a sentence cannot hold a discard phrase,
** so that the full search (dyad_discard_find, src/dict/discards.c) runs only on sentences that
** may.  A phrase can only match where its first word is: the exact word for phrases of several
** words or ending in '_', a word beginning with it for one-word stems (BASEBALL, BASEBALLS);
** and the next word of the sentence must begin with the phrase's second word, if it has one.
** The test keeps the dictionary ids of first words in a bitmap (with the second words beside
** them) and the one-word stems in a character trie.  It never says no when the full search
** would say yes.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "code/coder_int.h"

typedef struct stem_node {
    int32_t kid, next;      /* first child, next sibling; -1 when none */
    unsigned char ch;
    bool end;               /* a stem ends here */
} stem_node;

typedef struct first_word {
    int32_t id;             /* the first word */
    char second[32];        /* the second word, lower-case ASCII, or "" for no condition */
} first_word;

struct coder_discards {
    uint64_t *first;        /* bitmap over word ids: the first word of some phrase */
    int32_t n_ids;
    first_word *fw;         /* sorted by id */
    int n_fw, cap_fw;
    stem_node *node;
    int n_node, cap_node;
    bool always;            /* a stem the test cannot handle: always run the full search */
    int32_t top[256];       /* the root's children by character (0: none), saving the walk
                               over the root's many siblings */
};

static int32_t child(coder_discards *q, int32_t at, unsigned char ch, bool add) {
    if (at == 0) {
        if (q->top[ch] > 0) return q->top[ch];
    } else {
        for (int32_t k = q->node[at].kid; k >= 0; k = q->node[k].next)
            if (q->node[k].ch == ch) return k;
    }
    if (!add) return -1;
    if (at == 0) q->top[ch] = q->n_node;
    coder_grow((void **)&q->node, &q->cap_node, q->n_node + 1, sizeof *q->node);
    stem_node *x = &q->node[q->n_node];
    x->ch = ch;
    x->end = false;
    x->kid = -1;
    x->next = q->node[at].kid;
    q->node[at].kid = q->n_node;
    return q->n_node++;
}

static int cmp_fw(const void *a, const void *b) {
    int32_t x = ((const first_word *)a)->id, y = ((const first_word *)b)->id;
    return x < y ? -1 : x > y;
}

/* Does the sentence word at i+1 begin with second (any case)? */
static bool next_begins(const csent *s, int i, const char *second) {
    if (!*second) return true;
    if (i + 1 >= s->n) return false;
    return strncasecmp(s->forms[i + 1], second, strlen(second)) == 0;
}

coder_discards *coder_discards_new(const dyad_dict *d) {
    coder_discards *q = dyad_xcalloc(1, sizeof *q);
    q->n_ids = d->words.n;
    q->first = dyad_xcalloc((size_t)q->n_ids / 64 + 1, sizeof *q->first);
    coder_grow((void **)&q->node, &q->cap_node, 1, sizeof *q->node);
    q->node[0] = (stem_node){.kid = -1, .next = -1};
    q->n_node = 1;
    for (int32_t k = 0; k < d->n_discards; k++) {
        const dyad_discard *x = &d->discards[k];
        const char *p = x->text;
        while (*p == ' ' || *p == '\t' || *p == '_') p++;
        size_t n = strcspn(p, " \t_");
        bool one_word = p[n] == 0 || p[n + strspn(p + n, " \t_")] == 0;
        if (x->stem && one_word) {
            int32_t at = 0;
            for (size_t i = 0; i < n; i++) {
                unsigned char ch = (unsigned char)p[i];
                if (ch >= 0x80) q->always = true;
                at = child(q, at, (unsigned char)tolower(ch), true);
            }
            q->node[at].end = true;
        } else {
            /* the dictionary splits off a possessive: QUEEN'S -> queen 's */
            size_t apo = strcspn(p, "'\u2019");
            if (apo > 0 && apo < n) n = apo;
            char w[256];
            if (n >= sizeof w) {
                q->always = true;
                continue;
            }
            memcpy(w, p, n);
            w[n] = 0;
            int32_t id = dyad_dict_word_id(d, w);
            /* a first word the table does not know as such: be safe */
            if (id < 0) {
                q->always = true;
                continue;
            }
            q->first[id / 64] |= 1ULL << (id % 64);
            coder_grow((void **)&q->fw, &q->cap_fw, q->n_fw + 1, sizeof *q->fw);
            first_word *f = &q->fw[q->n_fw++];
            f->id = id;
            f->second[0] = 0;
            /* the second word, when the dictionary splits the text as we do here */
            const char *s2 = p + strcspn(p, " \t_");
            s2 += strspn(s2, " \t_");
            size_t n2 = strcspn(s2, " \t_");
            bool plain = n2 > 0 && n2 < sizeof f->second && p[n] != '\'' && p[strcspn(p, " \t_") - 1] != ',';
            for (size_t i = 0; plain && i < n2; i++) {
                unsigned char ch = (unsigned char)s2[i];
                if (ch >= 0x80 || ch == '\'' || ch == ',') plain = false;
                else f->second[i] = (char)tolower(ch);
            }
            if (plain) f->second[n2] = 0;
            else f->second[0] = 0;
        }
    }
    if (q->n_fw > 1) qsort(q->fw, (size_t)q->n_fw, sizeof *q->fw, cmp_fw);
    return q;
}

void coder_discards_free(coder_discards *q) {
    if (!q) return;
    free(q->first);
    free(q->fw);
    free(q->node);
    free(q);
}

bool coder_may_discard(const coder_discards *q, const csent *s) {
    if (q->always) return true;
    for (int i = 0; i < s->n; i++) {
        int32_t id = s->ids[i];
        if (id >= 0 && id < q->n_ids && (q->first[id / 64] >> (id % 64) & 1)) {
            /* the phrases with this first word: binary search, then each one's second word */
            int lo = 0, hi = q->n_fw;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (q->fw[mid].id < id) lo = mid + 1;
                else hi = mid;
            }
            for (int k = lo; k < q->n_fw && q->fw[k].id == id; k++)
                if (next_begins(s, i, q->fw[k].second)) return true;
        }
        int32_t at = 0;
        for (const char *p = s->forms[i]; *p && at >= 0; p++) {
            unsigned char ch = (unsigned char)*p;
            if (ch >= 0x80) return true;    /* non-ASCII: let the full search decide */
            at = child((coder_discards *)q, at, (unsigned char)tolower(ch), false);
            if (at >= 0 && q->node[at].end) return true;
        }
    }
    return false;
}
