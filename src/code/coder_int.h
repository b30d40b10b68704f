/*
** coder_int.h - what the files of the coder share: the analysed sentence (children, subtree
** spans, noun-phrase mentions and their actors), the verb being coded, and the coder's state.
** Internal to src/code; coder.h is the interface.
*/
#ifndef DYAD_CODER_INT_H
#define DYAD_CODER_INT_H

#include <stdarg.h>
#include "code/coder.h"

/* Dependency relations the coder tells apart (UD v2 names; subtypes folded where noted). */
enum {
    R_OTHER = 0, R_ROOT, R_NSUBJ, R_NSUBJ_PASS, R_CSUBJ, R_OBJ, R_IOBJ, R_OBL, R_OBL_AGENT,
    R_OBL_TMOD,     /* obl:tmod, obl:tmp, nmod:tmod */
    R_OBL_NPMOD,    /* obl:npmod, nmod:npmod */
    R_NMOD, R_NMOD_POSS, R_APPOS, R_CONJ, R_CC, R_CASE, R_DET, R_AMOD, R_NUMMOD, R_COMPOUND,
    R_PRT,          /* compound:prt */
    R_FLAT, R_FIXED, R_ADVMOD, R_AUX, R_AUX_PASS, R_COP, R_MARK, R_XCOMP, R_CCOMP, R_ADVCL,
    R_ACL, R_RELCL, R_PUNCT, R_PARATAXIS, R_EXPL, R_DISCOURSE, R_DEP
};

/* An actor as found in a sentence: code (NULL when unknown), entry, naming words. */
typedef struct cactor {
    const char *code;       /* "RUSMIL", a quoted new actor, or NULL (unknown: "---") */
    const char *entry;      /* actor entry name, agent phrase, or NULL */
    const char *file;       /* where the entry is: dictionary file and line */
    int line;
    int first, last;        /* naming words (0-based, inclusive); -1 when none */
    int efirst, elast;      /* the words of those naming the actor entry ("French" of "French
                               citizens"); -1 when an agent or a pronoun names it */
    int mention;            /* mention it belongs to */
} cactor;

/* Closed-class words the coder's rules look for (cword.flags). */
enum {
    F_POSS = 1,         /* the possessive 's or ' */
    F_NEG = 2,          /* not, n't, never */
    F_PRON = 4,         /* a personal pronoun: he she it they him her them, and possessives */
    F_PLURAL = 8,       /* they them their theirs themselves */
    F_FORMER = 16,      /* former, ex- */
    F_RELPRON = 32,     /* who which that whom */
    F_BY = 64,
    F_NEITHER = 128
};

/* One word of the analysed sentence. */
typedef struct cword {
    int32_t id, lid;        /* dictionary word ids of the form and the lemma, or DYAD_NO_WORD */
    int head;               /* 0-based head, -1 for the root */
    int kid0, nkids;        /* children: csent.kids[kid0 .. kid0+nkids), in sentence order */
    int lo, hi;             /* subtree span, inclusive */
    int depth;
    int mention;            /* mention headed by this word, or -1 */
    int top;                /* top-level mention whose span holds the word, or -1 */
    uint8_t rel, upos;
    uint8_t flags;          /* F_* */
} cword;

/* A noun phrase: its head, its words and (once coded) its actors. */
typedef struct mention {
    int head;
    int lo, hi;             /* span of its words */
    int w0, nw;             /* words: csent.mw[w0 .. w0+nw), sentence order */
    int a0, na;             /* actors: csent.act[a0 .. a0+na) */
    bool coded;             /* actors computed */
    bool pron;              /* a personal pronoun */
    bool compound;          /* a coordination of several members */
    bool known;             /* at least one actor has a code */
    bool temporal;          /* headed by a noun of time ("on Tuesday"): never a source or
                               target itself, though a phrase inside it may be */
    bool reflexive;         /* no actor of its own, but a possessive pronoun that refers to the
                               clause's subject ("delayed their meeting") */
} mention;

typedef struct dyad_coder dyad_coder;

#define MAX_VERB_BLOCKS 8
#define MAX_VERB_PARTS 8

/* A verb of the sentence found in the dictionary, with what the coder needs about it. */
typedef struct cverb {
    int word;               /* the verb word */
    int nv;
    int32_t v[MAX_VERB_BLOCKS];     /* its dyad_verb entries, one per block, file order */
    int parts[MAX_VERB_PARTS];      /* the other words of a multi-word verb */
    int nparts;
    bool passive;           /* nsubj:pass or aux:pass */
    bool negated;           /* not, n't, never; a "neither" subject */
    int subj;               /* subject word (own or inherited), or -1 */
    int agent;              /* passive agent word ("by" phrase), or -1 */
    int *U, nu;             /* PETRARCH-1 upper sequence: words before the verb, leftwards */
    int *L, nl;             /* lower sequence: the verb phrase after the verb */
    int cand[64], ncand;    /* complements for PETRARCH-2 patterns (match2.c) */
} cverb;

/* The sentence being coded. */
typedef struct csent {
    dyad_coder *c;
    dyad_document *doc;
    const dyad_sentence *s;
    int si;                 /* index of s in doc */
    int n;
    cword *w;
    int *kids;
    int32_t *ids, *lids;    /* form and lemma ids, n each */
    const char **forms;     /* n */
    mention *m;
    int nm, cap_m;
    int *mw;
    int nmw, cap_mw;
    cactor *act;
    int nact, cap_act;
    bool *claimed;          /* words of verb phrases already coded (PETRARCH-1 dialect) */
    uint64_t words[4];      /* a Bloom filter of the form and lemma ids (coder_word_bit) */
} csent;

/* The bit of word id in a 256-bit Bloom filter of words (csent.words): patterns whose words
   are not all in a sentence's filter cannot match it (match2.c). */
static inline void coder_word_bit(uint64_t words[4], int32_t id) {
    uint32_t h = (uint32_t)id * 2654435761u >> 24;
    words[h >> 6] |= 1ULL << (h & 63);
}

/* An antecedent kept across sentences for pronouns. */
typedef struct antecedent {
    cactor a[8];
    int n;
} antecedent;

#define REL_CACHE 64
#define NEG_WORDS 6

struct dyad_coder {
    const dyad_dict *d;
    const char *rel_key[REL_CACHE];     /* relation strings seen (sentence.c) */
    char rel_name[REL_CACHE][24];
    uint8_t rel_val[REL_CACHE];
    int32_t neg_ids[NEG_WORDS];         /* word ids of not, n't, never, neither, no, nor */
    struct coder_discards *disc;        /* quick discard test (discard.c) */
    dyad_coder_options opt;
    int32_t day;            /* document date as a day number, or DYAD_NO_DAY */
    antecedent prev_subject;  /* the first subject with an actor of the latest sentence */
    csent s;
    int cap_words;          /* allocated word capacity of s */
    dyad_event *ev;
    int nev, cap_ev;
    int32_t *tmp;           /* scratch ids */
    int cap_tmp;
    int *useq, *lseq;       /* sequence buffers of the verb being coded */
    int cap_useq, cap_lseq;
    struct cvres *vres;     /* the verbs coded in the sentence (transformations) */
    int nvres, cap_vres;
    /* PETRARCH-2 patterns split into constituents, once per pattern (match2.c) */
    int32_t *split_at;      /* per pattern: -2 not yet split, -1 unusable, else index in pool */
    uint64_t (*pat_words)[4];   /* per pattern: Bloom filter of the words it needs */
    struct coder_constituent *pool;
    int npool, cap_pool;
    uint8_t *syn_pp;        /* per synset: 2 when a member is a prepositional phrase (match2.c) */
    /* synsets that mark the mood of an act (mood.c), -1 when the dictionary has none */
    int syn_intent_aux, syn_intent_adj, syn_obligation_aux, syn_refusal, syn_reluctance;
    bool clause_subjects;   /* adverbial clauses take their controlling verb's subject (verb.c):
                               dictionaries that define the mood synsets (dyad's own) */
};

/* ----------------------------------------------------------- sentence.c */

/* Is w (any case) a noun of time ("Tuesday", "week": mention.c)? */
bool coder_temporal_word(const char *w);

/* Can form (any case) stand for an actor named elsewhere: 1 for a personal pronoun (F_PRON),
   2 for a demonstrative (this, that, these, those), else 0. */
int coder_referring_word(const char *form);
/* Only the words of sentence si of doc into c->s: n, forms and ids (no tags or parse needed). */
void coder_sentence_words(dyad_coder *c, dyad_document *doc, int si);
/* Analyse sentence si of doc into c->s, after coder_sentence_words() of the same sentence;
   false when it is not a parsed tree. */
bool coder_sentence(dyad_coder *c, dyad_document *doc, int si);
/* Make *p hold at least need items of size bytes (*cap counts items). */
void coder_grow(void **p, int *cap, int need, size_t size);
/* Relation class of a UD relation name. */
int coder_rel(const char *deprel);
/* True when word i's form or lemma is one of the space-separated lower-case words. */
bool coder_word_in(const csent *s, int i, const char *list);
/* True when word a is word b or one of its descendants. */
static inline bool coder_inside(const csent *s, int a, int b) {
    return a >= s->w[b].lo && a <= s->w[b].hi;
}
/* The child of h with relation rel (first in sentence order), or -1. */
int coder_child(const csent *s, int h, int rel);
/* The case (preposition) child of h, or -1. */
int coder_case(const csent *s, int h);
/*
** The word a relative pronoun (word p: who, whom, which, that) stands for: the noun its clause
** modifies (acl:relcl, across coordinated verbs); or, when the parser attached a
** non-restrictive clause elsewhere ("Scholz, who returned ..." as advcl), the noun just before
** the comma that opens it ("who", "whom", "which" only).  -1 when there is none.
*/
int coder_relative_antecedent(const csent *s, int p);

/* --------------------------------------------------------------- verb.c */

/* Find the dictionary verb at word i (form, else lemma; multi-word verbs first); false if
   none.  Fills v->word, v->v, v->parts. */
bool coder_find_verb(csent *s, int i, cverb *v);
/* Fill the verb's frame: passive, negation, subject, agent, and its sequences (U and L point
   into buffers owned by the coder, valid until the next call). */
void coder_verb_frame(csent *s, cverb *v);
/* True when word i is one of the verb's words (the verb or a part of a multi-word verb). */
bool coder_verb_word(const cverb *v, int i);

/* --------------------------------------------------------------- emit.c */

/* What the events of one coded verb share. */
typedef struct coder_verbinfo {
    int word;               /* the verb word */
    bool dated;             /* date computed (only once an event is kept) */
    const char *verb;       /* the verb's base form with its other words ("cordon off") */
    uint32_t start, end;    /* span of the verb and its other words */
    const char *pattern, *origin;
    bool negated;
    char date[11];
    bool date_in_text;      /* a time expression gave date (else it is the document's) */
} coder_verbinfo;

/* Append the event src -> tgt with code to the coder's events, unless it points at itself, is
   not a dyad while require_dyad is set, or the sentence has it already.  NULL actors are
   unknown ("---"). */
void coder_emit(csent *s, const cactor *src, const cactor *tgt, const char *code, coder_verbinfo *vi);
/* "file:line" (file without its folders) in the document's arena. */
const char *coder_origin(csent *s, const char *file, int line);
/* The verb as events report it: its lemma (else its dictionary form) with its other words. */
const char *coder_verb_name(csent *s, const cverb *v);
/* file without its folders. */
const char *coder_base_name(const char *file);

/* A verb the sentence has coded (or tried to): what transformations need of it. */
typedef struct cvres {
    int word;               /* the verb word */
    int32_t verb;           /* its first dyad_verb */
    dyad_event_code code;   /* the code it got ({NULL, NULL}: none) */
    int src, tgt;           /* source and target mentions, or -1 */
    int ev0, ev1;           /* its events: coder.ev[ev0 .. ev1) */
    bool dialect2;          /* its dictionary is in the PETRARCH-2 dialect */
    coder_verbinfo vi;
} cvres;

/* ---------------------------------------------------------- transform.c */

/* Verb record o and the record in of its clause (NULL: none) give way to one event: o's events
   and in's are dropped (in keeps no code), and code is emitted from o's source to mention tgt
   with vi; o then holds those events, code and target. */
void coder_replace_events(csent *s, cvres *o, cvres *in, int tgt, const char *code, coder_verbinfo *vi);
/* Apply the dictionary's transformations to the verbs the sentence has coded (coder.vres), and
   fold intention verbs into the events of their open clauses (transform.c). */
void coder_transform(csent *s);

/* --------------------------------------------------------------- mood.c */

/* The code of the event of dialect-2 verb v whose dictionary code is code, given its mood: an
   intended cooperative act is an intent (03), an intended conflictual act a threat (13), a
   negated or refused cooperative act a rejection (12, and *negated is cleared), another refused
   act no event (NULL).  Returns code itself, a static code string or NULL; traces any change. */
const char *coder_mood(csent *s, const cverb *v, const char *code, bool *negated);
/* Verbs of saying whose clausal complement has "must", "should" or "ought": their events and
   the complement's give way to a demand (10) from the speaker to the complement's subject. */
void coder_mood_demands(csent *s);

/* ------------------------------------------------------------- target.c */

struct coder_binding;
/* The source and target mentions of verb v given the pattern's bindings b (-1: none). */
void coder_source_target(csent *s, const cverb *v, const struct coder_binding *b, int *src, int *tgt);
/* The actors of mention m (coding it first) into out (at most max); their number. */
int coder_actors_of(csent *s, int m, const cactor **out, int max);
/* True when mention m has an actor with a code. */
bool coder_known(csent *s, int m);
/* True when every code of mention b is a code of mention a. */
bool coder_same_codes(csent *s, int a, int b);

/* -------------------------------------------------------------- trace.c */

/* Append printf-formatted text to the trace when there is one. */
void coder_trace(dyad_coder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append the text of words lo..hi (inclusive) to the trace, quoted. */
void coder_trace_words(dyad_coder *c, const csent *s, int lo, int hi);

/* The noun phrases of the sentence with their actors and entries. */
void coder_trace_phrases(csent *s);
/* A mention and its actors, labelled what ("source"). */
void coder_trace_mention(csent *s, const char *what, int m);
/* Why pattern p did not match (failed: the item that could not be found, or -1). */
void coder_trace_failure(csent *s, const dyad_pattern *p, int failed);

/* ------------------------------------------------------------ discard.c */

typedef struct coder_discards coder_discards;

/* The quick discard test of dictionary d (never NULL); free with coder_discards_free(). */
coder_discards *coder_discards_new(const dyad_dict *d);
void coder_discards_free(coder_discards *q);
/* False when no discard phrase can match in the sentence (then dyad_discard_find need not run). */
bool coder_may_discard(const coder_discards *q, const csent *s);

/* ------------------------------------------------------------ mention.c */

/* Find the noun-phrase mentions of the analysed sentence (after coder_sentence). */
/* Repair noun-phrase structure that parsers get wrong (repair_np.c): a case-less nmod inside
   a name becomes flat, a second subject listed after the first becomes its conjunct. */
void coder_repair_noun_phrases(csent *s);
void coder_mentions(csent *s);
/* Code mention m (once): fills its actors, resolving pronouns. */
void coder_code_mention(csent *s, int m);
/* The mention a word heads or, failing that, the top-level mention it lies in; -1 if none. */
int coder_mention_of(const csent *s, int word);
/* Remember the sentence's subjects for pronouns of later sentences. */
void coder_remember(csent *s);
/* Text of a code for the trace ("---" for NULL). */
static inline const char *coder_code_text(const char *code) { return code ? code : "---"; }

#endif
