/*
** eval.h - scoring a segmentation (tokens, words, sentences) against a treebank, in the manner
** of the CoNLL 2018 shared task's evaluation script (conll18_ud_eval.py; Zeman et al. 2018,
** "CoNLL 2018 Shared Task: Multilingual Parsing from Raw Text to Universal Dependencies").
** Internal to libdyad.
*/
#ifndef DYAD_NLP_EVAL_H
#define DYAD_NLP_EVAL_H

#include <stdbool.h>
#include "dyad.h"

/* Counts for one kind of unit: gold units, system units, and units both agree on. */
typedef struct dyad_eval_count {
    long gold, system, correct;
} dyad_eval_count;

/* Counts for a segmentation, summed over documents. */
typedef struct dyad_segment_eval {
    dyad_eval_count tokens;     /* surface tokens, equal when their byte spans are equal */
    dyad_eval_count words;      /* syntactic words, multiword tokens aligned as in CoNLL 2018 */
    dyad_eval_count sentences;  /* sentences, equal when their byte spans are equal */
} dyad_segment_eval;

/*
** Add the comparison of the system's segmentation sys with the gold segmentation gold to ev.
** Both documents must hold the same text (sys is usually dyad_eval_raw_document(gold) after
** dyad_segment()); returns false and adds nothing when their texts differ.
**
** Tokens and sentences count as correct when their spans are equal.  Words outside multiword
** tokens count as correct when their spans are equal; where a multiword token of either side
** overlaps the other side, the words of the overlapping stretch are aligned by the longest
** common subsequence of their lower-cased forms, as the CoNLL 2018 script does.
*/
bool dyad_eval_segment(dyad_segment_eval *ev, const dyad_document *gold, const dyad_document *sys);

/*
** A new, unsegmented document holding a copy of gold's text, id and origin, to be segmented
** with dyad_segment() and scored with dyad_eval_segment().  Free it with dyad_document_free().
*/
dyad_document *dyad_eval_raw_document(const dyad_document *gold);

/* Precision, recall and F1 of c, as fractions in [0, 1]; 0 when undefined. */
double dyad_eval_precision(const dyad_eval_count *c);
double dyad_eval_recall(const dyad_eval_count *c);
double dyad_eval_f1(const dyad_eval_count *c);

/*
** Tagging and parsing from raw text, in the manner of the CoNLL 2018 scorer's UPOS, Lemmas,
** UAS and LAS lines: a system word counts when it aligns with a gold word (same span and the
** same place inside its token) and agrees with it; for UAS and LAS its head must align with the
** gold word's head too.  F1 = 2 * correct / (gold words + system words).
*/
typedef struct dyad_raw_parse_eval {
    long gold_words, system_words, aligned, upos, lemma, uas, las;
} dyad_raw_parse_eval;

/* Add the comparison of sys (segmented, tagged and parsed from gold's text) with gold to e. */
void dyad_eval_raw_parse(dyad_raw_parse_eval *e, const dyad_document *gold, const dyad_document *sys);
/* F1 in [0, 1] of k correct words. */
double dyad_eval_raw_f1(const dyad_raw_parse_eval *e, long k);

#endif
