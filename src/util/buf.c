/*
** buf.c - growable byte buffer and allocation helpers that abort when memory runs out.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/util.h"

static void oom(void) {
    fputs("dyad: out of memory\n", stderr);
    abort();
}

void *dyad_xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}

void *dyad_xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) oom();
    return p;
}

void *dyad_xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) oom();
    return p;
}

char *dyad_xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    return memcpy(dyad_xmalloc(n), s, n);
}

static void reserve(dyad_buf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = dyad_xrealloc(b->data, cap);
    b->cap = cap;
}

void dyad_buf_add(dyad_buf *b, const void *p, size_t n) {
    reserve(b, n);
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void dyad_buf_puts(dyad_buf *b, const char *s) {
    dyad_buf_add(b, s, strlen(s));
}

void dyad_buf_putc(dyad_buf *b, int c) {
    reserve(b, 1);
    b->data[b->len++] = (char)c;
    b->data[b->len] = 0;
}

void dyad_buf_printf(dyad_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void dyad_buf_free(dyad_buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
