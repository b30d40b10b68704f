/*
** modelfile.c - the sectioned container a trained model is stored in (format in util.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/util.h"

#define MAGIC "DYADMDL1"
#define ENTRY 48 /* 32-byte name, u64 offset, u64 size */

static uint64_t get64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

static void put64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

bool dyad_modelfile_open(dyad_modelfile *mf, const void *data, size_t size, const char **err) {
    const unsigned char *d = data;
    memset(mf, 0, sizeof *mf);
    if (size < 12 || memcmp(d, MAGIC, 8) != 0) {
        *err = "not a dyad model file (bad magic)";
        return false;
    }
    uint32_t n = d[8] | d[9] << 8 | d[10] << 16 | (uint32_t)d[11] << 24;
    if (n > 1024 || 12 + (size_t)n * ENTRY > size) {
        *err = "model file header is truncated";
        return false;
    }
    mf->sections = dyad_xcalloc(n ? n : 1, sizeof *mf->sections);
    for (uint32_t i = 0; i < n; i++) {
        const unsigned char *e = d + 12 + (size_t)i * ENTRY;
        uint64_t off = get64(e + 32), len = get64(e + 40);
        if (off > size || len > size - off) {
            free(mf->sections);
            mf->sections = NULL;
            *err = "model file section lies outside the file (truncated?)";
            return false;
        }
        memcpy(mf->sections[i].name, e, 32);
        mf->sections[i].name[32] = 0;
        mf->sections[i].offset = off;
        mf->sections[i].size = len;
    }
    mf->data = d;
    mf->size = size;
    mf->n_sections = (int)n;
    return true;
}

const void *dyad_modelfile_section(const dyad_modelfile *mf, const char *name, size_t *size) {
    for (int i = 0; i < mf->n_sections; i++)
        if (strcmp(mf->sections[i].name, name) == 0) {
            *size = mf->sections[i].size;
            return mf->data + mf->sections[i].offset;
        }
    *size = 0;
    return NULL;
}

void dyad_modelfile_close(dyad_modelfile *mf) {
    free(mf->sections);
    memset(mf, 0, sizeof *mf);
}

void dyad_modelfile_add(dyad_modelfile_writer *w, const char *name, const void *p, size_t n) {
    w->sections = dyad_xrealloc(w->sections, (size_t)(w->n + 1) * sizeof *w->sections);
    memset(&w->sections[w->n], 0, sizeof w->sections[w->n]);
    snprintf(w->sections[w->n].name, sizeof w->sections[w->n].name, "%s", name);
    dyad_buf_add(&w->sections[w->n].bytes, p, n);
    w->n++;
}

static void writer_free(dyad_modelfile_writer *w) {
    for (int i = 0; i < w->n; i++) dyad_buf_free(&w->sections[i].bytes);
    free(w->sections);
    memset(w, 0, sizeof *w);
}

bool dyad_modelfile_write(dyad_modelfile_writer *w, const char *path) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        writer_free(w);
        return false;
    }
    size_t header = 12 + (size_t)w->n * ENTRY;
    unsigned char *h = dyad_xcalloc(1, header);
    memcpy(h, MAGIC, 8);
    h[8] = (unsigned char)w->n;
    h[9] = (unsigned char)(w->n >> 8);
    size_t off = (header + 63) & ~(size_t)63;
    for (int i = 0; i < w->n; i++) {
        unsigned char *e = h + 12 + (size_t)i * ENTRY;
        memcpy(e, w->sections[i].name, strlen(w->sections[i].name));
        put64(e + 32, off);
        put64(e + 40, w->sections[i].bytes.len);
        off = (off + w->sections[i].bytes.len + 63) & ~(size_t)63;
    }
    static const unsigned char zeros[64];
    bool ok = fwrite(h, 1, header, f) == header;
    size_t pos = header;
    for (int i = 0; ok && i < w->n; i++) {
        size_t pad = ((pos + 63) & ~(size_t)63) - pos;
        ok = fwrite(zeros, 1, pad, f) == pad;
        pos += pad;
        size_t len = w->sections[i].bytes.len;
        if (ok && len) ok = fwrite(w->sections[i].bytes.data, 1, len, f) == len;
        pos += len;
    }
    free(h);
    writer_free(w);
    if (fclose(f) != 0) ok = false;
    return ok;
}
