/*
** cli.h - the dyad command's subcommands and the exit codes they share.
*/
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include "dyad.h"
#include "dict/dict.h"

/* Exit codes of every subcommand (documented in the README and in `dyad --help`). */
enum {
    DYAD_EXIT_OK = 0,      /* everything done */
    DYAD_EXIT_SKIPPED = 1, /* done, but some input was bad and skipped (see warnings) */
    DYAD_EXIT_USAGE = 2,   /* bad command line */
    DYAD_EXIT_FATAL = 3    /* could not run: missing file, unreadable model or dictionary */
};

/* A subcommand: gets argv with argv[0] set to the subcommand's name; returns an exit code. */
typedef int (*dyad_command_fn)(int argc, char **argv);

int dyad_cmd_eval(int argc, char **argv);       /* cmd_eval.c */
int dyad_cmd_train(int argc, char **argv); /* cmd_train.c */
int dyad_cmd_parse(int argc, char **argv); /* cmd_parse.c */
int dyad_cmd_validate(int argc, char **argv);   /* cmd_validate.c */
int dyad_cmd_code(int argc, char **argv);       /* cmd_code.c */
int dyad_cmd_explain(int argc, char **argv);    /* cmd_explain.c */

/* ------------------------------------ what every command shares (options.c) */

/*
** If argv[*i] is option name with a value ("--date VALUE" or "--date=VALUE"), store the value
** in *value (advancing *i past it) and return 1; return 0 when argv[*i] is not that option, and
** -1 after "dyad CMD: NAME needs a value" when the value is missing.
*/
int dyad_cli_value(const char *cmd, int argc, char **argv, int *i, const char *name, const char **value);
/*
** Flush f, the command's output, and check that everything was written; returns rc when it
** was, else DYAD_EXIT_FATAL after "dyad CMD: writing the output: <reason>" (a full disk, a
** closed pipe).
*/
int dyad_cli_output_done(const char *cmd, FILE *f, int rc);
/*
** Flush f now (after each record of a feed on standard input); a failure leaves f's error
** flag set and its reason for dyad_cli_output_done() to report.
*/
void dyad_cli_flush(FILE *f);
/*
** The ids of the first documents of the input files so far.  A document's default id is its file
** name without folder and extension, so that "a/story.txt" and "b/story.txt" would share one.
*/
typedef struct dyad_cli_ids {
    char **id;
    const char **origin; /* the file each came from (not copied: the command line's strings) */
    char **file;         /* its real path, so that one file named two ways is one */
    int n, cap;
} dyad_cli_ids;
/*
** Note id, the first document's of file origin; warns "origin: warning: document id ... was
** already used by the document of FILE" and returns true when another file's document had it.
** Only first documents are kept, so that memory does not grow with a file's records (the
** readers report an id used twice within one file).
*/
bool dyad_cli_id_seen(dyad_cli_ids *ids, const char *id, const char *origin);
void dyad_cli_ids_free(dyad_cli_ids *ids);

/* The reader format named by an --input value (text, jsonl or json, html, feed) into *f; false
   when name is none of them. */
bool dyad_cli_input_format(const char *name, dyad_format *f);

/* ------------------------------------ what the coding commands share (coding.c) */

#define DYAD_CLI_MAX_DICTS 32

/* The dictionaries named on a command line. */
typedef struct dyad_cli_dicts {
    const char *dir;                        /* --dict-dir: PETRARCH-2's set in that folder */
    const char *files[DYAD_CLI_MAX_DICTS];  /* --verbs, --actors, ... in command-line order */
    dyad_dict_kind kinds[DYAD_CLI_MAX_DICTS];
    int n;
    bool warnings;                          /* --dict-warnings */
} dyad_cli_dicts;

/* Help text of the dictionary options, for a command's usage. */
extern const char *const dyad_cli_dict_help;
/*
** If argv[*i] is a dictionary option, take it (and its value, advancing *i) into o and return
** 1; return 0 when it is not one, -1 after a message when its value is missing.
*/
int dyad_cli_dict_arg(dyad_cli_dicts *o, int argc, char **argv, int *i);
/*
** Load the dictionaries o names; without --dict-dir, dyad's own (built in) files of each kind
** (verbs, actors, agents) that no file option names come first.  Their problems are counted and reported in one line (each
** one with --dict-warnings).  Returns NULL after a message naming cmd when a file cannot be
** read.
*/
dyad_dict *dyad_cli_load_dicts(const dyad_cli_dicts *o, const char *cmd);
/* Say on standard error that problems (> 0) lines of the dictionaries were skipped, and that
   --dict-warnings shows them. */
void dyad_cli_dict_problems(const char *cmd, long problems);
/* True when o names actor, agent or discard files (not only --dict-dir and --verbs). */
bool dyad_cli_names_dicts(const dyad_cli_dicts *o);
/*
** The dictionaries of PETRARCH validation file f, as `dyad validate` loads them
** (dyad_validate_load_dicts): those its <Environment> names, found in o->dir (default: the
** file's folder), with the last --verbs file instead of <Verbfile>.  Problems are counted as
** by dyad_cli_load_dicts.  NULL after a message when a file cannot be read.
*/
struct dyad_petr_file;
dyad_dict *dyad_cli_load_petr_dicts(const dyad_cli_dicts *o, const struct dyad_petr_file *f,
                                    const char *cmd);
/* The --id value arg, or NULL after a message naming cmd when it is empty (an empty id made
   "# sent_id = -1" and a null doc_id). */
const char *dyad_cli_id(const char *cmd, const char *arg);
/* The --date value arg as YYYY-MM-DD (a static buffer), or NULL after a message naming cmd
   when it is not a date. */
const char *dyad_cli_date(const char *cmd, const char *arg);
/* The model at path (NULL: the built-in one), or NULL after a message naming cmd. */
dyad_model *dyad_cli_load_model(const char *cmd, const char *path);
/* The --beam value arg (0 to 64) in *width, or false after a message naming cmd. */
bool dyad_cli_beam_width(const char *cmd, const char *arg, int *width);
/* Let model m parse with a beam of width (dyad_model_set_beam), or false after a message
   naming cmd and the model (path NULL: the built-in one) when it cannot. */
bool dyad_cli_set_beam(const char *cmd, dyad_model *m, const char *path, int width);

#endif
