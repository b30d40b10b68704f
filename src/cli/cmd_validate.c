/*
** cmd_validate.c - `dyad validate FILE.xml`: code a PETRARCH validation file and report how
** many records come out exactly as expected (src/code/validate.h).
*/
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"
#include "code/validate.h"
#include "document/petrxml.h"

static void usage(FILE *f) {
    fputs("usage: dyad validate FILE.xml [--dict-dir DIR] [--verbs FILE] [--use-parse] [--model PATH]\n"
          "                     [--dict-warnings] [--verbose]\n"
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
          "  --dict-warnings show every problem found in the dictionaries (else only their number)\n"
          "  --verbose       print every record, and the coder's trace for failures\n"
          "\n"
          "exit status: 0 when the run was done (failing records included); 1 done, but the XML\n"
          "was bad or records were skipped (see the warnings); 2 bad command line; 3 the file or\n"
          "a dictionary could not be read, the file holds no <Sentence> record, or the output\n"
          "could not be written.\n", f);
}

int dyad_cmd_validate(int argc, char **argv) {
    dyad_validate_options opt = {.out = stdout};
    const char *path = NULL, *model_path = NULL;
    bool only_files = false, dict_warnings = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        int k = 0;
        if (only_files || a[0] != '-' || !a[1]) {
            if (path) {
                fprintf(stderr, "dyad validate: one file at a time\n");
                return DYAD_EXIT_USAGE;
            }
            path = a;
        } else if (strcmp(a, "--") == 0) {
            only_files = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return DYAD_EXIT_OK;
        } else if ((k = dyad_cli_value("validate", argc, argv, &i, "--dict-dir", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            opt.dict_dir = v;
        } else if ((k = dyad_cli_value("validate", argc, argv, &i, "--verbs", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            opt.verbs = v;
        } else if ((k = dyad_cli_value("validate", argc, argv, &i, "--model", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            model_path = v;
        } else if (strcmp(a, "--dict-warnings") == 0) {
            dict_warnings = true;
        } else if (strcmp(a, "--use-parse") == 0) {
            opt.use_parse = true;
        } else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0) {
            opt.verbose = true;
        } else {
            fprintf(stderr, "dyad validate: unknown option '%s'\n", a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        }
    }
    if (!path) {
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }
    /* A first, quiet read of the file: does it hold records, and was its XML sound?  (The run
       below reads it again and reports its problems.) */
    FILE *sink = dyad_warn_silence();
    dyad_petr_file *f = dyad_petr_read(path);
    dyad_warn_restore(sink);
    long problems = f ? f->problems : 0;
    int n_records = f ? f->n_sentences : 0;
    dyad_petr_free(f);
    if (f && n_records == 0) {
        fprintf(stderr, "dyad validate: %s holds no <Sentence> record\n", path);
        return DYAD_EXIT_FATAL;
    }
    dyad_model *model = NULL;
    if (!opt.use_parse) {
        model = dyad_cli_load_model("validate", model_path);
        if (!model) return DYAD_EXIT_FATAL;
        opt.model = model;
        opt.analyze = dyad_analyze;
    }
    dyad_validate_result res;
    opt.quiet_dicts = !dict_warnings;
    int rc = dyad_validate(path, &opt, &res) < 0 ? DYAD_EXIT_FATAL
           : problems > 0                         ? DYAD_EXIT_SKIPPED
                                                  : DYAD_EXIT_OK;
    dyad_model_free(model);
    if (!dict_warnings) dyad_cli_dict_problems("validate", res.dict_problems);
    return dyad_cli_output_done("validate", stdout, rc);
}
