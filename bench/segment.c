/*
** bench/segment.c - accuracy and speed of dyad's sentence splitter and tokenizer.
**
**   segment [--errors] [DATA] [FILE.conllu ...]
**
** DATA is the shared reference data folder (default $DYAD_SHARED or ../shared/data).  Prints
** token, word and sentence precision, recall and F1 (CoNLL 2018 style, from the raw text that
** dyad_conllu_read() rebuilds) for UD English EWT test and GUM test, then the segmentation
** throughput on the benchmark corpus of news text (bench.h: the GUM Wikinews articles and the
** Reuters-21578 bodies, at least 1,000,000 tokens, in CPU time).
** With --errors, every token and sentence boundary that differs from the gold is printed
** (for EWT test and GUM test), for tuning the rules.  FILE.conllu arguments (relative to DATA)
** score other treebank files instead, e.g. ud/ewt/en_ewt-ud-train.conllu.
**
** Build and run with bench/segment.sh.
*/
#include <sys/stat.h>
#include "bench.h"
#include "dyad.h"
#include "nlp/eval.h"
#include "util/util.h"

static bool show_errors;

/* Print the text around the gold and system tokens that differ, one line each. */
static void print_errors(const dyad_document *g, const dyad_document *s) {
    /* boundaries: a byte offset where a sentence starts */
    char *gb = calloc(g->text_len + 1, 1), *sb = calloc(g->text_len + 1, 1);
    for (int i = 0; i < g->n_sentences; i++) gb[g->sentences[i].start] |= 1;
    for (int i = 0; i < s->n_sentences; i++) sb[s->sentences[i].start] |= 1;
    for (int i = 0; i < g->n_sentences; i++)
        for (int t = 0; t < g->sentences[i].n_tokens; t++) {
            gb[g->sentences[i].tokens[t].start] |= 2;
            gb[g->sentences[i].tokens[t].end] |= 4;
        }
    for (int i = 0; i < s->n_sentences; i++)
        for (int t = 0; t < s->sentences[i].n_tokens; t++) {
            sb[s->sentences[i].tokens[t].start] |= 2;
            sb[s->sentences[i].tokens[t].end] |= 4;
        }
    size_t last = 0;
    for (size_t k = 0; k < g->text_len; k++) {
        if (gb[k] == sb[k]) continue;
        if (k < last) continue;
        const char *what = (gb[k] & 1) != (sb[k] & 1) ? ((gb[k] & 1) ? "SENT-MISSED" : "SENT-EXTRA")
                                                       : ((gb[k] & 6) ? "TOK-MISSED" : "TOK-EXTRA");
        size_t a = k > 40 ? k - 40 : 0, b = k + 40 < g->text_len ? k + 40 : g->text_len;
        printf("%s\t", what);
        for (size_t i = a; i < b; i++) {
            char c = g->text[i];
            if (i == k) fputs("|", stdout);
            putchar(c == '\n' ? ' ' : c);
        }
        putchar('\n');
        last = k + 1;
    }
    free(gb);
    free(sb);
}

static void score(const char *data, const char *rel) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", data, rel);
    dyad_document **docs;
    int n = dyad_conllu_read(path, &docs);
    if (n < 0) {
        printf("%-32s (absent)\n", rel);
        return;
    }
    dyad_segment_eval ev = {0};
    for (int i = 0; i < n; i++) {
        dyad_document *sys = dyad_eval_raw_document(docs[i]);
        dyad_segment(sys);
        dyad_eval_segment(&ev, docs[i], sys);
        if (show_errors) print_errors(docs[i], sys);
        dyad_document_free(sys);
        dyad_document_free(docs[i]);
    }
    free(docs);
    const dyad_eval_count *c[3] = {&ev.tokens, &ev.words, &ev.sentences};
    const char *names[3] = {"tokens", "words", "sentences"};
    for (int k = 0; k < 3; k++)
        printf("%-32s %-10s P %6.2f  R %6.2f  F1 %6.2f  (gold %ld, system %ld, correct %ld)\n", rel,
               names[k], 100 * dyad_eval_precision(c[k]), 100 * dyad_eval_recall(c[k]),
               100 * dyad_eval_f1(c[k]), c[k]->gold, c[k]->system, c[k]->correct);
}

/* Segmentation speed on the benchmark corpus of news text (bench.h; bench/run.sh times the
   other stages on it too). */
static void throughput(void) {
    const char *corpus = "bench/out/news.jsonl";
    mkdir("bench/out", 0777);
    if (bench_build_corpus(corpus, 1000000) < 0) return;
    dyad_reader *r = dyad_reader_open(corpus, NULL);
    if (!r) return;
    long docs = 0, sentences = 0, tokens = 0, words = 0;
    size_t bytes = 0;
    double t = 0;
    dyad_document *d;
    while ((d = dyad_reader_next(r))) {
        double t0 = bench_cpu();
        sentences += dyad_segment(d);
        t += bench_cpu() - t0;
        for (int k = 0; k < d->n_sentences; k++) {
            tokens += d->sentences[k].n_tokens;
            words += d->sentences[k].n_words;
        }
        bytes += d->text_len;
        docs++;
        dyad_document_free(d);
    }
    dyad_reader_close(r);
    printf("throughput (%s, %ld documents, %.1f MB): %ld sentences, %ld tokens, %ld words in %.2f s "
           "(CPU)\n", corpus, docs, bytes / 1e6, sentences, tokens, words, t);
    printf("throughput: %.0f sentences/s, %.0f tokens/s, %.1f MB/s; peak RSS %.1f MB\n", sentences / t,
           tokens / t, bytes / 1e6 / t, bench_peak_rss_mb());
}

int main(int argc, char **argv) {
    const char *data = getenv("DYAD_SHARED");
    if (!data) data = "../shared/data";
    const char *files[16];
    int n_files = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--errors") == 0) show_errors = true;
        else if (strstr(argv[i], ".conllu") && n_files < 16) files[n_files++] = argv[i];
        else data = argv[i];
    }
    if (n_files == 0) {
        files[n_files++] = "ud/ewt/en_ewt-ud-test.conllu";
        files[n_files++] = "ud/gum/en_gum-ud-test.conllu";
    }
    for (int i = 0; i < n_files; i++) score(data, files[i]);
    if (!show_errors) {
        setenv("DYAD_SHARED", data, 1);    /* where bench_build_corpus finds the news */
        throughput();
    }
    return 0;
}
