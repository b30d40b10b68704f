/*
** analyze.c - the whole front end for one document: segment its text (unless a reader or
** treebank already did), then tag, lemmatize and parse every sentence.
*/
#include "dyad.h"

void dyad_analyze(const dyad_model *m, dyad_document *doc) {
    if (doc->n_sentences == 0 && doc->text_len > doc->body_start) dyad_segment(doc);
    for (int i = 0; i < doc->n_sentences; i++) {
        dyad_tag(m, &doc->sentences[i], doc->arena);
        dyad_parse(m, &doc->sentences[i]);
    }
}
