/*
** util_test.c - tests of the arena, the byte buffer, hashing, warnings, model files, the
** calendar, and whole files read decoded (gzip, UTF-16).
*/
#include <zlib.h>
#include "util/testing.h"
#include "dyad.h"
#include "util/util.h"

static void test_arena(void **state) {
    (void)state;
    dyad_arena *a = dyad_arena_new();
    char *s = dyad_arena_strdup(a, "Kyiv");
    assert_string_equal(s, "Kyiv");
    assert_null(dyad_arena_strdup(a, NULL));
    for (int i = 0; i < 1000; i++) {
        unsigned char *p = dyad_arena_alloc(a, (size_t)i * 37);
        assert_int_equal((uintptr_t)p % 16, 0);
        for (int j = 0; j < i * 37; j++) assert_int_equal(p[j], 0);
        memset(p, 0xab, (size_t)i * 37);
    }
    void *big = dyad_arena_alloc(a, 1 << 20);
    assert_non_null(big);
    assert_string_equal(dyad_arena_strndup(a, "Moscow talks", 6), "Moscow");
    dyad_arena_free(a);
    dyad_arena_free(NULL);
}

static void test_buf(void **state) {
    (void)state;
    dyad_buf b = {0};
    dyad_buf_puts(&b, "event ");
    dyad_buf_printf(&b, "%03d", 42);
    dyad_buf_putc(&b, '!');
    assert_string_equal(b.data, "event 042!");
    assert_int_equal(b.len, 10);
    dyad_buf_free(&b);
    assert_null(b.data);
}

static void test_hash(void **state) {
    (void)state;
    assert_true(dyad_hash("abc", 3, 0) == dyad_hash("abc", 3, 0));
    assert_true(dyad_hash("abc", 3, 0) != dyad_hash("abd", 3, 0));
    assert_true(dyad_hash("abc", 3, 0) != dyad_hash("abc", 3, 1));
    assert_true(dyad_hash("abcdefghi", 9, 0) != dyad_hash("abcdefghj", 9, 0));
}

static void test_warn(void **state) {
    (void)state;
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    long before = dyad_warning_count();
    dyad_warn_to(f);
    dyad_warn("news.jsonl", 3, 7, "missing \"%s\" field", "text");
    dyad_warn("actors.txt", 12, 0, "no code");
    dyad_warn(NULL, 0, 0, "plain");
    dyad_warn_to(NULL);
    fclose(f);
    assert_string_equal(text, "news.jsonl:3:7: warning: missing \"text\" field\n"
                              "actors.txt:12: warning: no code\n"
                              "dyad: warning: plain\n");
    assert_int_equal(dyad_warning_count() - before, 3);
    free(text);
}

static void test_modelfile(void **state) {
    (void)state;
    char path[] = "/tmp/dyad-model-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    dyad_modelfile_writer w = {0};
    dyad_modelfile_add(&w, "tagger", "0123456789", 10);
    dyad_modelfile_add(&w, "parser", "xyz", 3);
    dyad_modelfile_add(&w, "empty", "", 0);
    assert_true(dyad_modelfile_write(&w, path));

    size_t len;
    const char *err = NULL;
    char *img = dyad_read_file(path, &len, &err);
    assert_non_null(img);
    dyad_modelfile mf;
    assert_true(dyad_modelfile_open(&mf, img, len, &err));
    size_t n;
    const char *p = dyad_modelfile_section(&mf, "parser", &n);
    assert_int_equal(n, 3);
    assert_memory_equal(p, "xyz", 3);
    p = dyad_modelfile_section(&mf, "tagger", &n);
    assert_int_equal(n, 10);
    assert_int_equal((uintptr_t)(p - img) % 64, 0);
    assert_non_null(dyad_modelfile_section(&mf, "empty", &n));
    assert_int_equal(n, 0);
    assert_null(dyad_modelfile_section(&mf, "lemmas", &n));
    dyad_modelfile_close(&mf);

    /* A truncated or foreign file is refused with a reason, never read past its end. */
    assert_false(dyad_modelfile_open(&mf, img, 40, &err));
    assert_non_null(strstr(err, "truncated"));
    assert_false(dyad_modelfile_open(&mf, "hello world!", 12, &err));
    assert_non_null(strstr(err, "magic"));
    free(img);
    unlink(path);
    assert_null(dyad_read_file("/nonexistent/file", &len, &err));
    assert_string_equal(err, "No such file or directory");
}

static void test_calendar(void **state) {
    (void)state;
    char out[11];
    assert_int_equal(dyad_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(dyad_days_from_civil(2000, 3, 1) - dyad_days_from_civil(2000, 2, 28), 2);
    dyad_civil_from_days(dyad_days_from_civil(2022, 2, 7), out);
    assert_string_equal(out, "2022-02-07");
    dyad_civil_from_days(dyad_days_from_civil(2024, 2, 29) + 1, out);
    assert_string_equal(out, "2024-03-01");
    int y, m, d;
    assert_true(dyad_parse_date("2022-02-08", &y, &m, &d));
    assert_int_equal(y * 10000 + m * 100 + d, 20220208);
    assert_true(dyad_parse_date("19950101", &y, &m, &d));
    assert_false(dyad_parse_date("2023-02-29", &y, &m, &d));
    assert_false(dyad_parse_date("2022-13-01", &y, &m, &d));
    assert_false(dyad_parse_date("Feb 8", &y, &m, &d));
    assert_false(dyad_parse_date(NULL, &y, &m, &d));
    assert_false(dyad_parse_date("24-01-01", &y, &m, &d));
    assert_false(dyad_parse_date("2024-1-01", &y, &m, &d));
    assert_false(dyad_parse_date("2022-02-08x", &y, &m, &d));
}

/* dyad_read_file gives a gzip file's or a UTF-16 file's text as UTF-8 (CoNLL-U, dictionaries,
   gold files all read through it). */
static void test_collapse_space(void **state) {
    (void)state;
    char s[] = " \r\n Ukrainian\r\n  President\tZelensky \f";
    assert_string_equal(dyad_collapse_space(s), "Ukrainian President Zelensky");
    char e[] = " \n ";
    assert_string_equal(dyad_collapse_space(e), "");
}

static void test_read_file_decoded(void **state) {
    (void)state;
    char path[] = "/tmp/dyad-util-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    gzFile gz = gzopen(path, "wb");
    assert_non_null(gz);
    assert_int_equal(gzputs(gz, "# text = Chad met Niger.\n"), 25);
    gzclose(gz);
    size_t len;
    const char *err;
    char *data = dyad_read_file(path, &len, &err);
    assert_non_null(data);
    assert_string_equal(data, "# text = Chad met Niger.\n");
    assert_int_equal(len, 25);
    free(data);
    FILE *f = fopen(path, "wb");
    fwrite("\xFF\xFEO\0k\0\n\0", 1, 8, f);
    fclose(f);
    data = dyad_read_file(path, &len, &err);
    assert_string_equal(data, "Ok\n");
    free(data);
    /* a cut gzip file is not read in part */
    f = fopen(path, "wb");
    fwrite("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03", 1, 10, f);
    fclose(f);
    FILE *sink = dyad_warn_silence();
    assert_null(dyad_read_file(path, &len, &err));
    dyad_warn_restore(sink);
    assert_string_equal(err, "the compressed data is cut short or corrupt");
    unlink(path);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena),
        cmocka_unit_test(test_buf),
        cmocka_unit_test(test_hash),
        cmocka_unit_test(test_warn),
        cmocka_unit_test(test_modelfile),
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_read_file_decoded),
        cmocka_unit_test(test_collapse_space),
    };
    return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
