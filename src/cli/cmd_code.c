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
               "Code the political events of documents: plain text, JSON Lines (.jsonl), HTML, RSS\n"
               "or Atom news feeds (one document per item), or already parsed CoNLL-U (.conllu).\n"
               "Events go to standard output, one per line.\n"
               "On a terminal, standard error shows documents/s, sentences/s and events so far.\n"
               "\n"
               "  --format json|tsv  output format (default json; docs/event-format.md)\n"
               "  --input FORMAT     text, jsonl, html, feed (RSS, Atom) or conllu (default: from\n"
               "                     the file name and content)\n"
               "  --date YYYY-MM-DD  date of documents that carry none\n"
               "  --id ID            id of a plain-text or HTML document (default: file name)\n"
               "  --stats            at the end, print documents, sentences, events and speed\n"
               "                     (time includes parsing, not loading) on standard error\n"
               "  --model PATH       tagger and parser model (default: the one built in)\n"
               "  --beam K           parse with a beam of K parses (as dyad parse --beam; 8 is a\n"
               "                     good choice): more accurate parses, about six times slower;\n"
               "                     the coder is tuned to greedy parses and codes the PLOVER\n"
               "                     gold less well with them (README) (default 0: greedy)\n"
               "%s"
               "\n"
               "  --                 the arguments after it are files\n"
               "\n"
               "exit status: 0 done; 1 done, but some input was bad and skipped or repaired, or a\n"
               "file could not be read (see the warnings and errors); 2 bad command line; 3 could\n"
               "not run (no input file could be read, unreadable model or dictionary, output not\n"
               "written).\n",
            dyad_cli_dict_help);
}

/* The plural ending for a count of n. */
#define S(n) ((n) == 1 ? "" : "s")

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
    fprintf(stderr, "\r%ld document%s (%.0f/s), %ld sentence%s (%.0f/s), %ld event%s%s", p->docs,
            S(p->docs), (double)p->docs / secs, p->sentences, S(p->sentences), (double)p->sentences / secs,
            p->events, S(p->events), last ? "\n" : "");
    fflush(stderr);
    p->shown = true;
    p->last = t;
}

/* Code doc and write its events; with model, the coder segments doc and tags and parses the
   sentences it can use (dyad_code_with_model). */
static void emit(const out *o, dyad_coder *c, dyad_document *doc, const dyad_model *model) {
    dyad_code_with_model(c, doc, model);
    if (o->tsv) dyad_write_events_tsv(o->f, doc);
    else dyad_write_events_json(o->f, doc);
    progress_update(o->p, doc, false);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Does a document's text begin the way a CoNLL-U file does ("# newdoc", "# sent_id", or a
   first word line "1<TAB>")? */
static bool looks_like_conllu(const char *text) {
    return text && (strncmp(text, "# newdoc", 8) == 0 || strncmp(text, "# sent_id", 9) == 0 ||
                    strncmp(text, "# newpar", 8) == 0 || strncmp(text, "1\t", 2) == 0);
}

/* What dyad code was asked to do. */
typedef struct code_options {
    dyad_read_options read;
    bool conllu;            /* --input conllu */
    const char *model_path;
    int beam;               /* --beam: the parser's beam width, 0 greedy */
} code_options;

/* Code one input file; returns DYAD_EXIT_* for it (DYAD_EXIT_FATAL: it could not be read). */
static int code_file(const char *path, const code_options *co, const out *o, dyad_coder *c,
                     const dyad_model *model, dyad_cli_ids *ids) {
    const dyad_read_options *ropt = &co->read;
    if (co->conllu || (path && !ropt->format && (ends_with(path, ".conllu") || ends_with(path, ".conllu.gz")))) {
        dyad_document **docs = NULL;
        long before = dyad_warning_count();
        int n = dyad_conllu_read(path ? path : "-", &docs);
        if (n < 0) return DYAD_EXIT_FATAL;
        if (n == 0) dyad_warn(path ? path : "-", 0, 0, "no sentences in this CoNLL-U input; nothing coded");
        for (int i = 0; i < n; i++) {
            if (!docs[i]->date && ropt->date) docs[i]->date = dyad_arena_strdup(docs[i]->arena, ropt->date);
            /* as dyad_segment() does for text: coding time stays linear */
            int cut = dyad_split_long_sentences(docs[i], DYAD_MAX_SENTENCE_WORDS);
            if (cut)
                dyad_note(path ? path : "-", 0, 0, "%d sentence%s of document %s longer than %d words cut into "
                          "pieces", cut, cut == 1 ? "" : "s", docs[i]->id ? docs[i]->id : "?",
                          DYAD_MAX_SENTENCE_WORDS);
            emit(o, c, docs[i], NULL);
            dyad_document_free(docs[i]);
        }
        free(docs);
        return dyad_warning_count() > before ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
    }
    long before = dyad_warning_count(); /* bad records, repaired text */
    dyad_reader *r = dyad_reader_open(path, ropt);
    if (!r) return DYAD_EXIT_FATAL;
    dyad_document *doc;
    bool first = true;
    while ((doc = dyad_reader_next(r))) {
        if (first && looks_like_conllu(doc->text))
            dyad_warn(path ? path : "-", 1, 1, "this looks like CoNLL-U (what dyad parse writes), "
                      "read here as text: use --input conllu, or name the file .conllu");
        if (first && doc->id) dyad_cli_id_seen(ids, doc->id, path ? path : "-");
        first = false;
        emit(o, c, doc, model);
        dyad_document_free(doc);
        if (!path || strcmp(path, "-") == 0) dyad_cli_flush(o->f); /* a feed: each record's events as it is done */
        if (ferror(o->f)) break; /* the output is lost: stop (dyad_cli_output_done reports it) */
    }
    dyad_reader_close(r);
    return dyad_warning_count() > before ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
}

/* Read the command line into co, o, dicts and files (room for argc); returns -1 to go on, else
   the exit code. */
static int options(int argc, char **argv, code_options *co, out *o, dyad_cli_dicts *dicts,
                   const char **files, int *nf) {
    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        int k = only_files ? 0 : dyad_cli_dict_arg(dicts, argc, argv, &i);
        if (k < 0) return DYAD_EXIT_USAGE;
        if (k > 0) continue;
        if (only_files || a[0] != '-' || !a[1]) {
            files[(*nf)++] = a;
        } else if (strcmp(a, "--") == 0) {
            only_files = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return DYAD_EXIT_OK;
        } else if (strcmp(a, "--stats") == 0) {
            o->p->stats = true;
        } else if ((k = dyad_cli_value("code", argc, argv, &i, "--format", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            o->tsv = strcmp(v, "tsv") == 0;
            if (!o->tsv && strcmp(v, "json") != 0) {
                fprintf(stderr, "dyad code: --format is json or tsv, not '%s'\n", v);
                return DYAD_EXIT_USAGE;
            }
        } else if ((k = dyad_cli_value("code", argc, argv, &i, "--input", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            co->conllu = strcmp(v, "conllu") == 0;
            if (!co->conllu && !dyad_cli_input_format(v, &co->read.format)) {
                fprintf(stderr, "dyad code: --input is text, jsonl, html, feed or conllu, not '%s'\n", v);
                return DYAD_EXIT_USAGE;
            }
        } else if ((k = dyad_cli_value("code", argc, argv, &i, "--date", &v)) != 0) {
            if (k < 0 || !(co->read.date = dyad_cli_date("code", v))) return DYAD_EXIT_USAGE;
        } else if ((k = dyad_cli_value("code", argc, argv, &i, "--id", &v)) != 0) {
            if (k < 0 || !(co->read.id = dyad_cli_id("code", v))) return DYAD_EXIT_USAGE;
        } else if ((k = dyad_cli_value("code", argc, argv, &i, "--model", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            co->model_path = v;
        } else if ((k = dyad_cli_value("code", argc, argv, &i, "--beam", &v)) != 0) {
            if (k < 0 || !dyad_cli_beam_width("code", v, &co->beam)) return DYAD_EXIT_USAGE;
        } else {
            fprintf(stderr, "dyad code: unknown option '%s'\n", a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        }
    }
    return -1;
}

/* dyad code with files, room for the argc file names of the command line. */
static int code_command(int argc, char **argv, const char **files) {
    dyad_cli_dicts dicts = {0};
    code_options co = {0};
    progress prog = {.on = isatty(STDERR_FILENO) == 1};
    out o = {.f = stdout, .p = &prog};
    int nf = 0;
    int done = options(argc, argv, &co, &o, &dicts, files, &nf);
    if (done >= 0) return done;
    if (co.read.id && nf > 1) {
        fprintf(stderr, "dyad code: --id names one document, but %d files were given\n", nf);
        return DYAD_EXIT_USAGE;
    }
    if (co.conllu && co.beam > 0) {
        fprintf(stderr, "dyad code: --beam parses text; --input conllu brings its own parse\n");
        return DYAD_EXIT_USAGE;
    }
    dyad_dict *d = dyad_cli_load_dicts(&dicts, "code");
    if (!d) return DYAD_EXIT_FATAL;
    dyad_model *model = dyad_cli_load_model("code", co.model_path);
    if (!model || !dyad_cli_set_beam("code", model, co.model_path, co.beam)) {
        dyad_model_free(model);
        dyad_dict_free(d);
        return DYAD_EXIT_FATAL;
    }
    dyad_coder *c = dyad_coder_new(d, NULL);
    if (o.tsv) dyad_write_events_tsv_header(o.f);
    prog.start = prog.last = now();
    /* a file that cannot be read is reported and the others are coded: exit 1, or 3 when no
       file could be read at all */
    int rc = DYAD_EXIT_OK, n_read = 0;
    if (nf == 0) files[nf++] = "-";
    dyad_cli_ids ids = {0};
    for (int k = 0; k < nf && !ferror(o.f); k++) {
        int r = code_file(strcmp(files[k], "-") == 0 ? NULL : files[k], &co, &o, c, model, &ids);
        if (r != DYAD_EXIT_FATAL) n_read++;
        if (r > rc) rc = r;
    }
    dyad_cli_ids_free(&ids);
    if (rc == DYAD_EXIT_FATAL && n_read > 0) rc = DYAD_EXIT_SKIPPED;
    rc = dyad_cli_output_done("code", o.f, rc);
    progress_update(&prog, NULL, true);
    if (prog.stats) {
        double secs = now() - prog.start;
        fprintf(stderr, "dyad code: %ld document%s, %ld sentence%s, %ld event%s in %.2f s: %.0f "
                "sentences/s, %.1f events per 100 sentences\n", prog.docs, S(prog.docs), prog.sentences,
                S(prog.sentences), prog.events, S(prog.events), secs, secs > 0 ? (double)prog.sentences / secs : 0.0,
                prog.sentences ? 100.0 * (double)prog.events / (double)prog.sentences : 0.0);
    }
    dyad_coder_free(c);
    dyad_model_free(model);
    dyad_dict_free(d);
    return rc;
}

int dyad_cmd_code(int argc, char **argv) {
    const char **files = dyad_xmalloc(sizeof *files * (size_t)(argc + 1)); /* any number of files */
    int rc = code_command(argc, argv, files);
    free(files);
    return rc;
}
