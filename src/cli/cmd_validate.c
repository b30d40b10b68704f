/*
** cmd_validate.c - `dyad validate FILE.xml`: code a PETRARCH validation file and report how
** many records come out exactly as expected (src/code/validate.h).
*/
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"
#include "code/validate.h"

static void usage(FILE *f) {
    fputs("usage: dyad validate FILE.xml [--dict-dir DIR] [--verbs FILE] [--use-parse] [--model PATH]\n"
          "                     [--verbose]\n"
          "\n"
          "Code every <Sentence> of a PETRARCH validation file and compare the set of (source,\n"
          "target, event code) with its <EventCoding> lines.  Prints the failures with expected\n"
          "and produced codings, then pass counts per category.\n"
          "\n"
          "  --dict-dir DIR  folder of the dictionaries named in <Environment> (default: the\n"
          "                  file's folder); a file without one is coded with PETRARCH-2's\n"
          "                  set in DIR (CAMEO.2.0.txt, Phoenix.*), or without --dict-dir\n"
          "                  with dyad's own dictionaries (built in)\n"
          "  --verbs FILE    verb dictionary to use instead of <Verbfile>\n"
          "  --use-parse     code the records' own parse trees instead of parsing their text\n"
          "  --model PATH    tagger and parser model for the text (default: the one built in)\n"
          "  --verbose       print every record, and the coder's trace for failures\n"
          "\n"
          "exit status: 0 when the run was done (failing records included); 2 bad command line;\n"
          "3 the file or a dictionary could not be read.\n", f);
}

int dyad_cmd_validate(int argc, char **argv) {
    dyad_validate_options opt = {.out = stdout};
    const char *path = NULL, *model_path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return DYAD_EXIT_OK;
        } else if (strcmp(a, "--dict-dir") == 0 && i + 1 < argc) {
            opt.dict_dir = argv[++i];
        } else if (strcmp(a, "--verbs") == 0 && i + 1 < argc) {
            opt.verbs = argv[++i];
        } else if (strcmp(a, "--model") == 0 && i + 1 < argc) {
            model_path = argv[++i];
        } else if (strcmp(a, "--use-parse") == 0) {
            opt.use_parse = true;
        } else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0) {
            opt.verbose = true;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad validate: unknown option '%s'\n", a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        } else if (!path) {
            path = a;
        } else {
            fprintf(stderr, "dyad validate: one file at a time\n");
            return DYAD_EXIT_USAGE;
        }
    }
    if (!path) {
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }
    dyad_model *model = NULL;
    if (!opt.use_parse) {
        model = dyad_cli_load_model("validate", model_path);
        if (!model) return DYAD_EXIT_FATAL;
        opt.model = model;
        opt.analyze = dyad_analyze;
    }
    dyad_validate_result res;
    int rc = dyad_validate(path, &opt, &res) < 0 ? DYAD_EXIT_FATAL : DYAD_EXIT_OK;
    dyad_model_free(model);
    return rc;
}
