/*
** code_bench.c - how fast the coder codes parsed sentences with the full Phoenix dictionaries
** (CAMEO.2.0.txt and Phoenix.*, PETRARCH-2's default set).  Parsing is not timed: the Penn
** trees of the PETRARCH validation files (PETR.UnitTest.records.xml, GigaWord.sample.PETR.xml)
** are converted to dependencies once, and the 24 Wikinews articles of news/gum_news are parsed
** once with dyad's built-in model; then all of them are coded again and again, and only coding
** is timed.
** Prints sentences/s, events/s and peak RSS (which includes the events of every pass: they
** stay in the documents' arenas).
**
** Usage: code_bench [DIR [SECONDS]] (DIR default ../shared/data/petrarch2, or
** $DYAD_SHARED/petrarch2, with news/gum_news beside it; SECONDS of coding to measure, default
** 3).  Run it with nice.
*/
#include <dirent.h>
#include "bench.h"
#include "dyad.h"
#include "code/coder.h"
#include "dict/dict.h"
#include "document/petrxml.h"
#include "nlp/penn.h"

/* Append the records of a validation file, parsed, to docs; returns the new count. */
static int load(const char *path, dyad_document ***docs, int n, int *cap) {
    dyad_petr_file *f = dyad_petr_read(path);
    if (!f) return n;
    for (int i = 0; i < f->n_sentences; i++) {
        const dyad_petr_sentence *s = &f->sentences[i];
        if (s->parse_kind != DYAD_PETR_PARSE_PENN) continue;
        dyad_document *doc = dyad_petr_document(f, s);
        if (!dyad_penn_add_sentence(doc, s->parse, strlen(s->parse), 0, path, s->parse_line, NULL)) {
            dyad_document_free(doc);
            continue;
        }
        if (n == *cap) {
            *cap = *cap ? 2 * *cap : 256;
            *docs = realloc(*docs, (size_t)*cap * sizeof **docs);
            if (!*docs) abort();
        }
        (*docs)[n++] = doc;
    }
    dyad_petr_free(f);
    return n;
}

/* Append the parsed articles of folder dir (*.txt) to docs; returns the new count. */
static int load_news(const char *dir, dyad_document ***docs, int n, int *cap, long *sentences) {
    DIR *dh = opendir(dir);
    if (!dh) return n;
    const char *err = NULL;
    dyad_model *m = dyad_model_load(NULL, &err);
    if (!m) {
        closedir(dh);
        return n;
    }
    struct dirent *e;
    while ((e = readdir(dh))) {
        size_t k = strlen(e->d_name);
        if (k < 5 || strcmp(e->d_name + k - 4, ".txt") != 0 || strncmp(e->d_name, "GUM_", 4) != 0) continue;
        char path[8192 + 512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        dyad_reader *r = dyad_reader_open(path, NULL);
        dyad_document *doc;
        while (r && (doc = dyad_reader_next(r))) {
            dyad_analyze(m, doc);
            *sentences += doc->n_sentences;
            if (n == *cap) {
                *cap = *cap ? 2 * *cap : 256;
                *docs = realloc(*docs, (size_t)*cap * sizeof **docs);
                if (!*docs) abort();
            }
            (*docs)[n++] = doc;
        }
        dyad_reader_close(r);
    }
    closedir(dh);
    dyad_model_free(m);
    return n;
}

int main(int argc, char **argv) {
    char dir[4096];
    if (argc > 1) snprintf(dir, sizeof dir, "%s", argv[1]);
    else bench_shared(dir, sizeof dir, "petrarch2");
    double seconds = argc > 2 ? atof(argv[2]) : 3.0;

    FILE *sink = dyad_warn_silence();    /* dictionary and tree problems are not what is measured */
    dyad_dict *d = dyad_dict_new();
    double t0 = bench_now();
    if (dyad_dict_load_dir(d, dir) < 0) {
        dyad_warn_restore(sink);
        fprintf(stderr, "%s\n", d->error);
        return 1;
    }
    double load_s = bench_now() - t0;
    dyad_document **docs = NULL;
    int n = 0, cap = 0;
    char path[8192];
    snprintf(path, sizeof path, "%s/PETR.UnitTest.records.xml", dir);
    n = load(path, &docs, n, &cap);
    snprintf(path, sizeof path, "%s/GigaWord.sample.PETR.xml", dir);
    n = load(path, &docs, n, &cap);
    int n_trees = n;
    long news_sentences = 0;
    snprintf(path, sizeof path, "%s/../news/gum_news", dir);
    n = load_news(path, &docs, n, &cap, &news_sentences);
    dyad_warn_restore(sink);
    if (n == 0) {
        fprintf(stderr, "no parsed sentences found in %s\n", dir);
        return 1;
    }
    long words = 0, sentences = 0;
    for (int i = 0; i < n; i++) {
        sentences += docs[i]->n_sentences;
        for (int k = 0; k < docs[i]->n_sentences; k++) words += docs[i]->sentences[k].n_words;
    }
    printf("dictionaries: CAMEO.2.0.txt + Phoenix (%d patterns, %d actors, %d agents), loaded in %.2f s\n",
           d->n_patterns, d->n_actors, d->n_agents, load_s);
    printf("sentences: %d validation sentences (their Penn trees) and %ld sentences of %d GUM "
           "news articles (parsed by dyad); %.1f words on average\n", n_trees, news_sentences,
           n - n_trees, (double)words / sentences);

    dyad_coder *c = dyad_coder_new(d, NULL);
    long coded = 0, events = 0;     /* sentences coded */
    double start = bench_now(), start_cpu = bench_cpu_process(), elapsed = 0;
    while (elapsed < seconds) {
        for (int i = 0; i < n; i++) {
            docs[i]->n_events = 0;
            docs[i]->events = NULL;
            dyad_code_document(c, docs[i]);
            events += docs[i]->n_events;
        }
        coded += sentences;
        elapsed = bench_now() - start;
    }
    double used = bench_cpu_process() - start_cpu;
    printf("coded %ld sentences in %.2f s of CPU time (%.2f s wall): %.0f sentences/s, %.0f words/s, "
           "%.0f events/s (one core)\n", coded, used, elapsed, coded / used,
           (double)words * (coded / sentences) / used, events / used);
    printf("peak RSS %.1f MB\n", bench_peak_rss_mb());
    dyad_coder_free(c);
    for (int i = 0; i < n; i++) dyad_document_free(docs[i]);
    free(docs);
    dyad_dict_free(d);
    return 0;
}
