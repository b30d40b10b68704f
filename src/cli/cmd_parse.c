/*
** cmd_parse.c - `dyad parse`: tag, lemmatize and parse.  With --eval GOLD.conllu it parses
** the gold file's words (gold tokenization) and prints UPOS, XPOS, lemma, UAS and LAS.
*/
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "cli/cli.h"
#include "nlp/nlp.h"

static void usage(FILE *f) {
    fputs("usage: dyad parse [options] [FILE...]\n"
          "       dyad parse --eval GOLD.conllu [--model MODEL]\n"
          "\n"
          "Tag, lemmatize and parse English text.\n"
          "\n"
          "options:\n"
          "      --eval GOLD.conllu  parse the words of a gold treebank and print the accuracy\n"
          "                          of UPOS, XPOS, lemma, UAS and LAS (all words counted,\n"
          "                          punctuation included, as the CoNLL 2018 scorer counts)\n"
          "  -m, --model MODEL       use this model file instead of the one built in\n"
          "  -h, --help              show this help\n", f);
}

typedef struct parse_options {
    const char *model_path; /* NULL: the embedded model */
    const char *eval_gold;  /* --eval */
} parse_options;

/* --eval: parse the gold words of a treebank and print the scores. */
static int run_eval(const dyad_model *m, const parse_options *o) {
    dyad_document **docs;
    long warnings = dyad_warning_count();
    int n = dyad_conllu_read(o->eval_gold, &docs);
    if (n < 0) return DYAD_EXIT_FATAL;
    dyad_parse_eval e = dyad_parse_eval_documents(m, docs, n);
    dyad_parse_eval_print(stdout, o->eval_gold, &e);
    for (int i = 0; i < n; i++) dyad_document_free(docs[i]);
    free(docs);
    return dyad_warning_count() > warnings ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
}

/* Raw text to CoNLL-U: needs the document readers and the segmenter. */
static int run_files(const dyad_model *m, const parse_options *o, int n_files, char **files) {
    (void)m;
    (void)o;
    (void)n_files;
    (void)files;
    fputs("dyad parse: parsing raw text is not available in this build; use --eval\n", stderr);
    return DYAD_EXIT_USAGE;
}

int dyad_cmd_parse(int argc, char **argv) {
    static const struct option longopts[] = {
        {"eval", required_argument, NULL, 'e'}, {"model", required_argument, NULL, 'm'},
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    parse_options o = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'e': o.eval_gold = optarg; break;
        case 'm': o.model_path = optarg; break;
        case 'h': usage(stdout); return DYAD_EXIT_OK;
        default: usage(stderr); return DYAD_EXIT_USAGE;
        }
    }
    if (o.eval_gold && optind < argc) {
        fputs("dyad parse: --eval takes no other input files\n", stderr);
        return DYAD_EXIT_USAGE;
    }
    const char *err;
    dyad_model *m = dyad_model_load(o.model_path, &err);
    if (!m) {
        fprintf(stderr, "dyad parse: cannot load the model %s: %s\n",
                o.model_path ? o.model_path : "(built in)", err);
        return DYAD_EXIT_FATAL;
    }
    int rc = o.eval_gold ? run_eval(m, &o) : run_files(m, &o, argc - optind, argv + optind);
    dyad_model_free(m);
    return rc;
}
