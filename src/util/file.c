/*
** file.c - reading a whole file or standard input into memory, and hashing bytes.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/util.h"

char *dyad_read_file(const char *path, size_t *len, const char **err) {
    bool is_stdin = !path || strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        *err = strerror(errno);
        return NULL;
    }
    dyad_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) dyad_buf_add(&b, chunk, n);
    bool failed = ferror(f);
    int saved = errno;
    if (!is_stdin) fclose(f);
    if (failed) {
        dyad_buf_free(&b);
        *err = strerror(saved);
        return NULL;
    }
    if (!b.data) dyad_buf_add(&b, "", 0);
    dyad_decoder *d = dyad_decoder_for(b.data, b.len, is_stdin ? "-" : path);
    if (d) {
        dyad_buf out = {0};
        bool whole = dyad_decoder_feed(d, b.data, b.len, true, &out);
        dyad_decoder_free(d);
        dyad_buf_free(&b);
        if (!whole) { /* a model, dictionary or treebank is not read in part */
            dyad_buf_free(&out);
            *err = "the compressed data is cut short or corrupt";
            return NULL;
        }
        b = out;
        if (!b.data) dyad_buf_add(&b, "", 0);
    }
    *len = b.len;
    return b.data;
}

uint64_t dyad_hash(const void *p, size_t n, uint64_t seed) {
    const unsigned char *s = p;
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, s, 8);
        h = (h ^ (k * 0xbf58476d1ce4e5b9ULL)) * 0x94d049bb133111ebULL;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++) k |= (uint64_t)s[i] << (8 * i);
    h = (h ^ (k * 0xbf58476d1ce4e5b9ULL)) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
}
