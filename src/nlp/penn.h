/*
** penn.h - Penn Treebank bracketed trees: reading them, converting them to UD dependencies,
** and aligning their words with the sentence text.  Internal to libdyad.
**
** The trees dyad meets are those of PETRARCH's validation files (CoreNLP-style parses, with
** PETRARCH's own conventions: a "(ROOT ...)" or "( ...)" wrapper, auxiliaries tagged AUXB,
** AUXD, AUXG, AUXP, AUXZ, brackets written -LRB- and -RRB-, quotes as `` and '').  The
** converter gives every word a head and a UD v2 relation, good enough for event coding:
** subjects (nsubj, nsubj:pass), objects, passive agents (obl:agent), clausal complements of
** verbs of saying, coordination, and the usual nominal modifiers.
*/
#ifndef DYAD_PENN_H
#define DYAD_PENN_H

#include <stdbool.h>
#include <stddef.h>
#include "dyad.h"

/* A node of a bracketed tree.  A preterminal has a word and no children. */
typedef struct dyad_penn_node {
    const char *label;   /* phrase label with function tags ("NP-TMP"), a preterminal's POS
                            tag as written ("AUXZ"), or "" for an unlabelled bracket */
    const char *word;    /* a preterminal's word as written ("-LRB-"); NULL for a phrase */
    int n_kids;
    struct dyad_penn_node **kids;
} dyad_penn_node;

/*
** Read one tree from the len bytes at text.  Nodes and strings go into arena a.  *used gets
** the number of bytes read (the tree and the whitespace after it), so that a caller can read
** several trees in a row.  On a malformed tree (unbalanced brackets, an empty bracket, two words
** under one tag, nesting deeper than 500) the problem is reported through dyad_warn() as
** file:line, counting line from the given first line of text, and NULL is returned.
*/
dyad_penn_node *dyad_penn_read(const char *text, size_t len, dyad_arena *a, const char *file,
                               long line, size_t *used);

/*
** Convert a tree to the words of s: form, XPOS (Penn tag; PETRARCH's AUXB/AUXD/AUXG/AUXP/
** AUXZ become VB/VBD/VBG/VBP/VBZ), UPOS (mapped from the Penn tag, with AUX for auxiliaries
** and copulas, SCONJ for subordinators, PRON for stand-alone determiners), head and deprel.
** Heads follow head rules in the manner of Collins (1999) and the Stanford basic-dependency
** converter (de Marneffe et al. 2006), adjusted to UD v2 content-word heads: the main verb
** over auxiliaries, the predicate over a copula, the noun of a prepositional phrase over its
** preposition.  Lemmas are left NULL; spans, tokens and s->start/end are left 0 (see
** dyad_penn_align).  Empty elements (-NONE-) are dropped.  Memory comes from arena a.
** Returns the number of words (0 for a tree without words, leaving s empty).
*/
int dyad_penn_convert(const dyad_penn_node *tree, dyad_sentence *s, dyad_arena *a);

/*
** Give the words of s their byte spans in text, searching from byte from, and make one token
** per word (space_after from the text).  Words match the text byte for byte or ignoring ASCII
** case, except that -LRB-/-RRB-/-LCB-/-RCB-/-LSB-/-RSB- match brackets, `` and '' match " or
** curly double quotes, and ` and ' match curly single quotes; a matched word takes the text's
** bytes as its form.  Where tree and text differ (PETRARCH's test records edit one and not
** the other), the alignment resynchronises: extra text before a word is skipped (up to 64
** bytes), a word the text lacks gets an empty span, a different word in the text takes its
** place (the word keeps the tree's form and gets that text's span).  Words not found verbatim
** are reported in one warning with file and line.  Returns true when every word was found.
*/
bool dyad_penn_align(dyad_sentence *s, const char *text, size_t len, size_t from,
                     dyad_arena *a, const char *file, long line);

/*
** Read the bracketed tree in parse (parse_len bytes), convert it, align it with doc->text
** from byte `from`, and append it to doc's sentences.  Returns the new sentence (valid until
** the next sentence is added to doc), or NULL when
** the tree is malformed or has no words (reported with file and line).  *aligned (when not
** NULL) tells whether every word found its place in the text.
*/
dyad_sentence *dyad_penn_add_sentence(dyad_document *doc, const char *parse, size_t parse_len,
                                      size_t from, const char *file, long line, bool *aligned);

#endif
