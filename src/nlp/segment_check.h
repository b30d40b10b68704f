/*
** segment_check.h - helpers for the tokenizer and sentence-splitter tests (tokenize_test.c,
** segment_test.c): segment a string and compare tokens, words, byte offsets and sentences
** with what a test expects.  Include after util/testing.h.
*/
#ifndef DYAD_NLP_SEGMENT_CHECK_H
#define DYAD_NLP_SEGMENT_CHECK_H

#include "dyad.h"

/* A document whose text is the string (not copied), segmented; free with dyad_document_free. */
static inline dyad_document *segment_text(const char *text) {
    dyad_document *d = dyad_document_new();
    d->text = text;
    d->text_len = strlen(text);
    dyad_segment(d);
    return d;
}

/*
** Check that text is segmented into the tokens of expected: tokens separated by one space, the
** words of a multiword token joined by '~' ("do~n't").  Every token must start at the next
** non-space byte after the previous token and span exactly its text, so the byte offsets are
** checked too; each word's form must be its part of the token.
*/
static inline void check_tokens(const char *text, const char *expected) {
    dyad_document *d = segment_text(text);
    size_t pos = 0;
    const char *e = expected;
    for (int i = 0; i < d->n_sentences; i++) {
        const dyad_sentence *s = &d->sentences[i];
        for (int t = 0; t < s->n_tokens; t++) {
            const dyad_token *tok = &s->tokens[t];
            while (*e == ' ') e++;
            size_t n = strcspn(e, " ");
            char piece[256], surface[256];
            assert_true(n > 0 && n < sizeof piece);
            memcpy(piece, e, n);
            piece[n] = 0;
            e += n;
            size_t k = 0;
            int words = 1;
            for (size_t j = 0; j < n; j++) {
                if (piece[j] == '~' && n > 1) words++;
                else surface[k++] = piece[j];
            }
            surface[k] = 0;
            while (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t') pos++;
            if (tok->start != pos || tok->end != pos + k || tok->n_words != words) {
                print_error("token %d.%d is '%.*s' [%u, %u) with %d words; expected '%s' [%zu, %zu) with %d\n", i, t,
                            (int)(tok->end - tok->start), text + tok->start, tok->start, tok->end, tok->n_words,
                            piece, pos, pos + k, words);
                fail();
            }
            assert_memory_equal(text + tok->start, surface, k);
            const char *w = piece;
            for (int j = 0; j < tok->n_words; j++) {
                size_t wn = strcspn(w, "~");
                if (n == 1) wn = 1;
                const dyad_word *wd = &s->words[tok->first_word + j];
                if (strlen(wd->form) != wn || memcmp(wd->form, w, wn) != 0) {
                    print_error("word %d of '%s' is '%s'\n", j, piece, wd->form);
                    fail();
                }
                w += wn + 1;
            }
            pos = tok->end;
        }
    }
    while (*e == ' ') e++;
    if (*e) {
        print_error("tokens missing: '%s'\n", e);
        fail();
    }
    dyad_document_free(d);
}

/* Check that text is split into exactly the sentences of the NULL-terminated list (each the
   sentence's text, from its first token to its last). */
static inline void check_sentences(const char *text, const char *const *expected) {
    dyad_document *d = segment_text(text);
    int n = 0;
    while (expected[n]) n++;
    for (int i = 0; i < d->n_sentences || i < n; i++) {
        const char *got = i < d->n_sentences ? text + d->sentences[i].start : "";
        int len = i < d->n_sentences ? (int)(d->sentences[i].end - d->sentences[i].start) : 0;
        if (i >= n || (size_t)len != strlen(expected[i]) || memcmp(got, expected[i], (size_t)len) != 0) {
            print_error("sentence %d is '%.*s', expected '%s'\n", i, len, got, i < n ? expected[i] : "(none)");
            fail();
        }
    }
    dyad_document_free(d);
}

#endif
