/*
** jsonl.c - the JSON Lines reader: one news document per line (https://jsonlines.org/), or
** per element of a JSON array when the file is one array.
**
** Known fields, with the synonyms that news scrapers and data sets commonly use (the first
** present wins, names compared without regard to case, so "pubDate" and "publishedAt" count;
** the others are kept as unknown fields):
**
**   id      id, doc_id, docid, article_id, uuid (a number is taken as written: 9007199254740993,
**           1e3)
**   date    date, published, publish_date, published_at, publishedat, published_time,
**           date_published, datepublished, publication_date, pub_date, pubdate, datetime,
**           created_at (YYYY-MM-DD, an ISO timestamp, YYYY/MM/DD, YYYYMMDD or GDELT's
**           YYYYMMDDhhmmss, the last two also as numbers, see dyad_normalize_date; a Unix
**           time in seconds or milliseconds as a number, its UTC day)
**   source  source, publisher, source_name, outlet, agency (an object's "name" is taken, as in
**           NewsAPI's {"source": {"id": .., "name": ..}})
**   url     url, link, uri
**   title   title, headline
**   text    text, body, content, maintext, article, story
**
** A record without an id gets "<file name>-<line>" (dyad_read_options.id names single-document
** files only); one without a date gets dyad_read_options.date.  Several objects on one line
** ("{..} {..}", "{..},{..}") are several records (the second without an id gets
** "<file name>-<line>.2"), and commas around a line's records are passed over.
**
** Every other field is kept in doc->extra as the text of a JSON object, so that outputs can
** pass it through; its values are copied as written (json_raw.c), so numbers keep all their
** digits, and so does a numeric id.  A text given as an array of strings is its paragraphs,
** joined by blank lines; the mark of a text cut short, "[+2345 chars]", is dropped.
**
** A record whose text is missing, not a string or empty, a line that is not JSON objects
** (other text after one included), one nested deeper than cJSON reads, and a line with NUL
** bytes are reported with line and column and skipped.  Invalid UTF-8 is replaced by U+FFFD
** with a warning; the record is kept.  A date that cannot be read is reported and kept in
** extra; the record is kept.  A text that holds HTML markup is read as an HTML fragment;
** character references in plain text are decoded (set_text).
*/
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <cjson/cJSON.h>
#include <libxml/HTMLparser.h>
#include <utf8proc.h>
#include "document/reader.h"

static const char *const id_keys[] = {"id", "doc_id", "docid", "article_id", "uuid", NULL};
static const char *const date_keys[] = {"date", "published", "publish_date", "published_at", "publishedat",
                                        "published_time", "date_published", "datepublished",
                                        "publication_date", "pub_date", "pubdate", "datetime",
                                        "created_at", NULL};
static const char *const source_keys[] = {"source", "publisher", "source_name", "outlet", "agency", NULL};
static const char *const url_keys[] = {"url", "link", "uri", NULL};
static const char *const title_keys[] = {"title", "headline", NULL};
static const char *const text_keys[] = {"text", "body", "content", "maintext", "article", "story", NULL};

/*
** Append s[0..n) to out with its HTML character references decoded ("&#39;", "&amp;", "&rsquo;":
** scrapers often leave them in plain text); libxml2's HTML entity table names them.  A "&"
** that starts no known reference stays.
*/
static void decode_references(const char *s, size_t n, dyad_buf *out) {
    for (size_t i = 0; i < n; i++) {
        const char *semi = s[i] == '&' ? memchr(s + i, ';', n - i < 12 ? n - i : 12) : NULL;
        long cp = -1;
        if (semi && s[i + 1] == '#') {
            char *end;
            bool hex = s[i + 2] == 'x' || s[i + 2] == 'X';
            cp = strtol(s + i + (hex ? 3 : 2), &end, hex ? 16 : 10);
            if (end != semi || cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = -1;
        } else if (semi) {
            char name[12];
            size_t k = (size_t)(semi - s) - i - 1;
            memcpy(name, s + i + 1, k);
            name[k] = 0;
            const htmlEntityDesc *e = k ? htmlEntityLookup((const xmlChar *)name) : NULL;
            if (e) cp = (long)e->value;
        }
        if (cp < 0) {
            dyad_buf_putc(out, s[i]);
            continue;
        }
        unsigned char u[4];
        dyad_buf_add(out, u, (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, u));
        i = (size_t)(semi - s);
    }
}

/*
** The length of s[0..n) without the mark that news APIs put after a text they cut short
** ("... the army said. [+2345 chars]", NewsAPI's content field): it is no part of the story,
** and left in it became a sentence of its own or the end of the last.
*/
static size_t without_truncation_mark(const char *s, size_t n) {
    size_t e = n;
    while (e > 0 && strchr(" \t\r\n", s[e - 1])) e--;
    if (e < 9 || s[e - 1] != ']' || memcmp(s + e - 7, " chars]", 7) != 0) return n;
    size_t d = e - 7;
    while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9') d--;
    if (d == e - 7 || d < 2 || s[d - 1] != '+' || s[d - 2] != '[') return n;
    d -= 2;
    while (d > 0 && strchr(" \t\r\n", s[d - 1])) d--;
    return d;
}

/*
** Set doc's text from a record's text field s[0..n), the record being at line of origin: HTML
** markup in it (scraped articles often keep "<p>...</p>") is read as an HTML fragment
** (dyad_fragment_text), so that paragraphs are paragraphs and "p" is no word; otherwise
** character references are decoded, and when that gives markup (HTML escaped once more,
** "&lt;p&gt;...", as some scrapers store it), the result is read as HTML.
*/
static void set_text(dyad_document *doc, const char *origin, long line, const char *s, size_t n) {
    dyad_buf b = {0};
    char *text = NULL;
    char where[4096];
    snprintf(where, sizeof where, "%s:%ld", origin, line); /* warnings point at the record */
    if (dyad_holds_markup(s, n)) text = dyad_fragment_text(where, s);
    if (text) {
        dyad_buf_puts(&b, text);
    } else {
        decode_references(s, n, &b);
        if (b.len && dyad_holds_markup(b.data, b.len) && (text = dyad_fragment_text(where, b.data)) != NULL) {
            b.len = 0;
            dyad_buf_puts(&b, text);
        }
    }
    free(text);
    size_t len = b.data ? without_truncation_mark(b.data, b.len) : 0;
    doc->text = dyad_arena_strndup(doc->arena, b.data ? b.data : "", len);
    doc->text_len = len;
    dyad_buf_free(&b);
}

/* A title without its markup ("<b>Russia</b> attacks" is "Russia attacks") and with its
   character references decoded, in doc's arena. */
static const char *plain_title(dyad_document *doc, const char *t) {
    size_t n = strlen(t);
    char *text = dyad_holds_markup(t, n) ? dyad_markup_text(t, true) : NULL;
    dyad_buf b = {0};
    if (text) dyad_buf_puts(&b, text);
    else decode_references(t, n, &b);
    free(text);
    const char *plain = dyad_arena_strndup(doc->arena, b.data ? b.data : "", b.len);
    dyad_buf_free(&b);
    return plain;
}

/* The first field of obj named in keys (in any case), or NULL. */
static cJSON *find_field(const cJSON *obj, const char *const *keys) {
    for (; *keys; keys++) {
        cJSON *f = cJSON_GetObjectItem(obj, *keys);
        if (f && !cJSON_IsNull(f)) return f;
    }
    return NULL;
}

/* The field's value as a string in the arena: strings as they are, numbers written out, an
   object's "name"; NULL for anything else. */
static const char *field_string(dyad_arena *a, const cJSON *f) {
    if (!f) return NULL;
    if (cJSON_IsString(f)) return dyad_arena_strdup(a, f->valuestring);
    if (cJSON_IsNumber(f)) {
        char buf[64];
        double v = f->valuedouble;
        if (fabs(v) < 1e15 && v == floor(v)) snprintf(buf, sizeof buf, "%.0f", v);
        else snprintf(buf, sizeof buf, "%.17g", v);
        return dyad_arena_strdup(a, buf);
    }
    if (cJSON_IsObject(f)) {
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(f, "name");
        if (cJSON_IsString(name)) return dyad_arena_strdup(a, name->valuestring);
    }
    return NULL;
}

/* A record being read: its text and where it starts in the file. */
typedef struct record {
    const char *origin;
    const char *text;
    size_t len;
    long line, col;   /* position of text[0] in the file, 1-based */
    int nth;          /* 1 for the first record that starts on its line, 2 for the next, ... */
    const char *raw;  /* the text as read, when text is its UTF-8 repair; else NULL */
    size_t raw_len;
} record;

/* Warn about the record at byte offset off of its text (the line and column in the file). */
static void warn_at(const record *r, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void warn_at(const record *r, size_t off, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    long line = r->line, col = r->col;
    const char *text = r->text;
    size_t len = r->len;
    if (r->raw) { /* count in the bytes of the file, not in those of the repair */
        off = dyad_utf8_original_offset(r->raw, r->raw_len, off);
        text = r->raw;
        len = r->raw_len;
    }
    for (size_t i = 0; i < off && i < len; i++) {
        if (text[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    dyad_warn(r->origin, line, col, "%s", msg);
}

/* Offset of the first occurrence of the field name (quoted) in the record, or 0. */
static size_t field_offset(const record *r, const char *key) {
    char quoted[64];
    int n = snprintf(quoted, sizeof quoted, "\"%s\"", key);
    if (n <= 0 || (size_t)n >= sizeof quoted) return 0;
    for (size_t i = 0; i + (size_t)n <= r->len; i++)
        if (memcmp(r->text + i, quoted, (size_t)n) == 0) return i;
    return 0;
}

/*
** The strings of a non-empty array, joined by blank lines into one malloc'd text, as scrapers
** write an article's paragraphs ({"text": ["First paragraph.", "Second."]}); NULL when the array
** is empty or holds anything but strings.
*/
static char *join_paragraphs(const cJSON *array) {
    dyad_buf b = {0};
    const cJSON *e;
    int n = 0;
    cJSON_ArrayForEach(e, array) {
        if (!cJSON_IsString(e)) {
            dyad_buf_free(&b);
            return NULL;
        }
        if (n++) dyad_buf_puts(&b, "\n\n");
        dyad_buf_puts(&b, e->valuestring);
    }
    if (n == 0) return NULL;
    dyad_buf_add(&b, "", 1);
    return b.data;
}

static const char *json_type(const cJSON *f) {
    if (cJSON_IsNumber(f)) return "a number";
    if (cJSON_IsBool(f)) return "a boolean";
    if (cJSON_IsArray(f)) return "an array";
    if (cJSON_IsObject(f)) return "an object";
    return "not a string";
}

/* Does the line hold the escape \u0000, which would cut a string short? */
static const char *escaped_nul(const char *line, size_t len) {
    for (size_t i = 0; i + 6 <= len; i++)
        if (line[i] == '\\' && memcmp(line + i + 1, "u0000", 5) == 0) {
            size_t k = i;
            while (k > 0 && line[k - 1] == '\\') k--;
            if ((i - k) % 2 == 0) return line + i;
        }
    return NULL;
}

/* The value of field f of the record as written in its text (NULL when absent); fields holds
   the extents of obj's children in order, n of them. */
static const dyad_json_field *raw_field(const cJSON *obj, const cJSON *f, const dyad_json_field *fields, int n) {
    int k = 0;
    for (const cJSON *c = obj->child; c && k < n; c = c->next, k++)
        if (c == f) return &fields[k];
    return NULL;
}

/* The extents of obj's fields in the record's text, malloc'd, their number in *n. */
static dyad_json_field *find_fields(const record *r, const cJSON *obj, int *n) {
    int count = cJSON_GetArraySize(obj);
    dyad_json_field *fields = dyad_xmalloc(sizeof *fields * (size_t)(count > 0 ? count : 1));
    size_t pos = 0;
    *n = 0;
    while (*n < count && dyad_json_next_field(r->text, r->len, &pos, &fields[*n])) ++*n;
    return fields;
}

/* The record r once checked and parsed (the text is valid UTF-8). */
static dyad_document *read_record(record *r, const dyad_read_options *opt);

static int hex4(const char *s) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/*
** Escapes of lone UTF-16 surrogates ("\ud83d" without its pair, as Python's json.dumps writes
** a broken string) in s[0..len): replaced by "\uFFFD", of the same length, in fix (a copy of s)
** unless it is NULL; returns how many there are, and the offset of the first in *first.
*/
static size_t lone_surrogates(const char *s, size_t len, char *fix, size_t *first) {
    size_t n = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] != '\\') continue;
        int v = s[i + 1] == 'u' && i + 6 <= len ? hex4(s + i + 2) : -1;
        if (v < 0xD800 || v > 0xDFFF) {
            i++; /* any other escape, "\\" included */
            continue;
        }
        bool pair = v <= 0xDBFF && i + 12 <= len && s[i + 6] == '\\' && s[i + 7] == 'u' &&
                    hex4(s + i + 8) >= 0xDC00 && hex4(s + i + 8) <= 0xDFFF;
        if (pair) {
            i += 11;
            continue;
        }
        if (n++ == 0) *first = i;
        if (fix) memcpy(fix + i + 2, "FFFD", 4);
        i += 5;
    }
    return n;
}

dyad_document *dyad_read_json_record(const char *origin, long line, long col, int nth, const char *text,
                                     size_t len, const dyad_read_options *opt) {
    record rec = {origin, text, len, line, col, nth, NULL, 0}, *r = &rec;
    const char *nul = memchr(text, 0, len);
    if (nul) {
        warn_at(r, (size_t)(nul - text), "NUL byte in a JSON record; record skipped");
        return NULL;
    }
    dyad_buf fixed = {0};
    size_t bad = 0, n = dyad_utf8_repair(text, len, &fixed, &bad);
    if (n > 0) {
        warn_at(r, bad, "invalid UTF-8 (byte 0x%02X); %zu bad sequence%s replaced by U+FFFD in the record",
                (unsigned char)text[bad], n, n == 1 ? "" : "s");
        rec.text = fixed.data;
        rec.len = fixed.len;
        rec.raw = text;
        rec.raw_len = len;
    }
    size_t first = 0, lone = lone_surrogates(rec.text, rec.len, NULL, &first);
    if (lone > 0) {
        if (!fixed.data) dyad_buf_add(&fixed, text, len);
        lone_surrogates(fixed.data, fixed.len, fixed.data, &first);
        warn_at(r, first, "escape of a lone UTF-16 surrogate; %zu replaced by U+FFFD in the record", lone);
        rec.text = fixed.data;
        rec.len = fixed.len;
    }
    const char *zero = escaped_nul(rec.text, rec.len);
    if (zero) { /* same length: the offsets of what follows stay */
        if (!fixed.data) {
            dyad_buf_add(&fixed, rec.text, rec.len);
            zero = fixed.data + (zero - rec.text);
        }
        warn_at(r, (size_t)(zero - fixed.data), "\\u0000 (a NUL character) in a string replaced by U+FFFD");
        for (char *z = (char *)zero; z; z = (char *)escaped_nul(z, fixed.len - (size_t)(z - fixed.data)))
            memcpy(z + 2, "FFFD", 4);
        rec.text = fixed.data;
        rec.len = fixed.len;
    }
    dyad_document *doc = read_record(r, opt);
    dyad_buf_free(&fixed);
    return doc;
}

/*
** The UTC day of a date given as a Unix time, as scraped feeds and databases export it: a number
** of 9 or 10 digits is seconds since 1970 (1973-03-03 to 2286-11-20), one of 12 or 13 digits
** milliseconds.  Eight digits stay YYYYMMDD (dyad_any_date has read them first).
*/
static bool epoch_date(const cJSON *f, char day[11]) {
    if (!cJSON_IsNumber(f) || f->valuedouble < 1e8 || f->valuedouble >= 1e13 ||
        (f->valuedouble >= 1e10 && f->valuedouble < 1e11)) /* 11 digits: neither */
        return false;
    double secs = f->valuedouble >= 1e11 ? f->valuedouble / 1000 : f->valuedouble;
    time_t t = (time_t)secs;
    struct tm tm;
    if (!gmtime_r(&t, &tm)) return false;
    return strftime(day, 11, "%Y-%m-%d", &tm) == 10;
}

static dyad_document *read_record(record *r, const dyad_read_options *opt) {
    const char *text = r->text, *origin = r->origin;
    size_t len = r->len;
    long line = r->line;
    const char *end = NULL;
    cJSON *obj = cJSON_ParseWithLengthOpts(text, len, &end, false);
    size_t stop = end && end >= text && end <= text + len ? (size_t)(end - text) : 0;
    if (!obj) {
        if (dyad_json_too_deep(text, len))
            warn_at(r, stop, "JSON nested too deep (more than %d levels); record skipped", CJSON_NESTING_LIMIT);
        else
            warn_at(r, stop, "malformed JSON; record skipped");
        return NULL;
    }
    while (stop < len && strchr(" \t\r\n", text[stop])) stop++;
    if (stop < len) {
        warn_at(r, stop, "text after the JSON record; record skipped");
        cJSON_Delete(obj);
        return NULL;
    }
    if (!cJSON_IsObject(obj)) {
        warn_at(r, 0, "a JSON record must be an object; record skipped");
        cJSON_Delete(obj);
        return NULL;
    }
    cJSON *body = find_field(obj, text_keys);
    if (!body) {
        if (cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(obj, "text")))
            warn_at(r, 0, "field \"text\" is null; record skipped");
        else
            warn_at(r, 0, "no \"text\" field (nor body, content, maintext, article, story); record skipped");
        cJSON_Delete(obj);
        return NULL;
    }
    char *joined = cJSON_IsArray(body) ? join_paragraphs(body) : NULL;
    if (!cJSON_IsString(body) && !joined) {
        warn_at(r, field_offset(r, body->string), "field \"%s\" is %s, not a string%s; record skipped",
                body->string, json_type(body), cJSON_IsArray(body) ? " or an array of strings" : "");
        cJSON_Delete(obj);
        return NULL;
    }
    const char *body_text = joined ? joined : body->valuestring;
    size_t text_len = strlen(body_text), k = 0;
    while (k < text_len && strchr(" \t\r\n", body_text[k])) k++;
    if (k == text_len) {
        warn_at(r, field_offset(r, body->string), "field \"%s\" is empty; record skipped", body->string);
        free(joined);
        cJSON_Delete(obj);
        return NULL;
    }

    dyad_document *doc = dyad_document_new();
    dyad_arena *a = doc->arena;
    doc->origin = dyad_arena_strdup(a, origin);
    doc->origin_line = line;
    set_text(doc, origin, line, body_text, text_len);
    free(joined);
    cJSON *id = find_field(obj, id_keys), *date = find_field(obj, date_keys);
    cJSON *source = find_field(obj, source_keys), *url = find_field(obj, url_keys);
    cJSON *title = find_field(obj, title_keys);
    int n_fields;
    dyad_json_field *fields = find_fields(r, obj, &n_fields);
    /* a field that cannot be used (an id that is an array, say) stays in extra */
    doc->id = field_string(a, id);
    const dyad_json_field *raw = id && cJSON_IsNumber(id) ? raw_field(obj, id, fields, n_fields) : NULL;
    if (raw) doc->id = dyad_arena_strndup(a, text + raw->value_start, raw->value_end - raw->value_start);
    if (!doc->id) {
        id = NULL;
        char buf[32];
        if (r->nth > 1) snprintf(buf, sizeof buf, "-%ld.%d", line, r->nth); /* "-3.2": line 3's 2nd */
        else snprintf(buf, sizeof buf, "-%ld", line);
        const char *base = dyad_default_id(a, origin);
        size_t bn = strlen(base), sn = strlen(buf);
        char *s = dyad_arena_alloc(a, bn + sn + 1);
        memcpy(s, base, bn);
        memcpy(s + bn, buf, sn + 1);
        doc->id = s;
    }
    char day[11];
    const char *date_text = field_string(a, date); /* a number such as 20220208 is written out */
    if (date && !cJSON_IsObject(date) && date_text && (dyad_any_date(date_text, day) || epoch_date(date, day))) {
        doc->date = dyad_arena_strdup(a, day);
    } else {
        if (date)
            warn_at(r, field_offset(r, date->string),
                    "field \"%s\" is not a date (YYYY-MM-DD, or as in RSS); kept as an extra field", date->string);
        date = NULL;
    }
    doc->source = field_string(a, source);
    if (!doc->source) source = NULL;
    doc->url = cJSON_IsString(url) ? dyad_arena_strdup(a, url->valuestring) : NULL;
    if (!doc->url) url = NULL;
    doc->title = cJSON_IsString(title) ? plain_title(doc, title->valuestring) : NULL;
    if (!doc->title) title = NULL;

    /* the rest goes to extra, as written (numbers keep all their digits) */
    dyad_buf extra = {0};
    int kf = 0;
    for (cJSON *f = obj->child; f && kf < n_fields; f = f->next, kf++) {
        if (f == body || f == id || f == date || f == source || f == url || f == title) continue;
        const dyad_json_field *fk = &fields[kf];
        const cJSON *used[] = {body, id, date, source, url, title};
        for (size_t u = 0; u < sizeof used / sizeof *used; u++)
            if (used[u] && used[u]->string && f->string && strcmp(used[u]->string, f->string) == 0) {
                warn_at(r, fk->key_start, "field \"%s\" appears twice; the first is used, this one kept as an "
                                          "extra field", f->string);
                break;
            }
        dyad_buf_putc(&extra, extra.len ? ',' : '{');
        dyad_json_compact(&extra, text + fk->key_start, fk->key_end - fk->key_start);
        dyad_buf_putc(&extra, ':');
        dyad_json_compact(&extra, text + fk->value_start, fk->value_end - fk->value_start);
    }
    if (extra.len) {
        dyad_buf_putc(&extra, '}');
        doc->extra = dyad_arena_strndup(a, extra.data, extra.len);
    }
    dyad_buf_free(&extra);
    free(fields);
    cJSON_Delete(obj);
    dyad_find_dateline(doc); /* may give the date, from a date line */
    if (!doc->date && opt && opt->date) doc->date = dyad_arena_strdup(a, opt->date);
    return doc;
}

/*
** Step over byte s[*i] of JSON text (and over the byte after a backslash in a string, moving
** *i): keeps *in_string; returns how the byte changes the depth of brackets (+1, -1 or 0).
*/
static int json_step(const char *s, size_t *i, bool *in_string) {
    char c = s[*i];
    if (*in_string) {
        if (c == '\\') (*i)++;
        else if (c == '"') *in_string = false;
        return 0;
    }
    if (c == '"') *in_string = true;
    return c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
}

size_t dyad_json_record_end(const char *s, size_t n) {
    if (n == 0 || s[0] != '{') return n;
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < n; i++) {
        depth += json_step(s, &i, &in_string);
        if (depth == 0) { /* the record's closing brace */
            size_t j = i + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == ',' || s[j] == '\r')) j++;
            return j < n && s[j] == '{' ? i + 1 : n;
        }
    }
    return n;
}

bool dyad_json_array_next(const char *data, size_t len, size_t *pos, size_t *start, size_t *end) {
    size_t i = *pos;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n' || data[i] == ','))
        i++;
    if (i >= len || data[i] == ']') {
        *pos = len;
        return false;
    }
    *start = i;
    int depth = 0;
    bool in_string = false;
    for (; i < len; i++) {
        bool text = in_string;
        int step = json_step(data, &i, &in_string);
        if (step < 0 && depth == 0) break; /* the array's own ']' */
        depth += step;
        if (!text && data[i] == ',' && depth == 0) break;
    }
    *end = i < len ? i : len;
    while (*end > *start && strchr(" \t\r\n", data[*end - 1])) (*end)--;
    /* A stray '}' where an element should start gives an empty element: step over it so that
       the caller reports it and moves on instead of finding it again forever. */
    *pos = i == *start ? i + 1 : i;
    return true;
}
