/*
** bench.h - what the benchmark programs under bench/ share: clocks, peak memory, the machine
** and commit they ran on, the shared data folder, and the news corpus they read.  Header only:
** each benchmark is one .c file (Makefile: $(BUILD)/bench/%).
*/
#ifndef DYAD_BENCH_H
#define DYAD_BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <cjson/cJSON.h>
#include "util/util.h"

static inline double bench_clock(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
/* Wall time in seconds. */
static inline double bench_now(void) { return bench_clock(CLOCK_MONOTONIC); }
/* CPU time of the calling thread: what one core does while other jobs share the machine. */
static inline double bench_cpu(void) { return bench_clock(CLOCK_THREAD_CPUTIME_ID); }
/* CPU time of the whole process (all threads). */
static inline double bench_cpu_process(void) { return bench_clock(CLOCK_PROCESS_CPUTIME_ID); }

/* Peak resident set size of the process so far, in MB. */
static inline double bench_peak_rss_mb(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0;
}

/* path of rel under the shared data folder ($DYAD_SHARED, default ../shared/data) into buf. */
static inline const char *bench_shared(char *buf, size_t n, const char *rel) {
    const char *root = getenv("DYAD_SHARED");
    snprintf(buf, n, "%s/%s", root ? root : "../shared/data", rel);
    return buf;
}

/* Print the CPU model, the number of CPUs, the load average and the git commit, one line each,
   so that figures can be compared between runs and machines. */
static inline void bench_print_machine(void) {
    char line[512];
    int cpus = 0;
    const char *model = NULL;
    char model_buf[256] = "";
    FILE *f = fopen("/proc/cpuinfo", "r");
    while (f && fgets(line, sizeof line, f)) {
        if (strncmp(line, "processor", 9) == 0) cpus++;
        if (!model && strncmp(line, "model name", 10) == 0 && strchr(line, ':')) {
            snprintf(model_buf, sizeof model_buf, "%s", strchr(line, ':') + 2);
            model_buf[strcspn(model_buf, "\n")] = 0;
            model = model_buf;
        }
    }
    if (f) fclose(f);
    printf("cpu: %s (%d CPUs)\n", model ? model : "unknown", cpus);
    f = fopen("/proc/loadavg", "r");
    if (f && fgets(line, sizeof line, f)) printf("load average before the run: %s", line);
    if (f) fclose(f);
    f = popen("git describe --always --dirty 2>/dev/null", "r");
    if (f && fgets(line, sizeof line, f)) printf("commit: %s", line);
    if (f) pclose(f);
}

/* Number of whitespace-separated tokens in s. */
static inline long bench_count_tokens(const char *s) {
    long n = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\t' && (p == s || p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\t'))
            n++;
    return n;
}

/* Write one document as a JSON Lines record. */
static inline void bench_write_doc(FILE *out, const char *id, const char *date, const char *title,
                                   const char *text) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", id);
    cJSON_AddStringToObject(o, "date", date);
    if (title) cJSON_AddStringToObject(o, "title", title);
    cJSON_AddStringToObject(o, "text", text);
    char *s = cJSON_PrintUnformatted(o);
    fprintf(out, "%s\n", s);
    free(s);
    cJSON_Delete(o);
}

/* Append the 24 GUM Wikinews articles (news/gum_news, listed in INDEX.tsv with their dates; the
   first paragraph of each is its headline) for round `round`; returns their tokens. */
static inline long bench_write_gum(FILE *out, int round) {
    char path[4096], line[4096];
    FILE *index = fopen(bench_shared(path, sizeof path, "news/gum_news/INDEX.tsv"), "r");
    if (!index) return 0;
    long tokens = 0;
    while (fgets(line, sizeof line, index)) {
        char *id = line, *tab = strchr(line, '\t');
        if (!tab || strncmp(line, "GUM_", 4) != 0) continue;
        *tab = 0;
        char *date = tab + 1;    /* the 6th column: date_created */
        for (int k = 0; k < 4 && date; k++) date = strchr(date, '\t') ? strchr(date, '\t') + 1 : NULL;
        if (!date) continue;
        date[strcspn(date, "\t\n")] = 0;
        char rel[512];
        snprintf(rel, sizeof rel, "news/gum_news/%.200s.txt", id);
        size_t len;
        const char *err;
        char *text = dyad_read_file(bench_shared(path, sizeof path, rel), &len, &err);
        if (!text) continue;
        char *body = strstr(text, "\n\n");
        if (body) *body = 0;
        char doc_id[600];
        snprintf(doc_id, sizeof doc_id, "%.200s.%d", id, round);
        bench_write_doc(out, doc_id, date, body ? text : NULL, body ? body + 2 : text);
        tokens += bench_count_tokens(text) + (body ? bench_count_tokens(body + 2) : 0);
        free(text);
    }
    fclose(index);
    return tokens;
}

/*
** Write the benchmark corpus to out_path as JSON Lines: the 24 GUM Wikinews articles and the
** Reuters-21578 story bodies (news/reuters21578.tsv), repeated in that order until they hold
** at least `want` whitespace-separated tokens (ids get ".ROUND").  The same data and `want`
** give the same file.  Returns the tokens written, or -1 after a message when the Reuters file
** is missing.
*/
static inline long bench_build_corpus(const char *out_path, long want) {
    char path[4096];
    FILE *in = fopen(bench_shared(path, sizeof path, "news/reuters21578.tsv"), "r");
    if (!in) {
        fprintf(stderr, "bench: %s is absent; give a corpus of your own\n", path);
        return -1;
    }
    FILE *out = fopen(out_path, "w");
    if (!out) {
        perror(out_path);
        fclose(in);
        return -1;
    }
    long tokens = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    for (int round = 0; tokens < want; round++) {
        tokens += bench_write_gum(out, round);
        rewind(in);
        while (tokens < want && (n = getline(&line, &cap, in)) > 0) {
            if (line[n - 1] == '\n') line[--n] = 0;
            char *tab = strchr(line, '\t');
            if (!tab) continue;
            *tab = 0;
            char id[300];
            snprintf(id, sizeof id, "%s.%d", line, round);
            bench_write_doc(out, id, "1987-03-01", NULL, tab + 1);
            tokens += bench_count_tokens(tab + 1);
        }
    }
    free(line);
    fclose(in);
    return fclose(out) == 0 ? tokens : -1;
}

#endif
