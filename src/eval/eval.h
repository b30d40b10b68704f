/*
** eval.h - scoring coded events against gold-standard events: the gold readers, the
** predictions reader and the scores that `dyad eval` reports.  Internal to libdyad.
**
** Gold formats (docs/gold-format.md):
**   - PETRARCH validation XML, <Sentence> records with <EventCoding> lines (CAMEO codes),
**     read with src/document/petrxml.h;
**   - PLOVER gold-standard records (PLOVER_GSR_CAMEO, openeventdata/PLOVER): JSON objects with
**     id, text, event (PLOVER category) and source/target actor lists;
**   - dyad's own gold JSON Lines: {"id", "text", "date", "events": [{"source", "target",
**     "code"}]}, where an empty events list says that the sentence holds no event.
** JSON records may come one per line or as the elements of one JSON array, and the two JSON
** kinds may be mixed.
**
** Predictions are dyad's event JSON Lines (docs/event-format.md), matched to gold sentences by
** doc_id = gold sentence id.
**
** Scores are counted at three levels, each a refinement of the one before:
**   category          the CAMEO root code (or the PLOVER category for PLOVER gold);
**   category_country  the category and the source's country (first three letters of its code);
**   full              the (source, target, code) triple: full actor codes and, for CAMEO gold,
**                     the full event code (for PLOVER gold the category is the code).
** Within a sentence events are multisets: each predicted event matches at most one gold event.
*/
#ifndef DYAD_EVAL_EVAL_H
#define DYAD_EVAL_EVAL_H

#include <stdbool.h>
#include <stdio.h>
#include "dyad.h"
#include "nlp/eval.h"   /* dyad_eval_count and its precision, recall, F1 */

/* ------------------------------------------------------------------ gold */

/* Which code system the gold events use, and so what "category" means. */
typedef enum {
    DYAD_EVAL_CAMEO = 0,   /* CAMEO event codes; category = root code ("04") */
    DYAD_EVAL_PLOVER       /* PLOVER categories; CAMEO codes are mapped with dyad_cameo_plover */
} dyad_eval_scheme;

/* The kind of gold file, found from its content. */
typedef enum {
    DYAD_GOLD_PETRXML = 0, /* PETRARCH validation XML */
    DYAD_GOLD_PLOVER,      /* PLOVER gold-standard records (JSON), possibly mixed with dyad's */
    DYAD_GOLD_JSONL        /* dyad's gold JSON Lines (or a JSON array of such records) */
} dyad_gold_format;

/* One expected event.  Actor codes are as written ("" when the gold names no actor); code is a
   CAMEO event code ("042") or a PLOVER category ("AGREE", or an older name like "DEMAND"). */
typedef struct dyad_gold_event {
    const char *source, *target, *code;
} dyad_gold_event;

typedef struct dyad_gold_sentence {
    const char *id;        /* unique within the file (a repeated id gets "#2", "#3", ...) */
    const char *text;
    char date[11];         /* YYYY-MM-DD, or "" */
    int n_events;
    dyad_gold_event *events;
    bool no_event;         /* the gold says explicitly that nothing is to be coded (PETRARCH
                              noevents= or error=, or an empty "events" list) */
    long line;             /* line of the record in the gold file */
    int record;            /* PETRARCH XML: index of the record in dyad_gold.petr->sentences;
                              else -1 */
} dyad_gold_sentence;

struct dyad_petr_file;     /* src/document/petrxml.h */

typedef struct dyad_gold {
    const char *path;
    dyad_gold_format format;
    dyad_eval_scheme scheme;
    int n_sentences;
    dyad_gold_sentence *sentences;
    long records;          /* records read, including skipped and documentation records */
    long skipped;          /* bad records skipped (each reported with dyad_warn) */
    int *by_id;            /* sentence indexes sorted by id, for dyad_gold_find() */
    struct dyad_petr_file *petr; /* PETRARCH XML: the file as read (its <Environment>, <Config>
                              options and parses, for coding the records); else NULL.  Freed
                              with the gold */
    dyad_arena *arena;     /* owns everything above */
} dyad_gold;

/*
** Read a gold file of any of the formats above; the format is found from the content ('<'
** first: PETRARCH XML; else JSON).  A bad record (malformed JSON, no id or text, an event
** without code, an actor without code) is reported with file, line and column through
** dyad_warn() and skipped; PLOVER "DOCUMENT" records describe the file and are passed over.
** Returns NULL after a warning when the file cannot be read or is not XML or JSON.  Free the
** result with dyad_gold_free().
*/
dyad_gold *dyad_gold_read(const char *path);
/* Release a gold file; NULL is allowed. */
void dyad_gold_free(dyad_gold *g);
/* Index of the sentence whose id is id, or -1. */
int dyad_gold_find(const dyad_gold *g, const char *id);
/* "PETRARCH XML", "PLOVER JSON" or "dyad gold JSON Lines". */
const char *dyad_gold_format_name(dyad_gold_format f);
/*
** A new, unsegmented document for gold sentence s: id, date and text of the sentence, origin
** the gold file.  `dyad eval` codes it when no predictions are given.  Free it with
** dyad_document_free().
*/
dyad_document *dyad_gold_document(const dyad_gold *g, const dyad_gold_sentence *s);

/* ------------------------------------------------------------ predictions */

/* One predicted event: the document it was coded in and its codes. */
typedef struct dyad_pred_event {
    const char *doc_id;
    const char *source, *target;  /* actor codes ("---" or "" when unknown) */
    const char *code;             /* CAMEO event code */
    long line;                    /* line in the predictions file, 0 when not read from one */
} dyad_pred_event;

typedef struct dyad_preds {
    const char *path;             /* the file last read by dyad_preds_read(), or NULL */
    int n_events;
    dyad_pred_event *events;
    long skipped;                 /* bad lines skipped */
    int cap;
    dyad_arena *arena;
} dyad_preds;

/* An empty set of predictions; never returns NULL. */
dyad_preds *dyad_preds_new(void);
/* Release predictions; NULL is allowed. */
void dyad_preds_free(dyad_preds *p);
/* Append one event (strings are copied; NULL actors become ""). */
void dyad_preds_add(dyad_preds *p, const char *doc_id, const char *source, const char *target,
                    const char *code, long line);
/*
** Read dyad's event JSON Lines (docs/event-format.md: doc_id, source.code, target.code,
** event_code) from path ("-" for standard input) and append the events.  Blank lines are
** passed over; a line that is not a JSON object, or has no doc_id or event_code, is reported
** with line and column and skipped.  Returns false after a warning when the file cannot be
** read.
*/
bool dyad_preds_read(dyad_preds *p, const char *path);
/* Append the events of a coded document (doc->events), with doc->id as their doc_id. */
void dyad_preds_add_document(dyad_preds *p, const dyad_document *doc);

/* ------------------------------------------------------- coding the gold */

/* How `dyad eval` codes the gold sentences itself (dyad_eval_predict). */
typedef struct dyad_eval_coding {
    const dyad_model *model;  /* dyad's front end for the sentences' text; may be NULL only
                                 with use_parse */
    const struct dyad_dict *dict; /* the dictionaries for JSON gold; for PETRARCH XML gold, used
                                 instead of those its <Environment> names when not NULL */
    const char *dict_dir;     /* PETRARCH XML: folder of the <Environment> dictionaries (NULL:
                                 the gold file's folder), as `dyad validate --dict-dir` */
    const char *verbs;        /* PETRARCH XML: verb dictionary instead of <Verbfile>, or NULL */
    bool use_parse;           /* PETRARCH XML: code the records' own parses (Penn trees or
                                 CoNLL-U lines) instead of their text */
} dyad_eval_coding;

/*
** Code every sentence of gold g with dyad's coder and return the events as predictions, with
** doc_id = gold sentence id.  JSON gold: each sentence is one document (dyad_gold_document)
** analysed with opt->model and coded with opt->dict.  PETRARCH XML gold: each record is coded
** as `dyad validate` codes it (src/code/validate.h: <Config> options, dateline rejection,
** --use-parse), with opt->dict or else the <Environment> dictionaries.  Returns NULL after a
** message on stderr when the sentences cannot be coded (no dictionaries, no model, use_parse
** on JSON gold, a dictionary file that cannot be read).  Free with dyad_preds_free().
*/
dyad_preds *dyad_eval_predict(const dyad_gold *g, const dyad_eval_coding *opt);

/* ---------------------------------------------------------------- scores */

enum { DYAD_EVAL_CATEGORY = 0, DYAD_EVAL_COUNTRY, DYAD_EVAL_FULL, DYAD_EVAL_LEVELS };

/* The levels' names in the JSON output: "category", "category_country", "full". */
extern const char *const dyad_eval_level_names[DYAD_EVAL_LEVELS];

/* One event of a sentence, gold or predicted, as scored. */
typedef struct dyad_eval_item {
    const char *source, *target, *code;  /* as in the gold or the prediction */
    int category;          /* index into dyad_eval_result.categories; -1: the event has no
                              category (a CAMEO 01/02 prediction against PLOVER gold) and is
                              not scored */
    int match;             /* finest level at which it is matched (DYAD_EVAL_*), -1 if none */
    int partner;           /* index of its match among the other side's items, or -1 */
    long line;             /* a prediction's line in its file, or 0 */
} dyad_eval_item;

typedef struct dyad_eval_sentence {
    const dyad_gold_sentence *gold;
    int n_gold, n_pred;
    dyad_eval_item *gold_events, *pred_events;
} dyad_eval_sentence;

typedef struct dyad_eval_result {
    dyad_eval_scheme scheme;
    long sentences;                 /* gold sentences */
    long gold_events, pred_events;  /* events of gold sentences; predictions for them (scored
                                       or not) */
    long unknown_id_events;         /* predicted events whose doc_id is no gold sentence id */
    long unscored_events;           /* predicted events without category (see item.category) */
    long event_sentences;           /* sentences with at least one gold event */
    long event_sentences_correct;   /* ... whose predicted categories include every gold one */
    long no_event_sentences;        /* sentences without gold events */
    long no_event_false_alarms;     /* ... with at least one scored prediction */
    dyad_eval_count level[DYAD_EVAL_LEVELS];
    int n_categories;               /* categories of gold or predicted events, sorted */
    const char **categories;
    dyad_eval_count *per_category;  /* [category * DYAD_EVAL_LEVELS + level] */
    long *confusion;                /* (n_categories + 1)^2 counts [gold * (n + 1) + predicted];
                                       index n_categories is "none" */
    int n_sentences;
    dyad_eval_sentence *sentence;   /* one per gold sentence, in gold order */
    dyad_arena *arena;              /* owns everything above */
} dyad_eval_result;

/*
** Score predictions p against gold g.  Predictions are grouped by doc_id = gold sentence id
** (their sentence index is not used, as a gold sentence may be split in two by the
** segmenter); events for other ids are reported once with dyad_warn() and counted in
** unknown_id_events.
**
** In each sentence, events are matched from the finest level down: first events equal in
** category, source country, full actor codes and code, then those equal in category and
** source country, then those equal in category; each event matches at most one.  This gives
** at every level the largest possible number of matches (each level's equality refines the
** next), so correct counts are multiset intersections.  Actor codes compare without regard
** to case, "" and "---" both meaning no actor.
**
** Categories: for CAMEO gold, the root code (dyad_cameo_root; for a code not in the codebook
** its first two characters, as the PETRARCH unit tests use made-up codes like "174K"); for
** PLOVER gold, the PLOVER category of the 2021 CAMEO2PLOVER table (dyad_cameo_plover, with
** dyad_cameo_nearest for unlisted codes), older gold names mapped to it (dyad_eval_plover_name).
**
** Confusion table: matched pairs count on the diagonal; when a sentence leaves exactly one
** gold and one predicted event unmatched at the category level, they count as (gold,
** predicted); any other unmatched gold event counts as (gold, none), any other unmatched
** prediction as (none, predicted).
**
** The result points into g and p (sentence texts, codes): free it with dyad_eval_result_free()
** before them.
*/
dyad_eval_result *dyad_eval_score(const dyad_gold *g, const dyad_preds *p);
/* Release a result; NULL is allowed. */
void dyad_eval_result_free(dyad_eval_result *r);

/*
** The PLOVER 2021 (manual draft 0.8) category for a PLOVER category name, as a static string:
** names of earlier PLOVER drafts, which the PLOVER_GSR_CAMEO gold records use, are mapped to
** the category that took their CAMEO codes in CAMEO2PLOVER-2021 (DEMAND -> REQUEST,
** DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT); the 16 current names are
** returned as they are.  NULL for any other name.
*/
const char *dyad_eval_plover_name(const char *name);

/*
** The category of an event code under a scheme, as scored (see dyad_eval_score): for CAMEO,
** the root code, written into buf when the code is not in the codebook; for PLOVER, the
** category of a CAMEO code, or dyad_eval_plover_name() of a name (an unknown name is returned
** as it is).  NULL when the code has no category: a CAMEO code without PLOVER category, or an
** empty code.
*/
const char *dyad_eval_category(dyad_eval_scheme scheme, const char *code, char buf[3]);

/* ---------------------------------------------------------------- report */

typedef struct dyad_eval_report {
    const char *gold_path, *pred_path;  /* for the header; pred_path NULL: dyad coded the gold */
    const dyad_gold *gold;
    bool errors;                        /* list every sentence with a mismatch */
} dyad_eval_report;

/* Write the scores as text tables for people: totals, the three levels, category accuracy,
   per-category figures, the confusion table and, when asked, the mismatches. */
void dyad_eval_write_text(FILE *f, const dyad_eval_result *r, const dyad_eval_report *rep);
/* Write the scores as one JSON object (shape in docs/gold-format.md) and a newline. */
void dyad_eval_write_json(FILE *f, const dyad_eval_result *r, const dyad_eval_report *rep);

#endif
