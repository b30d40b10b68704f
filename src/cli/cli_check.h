/*
** cli_check.h - helpers for the tests of the dyad command (cli_test.c, robust_test.c): run
** "dyad ARGS" through the shell and collect its exit status, standard output and standard
** error; write input files.  Include after util/testing.h.
*/
#ifndef DYAD_CLI_CHECK_H
#define DYAD_CLI_CHECK_H

#include <libgen.h>
#include <stdbool.h>
#include <sys/wait.h>

static char dyad_path[4096];

typedef struct run_result {
    int status;
    char *out, *err;
} run_result;

static inline char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    int c;
    while ((c = fgetc(f)) != EOF) fputc(c, m);
    fclose(m);
    fclose(f);
    return buf;
}

/* Run "dyad ARGS" through the shell in folder dir (NULL: the current one) with standard input
   from `in` (NULL: empty) and standard output to out_path (NULL: collected in the result). */
static inline run_result run_with(const char *dir, const char *args, const char *in, const char *out_path) {
    char tmp_out[] = "/tmp/dyad-cli-out-XXXXXX", err_path[] = "/tmp/dyad-cli-err-XXXXXX";
    char in_path[] = "/tmp/dyad-cli-in-XXXXXX";
    int fo = mkstemp(tmp_out), fe = mkstemp(err_path), fi = mkstemp(in_path);
    assert_true(fo >= 0 && fe >= 0 && fi >= 0);
    if (in) assert_int_equal(write(fi, in, strlen(in)), (ssize_t)strlen(in));
    close(fo);
    close(fe);
    close(fi);
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "%s%s%s%s %s <%s >%s 2>%s", dir ? "cd " : "", dir ? dir : "", dir ? " && " : "",
             dyad_path, args, in_path, out_path ? out_path : tmp_out, err_path);
    int st = system(cmd);
    run_result r = {WIFEXITED(st) ? WEXITSTATUS(st) : -1, slurp(tmp_out), slurp(err_path)};
    unlink(tmp_out);
    unlink(err_path);
    unlink(in_path);
    return r;
}

/* Run "dyad ARGS" with standard input from `in` (NULL: empty); collect its output. */
static inline run_result run(const char *args, const char *in) {
    return run_with(NULL, args, in, NULL);
}

static inline void run_free(run_result *r) {
    free(r->out);
    free(r->err);
}

/* Run "dyad ARGS" on `in` and check its exit status and that its standard output (or, with
   on_err, its standard error) holds `needle`. */
static inline void expect_run(const char *args, const char *in, int status, bool on_err, const char *needle) {
    run_result r = run(args, in);
    if (r.status != status || !strstr(on_err ? r.err : r.out, needle))
        fail_msg("dyad %s: status %d (want %d), want \"%s\" in:\n%s", args, r.status, status, needle,
                 on_err ? r.err : r.out);
    run_free(&r);
}

static inline const char *write_tmp(const char *name, const char *text, size_t len) {
    static char path[256];
    snprintf(path, sizeof path, "/tmp/%s", name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    fclose(f);
    return path;
}

/* Find the dyad command beside the test program (BUILD/tests/cli/X_test -> BUILD/dyad). */
static inline void find_dyad(const char *argv0) {
    char self[4096];
    snprintf(self, sizeof self, "%s", argv0);
    char rel[4096];
    snprintf(rel, sizeof rel, "%.4000s/../../dyad", dirname(self));
    if (!realpath(rel, dyad_path)) memcpy(dyad_path, rel, sizeof rel);
}

#endif
