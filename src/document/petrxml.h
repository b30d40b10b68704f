/*
** petrxml.h - reading PETRARCH validation files: the XML records of TABARI/PETRARCH's unit
** tests and gold standards (PETR.UnitTest.records.xml, GigaWord.sample.PETR.xml,
** PETR2_GSR_validation.xml).  Internal to libdyad; dyad's validation run and tests use it.
**
** The format (PETRARCH-2 documentation and the files themselves): a root <Validation> (or
** <Sentences>) with an optional <Environment> naming the dictionaries, then <Sentence date=
** id= category=> records, each with <EventCoding sourcecode= targetcode= eventcode=/> lines
** (or noevents="True", or error="reason" for a record that must be rejected), a <Text> and a
** <Parse>.  <Config option= value=/> lines may appear between records and change an option
** from there on.
*/
#ifndef DYAD_PETRXML_H
#define DYAD_PETRXML_H

#include <stdbool.h>
#include "dyad.h"

/* An expected event: codes as written in the file (actor codes may be quoted new actors such
   as "\"INJURY TOLL\"", and event codes need not be CAMEO: the unit tests use 223, 174K, ...). */
typedef struct dyad_petr_coding {
    const char *source, *target, *event;
    long line;
} dyad_petr_coding;

/* A <Config option="..." value="..."/> setting. */
typedef struct dyad_petr_option {
    const char *name, *value;
} dyad_petr_option;

typedef enum {
    DYAD_PETR_PARSE_NONE = 0, /* no <Parse>, or an empty one */
    DYAD_PETR_PARSE_PENN,     /* a Penn Treebank bracketed tree "(ROOT (S ...))" */
    DYAD_PETR_PARSE_CONLLU    /* CoNLL-U word lines (UniversalPetrarch's files) */
} dyad_petr_parse_kind;

typedef struct dyad_petr_sentence {
    const char *id;          /* id attribute; NULL when missing */
    const char *date;        /* YYYY-MM-DD from date="YYYYMMDD"; NULL when missing or bad */
    const char *category;    /* category attribute ("DEMO", "AFP"), or NULL */
    const char *source;      /* source attribute ("AFP"), or NULL */
    long line;               /* line of the <Sentence> tag */
    int n_codings;
    dyad_petr_coding *codings;
    bool noevents;           /* an <EventCoding noevents="True"/>: no event must be coded */
    const char *error;       /* an <EventCoding error="..."/>: the record must be rejected for
                                that reason ("dateline", "bad_input_parse", ...); else NULL */
    const char *text;        /* <Text>, whitespace runs collapsed to one space, trimmed */
    const char *parse;       /* <Parse> content, leading and trailing whitespace removed */
    long parse_line;         /* line of the first character of parse */
    dyad_petr_parse_kind parse_kind;
    int n_options;           /* the <Config> options in force for this record */
    const dyad_petr_option *options;
} dyad_petr_sentence;

/* The <Environment> block.  File lists are split at commas, category lists at spaces. */
typedef struct dyad_petr_environment {
    const char *verbfile, *agentfile, *discardfile, *errorfile, *picofile, *pause;
    int n_actorfiles, n_include, n_exclude;
    const char **actorfiles;
    const char **include;    /* <Include>: categories to code ("valid" included as written) */
    const char **exclude;    /* <Exclude> */
    int n_options;           /* <Config> lines inside <Environment> */
    const dyad_petr_option *options;
} dyad_petr_environment;

typedef struct dyad_petr_file {
    const char *path;
    bool has_environment;
    dyad_petr_environment env;
    int n_sentences;
    dyad_petr_sentence *sentences;
    long stop_line;          /* line of a <Stop> record that ended reading, or 0 */
    long problems;           /* warnings about bad XML and records (not about the published
                                files' reopened <Sentence/> tags, nor codes that are not CAMEO) */
    dyad_arena *arena;       /* owns everything above */
} dyad_petr_file;

/*
** Read a PETRARCH validation file.  Tolerates what the published files do: <Sentence .../>
** self-closed and then closed again by </Sentence> (read as an opening tag, reported once),
** spaces around "=", markup-like text outside records.  Other XML errors are reported with
** file and line through dyad_warn() and reading goes on with what libxml2 recovers; a record
** with a bad date, or a record id seen before, is reported and kept, and so (in one warning
** for the file) are <EventCoding>s whose eventcode is not in the CAMEO table.  Returns NULL after a
** warning when the file cannot be read or holds no XML at all.  Free with dyad_petr_free().
*/
dyad_petr_file *dyad_petr_read(const char *path);
/* Release a file read by dyad_petr_read(); NULL is allowed. */
void dyad_petr_free(dyad_petr_file *f);

/* The option called name in force for s (the last <Config> for it), or NULL. */
const char *dyad_petr_option_value(const dyad_petr_sentence *s, const char *name);

/*
** A new document holding one record: id, date, source, and the normalised <Text> as its text
** (origin = the file, origin_line = the <Sentence> line).  Not segmented.  The caller frees it
** with dyad_document_free().
*/
dyad_document *dyad_petr_document(const dyad_petr_file *f, const dyad_petr_sentence *s);

#endif
