/*
** diag.c - warnings about bad input, printed as "file:line:col: warning: ..." so that editors
** and users can jump to the place, and counted so that the command can set its exit status;
** errors ("file: error: cannot read: ...") about input that cannot be used at all; notes about
** input handled in a way worth knowing (an overlong sentence split), not counted.
*/
#include <stdarg.h>
#include <stdatomic.h>
#include <pthread.h>
#include "dyad.h"

static atomic_long warnings;
static FILE *warn_file;
static pthread_mutex_t warn_lock = PTHREAD_MUTEX_INITIALIZER;

/* Print "file:line:col: <kind>: message" (or "dyad: <kind>: message" without a file). */
static void report(const char *kind, const char *file, long line, long col, const char *fmt, va_list ap) {
    FILE *f = warn_file ? warn_file : stderr;
    pthread_mutex_lock(&warn_lock);
    if (file) {
        fputs(file, f);
        if (line > 0) fprintf(f, ":%ld", line);
        if (line > 0 && col > 0) fprintf(f, ":%ld", col);
        fputs(": ", f);
    } else {
        fputs("dyad: ", f);
    }
    fprintf(f, "%s: ", kind);
    vfprintf(f, fmt, ap);
    fputc('\n', f);
    fflush(f);
    pthread_mutex_unlock(&warn_lock);
}

void dyad_warn(const char *file, long line, long col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report("warning", file, line, col, fmt, ap);
    va_end(ap);
    atomic_fetch_add(&warnings, 1);
}

void dyad_note(const char *file, long line, long col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report("note", file, line, col, fmt, ap);
    va_end(ap);
}

void dyad_error(const char *file, long line, long col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report("error", file, line, col, fmt, ap);
    va_end(ap);
}

long dyad_warning_count(void) {
    return atomic_load(&warnings);
}

void dyad_warn_to(FILE *f) {
    pthread_mutex_lock(&warn_lock);
    warn_file = f;
    pthread_mutex_unlock(&warn_lock);
}

FILE *dyad_warn_silence(void) {
    FILE *sink = fopen("/dev/null", "w");
    if (sink) dyad_warn_to(sink);
    return sink;
}

void dyad_warn_restore(FILE *sink) {
    if (!sink) return;
    dyad_warn_to(NULL);
    fclose(sink);
}
