/*
** arena.c - a bump allocator.  Everything a document owns (sentences, tokens, words, strings)
** is allocated from its arena and released at once, so the pipeline has no per-object frees.
*/
#include <stdlib.h>
#include <string.h>
#include "dyad.h"

#define ARENA_BLOCK (64 * 1024)

typedef struct block {
    struct block *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} block;

struct dyad_arena {
    block *head;
};

dyad_arena *dyad_arena_new(void) {
    return calloc(1, sizeof(dyad_arena));
}

void *dyad_arena_alloc(dyad_arena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
        b = malloc(sizeof(block) + size);
        if (!b) {
            fputs("dyad: out of memory\n", stderr);
            abort();
        }
        b->size = size;
        b->used = 0;
        if (size == n && a->head) {
            /* A big allocation gets a block of its own behind the current one. */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n) {
    char *p = dyad_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *dyad_arena_strdup(dyad_arena *a, const char *s) {
    return s ? dyad_arena_strndup(a, s, strlen(s)) : NULL;
}

void dyad_arena_free(dyad_arena *a) {
    if (!a) return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}
