/*
** gold_int.h - what the gold readers of src/eval share: each reader appends the sentences it
** reads to a buffer, and gold.c makes the ids unique and settles the code scheme.
*/
#ifndef DYAD_EVAL_GOLD_INT_H
#define DYAD_EVAL_GOLD_INT_H

#include "eval/eval.h"
#include "util/util.h"

/*
** Read the PETRARCH validation file g->path (src/document/petrxml.h) and append its records
** to sents (an array of dyad_gold_sentence, strings in g->arena).  Returns false when the file
** could not be read at all (already reported).
*/
bool dyad_gold_read_petr(dyad_gold *g, dyad_buf *sents);
/*
** Read the JSON gold records in data[0..len) (the bytes of g->path): PLOVER records and dyad's
** gold records, one per line or as the elements of one JSON array; append the sentences to
** sents.  Sets g->format to DYAD_GOLD_PLOVER when any PLOVER record was read.
*/
void dyad_gold_read_json(dyad_gold *g, const char *data, size_t len, dyad_buf *sents);

#endif
