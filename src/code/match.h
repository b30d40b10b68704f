/*
** match.h - matching one verb pattern against a verb of the analysed sentence, in either
** dictionary dialect (dict.h describes both).  Internal to src/code.
*/
#ifndef DYAD_MATCH_H
#define DYAD_MATCH_H

#include "code/coder_int.h"

#define MAX_USED 16

/* What a matched pattern's '$', '+' and '%' items bound (mention indices, or -1), and the
   words its word and synset items matched (they are part of the verb's meaning, so they are
   not the target: "- * TROOPS"). */
typedef struct coder_binding {
    int source, target, compound;
    int used[MAX_USED];
    int nused;
} coder_binding;

/* Record that word i was matched by a pattern word. */
static inline void coder_use(coder_binding *b, int i) {
    if (b->nused < MAX_USED) b->used[b->nused++] = i;
}

/*
** PETRARCH-1 dialect: match pattern p against the verb's upper and lower sequences.  Returns
** true on a match and fills *b; on failure *failed (when not NULL) gets the index of the item
** furthest from the verb that could not be matched, to explain the failure (-1: none).
*/
bool coder_match1(const csent *s, const cverb *v, const dyad_pattern *p, coder_binding *b,
                  int *failed);

/* A constituent of a PETRARCH-2 pattern: a noun or prepositional phrase (match2.c). */
typedef struct coder_constituent {
    int16_t prep;           /* item index of the PREP, or -1 */
    int16_t head;           /* item index of the HEAD (or token), or -1 for "(FOR)" */
    int16_t mod0, nmod;     /* MOD items: items[mod0 .. mod0+nmod) */
} coder_constituent;

/* Fill v's complements (v->cand), against which PETRARCH-2 constituents are matched. */
void coder_match2_candidates(const csent *s, cverb *v);

/*
** PETRARCH-2 dialect: match pattern p's constituents against the verb's subject (or passive
** agent) and its complements.  Returns true on a match and fills *b; *failed as above (the
** constituent's head or preposition item).
*/
bool coder_match2(const csent *s, const cverb *v, const dyad_pattern *p, coder_binding *b,
                  int *failed);

#endif
