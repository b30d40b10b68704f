/*
** split_test.c - tests of cutting overlong parsed sentences into pieces (split.c).
*/
#include "util/testing.h"
#include "dyad.h"
#include "util/util.h"

/* A parsed sentence of 600 words read from CoNLL-U, each word headed by the one before, with
   a multiword token over words 256-257: pieces of 255, 256 and 89 words, cut between tokens,
   whose first words become roots. */
static void test_split(void **state) {
    (void)state;
    dyad_buf b = {0};
    dyad_buf_puts(&b, "1\tShort\t_\tX\tFW\t_\t0\troot\t_\t_\n\n");
    for (int i = 1; i <= 600; i++) {
        if (i == 256) dyad_buf_puts(&b, "256-257\tww\t_\t_\t_\t_\t_\t_\t_\t_\n");
        dyad_buf_printf(&b, "%d\tw%d\t_\tX\tFW\t_\t%d\tdep\t_\t_\n", i, i, i - 1);
    }
    dyad_buf_putc(&b, 0);
    char path[] = "/tmp/dyad-split-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, b.data, b.len - 1), (ssize_t)(b.len - 1));
    close(fd);
    dyad_buf_free(&b);
    dyad_document **docs;
    assert_int_equal(dyad_conllu_read(path, &docs), 1);
    unlink(path);
    dyad_document *d = docs[0];
    assert_int_equal(d->n_sentences, 2);
    assert_int_equal(dyad_split_long_sentences(d, 256), 1);
    assert_int_equal(d->n_sentences, 4);
    assert_int_equal(d->sentences[0].n_words, 1);
    const int words[] = {1, 255, 256, 89};
    for (int i = 1; i < 4; i++) {
        const dyad_sentence *s = &d->sentences[i];
        assert_int_equal(s->n_words, words[i]);
        assert_int_equal(s->words[0].head, 0);
        for (int k = 1; k < s->n_words; k++) assert_int_equal(s->words[k].head, k);
        assert_int_equal(s->tokens[0].first_word, 0);
        assert_int_equal(s->start, s->tokens[0].start);
    }
    assert_string_equal(d->sentences[2].words[0].form, "w256");
    assert_int_equal(d->sentences[2].tokens[0].n_words, 2);
    assert_string_equal(d->sentences[3].words[0].form, "w512");
    assert_int_equal(dyad_split_long_sentences(d, 256), 0);
    dyad_document_free(d);
    free(docs);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split),
    };
    return cmocka_run_group_tests_name("split", tests, NULL, NULL);
}
