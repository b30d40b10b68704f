/*
** pipeline.c - dyad's benchmark: throughput from news text to events, stage by stage on one
** core, then end to end on one and on two cores, with load times and peak memory.
**
**   make bench                         (bench/run.sh: builds and runs this with nice)
**   build/bench/pipeline [--tokens N] [--corpus FILE.jsonl] [--dict-dir DIR] [--threads N]
**                        [--model FILE]
**
** The corpus (bench.h) is built from ../shared/data/news ($DYAD_SHARED/news): the 24 GUM
** Wikinews articles and the Reuters-21578 story bodies as JSON Lines, repeated until they hold
** at least N whitespace-separated tokens (default 1,000,000), written to bench/out/news.jsonl.
** The coder uses dyad's own dictionaries, built in (what `dyad code` uses by default), or
** PETRARCH-2's dictionary set in DIR with --dict-dir (e.g. ../shared/data/petrarch2:
** CAMEO.2.0.txt and Phoenix.*).
**
** 1. Stages, one thread: read (JSON Lines), split + tokenize, tag + lemmatize, parse, write
**    CoNLL-U (to /dev/null; with the first four, raw text to CoNLL-U), code, write events (JSON
**    Lines to /dev/null), each timed in CPU time of the thread, so that other jobs on the
**    machine slow the figures little.
** 2. End to end: the work of `dyad code` with 1 and with N worker threads (default 2) taking
**    documents from one reader: the sentences the coder can use tagged and parsed
**    (dyad_code_with_model); model and dictionaries are shared, each thread has its own coder.  Timed
**    in wall time (the only clock that shows the gain of a second core) and in CPU time of the
**    process: on a busy machine the wall-time figures drop, so the load average is printed
**    first and "cores used" (CPU time / wall time) shows what the run got.
** Tokens are the words of dyad's tokenizer (syntactic words).
*/
#include <pthread.h>
#include <sys/stat.h>
#include "bench.h"
#include "dyad.h"
#include "code/coder.h"
#include "dict/dict.h"

typedef struct totals {
    long docs, sentences, words, events;
    long parsed;    /* end to end: sentences the coder had parsed */
} totals;

static void add_doc(totals *t, const dyad_document *d) {
    t->docs++;
    t->sentences += d->n_sentences;
    for (int i = 0; i < d->n_sentences; i++) t->words += d->sentences[i].n_words;
    t->events += d->n_events;
}

static void row(const char *stage, double secs, const totals *t) {
    printf("| %-26s | %8.3f | %12.0f | %11.0f |\n", stage, secs, (double)t->words / secs,
           (double)t->sentences / secs);
}

/* 1. One thread, stage by stage. */
static totals stages(const char *corpus, const dyad_model *m, const dyad_dict *dict) {
    FILE *devnull = fopen("/dev/null", "w");
    dyad_reader *r = dyad_reader_open(corpus, NULL);
    totals t = {0};
    if (!r || !devnull) {
        fprintf(stderr, "pipeline: cannot read %s\n", corpus);
        exit(3);
    }
    dyad_coder *c = dyad_coder_new(dict, NULL);
    double t_read = 0, t_seg = 0, t_tag = 0, t_parse = 0, t_conllu = 0, t_code = 0, t_write = 0;
    for (;;) {
        double c0 = bench_cpu();
        dyad_document *d = dyad_reader_next(r);
        double c1 = bench_cpu();
        t_read += c1 - c0;
        if (!d) break;
        dyad_segment(d);
        double c2 = bench_cpu();
        for (int i = 0; i < d->n_sentences; i++) dyad_tag(m, &d->sentences[i], d->arena);
        double c3 = bench_cpu();
        for (int i = 0; i < d->n_sentences; i++) dyad_parse(m, &d->sentences[i]);
        double c4 = bench_cpu();
        dyad_write_conllu(devnull, d);
        double c5 = bench_cpu();
        t_conllu += c5 - c4;
        dyad_code_document(c, d);
        double c6 = bench_cpu();
        t_code += c6 - c5;
        dyad_write_events_json(devnull, d);
        t_write += bench_cpu() - c6;
        t_seg += c2 - c1;
        t_tag += c3 - c2;
        t_parse += c4 - c3;
        add_doc(&t, d);
        dyad_document_free(d);
    }
    dyad_coder_free(c);
    dyad_reader_close(r);
    fclose(devnull);
    printf("corpus: %s: %ld documents, %ld sentences, %ld tokens; %ld events coded\n\n", corpus,
           t.docs, t.sentences, t.words, t.events);
    printf("one thread, CPU time per stage:\n\n");
    printf("| %-26s | %8s | %12s | %11s |\n", "stage", "CPU s", "tokens/s", "sentences/s");
    printf("|%s|%s|%s|%s|\n", "----------------------------", "---------:", "-------------:", "------------:");
    row("read (JSON Lines)", t_read, &t);
    row("split + tokenize", t_seg, &t);
    row("tag + lemmatize", t_tag, &t);
    row("parse", t_parse, &t);
    row("tag + parse", t_tag + t_parse, &t);
    row("write CoNLL-U", t_conllu, &t);
    row("raw text to CoNLL-U", t_read + t_seg + t_tag + t_parse + t_conllu, &t);
    row("code (CAMEO)", t_code, &t);
    row("write events (JSON Lines)", t_write, &t);
    row("all stages", t_read + t_seg + t_tag + t_parse + t_conllu + t_code + t_write, &t);
    return t;
}

/* 2. End to end with worker threads sharing one reader. */
typedef struct work {
    pthread_mutex_t lock;
    dyad_reader *reader;
    const dyad_model *model;
    const dyad_dict *dict;
    FILE *out;
    totals t;
} work;

static void *worker(void *arg) {
    work *w = arg;
    dyad_coder *c = dyad_coder_new(w->dict, NULL);
    totals mine = {0};
    for (;;) {
        pthread_mutex_lock(&w->lock);
        dyad_document *d = dyad_reader_next(w->reader);
        pthread_mutex_unlock(&w->lock);
        if (!d) break;
        dyad_code_with_model(c, d, w->model);   /* as dyad code: analyses what it can use */
        for (int i = 0; i < d->n_sentences; i++)
            mine.parsed += d->sentences[i].n_words > 0 && d->sentences[i].words[0].head >= 0;
        dyad_write_events_json(w->out, d);
        add_doc(&mine, d);
        dyad_document_free(d);
    }
    dyad_coder_free(c);
    pthread_mutex_lock(&w->lock);
    w->t.docs += mine.docs;
    w->t.sentences += mine.sentences;
    w->t.words += mine.words;
    w->t.events += mine.events;
    w->t.parsed += mine.parsed;
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

/* Run end to end with n threads; returns the wall time, or -1. */
static double end_to_end(const char *corpus, const dyad_model *m, const dyad_dict *dict, int n,
                         totals *t, double *cpu_s) {
    work w = {.model = m, .dict = dict};
    pthread_mutex_init(&w.lock, NULL);
    w.reader = dyad_reader_open(corpus, NULL);
    w.out = fopen("/dev/null", "w");
    if (!w.reader || !w.out) return -1;
    pthread_t th[64];
    double wall = bench_now(), cpu0 = bench_cpu_process();
    for (int i = 0; i < n; i++) pthread_create(&th[i], NULL, worker, &w);
    for (int i = 0; i < n; i++) pthread_join(th[i], NULL);
    wall = bench_now() - wall;
    *cpu_s = bench_cpu_process() - cpu0;
    dyad_reader_close(w.reader);
    fclose(w.out);
    pthread_mutex_destroy(&w.lock);
    *t = w.t;
    return wall;
}

int main(int argc, char **argv) {
    long want = 1000000;
    int threads = 2;
    const char *corpus = NULL, *dict_dir = NULL, *model = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--tokens") == 0 && i + 1 < argc) want = atol(argv[++i]);
        else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) corpus = argv[++i];
        else if (strcmp(argv[i], "--dict-dir") == 0 && i + 1 < argc) dict_dir = argv[++i];
        else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) threads = atoi(argv[++i]);
        else if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) model = argv[++i];
        else {
            fprintf(stderr, "usage: pipeline [--tokens N] [--corpus FILE.jsonl] [--dict-dir DIR] "
                            "[--threads N] [--model FILE]\n");
            return 2;
        }
    }
    if (threads < 1 || threads > 64) threads = 2;
    bench_print_machine();
    if (!corpus) {
        mkdir("bench/out", 0777);
        corpus = "bench/out/news.jsonl";
        if (bench_build_corpus(corpus, want) < 0) return 3;
    }
    const char *err;
    double t0 = bench_now();
    dyad_model *m = dyad_model_load(model, &err);
    double model_s = bench_now() - t0;
    if (!m) {
        fprintf(stderr, "pipeline: %s\n", err);
        return 3;
    }
    dyad_dict *d = dyad_dict_new();
    FILE *sink = dyad_warn_silence();    /* the dictionaries' known problems are not what is measured */
    t0 = bench_now();
    int rc = dict_dir ? dyad_dict_load_dir(d, dict_dir) : dyad_dict_load_builtin(d);
    double dict_s = bench_now() - t0;
    dyad_warn_restore(sink);
    if (rc < 0) {
        fprintf(stderr, "pipeline: %s\n", d->error);
        return 3;
    }
    printf("model load (%s): %.4f s\n", model ? model : "built in", model_s);
    printf("dictionary load (%s, %d patterns, %d actors, %d agents): %.3f s\n",
           dict_dir ? dict_dir : "dyad's own, built in", d->n_patterns, d->n_actors, d->n_agents,
           dict_s);
    printf("peak RSS after loading: %.1f MB\n", bench_peak_rss_mb());

    stages(corpus, m, d);

    printf("\nend to end (read, split, tag, parse, code, write events), wall time:\n\n");
    printf("| %-7s | %8s | %8s | %10s | %12s | %11s | %17s |\n", "threads", "wall s", "CPU s",
           "cores used", "tokens/s", "sentences/s", "sentences/CPU s");
    printf("|--------:|---------:|---------:|-----------:|-------------:|------------:|------------------:|\n");
    int counts[2] = {1, threads};
    totals t = {0};
    for (int k = 0; k < (threads > 1 ? 2 : 1); k++) {
        double cpu_s;
        double wall = end_to_end(corpus, m, d, counts[k], &t, &cpu_s);
        if (wall < 0) return 3;
        printf("| %7d | %8.3f | %8.3f | %10.2f | %12.0f | %11.0f | %17.0f |\n", counts[k], wall, cpu_s,
               cpu_s / wall, (double)t.words / wall, (double)t.sentences / wall,
               (double)t.sentences / cpu_s);
    }
    printf("\n(cores used = CPU s / wall s: below the number of threads, other jobs had the rest of\n"
           "the machine; sentences/CPU s is then the better guide to what one core does)\n");
    printf("\nAs `dyad code` does, the coder tags and parses only the sentences it can use: %ld of\n"
           "%ld (%.1f%%); the others name no actor and cannot refer to one, so they give no event\n"
           "(src/code/coder.c, usable()).  The events are the same as from analysing every sentence.\n",
           t.parsed, t.sentences, 100.0 * (double)t.parsed / (double)(t.sentences ? t.sentences : 1));
    printf("\npeak RSS: %.1f MB\n", bench_peak_rss_mb());
    dyad_dict_free(d);
    dyad_model_free(m);
    return 0;
}
