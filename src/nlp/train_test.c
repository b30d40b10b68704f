/*
** train_test.c - tests of training: a model trained on a tiny hand-written treebank
** (testdata/tiny.conllu) learns it, greedily and with a beam, saves, reloads to the same tags
** and trees, and is made the same again from the same data; broken model files are refused.
*/
#include "util/testing.h"
#include "dyad.h"
#include "nlp/nlp.h"

#define TINY "src/nlp/testdata/tiny.conllu"

static dyad_document **docs;
static int n_docs;
static nlp_corpus corpus;
static char model_path[] = "/tmp/dyad-train-XXXXXX";

static nlp_train_options options(void) {
    nlp_train_options o = {.tagger_epochs = 10, .parser_epochs = 15, .folds = 0, .min_count = 1, .explore = 90, .seed = 7,
                           .beam = 4};
    return o;
}

static int setup(void **state) {
    (void)state;
    n_docs = dyad_conllu_read(TINY, &docs);
    if (n_docs != 1) return -1;
    corpus.sents = calloc((size_t)docs[0]->n_sentences, sizeof *corpus.sents);
    for (int i = 0; i < docs[0]->n_sentences; i++) corpus.sents[corpus.n++] = &docs[0]->sentences[i];
    int fd = mkstemp(model_path);
    if (fd < 0) return -1;
    close(fd);
    nlp_train_options o = options();
    return nlp_train_model(&corpus, &o, model_path) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    for (int i = 0; i < n_docs; i++) dyad_document_free(docs[i]);
    free(docs);
    free(corpus.sents);
    unlink(model_path);
    return 0;
}

/* Tag and parse copies of the fixture's words; returns the copies' words in a (n_sents arrays). */
static dyad_sentence *analyse(const dyad_model *m, dyad_arena *a) {
    int n = docs[0]->n_sentences;
    dyad_sentence *out = dyad_arena_alloc(a, sizeof *out * (size_t)n);
    for (int i = 0; i < n; i++) {
        const dyad_sentence *g = &docs[0]->sentences[i];
        out[i] = *g;
        out[i].words = dyad_arena_alloc(a, sizeof(dyad_word) * (size_t)g->n_words);
        for (int k = 0; k < g->n_words; k++) {
            out[i].words[k].form = g->words[k].form;
            out[i].words[k].head = -1;
        }
        dyad_tag(m, &out[i], a);
        dyad_parse(m, &out[i]);
    }
    return out;
}

/* The model has learned its training data: every tag, lemma and arc, greedily (beam 0) and
   with a beam of 4 (beam search's own move weights). */
static void learns_fixture(int beam) {
    const char *err = NULL;
    dyad_model *m = dyad_model_load(model_path, &err);
    assert_non_null(m);
    assert_true(dyad_model_set_beam(m, beam));
    dyad_arena *a = dyad_arena_new();
    dyad_sentence *p = analyse(m, a);
    dyad_parse_eval e = {0};
    for (int i = 0; i < docs[0]->n_sentences; i++) dyad_parse_eval_sentence(&e, &docs[0]->sentences[i], &p[i]);
    assert_int_equal(e.words, 56);
    assert_int_equal(e.upos, e.words);
    assert_int_equal(e.xpos, e.words);
    assert_int_equal(e.lemma, e.words);
    assert_int_equal(e.uas, e.words);
    assert_int_equal(e.las_full, e.words);
    /* Every tree is a tree: one root, heads in range. */
    for (int i = 0; i < docs[0]->n_sentences; i++) {
        int roots = 0;
        for (int k = 0; k < p[i].n_words; k++) {
            assert_true(p[i].words[k].head >= 0 && p[i].words[k].head <= p[i].n_words);
            assert_true(p[i].words[k].head != k + 1);
            assert_non_null(p[i].words[k].deprel);
            roots += p[i].words[k].head == 0;
        }
        assert_int_equal(roots, 1);
    }
    dyad_arena_free(a);
    dyad_model_free(m);
}

static void test_learns_fixture(void **state) {
    (void)state;
    learns_fixture(0);
}

static void test_beam_learns_fixture(void **state) {
    (void)state;
    learns_fixture(4);
}

/* A model trained without --beam parses greedily and refuses a beam; widths are 0 to 64. */
static void test_beam_needs_weights(void **state) {
    (void)state;
    char path[] = "/tmp/dyad-train-greedy-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    nlp_train_options o = options();
    o.beam = 0;
    assert_true(nlp_train_model(&corpus, &o, path));
    const char *err = NULL;
    dyad_model *m = dyad_model_load(path, &err), *mb = dyad_model_load(model_path, &err);
    assert_non_null(m);
    assert_non_null(mb);
    assert_false(dyad_model_set_beam(m, 8));
    assert_true(dyad_model_set_beam(m, 1));
    assert_true(dyad_model_set_beam(m, 0));
    assert_false(dyad_model_set_beam(mb, 65));
    assert_false(dyad_model_set_beam(mb, -1));
    assert_true(dyad_model_set_beam(mb, 64));
    /* Both hold the same greedy parser: the beam weights come after it in the section. */
    dyad_arena *a = dyad_arena_new();
    assert_true(dyad_model_set_beam(mb, 0));
    dyad_sentence *p1 = analyse(m, a), *p2 = analyse(mb, a);
    for (int i = 0; i < docs[0]->n_sentences; i++)
        for (int k = 0; k < p1[i].n_words; k++) {
            assert_int_equal(p1[i].words[k].head, p2[i].words[k].head);
            assert_string_equal(p1[i].words[k].deprel, p2[i].words[k].deprel);
        }
    dyad_arena_free(a);
    dyad_model_free(m);
    dyad_model_free(mb);
    unlink(path);
}

/* A model read back from a copy of its bytes tags and parses exactly as before. */
static void test_save_reload(void **state) {
    (void)state;
    const char *err = NULL;
    dyad_model *m1 = dyad_model_load(model_path, &err);
    assert_non_null(m1);
    size_t len;
    char *img = dyad_read_file(model_path, &len, &err);
    assert_non_null(img);
    char copy[] = "/tmp/dyad-train-copy-XXXXXX";
    int fd = mkstemp(copy);
    assert_true(fd >= 0);
    /* Rewrite the sections through the container writer, as a saved model. */
    dyad_modelfile mf;
    assert_true(dyad_modelfile_open(&mf, img, len, &err));
    dyad_modelfile_writer w = {0};
    for (int i = 0; i < mf.n_sections; i++) {
        size_t n;
        const void *p = dyad_modelfile_section(&mf, mf.sections[i].name, &n);
        dyad_modelfile_add(&w, mf.sections[i].name, p, n);
    }
    dyad_modelfile_close(&mf);
    close(fd);
    assert_true(dyad_modelfile_write(&w, copy));
    dyad_model *m2 = dyad_model_load(copy, &err);
    assert_non_null(m2);
    dyad_arena *a = dyad_arena_new();
    for (int beam = 0; beam <= 4; beam += 4) {
        assert_true(dyad_model_set_beam(m1, beam));
        assert_true(dyad_model_set_beam(m2, beam));
        dyad_sentence *p1 = analyse(m1, a), *p2 = analyse(m2, a);
        for (int i = 0; i < docs[0]->n_sentences; i++)
            for (int k = 0; k < p1[i].n_words; k++) {
                dyad_word *x = &p1[i].words[k], *y = &p2[i].words[k];
                assert_int_equal(x->upos, y->upos);
                assert_string_equal(x->xpos, y->xpos);
                assert_string_equal(x->lemma, y->lemma);
                assert_int_equal(x->head, y->head);
                assert_string_equal(x->deprel, y->deprel);
            }
    }
    dyad_arena_free(a);
    dyad_model_free(m1);
    dyad_model_free(m2);
    free(img);
    unlink(copy);
}

/*
** Training twice on the same data with the same seed writes the same bytes (with jackknifed
** parser tags, which the tiny data makes too noisy for the test above, two parser runs and two
** beam trainings in parallel threads).
*/
static void test_deterministic(void **state) {
    (void)state;
    char once[] = "/tmp/dyad-train-once-XXXXXX", again[] = "/tmp/dyad-train-again-XXXXXX";
    int fd1 = mkstemp(once), fd2 = mkstemp(again);
    assert_true(fd1 >= 0 && fd2 >= 0);
    close(fd1);
    close(fd2);
    nlp_train_options o = options();
    o.folds = 2;
    o.parser_runs = 2;
    o.beam_runs = 2;
    assert_true(nlp_train_model(&corpus, &o, once));
    assert_true(nlp_train_model(&corpus, &o, again));
    size_t n1, n2;
    const char *err;
    char *a = dyad_read_file(once, &n1, &err), *b = dyad_read_file(again, &n2, &err);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
    unlink(once);
    unlink(again);
}

/* Truncated, corrupted or missing model files are refused with a reason, never crash. */
static void test_bad_models(void **state) {
    (void)state;
    const char *err = NULL;
    assert_null(dyad_model_load("/nonexistent/model", &err));
    assert_non_null(err);
    size_t len;
    char *img = dyad_read_file(model_path, &len, &err);
    assert_non_null(img);
    char bad[] = "/tmp/dyad-train-bad-XXXXXX";
    int fd = mkstemp(bad);
    assert_true(fd >= 0);
    close(fd);
    size_t cuts[] = {len / 2, len - 100, 200, 10};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        FILE *f = fopen(bad, "wb");
        fwrite(img, 1, cuts[i], f);
        fclose(f);
        err = NULL;
        assert_null(dyad_model_load(bad, &err));
        assert_non_null(err);
    }
    /* A section whose weight table offsets point outside its pool. */
    dyad_modelfile mf;
    assert_true(dyad_modelfile_open(&mf, img, len, &err));
    size_t n;
    const unsigned char *p = dyad_modelfile_section(&mf, "parser", &n);
    assert_non_null(p);
    unsigned char *img2 = malloc(len);
    memcpy(img2, img, len);
    size_t off = (size_t)(p - (const unsigned char *)img);
    for (size_t i = off + 200; i < off + n; i += 97) img2[i] ^= 0x5a;
    dyad_modelfile_close(&mf);
    FILE *f = fopen(bad, "wb");
    fwrite(img2, 1, len, f);
    fclose(f);
    dyad_model *m = dyad_model_load(bad, &err);
    if (m) { /* the damage may have hit only weights: then the model must still run */
        dyad_arena *a = dyad_arena_new();
        analyse(m, a);
        dyad_arena_free(a);
        dyad_model_free(m);
    }
    free(img2);
    free(img);
    unlink(bad);
}

/* Scoring counts as the CoNLL 2018 scorer: LAS on the universal part of the relation. */
static void test_eval(void **state) {
    (void)state;
    dyad_word gold[3] = {
        {.form = "Troops", .lemma = "troop", .xpos = "NNS", .upos = DYAD_NOUN, .head = 3, .deprel = "nsubj:pass"},
        {.form = "were", .lemma = "be", .xpos = "VBD", .upos = DYAD_AUX, .head = 3, .deprel = "aux:pass"},
        {.form = "sent", .lemma = "send", .xpos = "VBN", .upos = DYAD_VERB, .head = 0, .deprel = "root"},
    };
    dyad_word pred[3] = {
        {.form = "Troops", .lemma = "troops", .xpos = "NNS", .upos = DYAD_NOUN, .head = 3, .deprel = "nsubj"},
        {.form = "were", .lemma = "be", .xpos = "VBD", .upos = DYAD_VERB, .head = 3, .deprel = "aux:pass"},
        {.form = "sent", .lemma = "send", .xpos = "VBD", .upos = DYAD_VERB, .head = 2, .deprel = "root"},
    };
    dyad_sentence g = {.n_words = 3, .words = gold}, p = {.n_words = 3, .words = pred};
    dyad_parse_eval e = {0};
    dyad_parse_eval_sentence(&e, &g, &p);
    assert_int_equal(e.words, 3);
    assert_int_equal(e.sentences, 1);
    assert_int_equal(e.upos, 2);
    assert_int_equal(e.xpos, 2);
    assert_int_equal(e.lemma, 2);
    assert_int_equal(e.uas, 2);
    assert_int_equal(e.las, 2);
    assert_int_equal(e.las_full, 1);
    assert_true(dyad_parse_eval_pct(&e, e.uas) > 66.6 && dyad_parse_eval_pct(&e, e.uas) < 66.7);
    /* A prediction that lacks words counts them as wrong. */
    p.n_words = 1;
    dyad_parse_eval_sentence(&e, &g, &p);
    assert_int_equal(e.words, 6);
    assert_int_equal(e.uas, 3);
}

static void test_gum_licence(void **state) {
    (void)state;
    assert_true(dyad_gum_commercial("GUM_news_iodine"));
    assert_true(dyad_gum_commercial("GUM_conversation_lambada"));
    assert_true(dyad_gum_commercial("GUM_speech_impeachment"));
    assert_false(dyad_gum_commercial("GUM_fiction_beast"));
    assert_false(dyad_gum_commercial("GUM_whow_joke"));
    assert_false(dyad_gum_commercial("GUM_academic_art"));
    assert_false(dyad_gum_commercial("GUM_newsy_x"));
    assert_true(dyad_gum_commercial("weblog-juancole.com_juancole_20051126063000_ENG_20051126_063000"));
    assert_true(dyad_gum_commercial(NULL));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_learns_fixture),
        cmocka_unit_test(test_beam_learns_fixture),
        cmocka_unit_test(test_beam_needs_weights),
        cmocka_unit_test(test_save_reload),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_bad_models),
        cmocka_unit_test(test_eval),
        cmocka_unit_test(test_gum_licence),
    };
    return cmocka_run_group_tests_name("train", tests, setup, teardown);
}
