/*
** json_raw.c - the literal text of a JSON record's fields.  cJSON reads numbers as doubles, so
** an id such as 9007199254740993 (above 2^53) or an extra field 12345678901234567890 would
** change; the JSON Lines reader takes their text from the record instead.  These functions
** walk text that cJSON has already accepted, so they check nothing.
*/
#include <string.h>
#include <cjson/cJSON.h>
#include "document/reader.h"

static bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t skip_blank(const char *s, size_t len, size_t i) {
    while (i < len && blank(s[i])) i++;
    return i;
}

/* End of the string whose opening quote is at s[i]: the offset after its closing quote. */
static size_t string_end(const char *s, size_t len, size_t i) {
    for (i++; i < len; i++) {
        if (s[i] == '\\') i++;
        else if (s[i] == '"') return i + 1;
    }
    return len;
}

/* End of the JSON value that starts at s[i]. */
static size_t value_end(const char *s, size_t len, size_t i) {
    if (i >= len) return len;
    if (s[i] == '"') return string_end(s, len, i);
    if (s[i] != '{' && s[i] != '[') {
        while (i < len && !blank(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']') i++;
        return i;
    }
    int depth = 0;
    for (; i < len; i++) {
        if (s[i] == '"') {
            i = string_end(s, len, i) - 1;
        } else if (s[i] == '{' || s[i] == '[') {
            depth++;
        } else if (s[i] == '}' || s[i] == ']') {
            if (--depth == 0) return i + 1;
        }
    }
    return len;
}

bool dyad_json_next_field(const char *s, size_t len, size_t *pos, dyad_json_field *f) {
    size_t i = skip_blank(s, len, *pos);
    if (i < len && (s[i] == '{' || s[i] == ',')) i = skip_blank(s, len, i + 1);
    if (i >= len || s[i] != '"') return false;
    f->key_start = i;
    f->key_end = string_end(s, len, i);
    i = skip_blank(s, len, f->key_end);
    if (i < len && s[i] == ':') i++;
    f->value_start = skip_blank(s, len, i);
    f->value_end = value_end(s, len, f->value_start);
    *pos = f->value_end;
    return true;
}

void dyad_json_compact(dyad_buf *b, const char *s, size_t n) {
    bool in_string = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!in_string) {
            if (blank((char)c)) continue;
            if (c == '"') in_string = true;
            dyad_buf_putc(b, c);
        } else if (c == '\\' && i + 1 < n) {
            dyad_buf_add(b, s + i, 2);
            i++;
        } else if (c < 0x20) {
            dyad_buf_printf(b, "\\u%04x", c);
        } else {
            if (c == '"') in_string = false;
            dyad_buf_putc(b, c);
        }
    }
}

bool dyad_json_too_deep(const char *s, size_t len) {
    int depth = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"') {
            i = string_end(s, len, i) - 1;
        } else if (s[i] == '{' || s[i] == '[') {
            if (++depth > CJSON_NESTING_LIMIT) return true;
        } else if (s[i] == '}' || s[i] == ']') {
            depth--;
        }
    }
    return false;
}
