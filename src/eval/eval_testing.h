/*
** eval_testing.h - helpers of the scoring tests: write a fixture to a temporary file, and read
** gold or predictions while capturing the warnings.
*/
#ifndef DYAD_EVAL_TESTING_H
#define DYAD_EVAL_TESTING_H

#include "util/testing.h"
#include "eval/eval.h"

/* Write text to a new temporary file named like /tmp/dyad-eval-XXXXXX<suffix>; returns its
   path in path (64 bytes).  The caller unlinks it. */
static inline const char *write_fixture(char path[64], const char *suffix, const char *text) {
    snprintf(path, 64, "/tmp/dyad-eval-XXXXXX%s", suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

/* Start capturing warnings into a memory stream; stop_capture() returns them (free them). */
typedef struct capture {
    char *msgs;
    size_t len;
    FILE *f;
} capture;

static inline void start_capture(capture *c) {
    c->msgs = NULL;
    c->len = 0;
    c->f = open_memstream(&c->msgs, &c->len);
    dyad_warn_to(c->f);
}

static inline char *stop_capture(capture *c) {
    dyad_warn_to(NULL);
    fclose(c->f);
    return c->msgs;
}

/* Read the gold file path; *msgs gets the warnings (free them). */
static inline dyad_gold *gold_read_capturing(const char *path, char **msgs) {
    capture c;
    start_capture(&c);
    dyad_gold *g = dyad_gold_read(path);
    *msgs = stop_capture(&c);
    return g;
}

/* Read gold from text (written to a temporary file); *msgs gets the warnings, with the
   temporary path replaced by "gold" so that tests can compare them. */
static inline dyad_gold *gold_from(const char *text, const char *suffix, char **msgs) {
    char path[64];
    write_fixture(path, suffix, text);
    dyad_gold *g = gold_read_capturing(path, msgs);
    unlink(path);
    for (char *p; (p = strstr(*msgs, path)) != NULL;) {
        size_t n = strlen(path);
        memcpy(p, "gold", 4);
        memmove(p + 4, p + n, strlen(p + n) + 1);
    }
    return g;
}

/* Read gold that must come without warnings. */
static inline dyad_gold *gold_clean(const char *text) {
    char *msgs;
    dyad_gold *g = gold_from(text, ".jsonl", &msgs);
    if (*msgs) fprintf(stderr, "unexpected warnings:\n%s", msgs);
    assert_string_equal(msgs, "");
    free(msgs);
    assert_non_null(g);
    return g;
}

/* Fail unless every one of the n strings of expect is in text. */
static inline void assert_all_in(const char *text, const char *const *expect, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!strstr(text, expect[i])) fail_msg("no \"%s\" in:\n%s", expect[i], text);
}

#endif
