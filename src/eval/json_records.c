/*
** json_records.c - walking the JSON records of a gold or predictions file (json_records.h).
*/
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "eval/json_records.h"
#include "document/reader.h"
#include "dyad.h"

static bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void warn_va(const dyad_json_record *r, size_t off, const char *fmt, va_list ap) {
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    long line, col;
    dyad_text_position(r->text, off < r->len ? off : r->len, &line, &col);
    dyad_warn(r->path, r->line + line - 1, line == 1 ? r->col + col - 1 : col, "%s", msg);
}

static void warn_at(const dyad_json_record *r, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn_at(const dyad_json_record *r, size_t off, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    warn_va(r, off, fmt, ap);
    va_end(ap);
}

/* Offset of the first "key" followed by a colon in the record's text, or 0. */
static size_t key_offset(const dyad_json_record *r, const char *key) {
    size_t k = strlen(key);
    for (size_t i = 0; i + k + 2 <= r->len; i++) {
        if (r->text[i] != '"' || memcmp(r->text + i + 1, key, k) != 0 || r->text[i + 1 + k] != '"') continue;
        size_t j = i + k + 2;
        while (j < r->len && blank(r->text[j])) j++;
        if (j < r->len && r->text[j] == ':') return i;
    }
    return 0;
}

void dyad_json_key_warn(const dyad_json_record *r, const char *key, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    warn_va(r, key ? key_offset(r, key) : 0, fmt, ap);
    va_end(ap);
}

const char *dyad_json_integer(const cJSON *v) {
    static _Thread_local char buf[32];
    if (!cJSON_IsNumber(v) || !(fabs(v->valuedouble) < 1e15) || v->valuedouble != floor(v->valuedouble)) return NULL;
    snprintf(buf, sizeof buf, "%.0f", v->valuedouble);
    return buf;
}

const char *dyad_json_type_name(const cJSON *v) {
    return cJSON_IsString(v) ? "a string" : cJSON_IsNumber(v) ? "a number" : cJSON_IsArray(v) ? "a list"
         : cJSON_IsObject(v) ? "an object" : cJSON_IsBool(v) ? "a boolean" : "null";
}

/* Parse one record and hand it to fn; returns false when it was skipped. */
static bool one(const dyad_json_record *r, dyad_json_record_fn fn, void *ctx) {
    size_t bad = dyad_utf8_invalid(r->text, r->len);
    const char *nul = memchr(r->text, 0, r->len);
    if (bad < r->len || nul) {
        warn_at(r, nul ? (size_t)(nul - r->text) : bad, "%s; record skipped", nul ? "NUL byte" : "invalid UTF-8");
        return false;
    }
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(r->text, r->len, &end, false);
    size_t stop = end && end >= r->text && end <= r->text + r->len ? (size_t)(end - r->text) : 0;
    if (!o) {
        warn_at(r, stop, "malformed JSON; record skipped");
        return false;
    }
    while (stop < r->len && blank(r->text[stop])) stop++;
    bool ok = false;
    if (stop < r->len) warn_at(r, stop, "text after the JSON record; record skipped");
    else if (!cJSON_IsObject(o)) warn_at(r, 0, "a record must be a JSON object; record skipped");
    else ok = fn(r, o, ctx);
    cJSON_Delete(o);
    return ok;
}

long dyad_json_records(const char *path, const char *data, size_t len, dyad_json_record_fn fn, void *ctx,
                       long *records) {
    long skipped = 0;
    *records = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) data += 3, len -= 3; /* a UTF-8 BOM */
    size_t i = 0;
    while (i < len && blank(data[i])) i++;
    if (i < len && data[i] == '[') {
        size_t pos = i + 1, start, end, at = 0;
        long line = 1, col = 1;
        while (dyad_json_array_next(data, len, &pos, &start, &end)) {
            for (; at < start; at++) {
                if (data[at] == '\n') line++, col = 1;
                else col++;
            }
            dyad_json_record r = {path, data + start, end - start, line, col};
            ++*records;
            if (end == start) {
                /* a '}' where an element should start: dyad_json_array_next stops before it
                   without moving on, so step over it here */
                warn_at(&r, 0, "'%c' where a record should start; skipped", data[start]);
                skipped++;
                pos = start + 1;
                continue;
            }
            skipped += !one(&r, fn, ctx);
        }
        return skipped;
    }
    long line = 1;
    for (size_t start = 0; start < len; line++) {
        const char *nl = memchr(data + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - data) : len, k = start;
        while (k < end && blank(data[k])) k++;
        if (k < end) {
            dyad_json_record r = {path, data + start, end - start, line, 1};
            ++*records;
            skipped += !one(&r, fn, ctx);
        }
        start = end + 1;
    }
    return skipped;
}
