/*
** main.c - the dyad command: picks the subcommand and runs it.
*/
#include <stdio.h>
#include <string.h>
#include "dyad.h"
#include "cli/cli.h"

static const struct command {
    const char *name;
    dyad_command_fn run;
    const char *summary;
} commands[] = {
    {"code", dyad_cmd_code, "code the events of documents (text, JSON Lines, HTML, CoNLL-U)"},
    {"eval", dyad_cmd_eval, "score coded events against gold-standard events"},
    {"explain", dyad_cmd_explain, "show step by step how a sentence is coded"},
    {"parse", dyad_cmd_parse, "tag, lemmatize and parse; --eval scores against a treebank"},
    {"train", dyad_cmd_train, "train the tagger, lemmatizer and parser on CoNLL-U treebanks"},
    {"validate", dyad_cmd_validate, "code a PETRARCH validation file and compare with its codings"},
    {NULL, NULL, NULL},
};

static void usage(FILE *f) {
    fputs("usage: dyad <command> [options] [FILE...]\n"
          "\n"
          "dyad codes political events (CAMEO, PLOVER) from English news text.\n"
          "\n"
          "commands:\n", f);
    for (const struct command *c = commands; c->name; c++)
        fprintf(f, "  %-10s %s\n", c->name, c->summary);
    fputs("\n"
          "Run `dyad <command> --help` for a command's options.  code and parse read standard\n"
          "input when no FILE is given.\n"
          "\n"
          "Options take a value as --opt VALUE or --opt=VALUE; after -- every argument is a file.\n"
          "\n"
          "exit status: 0 done; 1 done, but some input was bad and skipped or repaired, or a file\n"
          "could not be read (see the warnings and errors); 2 bad command line; 3 could not run\n"
          "(no input could be read, unreadable model or dictionary, output not written).\n", f);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }
    if (strcmp(argv[1], "help") == 0 && argc == 3) { /* dyad help CMD: CMD --help */
        for (const struct command *c = commands; c->name; c++)
            if (strcmp(argv[2], c->name) == 0) {
                char *args[] = {argv[2], "--help", NULL};
                return c->run(2, args);
            }
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return DYAD_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
        printf("dyad %s\n", DYAD_VERSION);
        return DYAD_EXIT_OK;
    }
    for (const struct command *c = commands; c->name; c++)
        if (strcmp(argv[1], c->name) == 0) {
            static char name[64]; /* getopt names the program by argv[0]: "dyad parse: ..." */
            snprintf(name, sizeof name, "dyad %s", c->name);
            argv[1] = name;
            return c->run(argc - 1, argv + 1);
        }
    fprintf(stderr, "dyad: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return DYAD_EXIT_USAGE;
}
