/*
** cmd_code.c - `dyad code FILE...`: read documents, analyse them, code their events and write
** them as JSON Lines or TSV (docs/event-format.md).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli/cli.h"
#include "code/coder.h"
#include "document/reader.h"

static void usage(FILE *f) {
    fprintf(f, "usage: dyad code [options] [FILE...]\n"
               "\n"
               "Code the political events of documents: plain text, JSON Lines (.jsonl), HTML, or\n"
               "already parsed CoNLL-U (.conllu).  Events go to standard output, one per line.\n"
               "On a terminal, standard error shows documents/s, sentences/s and events so far.\n"
               "\n"
               "  --format json|tsv  output format (default json; docs/event-format.md)\n"
               "  --date YYYY-MM-DD  date of documents that carry none\n"
               "  --id ID            id of a plain-text or HTML document (default: file name)\n"
               "  --stats            at the end, print documents, sentences, events and speed\n"
               "                     (time includes parsing, not loading) on standard error\n"
               "  --model PATH       tagger and parser model (default: the one built in)\n"
               "%s"
               "\n"
               "exit status: 0 done; 1 done, but some input was bad and skipped (see the warnings);\n"
               "2 bad command line; 3 could not run (missing file, unreadable model or dictionary).\n",
            dyad_cli_dict_help);
}

/* The progress line on a terminal: documents and sentences per second, events so far. */
typedef struct progress {
    bool on;                /* standard error is a terminal */
    bool stats;             /* --stats: a summary line at the end */
    bool shown;             /* a line has been written */
    double start, last;     /* seconds (monotonic clock) */
    long docs, sentences, events;
} progress;

typedef struct out {
    FILE *f;
    bool tsv;
    progress *p;
} out;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Count doc and, at most four times a second once the run has lasted a second, rewrite the
   progress line on standard error (only when it is a terminal: never in a pipe or a log). */
static void progress_update(progress *p, const dyad_document *doc, bool last) {
    if (doc) {
        p->docs++;
        p->sentences += doc->n_sentences;
        p->events += doc->n_events;
    }
    if (!p->on) return;
    double t = now();
    if (!last && (t - p->start < 1.0 || t - p->last < 0.25)) return;
    if (last && !p->shown) return;
    double secs = t - p->start > 1e-9 ? t - p->start : 1e-9;
    fprintf(stderr, "\r%ld documents (%.0f/s), %ld sentences (%.0f/s), %ld events%s", p->docs,
            (double)p->docs / secs, p->sentences, (double)p->sentences / secs, p->events,
            last ? "\n" : "");
    fflush(stderr);
    p->shown = true;
    p->last = t;
}

static void emit(const out *o, dyad_coder *c, dyad_document *doc) {
    dyad_code_document(c, doc);
    if (o->tsv) dyad_write_events_tsv(o->f, doc);
    else dyad_write_events_json(o->f, doc);
    progress_update(o->p, doc, false);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Code one input file; returns DYAD_EXIT_* for it. */
static int code_file(const char *path, const dyad_read_options *ropt, const out *o, dyad_coder *c,
                     const dyad_model *model) {
    if (path && ends_with(path, ".conllu")) {
        dyad_document **docs = NULL;
        long before = dyad_warning_count();
        int n = dyad_conllu_read(path, &docs);
        if (n < 0) return DYAD_EXIT_FATAL;
        for (int i = 0; i < n; i++) {
            if (!docs[i]->date && ropt->date) docs[i]->date = dyad_arena_strdup(docs[i]->arena, ropt->date);
            emit(o, c, docs[i]);
            dyad_document_free(docs[i]);
        }
        free(docs);
        return dyad_warning_count() > before ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
    }
    dyad_reader *r = dyad_reader_open(path, ropt);
    if (!r) return DYAD_EXIT_FATAL;
    dyad_document *doc;
    while ((doc = dyad_reader_next(r))) {
        dyad_analyze(model, doc);
        emit(o, c, doc);
        dyad_document_free(doc);
    }
    int rc = dyad_reader_skipped(r) > 0 ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
    dyad_reader_close(r);
    return rc;
}

int dyad_cmd_code(int argc, char **argv) {
    dyad_cli_dicts dicts = {0};
    dyad_read_options ropt = {0};
    progress prog = {.on = isatty(STDERR_FILENO) == 1};
    out o = {.f = stdout, .p = &prog};
    const char *files[256], *model_path = NULL;
    int nf = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int k = dyad_cli_dict_arg(&dicts, argc, argv, &i);
        if (k < 0) return DYAD_EXIT_USAGE;
        if (k > 0) continue;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return DYAD_EXIT_OK;
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            const char *v = argv[++i];
            if (strcmp(v, "tsv") == 0) o.tsv = true;
            else if (strcmp(v, "json") != 0) {
                fprintf(stderr, "dyad code: --format is json or tsv, not '%s'\n", v);
                return DYAD_EXIT_USAGE;
            }
        } else if (strcmp(a, "--date") == 0 && i + 1 < argc) {
            ropt.date = dyad_cli_date("code", argv[++i]);
            if (!ropt.date) return DYAD_EXIT_USAGE;
        } else if (strcmp(a, "--stats") == 0) {
            prog.stats = true;
        } else if (strcmp(a, "--id") == 0 && i + 1 < argc) {
            ropt.id = argv[++i];
        } else if (strcmp(a, "--model") == 0 && i + 1 < argc) {
            model_path = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad code: unknown option '%s'\n", a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        } else if (nf < 256) {
            files[nf++] = a;
        } else {
            fprintf(stderr, "dyad code: too many files\n");
            return DYAD_EXIT_USAGE;
        }
    }
    dyad_dict *d = dyad_cli_load_dicts(&dicts, "code");
    if (!d) return DYAD_EXIT_FATAL;
    dyad_model *model = dyad_cli_load_model("code", model_path);
    if (!model) {
        dyad_dict_free(d);
        return DYAD_EXIT_FATAL;
    }
    dyad_coder *c = dyad_coder_new(d, NULL);
    if (o.tsv) dyad_write_events_tsv_header(o.f);
    prog.start = prog.last = now();
    int rc = DYAD_EXIT_OK;
    if (nf == 0) files[nf++] = "-";
    for (int k = 0; k < nf && rc != DYAD_EXIT_FATAL; k++) {
        int r = code_file(strcmp(files[k], "-") == 0 ? NULL : files[k], &ropt, &o, c, model);
        if (r > rc) rc = r;
    }
    fflush(o.f);
    progress_update(&prog, NULL, true);
    if (prog.stats) {
        double secs = now() - prog.start;
        fprintf(stderr, "dyad code: %ld documents, %ld sentences, %ld events in %.2f s: %.0f "
                "sentences/s, %.1f events per 100 sentences\n", prog.docs, prog.sentences,
                prog.events, secs, secs > 0 ? (double)prog.sentences / secs : 0.0,
                prog.sentences ? 100.0 * (double)prog.events / (double)prog.sentences : 0.0);
    }
    dyad_coder_free(c);
    dyad_model_free(model);
    dyad_dict_free(d);
    return rc;
}
