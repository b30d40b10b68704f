/*
** conllu_test.c - tests of the CoNLL-U reader and writer.
*/
#include "util/testing.h"
#include "dyad.h"
#include "util/util.h"

static const char *write_tmp(const char *text) {
    static char path[64];
    snprintf(path, sizeof path, "/tmp/dyad-conllu-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

static const char *fixture =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# sent_id = d1-1\n"
    "# text = Russia didn't attack.\n"
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = d1-2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n"
    "# newpar\n"
    "# sent_id = d1-3\n"
    "1\tNo\tno\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "1\tbad\tbad\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "\n"
    "1\tshort\tline\n"
    "\n"
    "# sent_id = d2-3\n"
    "1\tOK\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n";

/* The CoNLL-U that dyad_write_conllu writes for d, as a string to free. */
static char *conllu_of(const dyad_document *d) {
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    dyad_write_conllu(f, d);
    fclose(f);
    return out;
}

static void test_read(void **state) {
    (void)state;
    char *msgs = NULL;
    size_t msgs_len = 0;
    FILE *mf = open_memstream(&msgs, &msgs_len);
    dyad_warn_to(mf);
    const char *path = write_tmp(fixture);
    dyad_document **docs;
    int n = dyad_conllu_read(path, &docs);
    dyad_warn_to(NULL);
    fclose(mf);
    assert_int_equal(n, 2);
    dyad_document *d = docs[0];
    assert_string_equal(d->id, "d1");
    assert_string_equal(d->text, "Russia didn't attack. Yes\n\nNo");
    assert_int_equal(d->n_sentences, 3);
    dyad_sentence *s = &d->sentences[0];
    assert_string_equal(s->id, "d1-1");
    assert_int_equal(s->n_tokens, 4);
    assert_int_equal(s->n_words, 5);
    assert_int_equal(s->start, 0);
    assert_int_equal(s->end, 21);
    assert_int_equal(s->tokens[1].n_words, 2);
    assert_int_equal(s->tokens[1].start, 7);
    assert_int_equal(s->tokens[1].end, 13);
    assert_false(s->tokens[2].space_after);
    assert_string_equal(s->words[2].form, "n't");
    assert_string_equal(s->words[2].lemma, "not");
    assert_int_equal(s->words[2].upos, DYAD_PART);
    assert_int_equal(s->words[2].start, 7);
    assert_int_equal(s->words[3].head, 0);
    assert_string_equal(s->words[0].deprel, "nsubj");
    assert_int_equal(d->sentences[1].paragraph, 0);
    assert_int_equal(d->sentences[2].paragraph, 1);
    assert_int_equal(d->sentences[2].start, 27);

    /* The two malformed sentences are reported with their line and skipped. */
    assert_int_equal(docs[1]->n_sentences, 1);
    assert_string_equal(docs[1]->text, "OK");
    assert_non_null(strstr(msgs, ":20:20: warning: HEAD is not a word of the sentence; sentence skipped"));
    assert_non_null(strstr(msgs, ":22:1: warning: expected 10 tab-separated fields, found 3"));

    /* Writing gives back the annotation, with token ranges into the rebuilt text. */
    char *out = conllu_of(d);
    assert_non_null(strstr(out, "# text = Russia didn't attack.\n"));
    assert_non_null(strstr(out, "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\tTokenRange=7:13\n"));
    assert_non_null(strstr(out, "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"));
    assert_non_null(strstr(out, "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\tTokenRange=14:20|SpaceAfter=No\n"));
    free(out);
    free(msgs);
    for (int i = 0; i < n; i++) dyad_document_free(docs[i]);
    free(docs);
    unlink(path);
}

/* TokenRange counts characters, not bytes: the curly quotes take 3 bytes each. */
static void test_token_range_in_characters(void **state) {
    (void)state;
    const char *path = write_tmp("1\t\xe2\x80\x9c\t\xe2\x80\x9c\tPUNCT\t``\t_\t2\tpunct\t_\tSpaceAfter=No\n"
                                 "2\tKyiv\tKyiv\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No\n"
                                 "3\t\xe2\x80\x9d\t\xe2\x80\x9d\tPUNCT\t''\t_\t2\tpunct\t_\t_\n"
                                 "4\tfell\tfall\tVERB\tVBD\t_\t2\tacl\t_\t_\n");
    dyad_document **docs;
    assert_int_equal(dyad_conllu_read(path, &docs), 1);
    unlink(path);
    char *out = conllu_of(docs[0]);
    assert_non_null(strstr(out, "\tTokenRange=1:5|SpaceAfter=No\n"));
    assert_non_null(strstr(out, "\tTokenRange=5:6\n"));
    assert_non_null(strstr(out, "\tTokenRange=7:11\n"));
    free(out);
    dyad_document_free(docs[0]);
    free(docs);
}

/* Ids and text with line breaks, tabs or other control characters (a JSON Lines "id" may hold
   "\n") are written so that every comment stays one line; a space in an id is kept. */
static void test_controls_in_comments(void **state) {
    (void)state;
    dyad_document *d = dyad_document_new();
    d->id = "a\tb\nc d";
    d->title = "Kyiv\x0b talks";
    d->text = "Kyiv\x0b fell. Talks\xe2\x80\xa8resumed.";
    d->text_len = strlen(d->text);
    dyad_segment(d);
    char *out = conllu_of(d);
    assert_non_null(strstr(out, "# newdoc id = a b c d\n# title = Kyiv  talks\n"));
    assert_non_null(strstr(out, "# sent_id = a b c d-1\n# text = Kyiv  fell.\n"));
    assert_non_null(strstr(out, "# sent_id = a b c d-2\n# text = Talks resumed.\n"));
    for (const char *p = out; *p; p++)
        if (*p == '#') { /* a comment line: no control character before its end */
            while (*p && *p != '\n') assert_false((unsigned char)*p < 0x20 || *p == 0x7F), p++;
            if (!*p) break;
        }
    free(out);
    dyad_document_free(d);
}

static void test_missing_file(void **state) {
    (void)state;
    dyad_document **docs;
    FILE *devnull = fopen("/dev/null", "w");
    dyad_warn_to(devnull);
    assert_int_equal(dyad_conllu_read("/nonexistent.conllu", &docs), -1);
    dyad_warn_to(NULL);
    fclose(devnull);
}

/* Heads that form a cycle, no root or two roots are reported and the sentence skipped. */
static void test_not_a_tree(void **state) {
    (void)state;
    const char *path = write_tmp("1\tRussia\tRussia\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
                                 "2\tinvaded\tinvade\tVERB\tVBD\t_\t3\tdep\t_\t_\n"
                                 "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                 "\n"
                                 "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                 "2\tinvaded\tinvade\tVERB\tVBD\t_\t1\tccomp\t_\t_\n"
                                 "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                 "\n"
                                 "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\tinvaded\tinvade\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t0\tobj\t_\t_\n"
                                 "\n"
                                 "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n");
    char *msgs = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&msgs, &len);
    dyad_warn_to(mf);
    dyad_document **docs;
    int n = dyad_conllu_read(path, &docs);
    dyad_warn_to(NULL);
    fclose(mf);
    unlink(path);
    assert_int_equal(n, 1);
    assert_int_equal(docs[0]->n_sentences, 1);
    assert_string_equal(docs[0]->text, "Yes");
    assert_non_null(strstr(msgs, ":2:29: warning: the HEADs form a cycle (a word is its own ancestor); sentence skipped"));
    assert_non_null(strstr(msgs, ":5:29: warning: no word has HEAD 0 (the sentence has no root); sentence skipped"));
    assert_non_null(strstr(msgs, ":11:31: warning: a second word with HEAD 0 (UD allows one root); sentence skipped"));
    free(msgs);
    dyad_document_free(docs[0]);
    free(docs);
}

/* Word ids of 100 000 and more are read (dyad parse once wrote them and could not read them). */
static void test_long_sentence(void **state) {
    (void)state;
    dyad_buf b = {0};
    for (int i = 1; i <= 100002; i++) dyad_buf_printf(&b, "%d\tw\tw\tX\tFW\t_\t%d\tdep\t_\t_\n", i, i - 1);
    dyad_buf_putc(&b, 0);
    const char *path = write_tmp(b.data);
    dyad_buf_free(&b);
    dyad_document **docs;
    int n = dyad_conllu_read(path, &docs);
    unlink(path);
    assert_int_equal(n, 1);
    assert_int_equal(docs[0]->n_sentences, 1);
    assert_int_equal(docs[0]->sentences[0].n_words, 100002);
    assert_int_equal(docs[0]->sentences[0].words[100001].head, 100001);
    dyad_document_free(docs[0]);
    free(docs);
}

/* The EWT test file reads completely: the counts of its stats.xml. */
static void test_ewt_counts(void **state) {
    (void)state;
    const char *path = dyad_test_shared("ud/ewt/en_ewt-ud-test.conllu");
    if (!path) skip();
    dyad_document **docs;
    long before = dyad_warning_count();
    int n = dyad_conllu_read(path, &docs);
    assert_int_equal(dyad_warning_count(), before);
    assert_int_equal(n, 316);
    long sents = 0, words = 0;
    for (int i = 0; i < n; i++) {
        sents += docs[i]->n_sentences;
        for (int k = 0; k < docs[i]->n_sentences; k++) {
            dyad_sentence *s = &docs[i]->sentences[k];
            words += s->n_words;
            for (int t = 0; t < s->n_tokens; t++) {
                dyad_token *tok = &s->tokens[t];
                if (tok->n_words == 1)
                    assert_memory_equal(docs[i]->text + tok->start, s->words[tok->first_word].form,
                                        tok->end - tok->start);
            }
        }
        dyad_document_free(docs[i]);
    }
    free(docs);
    assert_int_equal(sents, 2077);
    assert_int_equal(words, 25094);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read),
        cmocka_unit_test(test_token_range_in_characters),
        cmocka_unit_test(test_controls_in_comments),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_not_a_tree),
        cmocka_unit_test(test_long_sentence),
        cmocka_unit_test(test_ewt_counts),
    };
    return cmocka_run_group_tests_name("conllu", tests, NULL, NULL);
}
