/*
** document.c - making and freeing dyad_document, and the UD part-of-speech tag names.
*/
#include <stdlib.h>
#include <string.h>
#include "dyad.h"

static const char *const upos_names[DYAD_UPOS_COUNT] = {
    "_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

const char *dyad_upos_name(int upos) {
    return upos > 0 && upos < DYAD_UPOS_COUNT ? upos_names[upos] : "_";
}

int dyad_upos_from_name(const char *name) {
    for (int i = 1; i < DYAD_UPOS_COUNT; i++)
        if (strcmp(name, upos_names[i]) == 0) return i;
    return DYAD_UPOS_NONE;
}

dyad_document *dyad_document_new(void) {
    dyad_arena *a = dyad_arena_new();
    if (!a) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    dyad_document *d = dyad_arena_alloc(a, sizeof *d);
    d->arena = a;
    return d;
}

void dyad_document_free(dyad_document *doc) {
    if (doc) dyad_arena_free(doc->arena);
}
