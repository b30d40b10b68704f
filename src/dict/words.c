/*
** words.c - words of dictionary phrases: lower-casing, splitting a phrase into words the way
** dyad's tokenizer splits text, and the regular English plurals and verb forms that PETRARCH
** generates for synset members, agents, issues and verbs.
*/
#include <ctype.h>
#include <string.h>
#include <utf8proc.h>
#include "dict/dict_int.h"

void dict_lower(dyad_buf *b, const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            dyad_buf_putc(b, c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {   /* not UTF-8: keep the byte */
            dyad_buf_putc(b, c);
            i++;
            continue;
        }
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
        dyad_buf_add(b, enc, (size_t)m);
        i += (size_t)k;
    }
}

/* Add one word to ids (when there is room); returns the new count. */
static int emit(dyad_dict *d, const char *w, size_t n, int32_t *ids, int count, int max) {
    if (count < max) ids[count] = dict_word_add(&d->words, d->arena, w, n);
    return count + 1;
}

/* Add a lower-cased raw word, splitting a trailing comma and possessive off it. */
static int emit_word(dyad_dict *d, const char *w, size_t n, int32_t *ids, int count, int max) {
    size_t commas = 0;
    while (n - commas > 1 && w[n - commas - 1] == ',') commas++;
    n -= commas;
    size_t poss = 0;
    if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') poss = 2;
    else if (n > 1 && w[n - 1] == '\'') poss = 1;
    count = emit(d, w, n - poss, ids, count, max);
    if (poss) count = emit(d, w + n - poss, poss, ids, count, max);
    for (size_t i = 0; i < commas; i++) count = emit(d, ",", 1, ids, count, max);
    return count;
}

int dict_phrase(dyad_dict *d, const char *s, size_t n, int32_t *ids, int max) {
    dyad_buf low = {0};
    dict_lower(&low, s, n);
    int count = 0;
    size_t i = 0;
    while (i < low.len) {
        while (i < low.len && (low.data[i] == '_' || isspace((unsigned char)low.data[i]))) i++;
        size_t j = i;
        while (j < low.len && low.data[j] != '_' && !isspace((unsigned char)low.data[j])) j++;
        if (j > i) count = emit_word(d, low.data + i, j - i, ids, count, max);
        i = j;
    }
    dyad_buf_free(&low);
    return count <= max ? count : -1;
}

static bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool ends_with(const char *w, size_t n, const char *suffix) {
    size_t k = strlen(suffix);
    return n >= k && memcmp(w + n - k, suffix, k) == 0;
}

bool dict_plural(const char *w, size_t n, char *out) {
    if (n == 0 || !isalpha((unsigned char)w[n - 1])) return false;
    if (w[n - 1] == 's' && !ends_with(w, n, "ss")) return false;  /* most likely plural already */
    memcpy(out, w, n);
    if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2])) {
        strcpy(out + n - 1, "ies");
    } else if (ends_with(w, n, "s") || ends_with(w, n, "x") || ends_with(w, n, "z") ||
               ends_with(w, n, "ch") || ends_with(w, n, "sh")) {
        strcpy(out + n, "es");
    } else {
        strcpy(out + n, "s");
    }
    return true;
}

bool dict_verb_forms(const char *w, size_t n, char out[3][80]) {
    if (n == 0 || n > 75 || !isalpha((unsigned char)w[n - 1])) return false;
    bool cons_y = n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]);
    for (int i = 0; i < 3; i++) memcpy(out[i], w, n);
    /* third person singular */
    if (cons_y) strcpy(out[0] + n - 1, "ies");
    else if (ends_with(w, n, "s") || ends_with(w, n, "x") || ends_with(w, n, "z") ||
             ends_with(w, n, "ch") || ends_with(w, n, "sh"))
        strcpy(out[0] + n, "es");
    else strcpy(out[0] + n, "s");
    /* past */
    if (w[n - 1] == 'e') strcpy(out[1] + n, "d");
    else if (cons_y) strcpy(out[1] + n - 1, "ied");
    else strcpy(out[1] + n, "ed");
    /* gerund */
    if (ends_with(w, n, "ie")) strcpy(out[2] + n - 2, "ying");
    else if (n > 2 && w[n - 1] == 'e' && !ends_with(w, n, "ee") && !ends_with(w, n, "ye") &&
             !ends_with(w, n, "oe"))
        strcpy(out[2] + n - 1, "ing");
    else strcpy(out[2] + n, "ing");
    return true;
}

const char *dict_str(dyad_dict *d, const char *s, size_t n) {
    return dyad_arena_strndup(d->arena, s, n);
}
