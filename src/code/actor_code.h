/*
** actor_code.h - reading CAMEO actor codes: which part names a country and which name sectors.
*/
#ifndef DYAD_ACTOR_CODE_H
#define DYAD_ACTOR_CODE_H

#include <stdbool.h>

/* True when the three letters at p are a CAMEO actor type (sector) code, such as "GOV",
   "MIL", "REB", "IGO" (CAMEO 1.1b3 actor codebook, chapter on sectors and types). */
bool dyad_is_actor_type(const char *p);

/*
** Split an actor code into its country and its sector parts.  country gets the first three
** letters when they name a country or region ("RUS" of "RUSGOV"), else "" (for "IGOEEU",
** "---GOV").  sectors gets the type codes found among the three-letter parts, space-separated
** ("GOV MIL"), or "".  Parts that are neither (known groups such as "HMS", religions) are left
** out of both.
*/
void dyad_actor_code_split(const char *code, char country[4], char *sectors, size_t sectors_size);

#endif
