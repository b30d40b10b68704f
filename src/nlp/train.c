/*
** train.c - training a whole model: the tagger and lemmatizer on the gold corpus, then the
** parser on the same sentences carrying tags predicted by taggers trained on the other folds
** (jackknifing), so that it learns from tags as noisy as those it will see.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/nlp.h"

/*
** GUM genres whose texts allow commercial use, per the GUM LICENSE.txt (UD_English-GUM 2.16):
** Wikinews (news, interview, bio), Wikivoyage (voyage), OpenStax (textbook), CC YouTube (vlog)
** are CC BY; the speeches are public domain; the Santa Barbara conversations are CC BY.
** academic, court, essay, fiction, letter, podcast and whow are left out.
*/
static const char *const commercial_genres[] = {
    "news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation", NULL,
};

bool dyad_gum_commercial(const char *doc_id) {
    if (!doc_id || strncmp(doc_id, "GUM_", 4) != 0) return true;
    const char *g = doc_id + 4;
    size_t n = strcspn(g, "_");
    for (int i = 0; commercial_genres[i]; i++)
        if (strlen(commercial_genres[i]) == n && strncmp(g, commercial_genres[i], n) == 0) return true;
    return false;
}

/* Copies of the sentences of c whose index % folds == fold, words tagged by tagger bytes t
   (its model alone, without the rules for news text: see nlp_tagger_tag). */
static void tag_fold(const nlp_corpus *c, int folds, int fold, const dyad_buf *t, dyad_arena *a,
                     nlp_corpus *out) {
    const char *err;
    nlp_tagger *tagger = nlp_tagger_load(t->data, t->len, &err);
    for (int i = fold; i < c->n; i += folds) {
        const dyad_sentence *g = c->sents[i];
        dyad_sentence *s = dyad_arena_alloc(a, sizeof *s);
        *s = *g;
        s->words = dyad_arena_alloc(a, sizeof(dyad_word) * (size_t)(g->n_words ? g->n_words : 1));
        memcpy(s->words, g->words, sizeof(dyad_word) * (size_t)g->n_words);
        if (tagger) {
            nlp_tagger_tag(tagger, s, false);
            for (int k = 0; k < s->n_words; k++) /* the tagger's strings go with it */
                s->words[k].xpos = dyad_arena_strdup(a, s->words[k].xpos);
        }
        out->sents[i] = s;
    }
    nlp_tagger_free(tagger);
}

bool nlp_train_model(const nlp_corpus *c, const nlp_train_options *o, const char *path) {
    dyad_buf tagger = {0}, lemmatizer = {0}, parser = {0};
    nlp_tagger_train(c, o, &tagger);
    nlp_lemmatizer_train(c, &lemmatizer);

    nlp_corpus pc = *c;
    dyad_arena *a = NULL;
    if (o->folds >= 2) {
        a = dyad_arena_new();
        pc.sents = dyad_xcalloc((size_t)(c->n ? c->n : 1), sizeof *pc.sents);
        nlp_train_options fo = *o;
        fo.verbose = false;
        long right = 0, total = 0;
        for (int f = 0; f < o->folds; f++) {
            nlp_corpus rest = {dyad_xcalloc((size_t)(c->n ? c->n : 1), sizeof(dyad_sentence *)), 0};
            for (int i = 0; i < c->n; i++)
                if (i % o->folds != f) rest.sents[rest.n++] = c->sents[i];
            dyad_buf t = {0};
            nlp_tagger_train(&rest, &fo, &t);
            tag_fold(c, o->folds, f, &t, a, &pc);
            dyad_buf_free(&t);
            free(rest.sents);
        }
        for (int i = 0; i < c->n; i++)
            for (int k = 0; k < c->sents[i]->n_words; k++) {
                right += pc.sents[i]->words[k].xpos && c->sents[i]->words[k].xpos &&
                         strcmp(pc.sents[i]->words[k].xpos, c->sents[i]->words[k].xpos) == 0;
                total++;
            }
        if (o->verbose)
            fprintf(stderr, "jackknifed tags for the parser: XPOS %.2f%% right\n",
                    total ? 100.0 * (double)right / (double)total : 0.0);
    }
    nlp_parser_train(&pc, o, &parser);
    if (a) {
        free(pc.sents);
        dyad_arena_free(a);
    }
    dyad_modelfile_writer w = {0};
    dyad_modelfile_add(&w, "tagger", tagger.data, tagger.len);
    dyad_modelfile_add(&w, "lemmatizer", lemmatizer.data, lemmatizer.len);
    dyad_modelfile_add(&w, "parser", parser.data, parser.len);
    dyad_buf_free(&tagger);
    dyad_buf_free(&lemmatizer);
    dyad_buf_free(&parser);
    int saved = 0;
    bool ok = dyad_modelfile_write(&w, path);
    if (!ok) saved = errno;
    errno = saved;
    return ok;
}
