/*
** lines.c - the line reader of the dictionary files: splits the text into lines, blanks out
** comments (so that columns in messages stay those of the file) and skips blank lines.
*/
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "dict/dict_int.h"

void dict_lines_init(dict_lines *r, const char *name, const char *text, size_t len) {
    memset(r, 0, sizeof *r);
    r->name = name;
    r->text = text;
    r->len = len;
}

void dict_lines_rewind(dict_lines *r) {
    r->pos = 0;
    r->line = 0;
    r->in_comment = false;
    r->quiet = true;
}

void dict_lines_free(dict_lines *r) {
    dyad_buf_free(&r->buf);
}

void dict_warn(dict_lines *r, long col, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dyad_warn(r->name, r->line, col, "%s", msg);
    r->warnings++;
}

/* Blank the comments of s[0..n) in place; returns the new length (a '#' or ';' ends it). */
static size_t blank_comments(dict_lines *r, char *s, size_t n) {
    size_t i = 0;
    size_t first = 0;
    while (first < n && (s[first] == ' ' || s[first] == '\t')) first++;
    while (i < n) {
        if (r->in_comment) {
            if (i + 2 < n && s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>') {
                memset(s + i, ' ', 3);
                i += 3;
                r->in_comment = false;
            } else {
                s[i++] = ' ';
            }
        } else if (s[i] == '<' && i + 1 < n && s[i + 1] == '!' &&
                   (i == first || (i + 3 < n && s[i + 2] == '-' && s[i + 3] == '-'))) {
            r->in_comment = true;
            r->comment_line = r->line;
            r->comment_col = (long)i + 1;
            memset(s + i, ' ', 2);
            i += 2;
            if (i + 1 < n && s[i] == '-' && s[i + 1] == '-') {
                memset(s + i, ' ', 2);  /* the "--" of "<!--" cannot also close it */
                i += 2;
            }
        } else if (s[i] == '#' || s[i] == ';') {
            return i;
        } else {
            i++;
        }
    }
    return n;
}

/*
** Replace control characters and bytes that are not UTF-8 in s[0..n) by '?', reporting the
** first.  The line is kept so that, say, an actor's codes stay with the right actor.
*/
static void check_text(dict_lines *r, char *s, size_t n) {
    bool reported = r->quiet;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = 1;
        if (c >= 0x80)
            k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if ((c < 0x20 && c != '\t') || k <= 0) {
            if (!reported) {
                if (k <= 0) dict_warn(r, (long)i + 1, "byte 0x%02x is not UTF-8; replaced by '?'", c);
                else dict_warn(r, (long)i + 1, "control character 0x%02x replaced by '?'", c);
            }
            reported = true;
            s[i++] = '?';
            continue;
        }
        i += (size_t)k;
    }
}

char *dict_lines_next(dict_lines *r) {
    while (r->pos < r->len) {
        const char *start = r->text + r->pos;
        const char *nl = memchr(start, '\n', r->len - r->pos);
        size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
        r->pos += n + (nl ? 1 : 0);
        r->line++;
        if (n > 0 && start[n - 1] == '\r') n--;
        r->buf.len = 0;
        dyad_buf_add(&r->buf, start, n);
        n = blank_comments(r, r->buf.data, n);
        while (n > 0 && (r->buf.data[n - 1] == ' ' || r->buf.data[n - 1] == '\t')) n--;
        r->buf.data[n] = 0;
        r->buf.len = n;
        if (n == 0) continue;
        check_text(r, r->buf.data, n);
        return r->buf.data;
    }
    if (r->in_comment && !r->quiet) {
        long line = r->line;
        r->line = r->comment_line;
        dict_warn(r, r->comment_col, "comment \"<!\" is not closed by \"-->\"");
        r->line = line;
    }
    r->in_comment = false;
    return NULL;
}
