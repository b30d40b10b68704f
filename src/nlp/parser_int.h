/*
** parser_int.h - what the parser's two files share: the model, the configuration of the
** arc-hybrid transition system with its moves and features (parser.c), used by greedy parsing
** and training in parser.c and by beam search in beam.c.
*/
#ifndef DYAD_PARSER_INT_H
#define DYAD_PARSER_INT_H

#include "nlp/nlp.h"

#define PARSER_VERSION 2
#define SURE_MIN 50        /* an arc of tags seen this often with one label only ... */
#define SURE_SHARE 0.995   /* ... (this share of them) is labelled without the labeller */
#define MAX_FEATS 128 /* more than ps_move_features() and ps_label_features() make */
#define MAX_LABELS 64

enum { SHIFT, LEFT, RIGHT, N_MOVES };

struct nlp_parser {
    int n_labels, root_label;
    int punct_label;    /* "punct", the relation of every punctuation mark; -1 if absent */
    const char **labels;
    nlp_wtab moves, labeller;
    nlp_ktab sure;      /* (dependent tags, head tags, direction) -> label, when nearly certain */
    nlp_wtab beam_moves; /* move weights trained for beam search (beam.c) */
    int beam_width;     /* the width they were trained with; 0 when the model has none */
};

/* Feature values of a word. */
typedef struct pword {
    uint64_t w, p; /* hashes of the lower-cased form and of the UPOS+XPOS tags */
    uint64_t u;    /* UPOS alone */
} pword;

/*
** A parser configuration.  Words are 1..n, n + 1 is the root (at the end of the buffer) and
** 0 stands for "none" in every array, so that features need no tests.
*/
typedef struct pstate {
    int n, sp, b;
    int *stack, *head, *label;
    int *lc1, *lc2, *rc1, *rc2, *nl, *nr; /* leftmost, 2nd leftmost, rightmost, ... children */
    uint64_t *lset, *rset;                /* sets of the labels of left and right children */
    pword *pw;
} pstate;

/* The state of training (parser.c, beam.c). */
typedef struct ptrain {
    nlp_perceptron *moves, *labeller;
    int n_labels, root_label;
    nlp_map sure;         /* as nlp_parser.sure */
    uint64_t rng;
    double explore;       /* chance of following a wrong predicted move */
    long moves_right, moves_total, arcs_right, arcs_total;
} ptrain;

/* Bytes of memory a configuration of n words needs; ps_state_init lays it out in mem. */
size_t ps_state_size(int n);
void ps_state_init(pstate *st, int n, void *mem);
/* Word features (form and tag hashes) of the words of s into st->pw. */
void ps_state_words(pstate *st, const dyad_sentence *s);
/* Is the configuration final (stack empty, only the root left)? */
bool ps_terminal(const pstate *st);
/* May move be taken in st? */
bool ps_valid(const pstate *st, int move);
/* Head and dependent of the arc a LEFT or RIGHT would make. */
void ps_arc_of(const pstate *st, int move, int *h, int *d);
/* Take move; label is the relation of the arc it makes (ignored for SHIFT). */
void ps_apply(pstate *st, int move, int label);
/* Would move make a punctuation mark the head of a word? */
bool ps_punct_head(const pstate *st, int move);
/* Keys of the move features of st into k (at most MAX_FEATS); returns their number. */
int ps_move_features(const pstate *st, uint64_t *k);
/* Keys of the label features of the arc h -> d that move makes; returns their number. */
int ps_label_features(const pstate *st, int move, int h, int d, uint64_t *k);
/* Key of the sure-label table for the arc h -> d. */
uint64_t ps_sure_key(const pstate *st, int h, int d);
/* The relation of the arc that LEFT or RIGHT makes in st: root, punct for punctuation, the
   sure label of the two words' tags, else the labeller's best; keys is scratch space. */
int ps_label(const nlp_parser *ps, const pstate *st, int move, uint64_t *keys);
/* Gold arcs lost by each move in st given the gold heads (-1 for invalid moves). */
void ps_move_costs(const pstate *st, const int *gold, int *cost);

/*
** Beam search (beam.c).  nlp_beam_parse parses s with a beam of k using ps->beam_moves and
** leaves heads and relations in s as nlp_parser_parse does.  nlp_beam_train trains move
** weights for it on the gold trees gold (from nlp_parser_train) with relations from t's
** trained labeller (frozen, so its weights are its averages), in epochs passes over c in t's
** random order; it returns the new perceptron, its feature counts those of the last pass.
** k is at least 2; max_n is the most words of a training sentence; run numbers its messages
** when several trainings run at once (0: one training).
*/
void nlp_beam_parse(const nlp_parser *ps, dyad_sentence *s, int k);
nlp_perceptron *nlp_beam_train(const nlp_corpus *c, int **gold, ptrain *t, int punct_label,
                               int k, int epochs, int max_n, int run, bool verbose);

#endif
