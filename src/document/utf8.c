/*
** utf8.c - checking and repairing document text: ill-formed UTF-8 and stray NUL bytes become
** U+FFFD, and binary files are told apart from text with a few bad bytes.
**
** Each ill-formed sequence is replaced the way the Unicode Standard recommends ("maximal
** subparts", chapter 3) and Python's bytes.decode("utf-8", errors="replace") does: a lead byte
** and the continuation bytes that could still begin a valid sequence make one U+FFFD, any other
** bad byte one U+FFFD each.  So the character offsets dyad reports for a repaired document are
** those of the file decoded that way.
*/
#include <string.h>
#include "document/reader.h"
#include "util/util.h"

/* A NUL byte in the first DYAD_BINARY_PREFIX bytes, or NUL bytes in more than one byte of
   BINARY_RATIO, make a file binary. */
#define BINARY_RATIO 100

/* Length of the ill-formed (maximal subpart) or well-formed sequence at s[0..n), n > 0, with
   *ok telling which; ASCII is well-formed. */
static size_t sequence(const unsigned char *s, size_t n, bool *ok) {
    unsigned char c = s[0];
    *ok = true;
    if (c < 0x80) return 1;
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF; /* the range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else {
        *ok = false;
        return 1;
    }
    for (size_t k = 1; k < len; k++) {
        bool in = k < n && (k == 1 ? s[k] >= lo && s[k] <= hi : (s[k] & 0xC0) == 0x80);
        if (!in) {
            *ok = false;
            return k;
        }
    }
    return len;
}

size_t dyad_utf8_invalid(const char *str, size_t n) {
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        bool ok;
        size_t k = sequence(s + i, n - i, &ok);
        if (!ok) return i;
        i += k;
    }
    return n;
}

size_t dyad_utf8_repair(const char *data, size_t len, dyad_buf *out, size_t *first_bad) {
    const unsigned char *s = (const unsigned char *)data;
    size_t replaced = 0, copied = 0, i = 0;
    while (i < len) {
        bool ok;
        size_t n = s[i] ? sequence(s + i, len - i, &ok) : (ok = false, 1);
        if (!ok) {
            if (replaced++ == 0) *first_bad = i;
            dyad_buf_add(out, data + copied, i - copied);
            dyad_buf_add(out, "\xEF\xBF\xBD", 3);
            copied = i + n;
        }
        i += n;
    }
    if (replaced) dyad_buf_add(out, data + copied, len - copied);
    return replaced;
}

size_t dyad_utf8_original_offset(const char *data, size_t len, size_t off) {
    const unsigned char *s = (const unsigned char *)data;
    size_t i = 0, out = 0; /* the same position in data and in its repair */
    while (i < len) {
        bool ok;
        size_t n = s[i] ? sequence(s + i, len - i, &ok) : (ok = false, 1);
        size_t m = ok ? n : 3; /* bytes of the repair */
        if (off < out + m) return ok ? i + (off - out) : i;
        out += m;
        i += n;
    }
    return len + (off - out);
}

/*
** "LE" or "BE" when the first bytes of data look like UTF-16 text without a byte-order mark (a
** NUL in every other byte, on the same side, in at least 60 of the first 64 pairs), else NULL.
*/
static const char *utf16_order(const char *data, size_t len) {
    int low = 0, high = 0, pairs = 0;
    for (size_t i = 0; i + 1 < len && pairs < 64; i += 2, pairs++) {
        low += data[i] != 0 && data[i + 1] == 0;
        high += data[i] == 0 && data[i + 1] != 0;
    }
    if (pairs < 8) return NULL;
    return low * 16 >= pairs * 15 ? "LE" : high * 16 >= pairs * 15 ? "BE" : NULL;
}

bool dyad_bom_at(const char *s, size_t n) {
    return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
}

bool dyad_warn_utf16(const char *origin, long line, long col, const char *data, size_t len, const char *what) {
    const char *order = utf16_order(data, len);
    if (order)
        dyad_warn(origin, line, col, "NUL bytes: this looks like UTF-16%s without a byte-order mark; %s "
                  "skipped (convert it with iconv -f UTF-16%s -t UTF-8)", order, what, order);
    return order != NULL;
}

/* The kind of compressed data or archive that data begins with (its magic bytes), or NULL.
   gzip is not here: the reader decompresses it. */
static const char *compressed_kind(const char *data, size_t len) {
    static const struct { const char *magic; size_t n; const char *kind; } kinds[] = {
        {"\x28\xB5\x2F\xFD", 4, "zstd-compressed data"}, {"BZh", 3, "bzip2-compressed data"},
        {"\xFD" "7zXZ\0", 6, "xz-compressed data"}, {"PK\x03\x04", 4, "a zip archive"},
        {"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive"}, {"%PDF-", 5, "a PDF document"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (len >= kinds[i].n && memcmp(data, kinds[i].magic, kinds[i].n) == 0) return kinds[i].kind;
    return NULL;
}

bool dyad_text_prepare(const char *origin, const char *data, size_t len, const char *what, dyad_buf *fixed) {
    size_t i = dyad_bom_at(data, len) ? 3 : 0; /* a byte-order mark alone is empty */
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r')) i++;
    if (i == len) {
        dyad_warn(origin, 0, 0, "empty %s; skipped", what);
        return false;
    }
    long line, col;
    const char *nul = memchr(data, 0, len);
    if (nul) {
        size_t nuls = 0;
        for (const char *p = nul; p; p = memchr(p + 1, 0, len - (size_t)(p + 1 - data))) nuls++;
        if ((size_t)(nul - data) < DYAD_BINARY_PREFIX || nuls > len / BINARY_RATIO) {
            dyad_text_position(data, (size_t)(nul - data), &line, &col);
            const char *kind = compressed_kind(data, len);
            if (kind)
                dyad_warn(origin, 1, 1, "%s, not text; %s skipped (extract its text first; dyad reads "
                          "gzip-compressed input itself)", kind, what);
            else if (!dyad_warn_utf16(origin, line, col, data, len, what))
                dyad_warn(origin, line, col, "NUL byte (a binary file?); %s skipped", what);
            return false;
        }
    }
    size_t bad = 0, n = dyad_utf8_repair(data, len, fixed, &bad);
    if (n > 0) {
        dyad_text_position(data, bad, &line, &col);
        const char *seqs = n == 1 ? "sequence" : "sequences";
        if (data[bad] == 0)
            dyad_warn(origin, line, col, "NUL byte; %zu bad %s replaced by U+FFFD in the %s", n, seqs, what);
        else
            dyad_warn(origin, line, col, "invalid UTF-8 (byte 0x%02X); %zu bad %s replaced by U+FFFD in the "
                      "%s (convert the input to UTF-8, e.g. with iconv)", (unsigned char)data[bad], n, seqs, what);
    }
    return true;
}
