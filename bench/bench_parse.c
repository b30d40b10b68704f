/*
** bench_parse.c - speed and memory of tagging + lemmatizing + parsing with the shipped model,
** on one core: model load time, tokens/s and sentences/s over >= 1,000,000 words of treebank
** sentences (gold tokenization, repeated), and peak RSS.
**
**   make bench-parse                (runs build/bench/bench_parse)
**   build/bench/bench_parse [--model FILE] [--words N] [--beam K] [TREEBANK.conllu]
**
** --beam K parses with a beam of K (dyad parse --beam); the default is greedy parsing.
**
** The default treebank is ../shared/data/ud/ewt/en_ewt-ud-train.conllu ($DYAD_SHARED/ud/...).
*/
#include "bench.h"
#include "dyad.h"

int main(int argc, char **argv) {
    const char *model_path = NULL, *treebank = NULL;
    long want = 1000000;
    int beam = 0;
    char def[4096];
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) model_path = argv[++i];
        else if (strcmp(argv[i], "--words") == 0 && i + 1 < argc) want = atol(argv[++i]);
        else if (strcmp(argv[i], "--beam") == 0 && i + 1 < argc) {
            char *end;
            beam = (int)strtol(argv[++i], &end, 10);
            if (*end || end == argv[i] || beam < 0 || beam > 64) {
                fprintf(stderr, "bench_parse: --beam is a width from 0 to 64, not '%s'\n", argv[i]);
                return 2;
            }
        }
        else treebank = argv[i];
    }
    if (!treebank) {
        treebank = bench_shared(def, sizeof def, "ud/ewt/en_ewt-ud-train.conllu");
    }
    const char *err;
    double t0 = bench_now();
    dyad_model *m = dyad_model_load(model_path, &err);
    double load = bench_now() - t0;
    if (!m) {
        fprintf(stderr, "bench_parse: cannot load the model: %s\n", err);
        return 3;
    }
    printf("model load (%s): %.4f s\n", model_path ? model_path : "embedded", load);
    if (!dyad_model_set_beam(m, beam)) {
        fprintf(stderr, "bench_parse: the model has no weights for beam search\n");
        return 3;
    }

    dyad_document **docs;
    int n_docs = dyad_conllu_read(treebank, &docs);
    if (n_docs <= 0) {
        fprintf(stderr, "bench_parse: cannot read %s\n", treebank);
        return 3;
    }
    /* Word forms only: the benchmark sentences carry no annotation. */
    for (int d = 0; d < n_docs; d++)
        for (int i = 0; i < docs[d]->n_sentences; i++)
            for (int k = 0; k < docs[d]->sentences[i].n_words; k++) {
                dyad_word *w = &docs[d]->sentences[i].words[k];
                w->lemma = w->xpos = w->deprel = NULL;
                w->upos = 0;
                w->head = -1;
            }
    long words = 0, sents = 0;
    double t = 0, tc = 0;
    while (words < want) {
        for (int d = 0; d < n_docs && words < want; d++) {
            dyad_arena *a = dyad_arena_new();
            double t1 = bench_now(), c1 = bench_cpu();
            for (int i = 0; i < docs[d]->n_sentences; i++) {
                dyad_sentence *s = &docs[d]->sentences[i];
                dyad_tag(m, s, a);
                dyad_parse(m, s);
                words += s->n_words;
                sents++;
            }
            t += bench_now() - t1;
            tc += bench_cpu() - c1;
            dyad_arena_free(a);
        }
    }
    printf("tag+lemmatize+parse (%s): %ld words, %ld sentences in %.2f s CPU (%.2f s wall), one thread\n",
           beam > 1 ? "beam search" : "greedy", words, sents, tc, t);
    printf("  %.0f tokens/s, %.0f sentences/s (CPU time; wall time: %.0f tokens/s)\n",
           (double)words / tc, (double)sents / tc, (double)words / t);
    printf("peak RSS: %.1f MB\n", bench_peak_rss_mb());
    for (int d = 0; d < n_docs; d++) dyad_document_free(docs[d]);
    free(docs);
    dyad_model_free(m);
    return 0;
}
