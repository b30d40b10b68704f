/*
** cli.h - the dyad command's subcommands and the exit codes they share.
*/
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

/* Exit codes of every subcommand (documented in the README and in `dyad --help`). */
enum {
    DYAD_EXIT_OK = 0,      /* everything done */
    DYAD_EXIT_SKIPPED = 1, /* done, but some input was bad and skipped (see warnings) */
    DYAD_EXIT_USAGE = 2,   /* bad command line */
    DYAD_EXIT_FATAL = 3    /* could not run: missing file, unreadable model or dictionary */
};

/* A subcommand: gets argv with argv[0] set to the subcommand's name; returns an exit code. */
typedef int (*dyad_command_fn)(int argc, char **argv);

int dyad_cmd_validate(int argc, char **argv);   /* cmd_validate.c */

#endif
