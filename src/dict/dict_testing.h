/*
** dict_testing.h - helpers of the dictionary tests: load a snippet while capturing the
** warnings, and turn a sentence written as one string into word ids.
*/
#ifndef DYAD_DICT_TESTING_H
#define DYAD_DICT_TESTING_H

#include "util/testing.h"
#include "dict/dict.h"

/* Load text as a dictionary of kind into d (a new one when d is NULL); *msgs gets the
   warnings (free it), *n the loader's result. */
static inline dyad_dict *load_into(dyad_dict *d, dyad_dict_kind kind, const char *text,
                                   char **msgs, int *n) {
    if (!d) d = dyad_dict_new();
    size_t len = 0;
    *msgs = NULL;
    FILE *f = open_memstream(msgs, &len);
    dyad_warn_to(f);
    *n = dyad_dict_load_text(d, kind, "t.txt", text, strlen(text));
    dyad_warn_to(NULL);
    fclose(f);
    return d;
}

/* Load text that must load without any warning. */
static inline dyad_dict *load_clean(dyad_dict_kind kind, const char *text) {
    char *msgs;
    int n;
    dyad_dict *d = load_into(NULL, kind, text, &msgs, &n);
    if (n != 0) fprintf(stderr, "unexpected warnings:\n%s", msgs);
    assert_int_equal(n, 0);
    assert_string_equal(msgs, "");
    free(msgs);
    return d;
}

/* Word ids of the space-separated words of s into ids (at most 64); returns their number. */
static inline int sentence(const dyad_dict *d, const char *s, int32_t *ids) {
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", s);
    int n = 0;
    for (char *w = strtok(buf, " "); w && n < 64; w = strtok(NULL, " "))
        ids[n++] = dyad_dict_word_id(d, w);
    return n;
}

/* Split s at spaces into words pointing into buf (size bytes), at most 64; returns the count. */
static inline int split_words(const char *s, char *buf, size_t size, const char **words) {
    int n = 0;
    snprintf(buf, size, "%s", s);
    for (char *w = strtok(buf, " "); w && n < 64; w = strtok(NULL, " ")) words[n++] = w;
    return n;
}

/* Code of the longest actor at the start of sentence s on date, or NULL; *len its words. */
static inline const char *actor_code(const dyad_dict *d, const char *s, const char *date,
                                     int *len) {
    char buf[512];
    const char *words[64];
    int n = split_words(s, buf, sizeof buf, words);
    const char *code = NULL;
    int a = dyad_actor_lookup(d, words, n, 0, date, len, &code);
    if (a < 0) assert_null(code);
    return code;
}

/* The words of a synset member joined by spaces, in a static buffer. */
static inline const char *member_text(const dyad_dict *d, const dyad_synset_member *m) {
    static char buf[512];
    buf[0] = 0;
    for (int i = 0; i < m->n_words; i++) {
        if (i) strcat(buf, " ");
        strcat(buf, dyad_dict_word(d, m->words[i]));
    }
    return buf;
}

#endif
