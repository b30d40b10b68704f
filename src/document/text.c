/*
** text.c - the plain-text reader (one document per file) and the small helpers every reader
** shares: line and column of an offset, dates, default ids.
**
** A plain-text document keeps the file's bytes as they are (only a lone CR, a classic Mac OS
** line end, is read as LF, byte for byte), so that every offset dyad reports points into the
** original file.  Bytes that are not valid UTF-8 (and stray NUL bytes) are
** replaced by U+FFFD, with one warning at the first (utf8.c): the character offsets are then
** those of the file decoded with errors="replace".  A binary file is skipped.
*/
#include <stdio.h>
#include <string.h>
#include "document/reader.h"

void dyad_text_position(const char *s, size_t off, long *line, long *col) {
    long l = 1;
    size_t start = 0;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n') {
            l++;
            start = i + 1;
        }
    *line = l;
    *col = (long)(off - start) + 1;
}

static bool digits(const char *s, int n) {
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

bool dyad_normalize_date(const char *s, char out[11]) {
    if (!s) return false;
    while (*s == ' ') s++;
    int y, m, d;
    if (digits(s, 4) && (s[4] == '-' || s[4] == '/') && digits(s + 5, 2) && s[7] == s[4] && digits(s + 8, 2) &&
        !(s[10] >= '0' && s[10] <= '9')) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        m = (s[5] - '0') * 10 + (s[6] - '0');
        d = (s[8] - '0') * 10 + (s[9] - '0');
    } else if (digits(s, 8) && (!(s[8] >= '0' && s[8] <= '9') || (digits(s + 8, 6) && !(s[14] >= '0' && s[14] <= '9') &&
                                                                 (s[8] - '0') * 10 + (s[9] - '0') < 24 &&
                                                                 s[10] < '6' && s[12] < '6'))) {
        /* "20220208", or GDELT's "20220208103000" (YYYYMMDDhhmmss; the time is dropped) */
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        m = (s[4] - '0') * 10 + (s[5] - '0');
        d = (s[6] - '0') * 10 + (s[7] - '0');
    } else {
        return false;
    }
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
    int v[3] = {y, m, d}, w[3] = {4, 2, 2};
    char *o = out;
    for (int k = 0; k < 3; k++) {
        for (int i = w[k] - 1; i >= 0; i--, v[k] /= 10) o[i] = (char)('0' + v[k] % 10);
        o += w[k];
        *o++ = k < 2 ? '-' : 0;
    }
    return true;
}

const char *dyad_default_id(dyad_arena *a, const char *path) {
    if (!path || strcmp(path, "-") == 0) return dyad_arena_strdup(a, "stdin");
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".gz") == 0) n -= 3; /* "story.txt.gz" is "story" too */
    size_t dot = n;
    while (dot > 0 && base[dot - 1] != '.') dot--;
    if (dot > 1) n = dot - 1; /* a leading dot (".profile") is no extension */
    return dyad_arena_strndup(a, base, n);
}

dyad_document *dyad_read_text(const char *origin, const char *data, size_t len, const dyad_read_options *opt) {
    dyad_buf fixed = {0};
    if (!dyad_text_prepare(origin, data, len, "text document", &fixed)) return NULL;
    if (fixed.data) {
        data = fixed.data;
        len = fixed.len;
    }
    dyad_document *doc = dyad_document_new();
    dyad_arena *a = doc->arena;
    doc->text = dyad_arena_strndup(a, data, len);
    doc->text_len = len;
    /* a lone carriage return (classic Mac OS line ends) is a line break: read as "\n", which
       keeps every offset */
    char *t = (char *)doc->text;
    for (size_t i = 0; i < len; i++)
        if (t[i] == '\r' && (i + 1 == len || t[i + 1] != '\n')) t[i] = '\n';
    doc->origin = dyad_arena_strdup(a, origin);
    doc->origin_line = 1;
    doc->origin_col = 1;
    doc->id = opt && opt->id ? dyad_arena_strdup(a, opt->id) : dyad_default_id(a, origin);
    if (dyad_bom_at(data, len)) doc->body_start = 3; /* byte-order mark */
    dyad_find_headline(doc);
    dyad_find_dateline(doc); /* may give the date, from a date line */
    if (!doc->date && opt && opt->date) doc->date = dyad_arena_strdup(a, opt->date);
    dyad_buf_free(&fixed);
    return doc;
}
