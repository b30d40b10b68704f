/*
** options.c - what every subcommand's command line and output share: options with a value
** ("--date 2022-02-08" or "--date=2022-02-08"), and checking that the output was written.
*/
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"

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
