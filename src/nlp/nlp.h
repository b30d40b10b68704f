/*
** nlp.h - internals of dyad's tagger, lemmatizer and dependency parser, shared by their
** files, the trainer, the `dyad train` and `dyad parse --eval` commands, tests and bench/.
**
** Every classifier is a linear model over hashed features (64-bit keys): an averaged
** perceptron while training (Collins 2002), frozen after training into int16 weights held in
** open-addressing tables that are used in place from the model image (no parsing at load).
*/
#ifndef DYAD_NLP_H
#define DYAD_NLP_H

#include <stdbool.h>
#include <stdint.h>
#include "dyad.h"
#include "util/util.h"

/* ------------------------------------------------------- feature keys */

/*
** Key of feature template t over the values a, b, c (hashes of words, tag ids, counts): the
** parts are spread by odd 64-bit multipliers, summed, and mixed once (the finaliser of
** MurmurHash3), so that both halves of the key (home bucket, check) depend on every bit.
*/
static inline uint64_t nlp_mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}
static inline uint64_t nlp_fk1(uint32_t t, uint64_t a) {
    return nlp_mix((uint64_t)t * 0x9e3779b97f4a7c15ULL + a * 0xbf58476d1ce4e5b9ULL);
}
static inline uint64_t nlp_fk2(uint32_t t, uint64_t a, uint64_t b) {
    return nlp_mix((uint64_t)t * 0x9e3779b97f4a7c15ULL + a * 0xbf58476d1ce4e5b9ULL +
                   b * 0x94d049bb133111ebULL);
}
static inline uint64_t nlp_fk3(uint32_t t, uint64_t a, uint64_t b, uint64_t c) {
    return nlp_mix((uint64_t)t * 0x9e3779b97f4a7c15ULL + a * 0xbf58476d1ce4e5b9ULL +
                   b * 0x94d049bb133111ebULL + c * 0xd6e8feb86659fd93ULL);
}
/* Hash of a string (of n bytes). */
static inline uint64_t nlp_hs(const char *s, size_t n) { return dyad_hash(s, n, 0x64796164); }

/* Copy the ASCII-lowercased form into out (size cap); returns its length. */
size_t nlp_lower(const char *form, char *out, size_t cap);

/* ------------------------------------------- frozen tables (in place) */

/*
** Open-addressing tables used in place from the model image, in buckets of one cache line
** (64 bytes, 8 slots).  A key's home bucket is ((key & 0xffffffff) * n_buckets) >> 32; slots
** fill in order, a full bucket overflows into the next, so a lookup reads one line almost
** always, and a bucket with a free last slot ends the search.  Each slot keeps a check taken
** from the key's high bits (never 0, which marks a free slot) instead of the key: a false hit
** needs the same home bucket and check, rare enough to ignore for hashed features.
*/
static inline uint32_t nlp_home(uint64_t key, uint32_t n) {
    return (uint32_t)(((key & 0xffffffffULL) * n) >> 32);
}

/* Key table: 64-bit key -> u32 value; bucket = u32 check[8], u32 value[8]. */
typedef struct nlp_ktab {
    const uint32_t *buckets; /* 16 words each */
    uint32_t n_buckets;
} nlp_ktab;

/* Value of key, or UINT32_MAX when absent. */
uint32_t nlp_ktab_get(const nlp_ktab *t, uint64_t key);
/* Is every value stored in the table below limit?  (To check a loaded table once.) */
bool nlp_ktab_values_below(const nlp_ktab *t, uint32_t limit);

/* Builds a key table: add pairs, then write it out. */
typedef struct nlp_ktab_builder {
    uint64_t *keys;
    uint32_t *values;
    size_t n, cap;
} nlp_ktab_builder;
void nlp_ktab_add(nlp_ktab_builder *b, uint64_t key, uint32_t value);
/* Append the table as a block (the buckets) to out; frees the builder. */
void nlp_ktab_write(nlp_ktab_builder *b, dyad_buf *out);

/*
** A frozen weight table, in one of two layouts.  Sparse: a key table from feature key to an
** offset into a pool of u32 words; at the offset the number of classes n, then n words
** (class << 16 | (uint16_t)weight), or, for features with weights for many classes, the word
** 0x80000000 and a dense row of n_classes int16 weights.  Dense, for models of at most 3 classes (the parser's
** moves): buckets of u16 check[8], int16 weight[8][3], the weights beside the check, so one
** cache line per feature; check = the key's top 16 bits with the low bit set.
*/
typedef struct nlp_wtab {
    int n_classes;
    bool dense;
    nlp_ktab keys;            /* sparse */
    const uint32_t *pool;     /* sparse */
    const uint16_t *buckets;  /* dense: 32 u16 each */
    uint32_t n_buckets;       /* dense */
} nlp_wtab;

/*
** Add the weights of features keys[0..n) to scores[0..n_classes).  Absent features add
** nothing.  All home buckets are prefetched before any is read, so that cache misses overlap.
*/
void nlp_wtab_score(const nlp_wtab *t, const uint64_t *keys, int n, int32_t *scores);

/* ------------------------------------------------- model sections */

/* Reads a section: a sequence of blocks, each a 64-byte header (u64 length) and its bytes
   padded to 64, so that a block in a 64-aligned section is 64-aligned. */
typedef struct nlp_blocks {
    const unsigned char *p, *end;
    bool bad;
} nlp_blocks;
/* The next block (its length in *n), or NULL and bad set when the section is too short. */
const void *nlp_block(nlp_blocks *r, size_t *n);
/* Append a block to out. */
void nlp_block_add(dyad_buf *out, const void *p, size_t n);
/* Read a block holding a key table / weight table; false when malformed. */
bool nlp_block_ktab(nlp_blocks *r, nlp_ktab *t);
bool nlp_block_wtab(nlp_blocks *r, nlp_wtab *t);
/* Read a block of NUL-separated strings into a malloc'd array of pointers into the image. */
const char **nlp_block_strings(nlp_blocks *r, int *n);

/* ------------------------------------------- averaged perceptron */

/* A growable hash map from 64-bit keys to u32 values, for training-time tables. */
typedef struct nlp_map {
    uint64_t *keys; /* 0 = empty slot; key 0 is stored as 1 */
    uint32_t *vals;
    size_t size, used;
} nlp_map;
/* The value slot of key, or NULL when absent and !create; a new slot holds UINT32_MAX. */
uint32_t *nlp_map_get(nlp_map *m, uint64_t key, bool create);
/* The value of key, or NULL when absent; m is not changed. */
const uint32_t *nlp_map_find(const nlp_map *m, uint64_t key);
void nlp_map_free(nlp_map *m);

typedef struct nlp_perceptron nlp_perceptron;
nlp_perceptron *nlp_perceptron_new(int n_classes);
void nlp_perceptron_free(nlp_perceptron *p);
/* Add current weights (or averaged weights when avg) of the features to scores. */
void nlp_perceptron_score(nlp_perceptron *p, const uint64_t *keys, int n, float *scores, bool avg);
/* Add current weights of the features to scores without counting the features, so that
   threads may score with one perceptron that none of them updates. */
void nlp_perceptron_score_shared(const nlp_perceptron *p, const uint64_t *keys, int n, float *scores);
/* Add delta to the weight of class c for each feature. */
void nlp_perceptron_update(nlp_perceptron *p, const uint64_t *keys, int n, int c, float delta);
/* Count one training instance (the clock that averaging runs on). */
void nlp_perceptron_tick(nlp_perceptron *p);
/*
** Start a training pass: features count the instances they are seen in (by score without
** avg) from here on, so that after the last pass the counts are corpus frequencies.
*/
void nlp_perceptron_epoch(nlp_perceptron *p);
/* Replace the weights by their averages over the clock (once; later calls do nothing). */
void nlp_perceptron_average(nlp_perceptron *p);
/*
** Add scale times the averaged weights of src (averaged first) to dst, whose weights are then
** taken as averages; a feature's count becomes the larger of the two.  Averaging models trained
** on different orders of the data is like bagging them (McDonald, Hall and Mann 2010).
*/
void nlp_perceptron_add(nlp_perceptron *dst, nlp_perceptron *src, float scale);
/*
** Freeze the averaged weights into a weight table block appended to out: weights scaled to
** int16, features seen in fewer than min_count instances of the last pass dropped, and features whose largest
** int16 weight is below min_weight in size (weights round to 0 in any case).
** Returns the number of features kept.  Afterwards the current weights are the averages.
*/
size_t nlp_perceptron_freeze(nlp_perceptron *p, int min_count, int min_weight, dyad_buf *out);

/* Random numbers for training (xorshift64*): deterministic for a seed. */
static inline uint64_t nlp_rand(uint64_t *s) {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 0x2545f4914f6cdd1dULL;
}

/* Shuffle v[0..n) (Fisher-Yates) with the generator state *rng. */
static inline void nlp_shuffle(int *v, int n, uint64_t *rng) {
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(nlp_rand(rng) % (uint64_t)(i + 1)), x = v[i];
        v[i] = v[j];
        v[j] = x;
    }
}

/* ------------------------------------------------------ components */

typedef struct nlp_tagger nlp_tagger;
typedef struct nlp_lemmatizer nlp_lemmatizer;
typedef struct nlp_parser nlp_parser;

struct dyad_model {
    void *image;           /* malloc'd or mapped model bytes; NULL for the embedded model */
    size_t image_size;
    bool mapped;
    dyad_modelfile mf;
    nlp_tagger *tagger;
    nlp_lemmatizer *lemmatizer;
    nlp_parser *parser;
    int beam;              /* width of the parser's beam search; 0 parses greedily */
};

nlp_tagger *nlp_tagger_load(const void *p, size_t n, const char **err);
void nlp_tagger_free(nlp_tagger *t);
/*
** Set upos and xpos of every word: the model's tags, then, when rules, the hand-written
** repairs after it (unseen brackets, a sentence's unseen first name, a verbless sentence's
** past tense), which were written for news text.  Training's jackknifed tags take the model's
** alone, so that a rule added later leaves the trained parser as it was.
*/
void nlp_tagger_tag(const nlp_tagger *t, dyad_sentence *s, bool rules);

nlp_lemmatizer *nlp_lemmatizer_load(const void *p, size_t n, const char **err);
void nlp_lemmatizer_free(nlp_lemmatizer *l);
/*
** Lemma of form with tags upos/xpos: a string of the model (a lemma its lexicon stores) or of
** lemma.c's tables, which live as long as l, or else out (size cap >= 4 * strlen(form) + 8),
** where it was written.  l may be NULL: then lemma.c's tables of irregular forms (met -> meet)
** and numbers are used, and other words come back lower-cased (proper nouns as written).
*/
const char *nlp_lemmatize(const nlp_lemmatizer *l, const char *form, int upos, const char *xpos,
                          char *out, size_t cap);

nlp_parser *nlp_parser_load(const void *p, size_t n, const char **err);
void nlp_parser_free(nlp_parser *ps);
/* Parse s (head, deprel of every word; s must be tagged), greedily or, when beam > 1 and the
   model has beam weights, with a beam of that width (beam.c); then nlp_attach_paired_punct(s),
   nlp_repair_titled_names(s) and nlp_repair_subjects(s). */
void nlp_parser_parse(const nlp_parser *ps, dyad_sentence *s, int beam);
/* Does the model hold move weights for beam search? */
bool nlp_parser_has_beam(const nlp_parser *ps);
/*
** Re-attach quotes and brackets that the parser labelled punct to the head of the phrase they
** enclose, where the new arc crosses no other arc (UD guidelines, punct; punct.c).  Needs the
** heads and deprels of s; allocation failure leaves s as it was.
*/
void nlp_attach_paired_punct(dyad_sentence *s);
/* ------------------------------------------- questions about a parse (tree.c; words 1-based) */

/* Is w's relation rel (subtypes count apart: "obl" is not "obl:tmod")? */
bool nlp_is_rel(const dyad_word *w, const char *rel);
/* Has word x a child, other than word except (0: none), with relation rel? */
bool nlp_has_child(const dyad_sentence *s, int x, const char *rel, int except);
/* Is word y in the subtree of word x (x itself included)? */
bool nlp_under(const dyad_sentence *s, int y, int x);
/* Do all heads lead to 0, with no cycle?  (Several words may have head 0.) */
bool nlp_is_tree(const dyad_sentence *s);
/* The leftmost and the rightmost word of the subtree of word x. */
int nlp_leftmost(const dyad_sentence *s, int x);
int nlp_rightmost(const dyad_sentence *s, int x);
/* Is w's lemma one of the NULL-terminated list lemmas? */
bool nlp_lemma_in(const dyad_word *w, const char *const *lemmas);

/*
** Make each titled name after an adjective of nationality ("Russian President Vladimir
** Putin") one noun phrase headed by the name, and the object of a verb right before it that
** has none (names.c).  Needs the heads, deprels, tags and lemmas of s; deprels it sets are
** string literals.  Returns the number of phrases changed.
*/
int nlp_repair_titled_names(dyad_sentence *s);
/*
** Repair who is whose subject and object in s (subjects.c): one subject per verb (a second one
** after it is its reported clause's subject or its object), a finite clausal complement's own
** subject, the addressee of "told X Y would ...", a day before the verb, and two clauses joined
** by "and" taken for one.  Needs the heads, deprels, tags and lemmas of s; deprels it sets are
** string literals.  When the repairs would not leave a tree, s is left as it was.  Returns the
** number of repairs.
*/
int nlp_repair_subjects(dyad_sentence *s);

/* ------------------------------------------------------- training */

/* Training sentences: pointers into documents the caller keeps. */
typedef struct nlp_corpus {
    dyad_sentence **sents;
    int n;
} nlp_corpus;

typedef struct nlp_train_options {
    int tagger_epochs;     /* default 10 */
    int parser_epochs;     /* default 15 */
    int parser_runs;       /* parsers trained on different orders, averaged (default 1) */
    int folds;             /* jackknife folds for the parser's training tags; <2 uses gold tags */
    int min_count;         /* features seen in fewer instances are dropped (default 3) */
    int min_weight;        /* features whose largest int16 weight is smaller are dropped */
    int beam;              /* also train move weights for beam search of this width (0: not) */
    int beam_runs;         /* ... this many times on different orders, in parallel, averaged */
    int explore;           /* percent chance that parser training follows a wrong predicted
                              move from the second pass on (Goldberg and Nivre 2012) */
    uint64_t seed;
    const nlp_corpus *dev; /* reported after training when not NULL */
    bool verbose;
} nlp_train_options;

/* Train the components; each appends its section bytes to out.  Returns false on bad data. */
void nlp_tagger_train(const nlp_corpus *c, const nlp_train_options *o, dyad_buf *out);
void nlp_lemmatizer_train(const nlp_corpus *c, dyad_buf *out);
void nlp_parser_train(const nlp_corpus *c, const nlp_train_options *o, dyad_buf *out);
/*
** Train tagger, lemmatizer and parser on c and write the model file to path (sections
** "tagger", "lemmatizer", "parser").  Returns false with errno set when it cannot be written.
*/
bool nlp_train_model(const nlp_corpus *c, const nlp_train_options *o, const char *path);

/*
** May a document with this "# newdoc id" go into a model for commercial use?  GUM documents
** ("GUM_<genre>_...") only in the genres whose licence allows it (news, interview, bio,
** voyage, textbook, vlog, speech, conversation: ud/gum/LICENSE.txt); all other documents do.
*/
bool dyad_gum_commercial(const char *doc_id);

/* ----------------------------------------------------------- scoring */

/*
** Accuracy counts of predicted against gold words, as the CoNLL 2018 shared task scorer
** counts them over all words, punctuation included: LAS compares the universal part of the
** relation (before ':'); las_full compares the whole relation with its subtype.
*/
typedef struct dyad_parse_eval {
    long words, upos, xpos, lemma, uas, las, las_full;
    long sentences;
} dyad_parse_eval;
/* Count one predicted word against its gold word. */
void dyad_parse_eval_word(dyad_parse_eval *e, const dyad_word *gold, const dyad_word *pred);
/* Count a sentence whose words are the same as the gold sentence's (gold tokenization). */
void dyad_parse_eval_sentence(dyad_parse_eval *e, const dyad_sentence *gold, const dyad_sentence *pred);
/* Percentage helper: 100 * k / e->words (0 when no words). */
double dyad_parse_eval_pct(const dyad_parse_eval *e, long k);
/* Print the scores, one per line ("UPOS  95.12%"), under a title. */
void dyad_parse_eval_print(FILE *f, const char *title, const dyad_parse_eval *e);

/*
** Tag, lemmatize and parse a copy of every sentence of the documents with m and score it
** against the gold annotation.  Returns the counts.
*/
dyad_parse_eval dyad_parse_eval_documents(const dyad_model *m, dyad_document **docs, int n_docs);

#endif
