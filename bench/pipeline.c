/*
** pipeline.c - throughput of dyad's front end on news text, stage by stage, on one core:
** read (JSON Lines), split and tokenize, tag and lemmatize, parse, and write CoNLL-U.
**
**   make bench-pipeline               (runs build/bench/pipeline)
**   build/bench/pipeline [--tokens N] [--corpus FILE.jsonl]
**
** The corpus is built from ../shared/data/news/reuters21578.tsv ($DYAD_SHARED/news/...): the
** story bodies as JSON Lines, repeated until they hold at least N whitespace-separated tokens
** (default 1,000,000), written to bench/out/news.jsonl.  Times are the CPU time of this thread,
** so other work on the machine slows the figures little; wall time is printed beside them.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <cjson/cJSON.h>
#include "dyad.h"

static double clock_s(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
static double cpu(void) { return clock_s(CLOCK_THREAD_CPUTIME_ID); }
static double now(void) { return clock_s(CLOCK_MONOTONIC); }

/* Write the corpus: Reuters bodies as JSON Lines until `want` tokens.  Returns false when the
   shared news file is missing. */
static bool build_corpus(const char *out_path, long want) {
    const char *root = getenv("DYAD_SHARED");
    char path[4096];
    snprintf(path, sizeof path, "%s/news/reuters21578.tsv", root ? root : "../shared/data");
    FILE *in = fopen(path, "r");
    if (!in) {
        fprintf(stderr, "pipeline: %s is absent; pass --corpus FILE.jsonl\n", path);
        return false;
    }
    FILE *out = fopen(out_path, "w");
    if (!out) {
        perror(out_path);
        fclose(in);
        return false;
    }
    long tokens = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    for (int round = 0; tokens < want; round++) {
        rewind(in);
        while (tokens < want && (n = getline(&line, &cap, in)) > 0) {
            if (line[n - 1] == '\n') line[--n] = 0;
            char *tab = strchr(line, '\t');
            if (!tab) continue;
            *tab = 0;
            for (char *p = tab + 1; *p; p++)
                if (*p != ' ' && (p == tab + 1 || p[-1] == ' ')) tokens++;
            cJSON *o = cJSON_CreateObject();
            char id[300];
            snprintf(id, sizeof id, "%s.%d", line, round);
            cJSON_AddStringToObject(o, "id", id);
            cJSON_AddStringToObject(o, "date", "1987-03-01");
            cJSON_AddStringToObject(o, "text", tab + 1);
            char *s = cJSON_PrintUnformatted(o);
            fprintf(out, "%s\n", s);
            free(s);
            cJSON_Delete(o);
        }
    }
    free(line);
    fclose(in);
    return fclose(out) == 0;
}

static void row(const char *stage, double secs, long tokens, long sentences) {
    printf("  %-22s %8.3f s %12.0f tokens/s %10.0f sentences/s\n", stage, secs,
           (double)tokens / secs, (double)sentences / secs);
}

static void print_machine(void) {
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512];
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "model name", 10) == 0) {
            printf("cpu: %s", strchr(line, ':') + 2);
            break;
        }
    if (f) fclose(f);
    f = popen("git rev-parse --short HEAD 2>/dev/null", "r");
    if (f && fgets(line, sizeof line, f)) printf("commit: %s", line);
    if (f) pclose(f);
}

int main(int argc, char **argv) {
    long want = 1000000;
    const char *corpus = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--tokens") == 0 && i + 1 < argc) want = atol(argv[++i]);
        else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) corpus = argv[++i];
        else {
            fprintf(stderr, "usage: pipeline [--tokens N] [--corpus FILE.jsonl]\n");
            return 2;
        }
    }
    if (!corpus) {
        mkdir("bench/out", 0777);
        corpus = "bench/out/news.jsonl";
        if (!build_corpus(corpus, want)) return 3;
    }
    print_machine();
    const char *err;
    double t0 = now();
    dyad_model *m = dyad_model_load(NULL, &err);
    printf("model load (embedded): %.4f s\n", now() - t0);
    if (!m) {
        fprintf(stderr, "pipeline: %s\n", err);
        return 3;
    }
    FILE *devnull = fopen("/dev/null", "w");
    dyad_reader *r = dyad_reader_open(corpus, NULL);
    if (!r || !devnull) return 3;
    double t_read = 0, t_seg = 0, t_tag = 0, t_parse = 0, t_write = 0;
    long docs = 0, sentences = 0, words = 0;
    double wall = now();
    for (;;) {
        double c = cpu();
        dyad_document *d = dyad_reader_next(r);
        t_read += cpu() - c;
        if (!d) break;
        c = cpu();
        dyad_segment(d);
        t_seg += cpu() - c;
        c = cpu();
        for (int i = 0; i < d->n_sentences; i++) dyad_tag(m, &d->sentences[i], d->arena);
        t_tag += cpu() - c;
        c = cpu();
        for (int i = 0; i < d->n_sentences; i++) dyad_parse(m, &d->sentences[i]);
        t_parse += cpu() - c;
        c = cpu();
        dyad_write_conllu(devnull, d);
        t_write += cpu() - c;
        docs++;
        sentences += d->n_sentences;
        for (int i = 0; i < d->n_sentences; i++) words += d->sentences[i].n_words;
        dyad_document_free(d);
    }
    wall = now() - wall;
    dyad_reader_close(r);
    fclose(devnull);
    double total = t_read + t_seg + t_tag + t_parse + t_write;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("corpus: %s, %ld documents, %ld sentences, %ld words (tokens)\n", corpus, docs,
           sentences, words);
    printf("one thread, CPU time per stage:\n");
    row("read (JSON Lines)", t_read, words, sentences);
    row("split + tokenize", t_seg, words, sentences);
    row("tag + lemmatize", t_tag, words, sentences);
    row("parse", t_parse, words, sentences);
    row("tag + parse", t_tag + t_parse, words, sentences);
    row("write CoNLL-U", t_write, words, sentences);
    row("raw text to CoNLL-U", total, words, sentences);
    printf("  (wall time end to end: %.3f s, %.0f sentences/s)\n", wall, (double)sentences / wall);
    printf("peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    dyad_model_free(m);
    return 0;
}
