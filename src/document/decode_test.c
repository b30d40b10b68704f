/*
** decode_test.c - tests of compressed and UTF-16 input (decode.c through the reader): gzip text
** and JSON Lines (several members, more than one read's worth), a cut gzip file, UTF-16 in
** both byte orders with a byte-order mark, and a lone surrogate.
*/
#include <zlib.h>
#include "util/testing.h"
#include "document/reader_check.h"

/* s gzip-compressed (one member) appended to out. */
static void gzip_append(dyad_buf *out, const char *s, size_t n) {
    z_stream z = {0};
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    uLong cap = deflateBound(&z, n);
    unsigned char *buf = malloc(cap);
    z.next_in = (Bytef *)(uintptr_t)s;
    z.avail_in = (uInt)n;
    z.next_out = buf;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    dyad_buf_add(out, buf, cap - z.avail_out);
    deflateEnd(&z);
    free(buf);
}

/* The ASCII string s as UTF-16 with a byte-order mark, little- or big-endian. */
static void utf16(dyad_buf *out, const char *s, bool little) {
    dyad_buf_add(out, little ? "\xFF\xFE" : "\xFE\xFF", 2);
    for (; *s; s++) {
        char pair[2] = {little ? *s : 0, little ? 0 : *s};
        dyad_buf_add(out, pair, 2);
    }
}

/* Read a big input file through the reader: the count of documents, the ids of documents
   0, 3000 and the last, the skipped count and the warnings. */
typedef struct big_result {
    int n_docs;
    char first[16], middle[16], last[16], middle_text[64];
    long skipped;
    char *warnings;
    size_t warnings_len;
} big_result;

static void read_big(big_result *b, const char *suffix, const char *data, size_t len) {
    read_result r;
    memset(b, 0, sizeof *b);
    memset(&r, 0, sizeof r);
    write_input(&r, suffix, data, len);
    FILE *mf = open_memstream(&b->warnings, &b->warnings_len);
    dyad_warn_to(mf);
    dyad_reader *rd = dyad_reader_open(r.path, NULL);
    assert_non_null(rd);
    dyad_document *d;
    while ((d = dyad_reader_next(rd)) != NULL) {
        if (b->n_docs == 0) snprintf(b->first, sizeof b->first, "%s", d->id);
        if (b->n_docs == 3000) {
            snprintf(b->middle, sizeof b->middle, "%s", d->id);
            snprintf(b->middle_text, sizeof b->middle_text, "%s", d->text);
        }
        snprintf(b->last, sizeof b->last, "%s", d->id);
        b->n_docs++;
        dyad_document_free(d);
    }
    b->skipped = dyad_reader_skipped(rd);
    dyad_reader_close(rd);
    dyad_warn_to(NULL);
    fclose(mf);
    unlink(r.path);
}

static void test_gzip_text(void **state) {
    (void)state;
    dyad_buf in = {0};
    const char *text = "Russia sent troops to Belarus.\n";
    gzip_append(&in, text, strlen(text));
    read_result r;
    read_input(&r, ".txt.gz", in.data, in.len, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, text);
    assert_null(strchr(r.docs[0]->id, '.')); /* "dyad-reader-XXXXXX", not "....txt" */
    assert_int_equal(r.skipped, 0);
    free_result(&r);
    dyad_buf_free(&in);
}

/* UTF-16 inside gzip is decoded twice over. */
static void test_gzip_utf16(void **state) {
    (void)state;
    dyad_buf u16 = {0}, in = {0};
    utf16(&u16, "Iran condemned Israel.\n", true);
    gzip_append(&in, u16.data, u16.len);
    read_result r;
    read_input(&r, ".txt.gz", in.data, in.len, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Iran condemned Israel.\n");
    assert_int_equal(r.skipped, 0);
    free_result(&r);
    dyad_buf_free(&u16);
    dyad_buf_free(&in);
}

/* A UTF-16 feed's XML declaration says UTF-16; after decoding it must not be believed. */
static void test_utf16_feed(void **state) {
    (void)state;
    dyad_buf in = {0};
    utf16(&in, "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>T</title>"
               "<item><guid>1</guid><description>Russia attacked Ukraine.</description></item></channel></rss>\n",
          true);
    read_result r;
    read_input(&r, ".rss", in.data, in.len, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Russia attacked Ukraine.");
    assert_int_equal(r.warnings_len, 0);
    free_result(&r);
    dyad_buf_free(&in);
}

/* Zero padding after the gzip data is nothing; other bytes there are reported and passed over. */
static void test_gzip_trailing(void **state) {
    (void)state;
    const char *text = "Russia sent troops to Belarus.\n";
    for (int garbage = 0; garbage < 2; garbage++) {
        dyad_buf in = {0};
        gzip_append(&in, text, strlen(text));
        dyad_buf_add(&in, garbage ? "junk\n" : "\0\0\0\0\0\0\0\0", garbage ? 5 : 8);
        read_result r;
        read_input(&r, ".txt.gz", in.data, in.len, NULL);
        assert_int_equal(r.n_docs, 1);
        assert_string_equal(r.docs[0]->text, text);
        if (garbage) assert_non_null(strstr(r.warnings, "bytes after the gzip data (near compressed byte"));
        else assert_int_equal(r.warnings_len, 0);
        free_result(&r);
        dyad_buf_free(&in);
    }
}

/* JSON Lines in two gzip members, longer than one read, come out whole and in order. */
static void test_gzip_jsonl_members(void **state) {
    (void)state;
    dyad_buf plain = {0}, in = {0};
    for (int i = 0; i < 6000; i++) {
        char line[80];
        int n = snprintf(line, sizeof line, "{\"id\":\"d%d\",\"text\":\"Iran condemned Israel %d times.\"}\n", i, i);
        dyad_buf_add(&plain, line, (size_t)n);
        if (i == 2999) {
            gzip_append(&in, plain.data, plain.len);
            plain.len = 0;
        }
    }
    gzip_append(&in, plain.data, plain.len);
    big_result b;
    read_big(&b, ".jsonl.gz", in.data, in.len);
    assert_int_equal(b.n_docs, 6000);
    assert_string_equal(b.first, "d0");
    assert_string_equal(b.middle, "d3000");
    assert_string_equal(b.middle_text, "Iran condemned Israel 3000 times.");
    assert_string_equal(b.last, "d5999");
    assert_int_equal(b.skipped, 0);
    free(b.warnings);
    dyad_buf_free(&plain);
    dyad_buf_free(&in);
}

/* A cut gzip file: what was decompressed is read, and the loss is reported and counted. */
static void test_gzip_cut(void **state) {
    (void)state;
    dyad_buf plain = {0}, in = {0};
    for (int i = 0; i < 3000; i++) {
        char line[80];
        int n = snprintf(line, sizeof line, "{\"id\":\"d%d\",\"text\":\"Chad met Niger on day %d.\"}\n", i, i * 7919);
        dyad_buf_add(&plain, line, (size_t)n);
    }
    gzip_append(&in, plain.data, plain.len);
    big_result b;
    read_big(&b, ".jsonl.gz", in.data, in.len / 2);
    assert_true(b.n_docs > 100 && b.n_docs < 3000);
    assert_true(b.skipped >= 1);
    assert_non_null(strstr(b.warnings, "gzip data ends early (a truncated file?)"));
    free(b.warnings);
    dyad_buf_free(&plain);
    dyad_buf_free(&in);
}

static void test_utf16(void **state) {
    (void)state;
    for (int little = 0; little < 2; little++) {
        dyad_buf in = {0};
        utf16(&in, "Iran condemned Israel.\n", little);
        read_result r;
        read_input(&r, ".txt", in.data, in.len, NULL);
        assert_int_equal(r.n_docs, 1);
        assert_string_equal(r.docs[0]->text, "Iran condemned Israel.\n");
        assert_int_equal(r.skipped, 0);
        free_result(&r);
        dyad_buf_free(&in);
    }
    /* JSON Lines, and a lone high surrogate (D800) before "A" */
    dyad_buf in = {0};
    utf16(&in, "{\"id\":\"a\",\"text\":\"Chad met Niger.\"}\n{\"id\":\"b\",\"text\":\"X", true);
    dyad_buf_add(&in, "\x00\xD8" "A\x00", 4);
    utf16(&in, "\"}\n", true);
    memmove(in.data + in.len - 8, in.data + in.len - 6, 6); /* no second byte-order mark */
    in.len -= 2;
    read_result r;
    read_input(&r, ".jsonl", in.data, in.len, NULL);
    assert_int_equal(r.n_docs, 2);
    assert_string_equal(r.docs[0]->text, "Chad met Niger.");
    assert_string_equal(r.docs[1]->text, "X\xEF\xBF\xBD" "A");
    assert_non_null(strstr(r.warnings, "UTF-16: 1 character that could not be decoded replaced by U+FFFD"));
    free_result(&r);
    dyad_buf_free(&in);
    /* UTF-32 with its mark; a character cut at the end is reported once */
    const unsigned char u32[] = {0xFF, 0xFE, 0, 0, 'C', 0, 0, 0, 'h', 0, 0, 0, 'a', 0, 0, 0, 'd', 0, 0, 0, '.', 0, 0, 0, 'x', 0};
    read_input(&r, ".txt", (const char *)u32, sizeof u32, NULL);
    assert_int_equal(r.n_docs, 1);
    assert_string_equal(r.docs[0]->text, "Chad.\xEF\xBF\xBD");
    const char *w = strstr(r.warnings, "UTF-32: 1 character that could not be decoded");
    assert_non_null(w);
    assert_null(strstr(w + 1, "UTF-32: 1 character"));
    free_result(&r);
}

/* UTF-16 without a byte-order mark cannot be told from binary for sure: it is skipped, with
   the conversion that would read it. */
static void test_utf16_without_mark(void **state) {
    (void)state;
    dyad_buf in = {0};
    utf16(&in, "Iran condemned Israel on Monday.\n", false);
    read_result r;
    read_input(&r, ".txt", in.data + 2, in.len - 2, NULL);
    assert_int_equal(r.n_docs, 0);
    check_warning(&r, "1:1", "NUL bytes: this looks like UTF-16BE without a byte-order mark; text document "
                             "skipped (convert it with iconv -f UTF-16BE -t UTF-8)");
    free_result(&r);
    dyad_buf_free(&in);
}

/* Fed a byte at a time (a pipe may give any piece), the decoders give the same text: a UTF-16
   character or a gzip trailer cut between reads is held for the next. */
static void test_pieces(void **state) {
    (void)state;
    const char *text = "Iran condemned Israel.\nChad met Niger.\n";
    dyad_buf gz = {0}, u16 = {0};
    gzip_append(&gz, text, strlen(text));
    utf16(&u16, text, false);
    const dyad_buf *inputs[] = {&gz, &u16};
    for (int k = 0; k < 2; k++) {
        dyad_decoder *d = dyad_decoder_for(inputs[k]->data, inputs[k]->len, "pieces");
        assert_non_null(d);
        dyad_buf out = {0};
        for (size_t i = 0; i < inputs[k]->len; i++) assert_true(dyad_decoder_feed(d, inputs[k]->data + i, 1, false, &out));
        assert_true(dyad_decoder_feed(d, "", 0, true, &out));
        assert_int_equal(out.len, strlen(text));
        assert_memory_equal(out.data, text, out.len);
        dyad_buf_free(&out);
        dyad_decoder_free(d);
    }
    dyad_buf_free(&gz);
    dyad_buf_free(&u16);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gzip_text),
        cmocka_unit_test(test_gzip_trailing),
        cmocka_unit_test(test_gzip_utf16),
        cmocka_unit_test(test_utf16_feed),
        cmocka_unit_test(test_gzip_jsonl_members),
        cmocka_unit_test(test_gzip_cut),
        cmocka_unit_test(test_utf16),
        cmocka_unit_test(test_utf16_without_mark),
        cmocka_unit_test(test_pieces),
    };
    return cmocka_run_group_tests_name("decode", tests, NULL, NULL);
}
