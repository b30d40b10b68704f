/*
** util.h - small helpers shared by every stage: a growable byte buffer, hashing, whole-file
** reading and the sectioned container that holds a trained model.  Internal to libdyad.
*/
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ------------------------------------------------------------ dyad_buf */

/* A growable byte buffer; {0} is a valid empty buffer.  data is NUL-terminated after len. */
typedef struct dyad_buf {
    char *data;
    size_t len, cap;
} dyad_buf;

/* Append n bytes; aborts when out of memory. */
void dyad_buf_add(dyad_buf *b, const void *p, size_t n);
/* Append a NUL-terminated string. */
void dyad_buf_puts(dyad_buf *b, const char *s);
/* Append one byte. */
void dyad_buf_putc(dyad_buf *b, int c);
/* Append printf-formatted text. */
void dyad_buf_printf(dyad_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Release the buffer's memory and reset it to empty. */
void dyad_buf_free(dyad_buf *b);

/* Allocation that aborts with a message instead of returning NULL. */
void *dyad_xmalloc(size_t n);
void *dyad_xcalloc(size_t n, size_t size);
void *dyad_xrealloc(void *p, size_t n);
char *dyad_xstrdup(const char *s);

/* -------------------------------------------------------------- hashing */

/* 64-bit hash of n bytes (a multiply-xorshift hash; not cryptographic). */
uint64_t dyad_hash(const void *p, size_t n, uint64_t seed);
/* Mix two 64-bit values into one (for combining feature parts). */
static inline uint64_t dyad_hash_mix(uint64_t a, uint64_t b) {
    uint64_t h = (a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2))) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 32);
}

/* ---------------------------------------------------------------- files */

/*
** Read a whole file ("-" or NULL for standard input) into malloc'd memory with a NUL added;
** gzip-compressed and UTF-16/32 files (with a byte-order mark) come out decoded to UTF-8
** (decode.c); a cut or corrupt compressed file is a failure.  Returns NULL and sets *err to a
** static message on failure (errno text); *len gets the size.
*/
char *dyad_read_file(const char *path, size_t *len, const char **err);

/* ------------------------------------------------------ compressed and UTF-16 input (decode.c) */

typedef struct dyad_decoder dyad_decoder;
/*
** A decoder for input that starts with head[0..n): gzip-compressed (1F 8B), or UTF-16 or UTF-32
** with a byte-order mark; NULL for anything else (read as it is).  Messages name origin.
*/
dyad_decoder *dyad_decoder_for(const char *head, size_t n, const char *origin);
/*
** Decode the next input bytes in[0..n), appending UTF-8 to out; at_end says the input is over
** (n may be 0).  Returns false, after a warning, when the data is corrupt or cut short: the text
** decoded before that point is in out, and the decoder gives nothing more.
*/
bool dyad_decoder_feed(dyad_decoder *d, const char *in, size_t n, bool at_end, dyad_buf *out);
/* Does d turn another encoding (UTF-16, UTF-32, also inside gzip) into UTF-8?  Known once the
   first bytes have been fed. */
bool dyad_decoder_recodes(const dyad_decoder *d);
void dyad_decoder_free(dyad_decoder *d);

/* ------------------------------------------------- character offsets */

/* Collapse every run of ASCII white space in s (space, tab, line and page breaks) to one space
   and trim both ends, in place, for a name or title read across lines; returns s. */
char *dyad_collapse_space(char *s);

/* Number of Unicode characters in the n bytes of UTF-8 text s (bytes 10xxxxxx do not start one). */
long dyad_utf8_chars(const char *s, size_t n);

/*
** A cursor that turns byte offsets of a text into character offsets, counting on from the last
** offset asked for, so that asking in text order costs one pass over the text.  Start it as
** {text, 0, 0}.
*/
typedef struct dyad_char_cursor {
    const char *text;
    uint32_t byte;      /* the last byte offset asked for */
    long chars;         /* its offset in characters */
} dyad_char_cursor;

/* The character offset of byte offset `byte` (counted from the start again when it lies before
   the last one asked for). */
long dyad_char_cursor_at(dyad_char_cursor *c, uint32_t byte);

/* ------------------------------------------------------------- calendar */

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1-12, day 1-31). */
long dyad_days_from_civil(int year, int month, int day);
/* The date of a day number from dyad_days_from_civil(), written as YYYY-MM-DD into out. */
void dyad_civil_from_days(long days, char out[11]);
/* Number of days in a month (1-12) of a year. */
int dyad_days_in_month(int year, int month);
/* Parse "YYYY-MM-DD" (also "YYYYMMDD"); false unless it is a real calendar date. */
bool dyad_parse_date(const char *s, int *year, int *month, int *day);

/* ---------------------------------------------------------- model files */

/*
** A model file is a sectioned container: the 8-byte magic "DYADMDL1", a u32 section count,
** then per section a 32-byte NUL-padded name, a u64 offset and a u64 size, then the section
** bytes, each aligned to 64 (a cache line).  Numbers are little-endian.  Each NLP component
** reads and writes its own section, so components can change their format independently.
*/
typedef struct dyad_modelfile {
    const unsigned char *data;
    size_t size;
    int n_sections;
    struct { char name[33]; size_t offset, size; } *sections;
} dyad_modelfile;

/* Check and index a model image of size bytes (not copied; it must outlive mf).
   Returns false with *err set when the image is not a valid model file. */
bool dyad_modelfile_open(dyad_modelfile *mf, const void *data, size_t size, const char **err);
/* Bytes of the section called name, or NULL when absent; *size gets its length. */
const void *dyad_modelfile_section(const dyad_modelfile *mf, const char *name, size_t *size);
/* Release the index (not the image). */
void dyad_modelfile_close(dyad_modelfile *mf);

/* Collects sections and writes a model file. */
typedef struct dyad_modelfile_writer {
    int n;
    struct { char name[33]; dyad_buf bytes; } *sections;
} dyad_modelfile_writer;

/* Add a section (the bytes are copied). */
void dyad_modelfile_add(dyad_modelfile_writer *w, const char *name, const void *p, size_t n);
/* Write all sections to path; returns false with errno set on failure.  Frees the writer. */
bool dyad_modelfile_write(dyad_modelfile_writer *w, const char *path);

#endif
