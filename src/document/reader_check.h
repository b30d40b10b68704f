/*
** reader_check.h - helpers for the reader tests (reader_test.c, jsonl_test.c, html_test.c):
** write an input file, read all its documents, and catch the warnings printed meanwhile.
** Include after util/testing.h.
*/
#ifndef DYAD_DOCUMENT_READER_CHECK_H
#define DYAD_DOCUMENT_READER_CHECK_H

#include "dyad.h"
#include "document/reader.h"

#define MAX_DOCS 32

/* What reading one file gave. */
typedef struct read_result {
    char path[64];
    dyad_document *docs[MAX_DOCS];
    int n_docs;
    long skipped;
    char *warnings;   /* everything dyad_warn() printed, malloc'd */
    size_t warnings_len;
} read_result;

/* Write data[0..len) to a new temporary file whose name ends with suffix (".txt", or "" for
   none); its name goes into r->path. */
static inline void write_input(read_result *r, const char *suffix, const char *data, size_t len) {
    snprintf(r->path, sizeof r->path, "/tmp/dyad-reader-XXXXXX%s", suffix);
    int fd = mkstemps(r->path, (int)strlen(suffix));
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, len), (ssize_t)len);
    close(fd);
}

/* Write the input, read every document from it with the options opt (NULL for none) and JSON
   Lines lines of at most max_line bytes (0: the reader's own cap, dyad_reader_set_max_line),
   and remove the file.  Free the result with free_result(). */
static inline void read_input_capped(read_result *r, const char *suffix, const char *data, size_t len,
                                     const dyad_read_options *opt, size_t max_line) {
    memset(r, 0, sizeof *r);
    write_input(r, suffix, data, len);
    FILE *mf = open_memstream(&r->warnings, &r->warnings_len);
    dyad_warn_to(mf);
    dyad_reader *rd = dyad_reader_open(r->path, opt);
    assert_non_null(rd);
    if (max_line) dyad_reader_set_max_line(rd, max_line);
    dyad_document *d;
    while ((d = dyad_reader_next(rd)) != NULL) {
        assert_true(r->n_docs < MAX_DOCS);
        r->docs[r->n_docs++] = d;
    }
    assert_null(dyad_reader_next(rd));
    r->skipped = dyad_reader_skipped(rd);
    dyad_reader_close(rd);
    dyad_warn_to(NULL);
    fclose(mf);
    unlink(r->path);
}

/* read_input_capped with the reader's own cap. */
static inline void read_input(read_result *r, const char *suffix, const char *data, size_t len,
                              const dyad_read_options *opt) {
    read_input_capped(r, suffix, data, len, opt, 0);
}

/* The same for a NUL-terminated input. */
static inline void read_string(read_result *r, const char *suffix, const char *data, const dyad_read_options *opt) {
    read_input(r, suffix, data, strlen(data), opt);
}

/* Check that the warnings contain "<path>:<where>: warning: <what>" (where is "3:7", "3" or ""). */
static inline void check_warning(const read_result *r, const char *where, const char *what) {
    char want[512];
    snprintf(want, sizeof want, "%s%s%s: warning: %s", r->path, *where ? ":" : "", where, what);
    if (!r->warnings || !strstr(r->warnings, want)) {
        print_error("expected warning '%s'\nwarnings were:\n%s", want, r->warnings ? r->warnings : "");
        fail();
    }
}

static inline void free_result(read_result *r) {
    for (int i = 0; i < r->n_docs; i++) dyad_document_free(r->docs[i]);
    free(r->warnings);
    memset(r, 0, sizeof *r);
}

#endif
