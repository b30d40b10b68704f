/*
** decode.c - input that is not plain UTF-8 bytes: a gzip-compressed file (zlib's inflate, which
** also reads several gzip members in a row, as `cat a.gz b.gz` makes them) or a UTF-16 (or
** UTF-32) file with a byte-order mark, as Windows tools write text (iconv).  The reader passes the bytes it
** reads through a decoder, so that every format, JSON Lines streams included, sees UTF-8.
*/
#include <errno.h>
#include <stdlib.h>
#include <iconv.h>
#include <string.h>
#include <zlib.h>
#include "dyad.h"
#include "util/util.h"

enum { DECODE_GZIP, DECODE_UTF16LE, DECODE_UTF16BE, DECODE_UTF32LE, DECODE_UTF32BE };

struct dyad_decoder {
    int kind;
    const char *origin;
    z_stream z;
    bool z_open, z_done;  /* gzip: a member is being inflated; the last one ended */
    bool failed;          /* corrupt data: the rest is not decoded */
    bool trailing;        /* gzip: bytes after the last member, passed over */
    bool ended;           /* the end of the input has been fed */
    bool probed;          /* gzip: the first decompressed bytes were looked at ... */
    dyad_buf head;        /* ... which are kept here until there are four of them */
    dyad_decoder *inner;  /* gzip: UTF-16 or UTF-32 inside, or NULL */
    iconv_t cd;
    unsigned char held[8]; /* UTF-16: bytes of a character cut by the end of a chunk */
    size_t n_held;
    size_t skip;          /* UTF-16: bytes of byte-order mark still to pass over */
    size_t unit;          /* UTF-16: 2 bytes a code unit; UTF-32: 4 */
    long replaced;        /* UTF-16: characters that could not be decoded (U+FFFD) */
    unsigned long long in_bytes; /* bytes fed so far, for messages */
};

dyad_decoder *dyad_decoder_for(const char *head, size_t n, const char *origin) {
    const unsigned char *h = (const unsigned char *)head;
    int kind;
    if (n >= 2 && h[0] == 0x1F && h[1] == 0x8B) kind = DECODE_GZIP;
    else if (n >= 4 && h[0] == 0xFF && h[1] == 0xFE && h[2] == 0 && h[3] == 0) kind = DECODE_UTF32LE;
    else if (n >= 4 && h[0] == 0 && h[1] == 0 && h[2] == 0xFE && h[3] == 0xFF) kind = DECODE_UTF32BE;
    else if (n >= 2 && h[0] == 0xFF && h[1] == 0xFE) kind = DECODE_UTF16LE;
    else if (n >= 2 && h[0] == 0xFE && h[1] == 0xFF) kind = DECODE_UTF16BE;
    else return NULL;
    dyad_decoder *d = dyad_xcalloc(1, sizeof *d);
    d->kind = kind;
    d->origin = origin;
    if (kind == DECODE_GZIP) return d;
    static const char *const names[] = {"", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
    d->cd = iconv_open("UTF-8", names[kind]);
    if (d->cd == (iconv_t)-1) {
        dyad_warn(origin, 0, 0, "cannot convert %s (iconv: %s); read as it is", names[kind], strerror(errno));
        free(d);
        return NULL;
    }
    d->unit = kind >= DECODE_UTF32LE ? 4 : 2;
    d->skip = d->unit;
    return d;
}

static bool feed_gzip(dyad_decoder *d, const char *in, size_t n, bool at_end, dyad_buf *out) {
    d->z.next_in = (Bytef *)(uintptr_t)in;
    d->z.avail_in = (uInt)n;
    while (d->z.avail_in > 0 && !d->trailing) {
        if (!d->z_open && d->z_done && d->z.next_in[0] != 0x1F) {
            /* after a member: zero padding (tape blocks) is nothing; anything else is reported */
            while (d->z.avail_in > 0 && d->z.next_in[0] == 0) d->z.next_in++, d->z.avail_in--;
            if (d->z.avail_in == 0) break;
            dyad_warn(d->origin, 0, 0, "bytes after the gzip data (near compressed byte %llu) passed over",
                      d->in_bytes);
            d->trailing = true;
            break;
        }
        if (!d->z_open) {
            d->z.zalloc = Z_NULL;
            d->z.zfree = Z_NULL;
            d->z.opaque = Z_NULL;
            if (inflateInit2(&d->z, 16 + MAX_WBITS) != Z_OK) {
                dyad_warn(d->origin, 0, 0, "cannot start gzip decompression; the rest of the input is lost");
                return false;
            }
            d->z_open = true;
            d->z_done = false;
        }
        unsigned char buf[65536];
        d->z.next_out = buf;
        d->z.avail_out = sizeof buf;
        uInt before = d->z.avail_in;
        int rc = inflate(&d->z, Z_NO_FLUSH);
        dyad_buf_add(out, buf, sizeof buf - d->z.avail_out);
        d->in_bytes += before - d->z.avail_in;
        if (rc == Z_STREAM_END) { /* a member ends; another may follow */
            inflateEnd(&d->z);
            d->z_open = false;
            d->z_done = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            dyad_warn(d->origin, 0, 0, "corrupt gzip data near compressed byte %llu (%s); the rest of the input is lost",
                      d->in_bytes, d->z.msg ? d->z.msg : "inflate failed");
            inflateEnd(&d->z);
            d->z_open = false;
            return false;
        }
    }
    if (at_end && (d->z_open || !d->z_done)) {
        dyad_warn(d->origin, 0, 0, "gzip data ends early (a truncated file?); the text decompressed so far is read");
        if (d->z_open) inflateEnd(&d->z);
        d->z_open = false;
        return false;
    }
    return true;
}

static void add_replacement(dyad_decoder *d, dyad_buf *out) {
    dyad_buf_add(out, "\xEF\xBF\xBD", 3);
    d->replaced++;
}

static bool feed_utf16(dyad_decoder *d, const char *in, size_t n, bool at_end, dyad_buf *out) {
    /* the held bytes of a cut character go first: join them with the start of this chunk */
    dyad_buf joined = {0};
    if (d->n_held) {
        dyad_buf_add(&joined, d->held, d->n_held);
        dyad_buf_add(&joined, in, n);
        in = joined.data;
        n = joined.len;
        d->n_held = 0;
    }
    size_t skip = d->skip < n ? d->skip : n;
    d->skip -= skip;
    char *ip = (char *)(uintptr_t)(in + skip);
    size_t left = n - skip;
    while (left > 0) {
        char buf[65536], *op = buf;
        size_t room = sizeof buf;
        size_t rc = iconv(d->cd, &ip, &left, &op, &room);
        dyad_buf_add(out, buf, sizeof buf - room);
        if (rc != (size_t)-1 || errno == E2BIG) continue;
        if (errno == EINVAL && left < sizeof d->held && !at_end) { /* cut by the chunk's end */
            memcpy(d->held, ip, left);
            d->n_held = left;
            break;
        }
        /* a lone surrogate, or a character cut by the end of the input */
        add_replacement(d, out);
        size_t step = left < d->unit ? left : d->unit;
        ip += step;
        left -= step;
    }
    dyad_buf_free(&joined);
    if (at_end && d->replaced)
        dyad_warn(d->origin, 0, 0, "%s: %ld character%s that could not be decoded replaced by U+FFFD",
                  d->unit == 4 ? "UTF-32" : "UTF-16", d->replaced, d->replaced == 1 ? "" : "s");
    return true;
}

/* Gzip, and what it holds decoded in turn when that is UTF-16 or UTF-32 with its mark. */
static bool feed_gzip_text(dyad_decoder *d, const char *in, size_t n, bool at_end, dyad_buf *out) {
    dyad_buf plain = {0};
    bool ok = feed_gzip(d, in, n, at_end, &plain);
    if (!d->probed) {
        dyad_buf_add(&d->head, plain.data, plain.len);
        dyad_buf_free(&plain);
        if (d->head.len < 4 && !at_end && ok) return true;
        d->probed = true;
        d->inner = d->head.len ? dyad_decoder_for(d->head.data, d->head.len, d->origin) : NULL;
        if (d->inner && d->inner->kind == DECODE_GZIP) { /* gzip in gzip is read as it is */
            dyad_decoder_free(d->inner);
            d->inner = NULL;
        }
        plain = d->head;
        memset(&d->head, 0, sizeof d->head);
    }
    if (d->inner) dyad_decoder_feed(d->inner, plain.data ? plain.data : "", plain.len, at_end || !ok, out);
    else if (plain.len) dyad_buf_add(out, plain.data, plain.len);
    dyad_buf_free(&plain);
    return ok;
}

bool dyad_decoder_feed(dyad_decoder *d, const char *in, size_t n, bool at_end, dyad_buf *out) {
    if (d->failed) return false;
    if (d->ended) return true; /* said once */
    d->ended = at_end;
    bool ok = d->kind == DECODE_GZIP ? feed_gzip_text(d, in, n, at_end, out) : feed_utf16(d, in, n, at_end, out);
    if (!ok) d->failed = true;
    return ok;
}

bool dyad_decoder_recodes(const dyad_decoder *d) {
    return d && (d->kind != DECODE_GZIP || d->inner);
}

void dyad_decoder_free(dyad_decoder *d) {
    if (!d) return;
    dyad_decoder_free(d->inner);
    dyad_buf_free(&d->head);
    if (d->z_open) inflateEnd(&d->z);
    if (d->kind != DECODE_GZIP) iconv_close(d->cd);
    free(d);
}
