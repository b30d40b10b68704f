/*
** validate.h - runs the coder over a PETRARCH validation file (src/document/petrxml.h) and
** compares what it codes with the records' expected events.  Used by `dyad validate` and by
** the validation test, which keeps the pass counts above committed floors.
**
** A record passes when the SET of (source, target, event code) the coder produces equals the
** set of its <EventCoding> lines; a noevents record (or one with no coding at all) when nothing
** is coded; an error record when it is rejected for the reason given: "dateline" (its text
** begins with a news dateline, src/document/dateline.c), "bad_input_parse" (its <Parse> cannot
** be read; only with parse trees: a run on the text does not count such records),
** "storydiscard" / "sentencediscard" (a discard phrase).
** <Config> options require_dyad and new_actor_length are honoured record by record.
*/
#ifndef DYAD_VALIDATE_H
#define DYAD_VALIDATE_H

#include <stdbool.h>
#include <stdio.h>
#include "dyad.h"
#include "code/coder.h"
#include "dict/dict.h"
#include "document/petrxml.h"
#include "util/util.h"

typedef struct dyad_validate_options {
    const char *dict_dir;       /* folder of the dictionaries; NULL: the XML file's folder.  A
                                   file without <Environment> is coded with PETRARCH-2's
                                   default set in this folder (dyad_dict_load_dir), or with
                                   dyad's own dictionaries when dict_dir is NULL */
    const char *verbs;          /* verb dictionary (a path) instead of the file's <Verbfile> */
    bool use_parse;             /* code the records' own Penn trees instead of their text */
    const dyad_model *model;    /* tagger/parser for the text */
    /* the front end that segments, tags and parses a record's text with model (dyad_analyze);
       NULL when there is none: then only use_parse runs work */
    void (*analyze)(const dyad_model *model, dyad_document *doc);
    bool verbose;               /* print every record, and the coder's trace of failures */
    FILE *out;                  /* report (NULL: no report) */
    bool quiet_dicts;           /* count the dictionaries' problems without showing them */
} dyad_validate_options;

#define DYAD_VALIDATE_MAX_CATEGORIES 32

typedef struct dyad_validate_result {
    int records, passed;
    int not_applicable;         /* records not counted (bad_input_parse records on text) */
    long dict_problems;         /* warnings while the dictionaries loaded */
    int n_categories;
    struct {
        char name[32];
        int records, passed;
    } categories[DYAD_VALIDATE_MAX_CATEGORIES];
} dyad_validate_result;

/*
** Validate the file at path.  Fills *res (may be NULL) and prints the report to opt->out.
** Returns 0, or -1 after a message on stderr when the run cannot be done (unreadable file,
** missing dictionary, raw text without a parser).  Failing records are not errors.
*/
int dyad_validate(const char *path, const dyad_validate_options *opt, dyad_validate_result *res);

/*
** The dictionaries for validation file f: those its <Environment> names (<Verbfile>,
** <Actorfile>s, <Agentfile>, <Discardfile>), found in opt->dict_dir or else in the file's
** folder, with opt->verbs instead of <Verbfile> when given; for a file without <Environment>,
** PETRARCH-2's default set in opt->dict_dir (dyad_dict_load_dir).  Problems inside the
** dictionaries go through dyad_warn().  Returns NULL after a message on stderr when a file
** cannot be read or no folder is known.  `dyad validate` and `dyad eval` use it.
*/
dyad_dict *dyad_validate_load_dicts(const dyad_petr_file *f, const dyad_validate_options *opt);

/*
** Code record i of f the way the validation run does: the record's <Config> options
** (require_dyad, new_actor_length) are set on coder c; a record whose text begins with a
** dateline is rejected; with opt->use_parse its own <Parse> (Penn tree or CoNLL-U lines) is
** coded, else its text is analysed with opt->analyze.  trace (may be NULL) is emptied and
** receives the coder's account.  Returns the document with its events (free it with
** dyad_document_free); *rejected is the reason the record was not (fully) coded ("dateline",
** "bad_input_parse", "storydiscard", "sentencediscard") or NULL, *status the coder's result
** (DYAD_CODED when it did not run).
*/
dyad_document *dyad_validate_code_record(dyad_coder *c, const dyad_petr_file *f, int i,
                                         const dyad_validate_options *opt, dyad_buf *trace,
                                         const char **rejected, dyad_code_status *status);

#endif
