/*
** utf8_test.c - tests of repairing document text (utf8.c): ill-formed UTF-8 becomes U+FFFD as
** Python's errors="replace" makes it, stray NUL bytes too, and binary files are still skipped.
*/
#include "util/testing.h"
#include "document/reader.h"
#include "document/reader_check.h"

#define FFFD "\xEF\xBF\xBD"

/* The repair of in, NUL-terminated, compared with want (NULL: nothing to repair). */
static void check_repair(const char *in, const char *want, size_t want_replaced, size_t want_first) {
    dyad_buf b = {0};
    size_t first = 0, n = dyad_utf8_repair(in, strlen(in), &b, &first);
    assert_int_equal(n, want_replaced);
    if (!want) {
        assert_null(b.data);
        return;
    }
    dyad_buf_putc(&b, 0);
    assert_string_equal(b.data, want);
    assert_int_equal(first, want_first);
    dyad_buf_free(&b);
}

static void test_maximal_subparts(void **state) {
    (void)state;
    check_repair("Biden met Scholz. Caf\xC3\xA9 \xF0\x9F\x98\x80", NULL, 0, 0);
    /* b'...'.decode('utf-8', 'replace') in Python gives the same */
    check_repair("Russia invaded \xFF\xFE Ukraine on \xC3 Thursday. Biden met \xE2\x82 Scholz.",
                 "Russia invaded " FFFD FFFD " Ukraine on " FFFD " Thursday. Biden met " FFFD " Scholz.", 4, 15);
    check_repair("a\xF0\x9F\x98 x", "a" FFFD " x", 1, 1);          /* a truncated sequence: one */
    check_repair("x\xED\xA0\x80y", "x" FFFD FFFD FFFD "y", 3, 1);  /* a surrogate: each byte */
    check_repair("\xF4\x90z\xE0\x80q", FFFD FFFD "z" FFFD FFFD "q", 4, 0); /* above U+10FFFF, overlong */
    check_repair("end \xE2\x82", "end " FFFD, 1, 4);                /* cut at the end */
    check_repair("\xC0\xAF\x80", FFFD FFFD FFFD, 3, 0);
}

/* Offsets in a repair map back to the bytes they came from: a U+FFFD to the first bad byte it
   stands for, the text after it to the same text in the original. */
static void test_original_offset(void **state) {
    (void)state;
    const char in[] = "ab\xFF\xFE\xE2\x82" "cd"; /* repair: "ab" FFFD FFFD FFFD "cd" */
    size_t n = sizeof in - 1;
    assert_int_equal(dyad_utf8_original_offset(in, n, 0), 0);
    assert_int_equal(dyad_utf8_original_offset(in, n, 2), 2);  /* first U+FFFD: 0xFF */
    assert_int_equal(dyad_utf8_original_offset(in, n, 4), 2);  /* inside it */
    assert_int_equal(dyad_utf8_original_offset(in, n, 5), 3);  /* second: 0xFE */
    assert_int_equal(dyad_utf8_original_offset(in, n, 8), 4);  /* third: the cut 0xE2 0x82 */
    assert_int_equal(dyad_utf8_original_offset(in, n, 11), 6); /* 'c' */
    assert_int_equal(dyad_utf8_original_offset(in, n, 13), 8); /* the end */
}

/* A stray NUL byte after the first KB is replaced; one in the first KB, or many, make the file
   binary and it is skipped. */
static void test_nul_bytes(void **state) {
    (void)state;
    char text[3000];
    memset(text, 'a', sizeof text);
    for (size_t i = 80; i < sizeof text; i += 80) text[i] = '\n';
    text[2001] = 0;
    read_result r;
    read_input(&r, ".txt", text, sizeof text, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_int_equal(r.docs[0]->text_len, sizeof text + 2);
    assert_memory_equal(r.docs[0]->text + 2001, FFFD, 3);
    check_warning(&r, "26:1", "NUL byte; 1 bad sequence replaced by U+FFFD in the text document");
    free_result(&r);

    for (size_t i = 1100; i < sizeof text; i += 50) text[i] = 0;
    read_input(&r, ".txt", text, sizeof text, NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "14:60", "NUL byte (a binary file?); text document skipped");
    free_result(&r);
}

/* Compressed data other than gzip is named, not called a binary file (trial finding). */
static void test_compressed(void **state) {
    (void)state;
    static const unsigned char zstd[] = {0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x1C, 0x00, 0x00, 'P', 'u', 't', 'i', 'n'};
    read_result r;
    read_input(&r, ".txt", (const char *)zstd, sizeof zstd, NULL);
    assert_int_equal(r.n_docs, 0);
    assert_int_equal(r.skipped, 1);
    check_warning(&r, "1:1", "zstd-compressed data, not text; text document skipped (extract its text first; "
                             "dyad reads gzip-compressed input itself)");
    free_result(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_maximal_subparts),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_compressed),
        cmocka_unit_test(test_original_offset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
