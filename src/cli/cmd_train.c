/*
** cmd_train.c - `dyad train`: train the tagger, lemmatizer and parser on CoNLL-U treebanks and
** write one model file.
*/
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "dyad.h"
#include "cli/cli.h"
#include "nlp/nlp.h"

static void usage(FILE *f) {
    fputs("usage: dyad train [options] -o MODEL TRAIN.conllu...\n"
          "\n"
          "Train the tagger, lemmatizer and dependency parser on CoNLL-U treebanks and write\n"
          "one model file (use it with `dyad parse --model MODEL`).\n"
          "\n"
          "options:\n"
          "  -o, --output FILE      the model file to write (required)\n"
          "      --dev FILE         a development treebank, scored after training\n"
          "      --commercial       keep only the GUM documents whose licence permits commercial\n"
          "                         use (genres news, interview, bio, voyage, textbook, vlog,\n"
          "                         speech, conversation); other treebanks are kept whole\n"
          "      --tagger-epochs N  training passes of the tagger (default 10)\n"
          "      --parser-epochs N  training passes of the parser (default 15)\n"
          "      --parser-runs N    parsers trained on different orders of the data and\n"
          "                         averaged into one (default 1)\n"
          "      --beam K           also train move weights for parsing with a beam, with a\n"
          "                         beam of K (2 to 64; the shipped model: 16), in as many passes\n"
          "                         as the parser's; `dyad parse --beam` uses them (default 0:\n"
          "                         none)\n"
          "      --beam-runs N      train the beam weights N times on different orders of the\n"
          "                         data, in parallel threads, and average them (1 to 8,\n"
          "                         with --beam; default 1)\n"
          "      --folds N          jackknife folds for the parser's training tags (default 4;\n"
          "                         0 trains the parser on gold tags)\n"
          "      --min-count N      drop features seen in fewer training instances (default 3)\n"
          "      --min-weight N     drop features whose largest weight (of 32000) is smaller\n"
          "                         (default 0: keep all)\n"
          "      --explore P        percent chance that parser training follows its own wrong\n"
          "                         move, to learn to recover from errors (default 90)\n"
          "      --seed N           random seed (default 1); training is deterministic\n"
          "  -q, --quiet            print only the summary\n"
          "  -h, --help             show this help\n", f);
}

static bool parse_int(const char *s, int lo, int hi, int *out) {
    char *end;
    errno = 0;
    long v = s[0] >= '0' && s[0] <= '9' ? strtol(s, &end, 10) : -1; /* digits only: not " 4", "+4" */
    if (v < 0 || errno || *end || v < lo || v > hi) return false;
    *out = (int)v;
    return true;
}

/* Read treebanks into docs (appending); adds their sentences to c.  Returns false on failure. */
static bool read_treebank(const char *path, bool commercial, dyad_document ***docs, int *n_docs,
                          nlp_corpus *c, long *dropped) {
    dyad_document **d;
    int n = dyad_conllu_read(path, &d);
    if (n < 0) return false;
    for (int i = 0; i < n; i++) {
        if (commercial && !dyad_gum_commercial(d[i]->id)) {
            *dropped += 1;
            dyad_document_free(d[i]);
            continue;
        }
        *docs = dyad_xrealloc(*docs, sizeof **docs * (size_t)(*n_docs + 1));
        (*docs)[(*n_docs)++] = d[i];
        c->sents = dyad_xrealloc(c->sents, sizeof *c->sents * (size_t)(c->n + d[i]->n_sentences + 1));
        for (int k = 0; k < d[i]->n_sentences; k++) c->sents[c->n++] = &d[i]->sentences[k];
    }
    free(d);
    return true;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Can a file be written at path (an existing file that may be written, or a new one in a
   folder that may be written)?  errno says why not. */
static bool writable(const char *path) {
    if (access(path, F_OK) == 0) return access(path, W_OK) == 0;
    char dir[4096];
    const char *slash = strrchr(path, '/');
    if (!slash) return access(".", W_OK) == 0;
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    if (n >= sizeof dir) return true;
    memcpy(dir, path, n);
    dir[n] = 0;
    return access(dir, W_OK) == 0;
}

int dyad_cmd_train(int argc, char **argv) {
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"dev", required_argument, NULL, 'd'},
        {"commercial", no_argument, NULL, 'c'}, {"tagger-epochs", required_argument, NULL, 't'},
        {"parser-epochs", required_argument, NULL, 'p'}, {"folds", required_argument, NULL, 'f'},
        {"min-count", required_argument, NULL, 'm'}, {"min-weight", required_argument, NULL, 'w'},
        {"explore", required_argument, NULL, 'x'}, {"parser-runs", required_argument, NULL, 'r'}, {"seed", required_argument, NULL, 's'},
        {"beam", required_argument, NULL, 'b'}, {"beam-runs", required_argument, NULL, 'B'}, {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    nlp_train_options o = {.tagger_epochs = 10, .parser_epochs = 15, .folds = 4, .min_count = 3, .explore = 90,
                           .seed = 1, .verbose = true};
    const char *output = NULL, *dev = NULL;
    bool commercial = false, beam_runs_given = false;
    int c, v;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'd': dev = optarg; break;
        case 'c': commercial = true; break;
        case 'q': o.verbose = false; break;
        case 'h': usage(stdout); return DYAD_EXIT_OK;
        case 't': case 'p': case 'f': case 'm': case 's': case 'w': case 'x': case 'r': case 'b': case 'B':
            if (!parse_int(optarg, 0, 1000000, &v)) {
                fprintf(stderr, "dyad train: bad number '%s'\n", optarg);
                return DYAD_EXIT_USAGE;
            }
            if (c == 't') o.tagger_epochs = v;
            else if (c == 'p') o.parser_epochs = v;
            else if (c == 'f') o.folds = v;
            else if (c == 'm') o.min_count = v;
            else if (c == 'w') o.min_weight = v;
            else if (c == 'x') o.explore = v;
            else if (c == 'r') o.parser_runs = v;
            else if (c == 'b') o.beam = v;
            else if (c == 'B') {
                o.beam_runs = v;
                beam_runs_given = true;
            }
            else o.seed = (uint64_t)v;
            break;
        default: usage(stderr); return DYAD_EXIT_USAGE;
        }
    }
    if (!output || optind >= argc) {
        fputs("dyad train: need -o MODEL and at least one training file\n", stderr);
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }
    bool bad_runs = beam_runs_given && (o.beam_runs < 1 || o.beam_runs > 8 || o.beam == 0);
    if (o.explore > 100 || o.folds == 1 || o.folds > 50 || o.beam == 1 || o.beam > 64 || bad_runs) {
        fprintf(stderr, "dyad train: %s\n", o.explore > 100 ? "--explore is a percentage, 0 to 100"
                                           : o.beam == 1 || o.beam > 64
                                               ? "--beam is 0 (no beam weights) or a width from 2 to 64"
                                           : bad_runs ? "--beam-runs is 1 to 8, with --beam"
                                                           : "--folds is 0 (gold tags) or 2 to 50");
        return DYAD_EXIT_USAGE;
    }
    /* a model that cannot be written is found out now, not after minutes of training */
    if (!writable(output)) {
        fprintf(stderr, "dyad train: cannot write %s: %s\n", output, strerror(errno));
        return DYAD_EXIT_FATAL;
    }
    double t0 = now();
    dyad_document **docs = NULL, **dev_docs = NULL;
    int n_docs = 0, n_dev = 0;
    nlp_corpus corpus = {0};
    long dropped = 0, words = 0;
    int rc = DYAD_EXIT_OK;
    long warnings = dyad_warning_count();
    for (int i = optind; i < argc; i++)
        if (!read_treebank(argv[i], commercial, &docs, &n_docs, &corpus, &dropped)) {
            rc = DYAD_EXIT_FATAL;
            goto done;
        }
    for (int i = 0; i < corpus.n; i++) words += corpus.sents[i]->n_words;
    if (words == 0) {
        fputs("dyad train: the training files hold no sentence; no model written\n", stderr);
        rc = DYAD_EXIT_FATAL;
        goto done;
    }
    fprintf(stderr, "dyad train: %d document%s, %d sentence%s, %ld word%s", n_docs, n_docs == 1 ? "" : "s",
            corpus.n, corpus.n == 1 ? "" : "s", words, words == 1 ? "" : "s");
    if (commercial) fprintf(stderr, " (%ld GUM documents left out for their licence)", dropped);
    fputc('\n', stderr);
    if (dev) {
        n_dev = dyad_conllu_read(dev, &dev_docs);
        if (n_dev < 0) {
            rc = DYAD_EXIT_FATAL;
            goto done;
        }
    }
    if (!nlp_train_model(&corpus, &o, output)) {
        fprintf(stderr, "dyad train: cannot write %s: %s\n", output, strerror(errno));
        rc = DYAD_EXIT_FATAL;
        goto done;
    }
    fprintf(stderr, "dyad train: wrote %s in %.1f s\n", output, now() - t0);
    if (dev) {
        const char *err;
        dyad_model *m = dyad_model_load(output, &err);
        if (!m) {
            fprintf(stderr, "dyad train: cannot load %s: %s\n", output, err);
            rc = DYAD_EXIT_FATAL;
            goto done;
        }
        dyad_parse_eval e = dyad_parse_eval_documents(m, dev_docs, n_dev);
        dyad_parse_eval_print(stdout, dev, &e);
        if (o.beam > 1 && dyad_model_set_beam(m, o.beam < 8 ? o.beam : 8)) {
            printf("with a beam of %d:\n", o.beam < 8 ? o.beam : 8);
            e = dyad_parse_eval_documents(m, dev_docs, n_dev);
            dyad_parse_eval_print(stdout, dev, &e);
        }
        dyad_model_free(m);
    }
    if (dyad_warning_count() > warnings) rc = DYAD_EXIT_SKIPPED;
done:
    for (int i = 0; i < n_docs; i++) dyad_document_free(docs[i]);
    for (int i = 0; i < n_dev; i++) dyad_document_free(dev_docs[i]);
    free(docs);
    free(dev_docs);
    free(corpus.sents);
    return rc;
}
