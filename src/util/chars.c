/*
** chars.c - character offsets of UTF-8 text, which dyad reports (spans, TokenRange) in
** characters while it works in bytes; and white space collapsed in names and titles.
*/
#include "util/util.h"

char *dyad_collapse_space(char *s) {
    char *o = s;
    for (const char *p = s; *p; p++) {
        bool space = *p == ' ' || (*p >= '\t' && *p <= '\r');
        if (!space) *o++ = *p;
        else if (o > s && o[-1] != ' ') *o++ = ' ';
    }
    if (o > s && o[-1] == ' ') o--;
    *o = 0;
    return s;
}

long dyad_utf8_chars(const char *s, size_t n) {
    long k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
    return k;
}

long dyad_char_cursor_at(dyad_char_cursor *c, uint32_t byte) {
    if (byte < c->byte) {
        c->byte = 0;
        c->chars = 0;
    }
    c->chars += dyad_utf8_chars(c->text + c->byte, byte - c->byte);
    c->byte = byte;
    return c->chars;
}
