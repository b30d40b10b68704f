/*
** options.c - what every subcommand's command line and output share: options with a value
** ("--date 2022-02-08" or "--date=2022-02-08"), checking that the output was written, and
** noticing one document id given to documents of two input files.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "util/util.h"

int dyad_cli_value(const char *cmd, int argc, char **argv, int *i, const char *name, const char **value) {
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0) return 0;
    if (a[n] == '=') {
        *value = a + n + 1;
        return 1;
    }
    if (a[n] != 0) return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "dyad%s%s: %s needs a value\n", *cmd ? " " : "", cmd, name);
        return -1;
    }
    *value = argv[++*i];
    return 1;
}

static int flush_errno; /* why an earlier dyad_cli_flush() failed, else 0 */

void dyad_cli_flush(FILE *f) {
    if (fflush(f) != 0 && !flush_errno) flush_errno = errno;
}

int dyad_cli_output_done(const char *cmd, FILE *f, int rc) {
    errno = 0;
    bool failed = fflush(f) != 0;
    failed = ferror(f) || failed;
    if (!failed) return rc;
    int why = flush_errno ? flush_errno : errno ? errno : EIO;
    fprintf(stderr, "dyad %s: writing the output: %s\n", cmd, strerror(why));
    return DYAD_EXIT_FATAL;
}

bool dyad_cli_input_format(const char *name, dyad_format *f) {
    if (strcmp(name, "text") == 0) *f = DYAD_FORMAT_TEXT;
    else if (strcmp(name, "jsonl") == 0 || strcmp(name, "json") == 0) *f = DYAD_FORMAT_JSONL;
    else if (strcmp(name, "html") == 0) *f = DYAD_FORMAT_HTML;
    else if (strcmp(name, "feed") == 0) *f = DYAD_FORMAT_FEED;
    else return false;
    return true;
}

bool dyad_cli_id_seen(dyad_cli_ids *ids, const char *id, const char *origin) {
    char *file = realpath(origin, NULL); /* "a/x.txt" and "./a/x.txt" are one file */
    if (!file) file = dyad_xstrdup(origin);
    for (int i = 0; i < ids->n; i++)
        if (strcmp(ids->id[i], id) == 0 && strcmp(ids->file[i], file) != 0) { /* not a file given twice */
            dyad_warn(origin, 0, 0, "document id \"%s\" was already used by the document of %s (name the files "
                      "apart)", id, ids->origin[i]);
            free(file);
            return true;
        }
    if (ids->n == ids->cap) {
        ids->cap = ids->cap ? 2 * ids->cap : 16;
        ids->id = dyad_xrealloc(ids->id, (size_t)ids->cap * sizeof *ids->id);
        ids->origin = dyad_xrealloc(ids->origin, (size_t)ids->cap * sizeof *ids->origin);
        ids->file = dyad_xrealloc(ids->file, (size_t)ids->cap * sizeof *ids->file);
    }
    ids->id[ids->n] = dyad_xstrdup(id);
    ids->file[ids->n] = file;
    ids->origin[ids->n++] = origin;
    return false;
}

void dyad_cli_ids_free(dyad_cli_ids *ids) {
    for (int i = 0; i < ids->n; i++) {
        free(ids->id[i]);
        free(ids->file[i]);
    }
    free(ids->id);
    free(ids->file);
    free(ids->origin);
    memset(ids, 0, sizeof *ids);
}
