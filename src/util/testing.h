/*
** testing.h - what every test program includes: cmocka, and a way to find the shared
** reference data (../shared/data, or $DYAD_SHARED) that a user's fresh clone does not have.
*/
#ifndef DYAD_TESTING_H
#define DYAD_TESTING_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

/*
** Full path of a file under the shared data folder (e.g. "ud/ewt/en_ewt-ud-test.conllu") in a
** static buffer, or NULL after printing a "skip:" line when the file is not there; the caller
** then calls skip().
*/
static inline const char *dyad_test_shared(const char *rel) {
    static char path[4096];
    const char *root = getenv("DYAD_SHARED");
    snprintf(path, sizeof path, "%s/%s", root ? root : "../shared/data", rel);
    if (access(path, R_OK) != 0) {
        printf("skip: %s is absent (the shared reference data is not here)\n", path);
        return NULL;
    }
    return path;
}

#endif
