/*
** diag.c - warnings about bad input, printed as "file:line:col: warning: ..." so that editors
** and users can jump to the place, and counted so that the command can set its exit status.
*/
#include <stdarg.h>
#include <stdatomic.h>
#include <pthread.h>
#include "dyad.h"

static atomic_long warnings;
static FILE *warn_file;
static pthread_mutex_t warn_lock = PTHREAD_MUTEX_INITIALIZER;

void dyad_warn(const char *file, long line, long col, const char *fmt, ...) {
    FILE *f = warn_file ? warn_file : stderr;
    va_list ap;
    pthread_mutex_lock(&warn_lock);
    if (file) {
        fputs(file, f);
        if (line > 0) fprintf(f, ":%ld", line);
        if (line > 0 && col > 0) fprintf(f, ":%ld", col);
        fputs(": ", f);
    } else {
        fputs("dyad: ", f);
    }
    fputs("warning: ", f);
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    fflush(f);
    pthread_mutex_unlock(&warn_lock);
    atomic_fetch_add(&warnings, 1);
}

long dyad_warning_count(void) {
    return atomic_load(&warnings);
}

void dyad_warn_to(FILE *f) {
    pthread_mutex_lock(&warn_lock);
    warn_file = f;
    pthread_mutex_unlock(&warn_lock);
}
