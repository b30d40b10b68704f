/*
** dict.h - PETRARCH dictionaries in memory: verb patterns and synsets, actors with dated
** codes, agents, discard phrases and issues, with longest-match lookup for the coder.
**
** The formats are those of PETRARCH-1 and PETRARCH-2 (openeventdata/petrarch2,
** docs/source/dictionaries.rst and petrarch2/PETRreader.py), which inherit from TABARI
** (TABARI manual 0.8, chapter 5).  Everything loaded goes into one dyad_dict: plain arrays of
** plain structs, owned by the dict and released by dyad_dict_free().  Once loaded, a dict is
** only read by the lookups, so threads may share it.
**
** WORDS.  Every phrase of every dictionary is split into words at '_' and white space and
** lower-cased (Unicode, utf8proc); a trailing comma and a possessive "'s" or "'" become words
** of their own, as in UD/Penn tokenization ("PEOPLE'S_ARMY" -> people 's army).  A trailing
** '_' (TABARI's "exact word" mark) is dropped: all matching is on whole words, as in
** PETRARCH-2; only discard phrases keep TABARI's stems (see dyad_discard).  Words of a phrase
** are consecutive whether joined by '_' or a space (PETRARCH-1 let a space in an agent phrase
** skip words; PETRARCH-2 does not).  Verbs and pattern words are single words, lower-cased
** but not split.  Each distinct word gets a small integer id; the coder turns a sentence's
** forms (or lemmas) into ids once with dyad_dict_word_ids() and then matches integers.  A word
** that no dictionary uses has id DYAD_NO_WORD and ends any match.
**
** VERB PATTERNS AND HOW THE CODER MATCHES THEM.  A verb block (--- NAME [code] ---) lists verbs
** and patterns.  A verb found in a sentence (dyad_verb_find on its lemma or form) gives its
** block; the block's patterns are tried and the matching pattern with the most items wins
** (ties: the earlier in the file); when none matches, the verb's own code applies.  A verb
** listed in several blocks (ADD, ATTEMPT in CAMEO.2.0.txt) has a dyad_verb in each, in file
** order along dyad_verb_form.next; PETRARCH-2 uses only the first, dyad's coder tries the
** patterns of all of them (and takes the first block's code when none matches).  A pattern
** whose code is TABARI's [+++] ("complex sentence") is not used.  A pattern repeated in a
** block with another code keeps the later code, as in PETRARCH (and is reported).  A pattern is
** an array of items in file order; items[verb] is the '*' (DYAD_PAT_VERB).  Items before it
** describe the verb's subject side, items after it the verb's complements.
**
** PETRARCH-2 dialect (CAMEO.2.0.txt; block dialect 2): items form constituents.
**   - A HEAD item alone ("POLICE", "&MILITARY", "$") is a noun phrase whose head must match
**     ("A_B" outside braces is read as "{A B}").  Before the verb it is the subject: UD nsubj
**     (nsubj:pass, or the agent obl with case "by", for a passive verb).  After the verb it is
**     a complement of the verb: obj, iobj, obl, xcomp/ccomp heads, and also particles and
**     adverbs such as OFF, UP, OUT, FORWARD (compound:prt, advmod) - PETRARCH matches all of
**     these as "nouns" after the verb - the nmod of the verb's object, and the complements of
**     its xcomp/ccomp ("said it EXPECTS +").  A complement serves one constituent.
**   - MOD items followed by a HEAD ("{ARMS SHIPMENT}", "{&MILITARY AID}") are one noun phrase:
**     the HEAD must be the head word and every MOD a word among its dependents (compound,
**     amod, nmod, det...), in any order.
**   - A PREP item opens a prepositional phrase "(TO BORDER)": the following items with in_pp
**     set, up to the next PREP or the first item without in_pp, are its object noun phrase(s).
**     It matches a dependent of the verb (obl; or nmod of the verb's object, which UD attaches
**     there) whose case child is the preposition and whose head matches the object.  A PP with
**     no object item ("(FOR)") matches any such dependent.
**   - The coder does not require the constituents after the verb to come in the pattern's
**     order (English moves them: "sent troops to X" / "sent to X its troops").
** PETRARCH-1 dialect (PETR.Validate.verbs.txt; block dialect 1): every item has role WORD and
**   the pattern is a sequence over the sentence's words: items before '*' are matched leftwards
**   from the verb, items after it rightwards; an item with joined set must be adjacent to the
**   previous item (they were written "A_B"); otherwise other words may come between.  The
**   words before the verb run back to a comma (stepping over comma-delimited parentheticals),
**   the words after it are the verb's phrase (its subtree without coordinated verbs); '$', '+',
**   '%' and '^' match a whole noun phrase (src/code/match1.c).
** Item kinds, in either dialect:
**   WORD     a literal word: compare with the word's form and lemma (patterns give forms,
**            e.g. "EXERCISES"); in PETRARCH-1 patterns with the form only, as PETRARCH-1
**            matched exact words.
**   SYNSET   any member phrase of synsets[id]; a multi-word member must end at the matched
**            head word (the member's last word is the head: dyad_synset_match_end()); a
**            member with pp set is a whole prepositional phrase (its first word the
**            preposition).  In PETRARCH-1 patterns, dyad_synset_match() at a position.
**   SOURCE   '$': the actor in this constituent is the event's source.
**   TARGET   '+': the actor in this constituent is the event's target.
**   COMPOUND '%': a compound (conjoined) actor here; its members act on each other.
**   SKIP     '^': any phrase in this position (it is not an actor slot).
** Without $ or +, the source is the subject's actor and the target the first actor among the
** verb's complements (object, then prepositional objects), as in PETRARCH-2; for PETRARCH-1
** dictionaries the coder then also searches the words after and before the verb as PETRARCH-1
** did (src/code/coder.h has the details).
**
** EVENT CODES.  A code [A] is the CAMEO event from source to target.  In PETRARCH-1 blocks,
** [A:B] (TABARI's paired code) adds the event B from target to source, [:B] has only that
** reverse event; PETRARCH's unit tests rely on this (MET [031:032] codes 031 one way and 032
** the other).  PETRARCH-2's utilities.convert_code calls B the "passive" meaning and uses it,
** with source and target swapped, only when A is empty; the coder follows that for PETRARCH-2
** blocks ([A:B] codes A alone; [:B] codes B backwards).  [---] means "no event"; so does an
** empty side.  In dyad_event_code, fwd is A and rev is B, NULL when there is none.  Codes are
** kept as written ("0231", "075A"); "---" never appears, it is NULL.
*/
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "dyad.h"

#define DYAD_NO_WORD (-1)
/* Day numbers count days since 1970-01-01 (proleptic Gregorian calendar). */
#define DYAD_DAY_MIN INT32_MIN      /* open start of a date restriction */
#define DYAD_DAY_MAX INT32_MAX      /* open end of a date restriction */
#define DYAD_NO_DAY  (INT32_MIN + 1) /* returned for a date that cannot be read */

/* ------------------------------------------------------ internal indexes */

/* Hash map from non-zero 64-bit keys to int32 values (open addressing).  Internal. */
typedef struct dyad_map {
    uint64_t *keys;
    int32_t *vals;
    uint32_t cap, n;
} dyad_map;

/* The word table: word id -> lower-cased word, and back.  Internal; use dyad_dict_word_id(). */
typedef struct dyad_wordslot {
    int32_t id;             /* -1: empty */
    uint32_t check;         /* high half of the word's hash, so most misses need no string */
} dyad_wordslot;

typedef struct dyad_wordtab {
    char **words;
    uint64_t *hashes;
    dyad_wordslot *slots;
    int32_t n, cap;
    uint32_t n_slots;
} dyad_wordtab;

/* A trie of phrases (word id sequences) with an int32 value at each phrase end.  Internal. */
typedef struct dyad_phrases {
    int32_t *value;     /* per node: value, or -1 when no phrase ends there */
    int32_t n_nodes, cap_nodes;
    dyad_map edges;     /* (node, word id) -> child node */
} dyad_phrases;

/* ------------------------------------------------------------- verbs */

typedef struct dyad_event_code {
    const char *fwd;    /* CAMEO code of the event source -> target, or NULL for none */
    const char *rev;    /* code of the reverse event target -> source ([A:B], [:B]), or NULL */
} dyad_event_code;

typedef enum {
    DYAD_PAT_VERB,      /* '*' */
    DYAD_PAT_WORD,      /* literal word; id is its word id */
    DYAD_PAT_SYNSET,    /* &NAME; id indexes dyad_dict.synsets */
    DYAD_PAT_SOURCE,    /* '$' */
    DYAD_PAT_TARGET,    /* '+' */
    DYAD_PAT_COMPOUND,  /* '%' */
    DYAD_PAT_SKIP       /* '^' */
} dyad_pat_kind;

typedef enum {
    DYAD_ROLE_WORD,     /* PETRARCH-1: an item of a word sequence */
    DYAD_ROLE_HEAD,     /* PETRARCH-2: the head of a noun phrase (a bare item is one) */
    DYAD_ROLE_MOD,      /* PETRARCH-2: a modifier of the next HEAD ("{A B HEAD}") */
    DYAD_ROLE_PREP      /* PETRARCH-2: the preposition opening "(PREP ...)" */
} dyad_pat_role;

typedef struct dyad_pat_item {
    uint8_t kind;       /* dyad_pat_kind */
    uint8_t role;       /* dyad_pat_role */
    uint8_t in_pp;      /* inside a prepositional phrase (set on its PREP item too) */
    uint8_t joined;     /* PETRARCH-1: joined to the previous item by '_' (adjacent words) */
    int32_t id;         /* word id or synset index; -1 for the other kinds */
} dyad_pat_item;

typedef struct dyad_pattern {
    int32_t block;          /* index into dyad_dict.blocks */
    int16_t n_items;
    int16_t verb;           /* index of the DYAD_PAT_VERB item */
    dyad_pat_item *items;
    dyad_event_code code;
    const char *text;       /* the pattern line as written, code included, comment not */
    const char *file;
    int line;
} dyad_pattern;

/* A verb, or a multi-word verb such as CALL_OFF or KLM_NOP_+RST, of a verb block. */
typedef struct dyad_verb {
    int32_t block;
    int32_t word;           /* word id of the verb word's base form ("call") */
    int16_t n_pre, n_post;  /* other words of a multi-word verb, before and after the verb word */
    int32_t *pre, *post;    /* their word ids ("off") */
    dyad_event_code code;   /* the verb's own code, or else its block's */
    bool own_code;          /* a code was written on the verb's line */
    const char *file;
    int line;
} dyad_verb;

/* One inflected form (base form included) of a verb; forms of a word chain through next. */
typedef struct dyad_verb_form {
    int32_t word;           /* word id of the form ("called") */
    int32_t verb;           /* index into dyad_dict.verbs */
    int32_t next;           /* next form record with the same word, or -1 */
} dyad_verb_form;

typedef struct dyad_verb_block {
    const char *name;       /* as written in the header ("ACCELERATE", "EXPLAIN_VERBAL") */
    dyad_event_code code;   /* the block's code ([---] or none: no event) */
    uint8_t dialect;        /* 1 = PETRARCH-1 patterns, 2 = PETRARCH-2 patterns */
    int32_t first_verb, n_verbs;        /* its verbs are verbs[first_verb .. +n_verbs) */
    int32_t first_pattern, n_patterns;  /* its patterns likewise */
    const char *file;
    int line;
} dyad_verb_block;

typedef struct dyad_synset_member {
    int32_t synset;
    int16_t n_words;
    bool pp;                /* written "(TO THE END)": a prepositional phrase */
    bool plural;            /* generated plural of the member written on line */
    int32_t *words;         /* word ids */
    int line;
} dyad_synset_member;

typedef struct dyad_synset {
    const char *name;       /* without '&' and a trailing '_' ("CURRENCY") */
    int32_t first_member, n_members;    /* members[first_member .. +n_members) */
    int16_t max_words;      /* words of its longest member */
    dyad_phrases index;     /* member phrase -> member index (internal) */
    const char *file;
    int line;
} dyad_synset;

/*
** A verb transformation "~ a (a b ATTACK) SAY = a b 015": when the outer verb (SAY) has as its
** complement an event of the inner verb (ATTACK), the pair becomes one event.  Variables are
** single letters shared between the two sides; "_" means no actor, "." any actor; "Q" as the
** inner verb means any verb and as the result code the inner event's code (PETRARCH-2,
** PETRtree.VerbPhrase.match_transform).
*/
typedef struct dyad_transform {
    const char *outer_source;
    const char *inner_source, *inner_target;
    const char *inner_verb, *outer_verb;    /* as written ("ATTACK", "Q") */
    int32_t inner_word, outer_word;         /* their word ids, DYAD_NO_WORD for "Q" */
    const char *result_source, *result_target, *result_code;
    const char *file;
    int line;
} dyad_transform;

/* ------------------------------------------------------------- actors */

/* One code of an actor; the first whose range holds the date applies. */
typedef struct dyad_actor_code {
    const char *code;       /* as written ("RUSGOV"); "---" marks a known name with no actor */
    int32_t from, to;       /* inclusive day range, DYAD_DAY_MIN/DYAD_DAY_MAX when open */
    int line;
} dyad_actor_code;

typedef struct dyad_actor_entry {
    const char *name;       /* the primary phrase as written ("VLADIMIR_PUTIN_") */
    int32_t n_codes;
    dyad_actor_code *codes; /* dated codes in file order, then undated ones in file order */
    int32_t n_names;        /* phrases (primary and '+' synonyms) listed for it */
    const char *file;
    int line;
} dyad_actor_entry;

typedef struct dyad_agent {
    const char *code;       /* agent code without '~' ("GOV") */
    bool before;            /* "NGO~": goes before the actor's code; "~GOV": after it */
    const char *name;       /* the phrase as written ("FOREIGN_!MINIST!") */
    const char *file;
    int line;
} dyad_agent;

/* ------------------------------------------------------- discards, issues */

typedef struct dyad_discard {
    const char *text;       /* as written, without '+' */
    bool story;             /* '+': discard the whole story, else only the sentence */
    bool stem;              /* no trailing '_': the last word matches any word it begins */
    const char *file;
    int line;
} dyad_discard;

typedef struct dyad_issue_category {
    const char *name, *type;    /* <ISSUE CATEGORY="name" TYPE="type"> */
    const char *file;
    int line;
} dyad_issue_category;

typedef struct dyad_issue {
    const char *code;       /* issue code ("OIL"), NULL for an ignore phrase */
    int32_t category;       /* index into dyad_dict.categories, -1 outside <ISSUE> blocks */
    uint8_t ignore;         /* 0; 1 for '~' (no issues for the sentence); 2 for '~~' (story) */
    int32_t next;           /* next issue with the same phrase, or -1 */
    const char *text;       /* the phrase as written, before expansion */
    const char *file;
    int line;
} dyad_issue;

/* ---------------------------------------------------------- the dictionary */

typedef enum {
    DYAD_DICT_VERBS, DYAD_DICT_ACTORS, DYAD_DICT_AGENTS, DYAD_DICT_DISCARDS, DYAD_DICT_ISSUES
} dyad_dict_kind;

typedef struct dyad_dict {
    dyad_arena *arena;          /* strings and small arrays */
    dyad_wordtab words;

    int32_t n_synsets, n_members, n_blocks, n_verbs, n_forms, n_patterns, n_transforms;
    dyad_synset *synsets;
    dyad_synset_member *members;
    dyad_verb_block *blocks;
    dyad_verb *verbs;
    dyad_verb_form *forms;
    dyad_pattern *patterns;
    dyad_transform *transforms;

    int32_t n_actors, n_actor_names;
    dyad_actor_entry *actors;
    int32_t n_agents, n_agent_names;
    dyad_agent *agents;
    int32_t n_discards;
    dyad_discard *discards;
    int32_t n_categories, n_issues, n_issue_names;
    dyad_issue_category *categories;
    dyad_issue *issues;

    /* internal indexes and allocation sizes */
    dyad_map form_index, pattern_index;
    dyad_phrases actor_index, agent_index, discard_index, stem_index, issue_index;
    struct {
        int32_t synsets, members, blocks, verbs, forms, patterns, transforms, actors, agents,
            discards, categories, issues;
    } cap;
    char error[512];            /* why the last loader returned -1 */
} dyad_dict;

/* Make an empty dictionary; never returns NULL. */
dyad_dict *dyad_dict_new(void);
/* Release a dictionary and everything it owns; NULL is allowed. */
void dyad_dict_free(dyad_dict *d);

/*
** Load one dictionary file of the given kind into d.  Verb files are read in the PETRARCH-2
** dialect when a pattern uses '(' or '{', else in the PETRARCH-1 dialect when a pattern joins
** items with '_', else as PETRARCH-2.  Every malformed line is reported through dyad_warn() as
** file:line:col with the reason and skipped; so are conflicting duplicates (the later entry
** wins, as in PETRARCH) and actors without any code.  Control characters and bytes that are not
** UTF-8 are reported and read as '?' (the line is kept, so that an actor's codes stay with it).
** Returns the number of warnings reported for the file, or -1 when the file cannot be read
** (d->error then says why; nothing was loaded).
*/
int dyad_dict_load_file(dyad_dict *d, dyad_dict_kind kind, const char *path);
/* As dyad_dict_load_file() for text already in memory (len bytes, need not end in NUL);
   name is used in messages and in the entries' file fields. */
int dyad_dict_load_text(dyad_dict *d, dyad_dict_kind kind, const char *name, const char *text,
                        size_t len);
/* A dictionary file of a set: its kind and file name. */
typedef struct dyad_dict_file {
    dyad_dict_kind kind;
    const char *name;
} dyad_dict_file;
/* PETRARCH-2's default set in loading order (see dyad_dict_load_dir), ended by a NULL name. */
extern const dyad_dict_file dyad_dict_default_files[];

/*
** Load the dictionary set in folder dir, which is laid out either
**  - as PETRARCH-2's default set (petrarch2/data/config/PETR_config.ini): CAMEO.2.0.txt,
**    Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
**    Phoenix.MilNonState.actors.txt, Phoenix.agents.txt, Phoenix.discards.txt and
**    Phoenix.IssueCoding.txt; or
**  - as dyad's own dictionaries/ (when dir has verbs.txt and no CAMEO.2.0.txt): verbs.txt,
**    every *.actors.txt in name order, agents.txt, and discards.txt and issues.txt when
**    present; so a user edits a copy of dictionaries/ and names it.
** Returns the total number of warnings, or -1 when a file cannot be read, or dir is neither
** (d->error says which; files before it stay loaded).
*/
int dyad_dict_load_dir(dyad_dict *d, const char *dir);

/* One of dyad's own dictionaries (dictionaries/), embedded in libdyad (builtin_data.S). */
typedef struct dyad_dict_builtin {
    dyad_dict_kind kind;
    const char *name;       /* its path in the source tree ("dictionaries/verbs.txt") */
    const char *text;       /* the file's bytes (not NUL-terminated), static */
    size_t len;
} dyad_dict_builtin;
/* Number of dyad's own dictionary files. */
int dyad_dict_builtin_count(void);
/*
** dyad's own dictionary file i (0 <= i < dyad_dict_builtin_count(), loading order): verbs.txt
** (CAMEO verb patterns), the actor files countries, igos, nonstate, leaders and media, then
** agents.txt.  Out of range: a record with name NULL.
*/
dyad_dict_builtin dyad_dict_builtin_file(int i);
/*
** Load dyad's own dictionaries into d (what `dyad code` uses when no dictionary is named).
** Returns the number of warnings, which is 0 for the shipped files (src/dict/lint_test.c).
*/
int dyad_dict_load_builtin(dyad_dict *d);

/* ------------------------------------------------------------- lookups */

/* Word id of word (case-insensitive UTF-8), or DYAD_NO_WORD when no dictionary uses it. */
int32_t dyad_dict_word_id(const dyad_dict *d, const char *word);
/* The lower-cased word of an id (valid id required). */
const char *dyad_dict_word(const dyad_dict *d, int32_t id);
/* ids[i] = dyad_dict_word_id(d, words[i]) for i < n. */
void dyad_dict_word_ids(const dyad_dict *d, const char *const *words, int n, int32_t *ids);

/*
** Longest phrase of the named kind that starts at ids[start] (ids[0..n) are a sentence's word
** ids).  Each returns the entry index (actors, agents, issues: the first of the chain through
** dyad_issue.next) or -1, and sets *len to the number of words matched (0 when none).
*/
int dyad_actor_match(const dyad_dict *d, const int32_t *ids, int n, int start, int *len);
int dyad_agent_match(const dyad_dict *d, const int32_t *ids, int n, int start, int *len);
int dyad_issue_match(const dyad_dict *d, const int32_t *ids, int n, int start, int *len);
/*
** Could the words ids[0..n) (a sentence's word ids, in order) name an actor or agent: is some
** actor or agent name a subsequence of them (its words in order, others between allowed)?  The
** coder matches names on the words of a noun phrase, in sentence order, so a sentence for
** which this is false names no actor (coder.h: sentences the coder can pass over).  True
** also when the search gives up on a long, name-rich sentence (after 4096 steps).
*/
bool dyad_dict_may_name(const dyad_dict *d, const int32_t *ids, int n);
/* Longest member of synset s at ids[start]: the member index or -1; *len as above. */
int dyad_synset_match(const dyad_dict *d, int s, const int32_t *ids, int n, int start, int *len);
/*
** Longest member of synset s that ends at ids[end] (for matching a noun phrase by its head
** word: the member's last word is the head): the member index or -1; *len as above.
*/
int dyad_synset_match_end(const dyad_dict *d, int s, const int32_t *ids, int end, int *len);
/* Index of the synset called name (without '&'; the latest definition), or -1. */
int dyad_synset_find(const dyad_dict *d, const char *name);

/*
** The code of actor a on day (days since 1970-01-01): the first of a->codes whose range holds
** it, or NULL when none does.  Ranges are inclusive at both ends ("<D" and ">D" too), as the
** PETRARCH documentation (dictionaries.rst: limits are "or equal to") and its unit tests DATE-04
** and DATE-11 require; PETRARCH-2's code (PETRtree.NounPhrase.check_date) read the end as
** exclusive.  dyad's own dictionaries are written for the inclusive reading: a term ends on its
** last day, the day before the successor's first (dictionaries/leaders.actors.txt).  Where a
** dictionary lets one range end on the day the next begins (Phoenix does), the code listed
** first wins that day.  "---" is returned as written.  For day
** DYAD_NO_DAY (no date known) the first undated code.
*/
const char *dyad_actor_code_on(const dyad_actor_entry *a, int32_t day);
/*
** Longest actor name at words[start] (words: a sentence's forms or lemmas, any case): returns
** the actor index or -1, sets *len to the words matched and *code to the code valid on date
** ("YYYY-MM-DD" or "YYYYMMDD"; NULL or unreadable: the first undated code), NULL if none.
*/
int dyad_actor_lookup(const dyad_dict *d, const char *const *words, int n, int start,
                      const char *date, int *len, const char **code);

/*
** First discard phrase found in the sentence words[0..n) (any case): story-level phrases are
** looked for first, as in PETRARCH.  Returns the discard index or -1; *start and *len give the
** matched words.
*/
int dyad_discard_find(const dyad_dict *d, const char *const *words, int n, int *start, int *len);

/* First form record of a verb form word id (follow dyad_verb_form.next), or -1. */
int dyad_verb_find(const dyad_dict *d, int32_t word);

/*
** Day number of "YYYY-MM-DD" or "YYYYMMDD", or DYAD_NO_DAY when it is not a valid date.
*/
int32_t dyad_dict_day(const char *date);

#endif
