/*
** actor_code.c - CAMEO actor codes are runs of three-letter parts: a country or region first
** (or an international type such as IGO), then sectors.  Event data users filter by country and
** sector, so the output splits each code.  The type list is CAMEO's (Schrodt, CAMEO 1.1b3).
*/
#include <stdio.h>
#include <string.h>
#include "code/actor_code.h"

static const char types[] =
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG "
    "MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET ";

bool dyad_is_actor_type(const char *p) {
    for (const char *t = types; *t; t += 4)
        if (strncmp(t, p, 3) == 0) return true;
    return false;
}

void dyad_actor_code_split(const char *code, char country[4], char *sectors, size_t sectors_size) {
    country[0] = 0;
    if (sectors_size) sectors[0] = 0;
    size_t n = code ? strlen(code) : 0, used = 0;
    for (size_t i = 0; i + 3 <= n; i += 3) {
        const char *p = code + i;
        if (dyad_is_actor_type(p)) {
            if (used + 4 < sectors_size) {
                if (used) sectors[used++] = ' ';
                memcpy(sectors + used, p, 3);
                used += 3;
                sectors[used] = 0;
            }
        } else if (i == 0 && strncmp(p, "---", 3) != 0) {
            memcpy(country, p, 3);
            country[3] = 0;
        }
    }
}
