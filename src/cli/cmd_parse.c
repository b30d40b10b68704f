/*
** cmd_parse.c - `dyad parse`: read documents, split, tokenize, tag, lemmatize and parse them,
** and write CoNLL-U.  --eval GOLD.conllu parses the gold file's words (gold tokenization) and
** prints UPOS, XPOS, lemma, UAS and LAS; --eval-raw GOLD.conllu starts from the gold file's raw
** text and also scores sentence, token and word boundaries.
*/
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "cli/cli.h"
#include "nlp/eval.h"
#include "nlp/nlp.h"

static void usage(FILE *f) {
    fputs("usage: dyad parse [options] [FILE...]\n"
          "       dyad parse --eval GOLD.conllu [--model MODEL] [--beam K]\n"
          "       dyad parse --eval-raw GOLD.conllu [--model MODEL] [--beam K]\n"
          "\n"
          "Split, tokenize, tag, lemmatize and parse English documents (plain text, JSON Lines,\n"
          "HTML or RSS/Atom feeds; standard input when no FILE is given) and write CoNLL-U,\n"
          "with each token's character range in the document text (TokenRange=start:end) in\n"
          "MISC.\n"
          "\n"
          "options:\n"
          "      --date YYYY-MM-DD   date of documents that carry none\n"
          "      --id ID             id of a plain-text or HTML document (default: file name)\n"
          "      --input FORMAT      text, jsonl, html or feed (RSS, Atom) (default: from the file\n"
          "                          name and content)\n"
          "      --eval GOLD.conllu  parse the words of a gold treebank and print the accuracy\n"
          "                          of UPOS, XPOS, lemma, UAS and LAS (all words counted,\n"
          "                          punctuation included, as the CoNLL 2018 scorer counts)\n"
          "      --eval-raw GOLD.conllu\n"
          "                          start from the treebank's raw text: print precision, recall\n"
          "                          and F1 of sentences, tokens and words, and F1 of UPOS,\n"
          "                          lemma, UAS and LAS over aligned words\n"
          "      --beam K            parse with a beam of K parses, 2 to 64, with the model's\n"
          "                          weights for beam search: 8 (chosen on dev data, README)\n"
          "                          is more accurate than greedy and about six times slower;\n"
          "                          2 is no more accurate than greedy (default: 0, greedy; 1\n"
          "                          is greedy too)\n"
          "  -m, --model MODEL       use this model file instead of the one built in\n"
          "  -h, --help              show this help\n", f);
}

typedef struct parse_options {
    const char *model_path; /* NULL: the embedded model */
    const char *eval_gold;  /* --eval or --eval-raw */
    bool raw;               /* --eval-raw */
    dyad_read_options read;
} parse_options;

/* Do the n documents of a gold treebank hold any word?  If not, say so and free them. */
static bool has_words(dyad_document **docs, int n, const char *path) {
    for (int i = 0; i < n; i++)
        for (int k = 0; k < docs[i]->n_sentences; k++)
            if (docs[i]->sentences[k].n_words > 0) return true;
    fprintf(stderr, "dyad parse: %s holds no sentence\n", path);
    for (int i = 0; i < n; i++) dyad_document_free(docs[i]);
    free(docs);
    return false;
}

/* --eval: parse the gold words of a treebank and print the scores. */
static int run_eval(const dyad_model *m, const parse_options *o) {
    dyad_document **docs;
    long warnings = dyad_warning_count();
    int n = dyad_conllu_read(o->eval_gold, &docs);
    if (n < 0) return DYAD_EXIT_FATAL;
    if (!has_words(docs, n, o->eval_gold)) return DYAD_EXIT_FATAL;
    dyad_parse_eval e = dyad_parse_eval_documents(m, docs, n);
    dyad_parse_eval_print(stdout, o->eval_gold, &e);
    for (int i = 0; i < n; i++) dyad_document_free(docs[i]);
    free(docs);
    return dyad_warning_count() > warnings ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
}

static void print_prf(const char *what, const dyad_eval_count *c) {
    printf("  %-10s P %6.2f%%  R %6.2f%%  F1 %6.2f%%\n", what, 100 * dyad_eval_precision(c),
           100 * dyad_eval_recall(c), 100 * dyad_eval_f1(c));
}

/* --eval-raw: segment, tag and parse the gold file's raw text and score it. */
static int run_eval_raw(const dyad_model *m, const parse_options *o) {
    dyad_document **docs;
    long warnings = dyad_warning_count();
    int n = dyad_conllu_read(o->eval_gold, &docs);
    if (n < 0) return DYAD_EXIT_FATAL;
    if (!has_words(docs, n, o->eval_gold)) return DYAD_EXIT_FATAL;
    dyad_segment_eval seg = {0};
    dyad_raw_parse_eval parse = {0};
    for (int i = 0; i < n; i++) {
        dyad_document *sys = dyad_eval_raw_document(docs[i]);
        dyad_analyze(m, sys);
        dyad_eval_segment(&seg, docs[i], sys);
        dyad_eval_raw_parse(&parse, docs[i], sys);
        dyad_document_free(sys);
        dyad_document_free(docs[i]);
    }
    free(docs);
    printf("%s: from raw text, %ld gold words, %ld system words\n", o->eval_gold,
           parse.gold_words, parse.system_words);
    print_prf("sentences", &seg.sentences);
    print_prf("tokens", &seg.tokens);
    print_prf("words", &seg.words);
    printf("  UPOS       F1 %6.2f%%\n", 100 * dyad_eval_raw_f1(&parse, parse.upos));
    printf("  lemma      F1 %6.2f%%\n", 100 * dyad_eval_raw_f1(&parse, parse.lemma));
    printf("  UAS        F1 %6.2f%%\n", 100 * dyad_eval_raw_f1(&parse, parse.uas));
    printf("  LAS        F1 %6.2f%%\n", 100 * dyad_eval_raw_f1(&parse, parse.las));
    return dyad_warning_count() > warnings ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
}

/* Documents to CoNLL-U on standard output. */
static int run_files(const dyad_model *m, const parse_options *o, int n_files, char **files) {
    static char *stdin_only[] = {"-"};
    if (n_files == 0) {
        n_files = 1;
        files = stdin_only;
    }
    /* a file that cannot be read is reported and the others are parsed: exit 1, or 3 when no
       file could be read at all */
    int rc = DYAD_EXIT_OK, n_read = 0;
    long warnings = dyad_warning_count(); /* bad records, repaired text */
    dyad_cli_ids ids = {0};
    for (int i = 0; i < n_files && !ferror(stdout); i++) {
        dyad_reader *r = dyad_reader_open(files[i], &o->read);
        if (!r) {
            rc = DYAD_EXIT_FATAL;
            continue;
        }
        n_read++;
        dyad_document *doc;
        bool first = true;
        while ((doc = dyad_reader_next(r)) != NULL && !ferror(stdout)) {
            if (first && doc->id) dyad_cli_id_seen(&ids, doc->id, files[i]);
            first = false;
            dyad_analyze(m, doc);
            dyad_write_conllu(stdout, doc);
            dyad_document_free(doc);
            if (strcmp(files[i], "-") == 0) dyad_cli_flush(stdout); /* a feed: each record as it is done */
        }
        dyad_document_free(doc);
        if (dyad_warning_count() > warnings && rc == DYAD_EXIT_OK) rc = DYAD_EXIT_SKIPPED;
        dyad_reader_close(r);
    }
    dyad_cli_ids_free(&ids);
    if (rc == DYAD_EXIT_FATAL && n_read > 0) rc = DYAD_EXIT_SKIPPED;
    return rc;  /* the output is checked once, by dyad_cmd_parse */
}

int dyad_cmd_parse(int argc, char **argv) {
    static const struct option longopts[] = {
        {"eval", required_argument, NULL, 'e'}, {"eval-raw", required_argument, NULL, 'r'},
        {"model", required_argument, NULL, 'm'}, {"date", required_argument, NULL, 'd'},
        {"id", required_argument, NULL, 'i'}, {"input", required_argument, NULL, 'f'},
        {"beam", required_argument, NULL, 'b'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    parse_options o = {0};
    int c, beam = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "m:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'e': o.eval_gold = optarg; break;
        case 'r': o.eval_gold = optarg; o.raw = true; break;
        case 'd':
            if (!(o.read.date = dyad_cli_date("parse", optarg))) return DYAD_EXIT_USAGE;
            break;
        case 'i':
            if (!(o.read.id = dyad_cli_id("parse", optarg))) return DYAD_EXIT_USAGE;
            break;
        case 'f':
            if (!dyad_cli_input_format(optarg, &o.read.format)) {
                fprintf(stderr, "dyad parse: --input is text, jsonl, html or feed, not '%s'\n", optarg);
                return DYAD_EXIT_USAGE;
            }
            break;
        case 'm': o.model_path = optarg; break;
        case 'b':
            if (!dyad_cli_beam_width("parse", optarg, &beam)) return DYAD_EXIT_USAGE;
            break;
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
    if (!dyad_cli_set_beam("parse", m, o.model_path, beam)) {
        dyad_model_free(m);
        return DYAD_EXIT_FATAL;
    }
    int rc = o.raw         ? run_eval_raw(m, &o)
             : o.eval_gold ? run_eval(m, &o)
                           : run_files(m, &o, argc - optind, argv + optind);
    dyad_model_free(m);
    return dyad_cli_output_done("parse", stdout, rc);
}
