/*
** cameo.h - the CAMEO event codes: name, Goldstein value, QuadClass, root code, and the
** PLOVER category each code maps to.  Internal to libdyad (the coder and the dictionary
** readers use it; output writers use it to label events).
**
** Sources:
**   - codes and names: CAMEO codebook, version 1.1b3 (Schrodt 2012), chapter 2;
**   - Goldstein values: Goldstein (1992) "A conflict-cooperation scale for WEIS events data",
**     extended to CAMEO as in GDELT's CAMEO.goldsteinscale.txt lookup table;
**   - QuadClass: GDELT's convention, by root code: 01-05 verbal cooperation (1), 06-09
**     material cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4);
**   - PLOVER: the CAMEO2PLOVER table of the PLOVER manual, draft 0.8 (17 Sept 2021).
**
** Event codes are strings of 2 to 4 digits with leading zeros ("01", "010", "0841"): never
** parse them as integers ("010" and "10" are different events).
*/
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include <stdbool.h>
#include <stddef.h>

/*
** One CAMEO event code.  Root codes (two digits) carry the codebook's upper-case cue
** category name ("YIELD"); base (three digits) and sub-codes (four digits) carry its label.
**
** PLOVER: plover is the PLOVER event type ("CONSULT"), plover_mode and plover_context the
** mode and context columns of CAMEO2PLOVER (NULL when that column is empty; a context may
** hold several values separated by "; ").  CAMEO roots 01 (MAKE PUBLIC STATEMENT) and 02
** (APPEAL) and their sub-codes have no row in CAMEO2PLOVER: PLOVER has no category for
** statements and appeals, and dyad does not invent one, so plover is NULL for them.  Root 08
** is split between two PLOVER types (081-083 CONCEDE, 084-087 RETREAT); the root code 08
** itself reports CONCEDE, the first of the table's two 08 headings.
*/
typedef struct dyad_cameo_event {
    const char *code;           /* "0841" */
    double goldstein;           /* -10.0 .. +10.0 */
    const char *plover;         /* "RETREAT", or NULL (roots 01 and 02) */
    const char *plover_mode;    /* "release", or NULL */
    const char *plover_context; /* "legal", or NULL */
    const char *name;           /* "Return, release person(s)" */
} dyad_cameo_event;

/* Number of codes in the table (311: 20 roots, 147 base codes, 144 sub-codes). */
int dyad_cameo_count(void);
/* The i-th code (0 <= i < dyad_cameo_count()) in ascending strcmp order, or NULL. */
const dyad_cameo_event *dyad_cameo_at(int i);

/* The entry for a NUL-terminated code ("0841"), or NULL when it is not a CAMEO 1.1b3 code. */
const dyad_cameo_event *dyad_cameo_lookup(const char *code);
/* The same for the n bytes at code (not NUL-terminated; for codes inside dictionary lines). */
const dyad_cameo_event *dyad_cameo_lookupn(const char *code, size_t n);

/* The root code ("08") of a listed code, as a static string, or NULL for an unknown code. */
const char *dyad_cameo_root(const char *code);
/* QuadClass 1-4 of a listed code (see above), or 0 for an unknown code. */
int dyad_cameo_quad_class(const char *code);
/* Goldstein value of a listed code, or NAN for an unknown code. */
double dyad_cameo_goldstein(const char *code);
/* PLOVER event type of a listed code, or NULL for an unknown code and for roots 01 and 02. */
const char *dyad_cameo_plover(const char *code);

/* What dyad_cameo_check() finds about a code taken from a dictionary or a gold file. */
typedef enum {
    DYAD_CAMEO_VALID = 0,  /* a CAMEO 1.1b3 code */
    DYAD_CAMEO_UNLISTED,   /* 2-4 digits under a real root (01-20) but not in the codebook,
                              e.g. "176" and "1952" of PETRARCH's CAMEO.2.0.txt verb dictionary,
                              or "1213" of CAMEO2PLOVER; dyad_cameo_nearest() gives a fallback */
    DYAD_CAMEO_MALFORMED   /* anything else: empty, non-digits, wrong length, root 00 or 21+ */
} dyad_cameo_status;

/*
** Check the n bytes at code as a CAMEO event code.  Dictionary markup around a code (PETRARCH's
** "---" null code, ":" passive prefix, "!" suffix) is the dictionary reader's business and
** must be removed before calling this.
*/
dyad_cameo_status dyad_cameo_check(const char *code, size_t n);
/*
** The listed code that is the longest prefix of the n bytes at code ("1952" -> "195",
** "176" -> "17"), which a coder may report instead of an unlisted code; NULL when the code is
** malformed.  For a listed code it is that code's own entry.
*/
const dyad_cameo_event *dyad_cameo_nearest(const char *code, size_t n);

/*
** CAMEO's codes for an act that is announced, threatened, refused or demanded rather than done.
** The codebook (1.1b3) builds 03 EXPRESS INTENT TO COOPERATE, 10 DEMAND and 12 REJECT from the
** cooperative roots 04-08 sub-code by sub-code (intent to meet, to provide aid, to release...),
** and 13 THREATEN from the conflictual roots 14 and 16-20 (threaten sanctions, curfew, attack).
** Each function takes a code and returns the counterpart as a static string, or NULL when the
** code has none (other roots, unknown codes):
**   intent: 04-08 -> 03 ("0841" release persons -> "0353"; "046" negotiate -> "036"); 03 itself
**   threat: 14, 16-20 -> 13 ("163" sanctions -> "1312"; "191" blockade -> "1381"); 13 itself
**   reject: 03-08 -> 12 ("046" or "036" -> "125" reject proposal to meet; "084" -> "1243")
**   demand: 03-08 -> 10 ("0841" -> "1053" demand release; "036" -> "106")
*/
const char *dyad_cameo_intent(const char *code);
const char *dyad_cameo_threat(const char *code);
const char *dyad_cameo_reject(const char *code);
const char *dyad_cameo_demand(const char *code);

#endif
