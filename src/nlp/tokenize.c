/*
** tokenize.c - splits a paragraph into surface tokens and words, the way UD English EWT does.
**
** The conventions come from the EWT treebank (UD r2.16, train and dev files) and the UD English
** tokenization guidelines (https://universaldependencies.org/en/tokenization.html):
**
**   - punctuation is split off words; a run of the same mark ("...", "--", "!!!") or of
**     sentence-final marks ("?!") is one token; "…", "—" and "–" are tokens of their own;
**   - clitics are multiword tokens: "don't" = do + n't, "can't" = ca + n't, "I'm" = I + 'm,
**     "Bush's" = Bush + 's, "parents'" = parents + ', "cannot" = can + not, "gonna" = gon +
**     na, and EWT's apostrophe-less typos ("dont" = do + nt); curly apostrophes alike;
**   - hyphens are tokens of their own ("long - running"), except after the prefixes EWT keeps
**     ("e-mail", "non-profit", see wordlist.c), in phone numbers, and at the end of a word;
**   - abbreviations and initials keep their period ("Mr.", "U.S.", "p.m.", "J.R.R.");
**   - numbers keep their commas, points, colons and slashes ("1,000", "5.3", "8:30", "9/11"),
**     and no-break spaces that separate thousands ("10 000" with U+00A0 or U+202F);
**     "$", "£", "%" and units after numbers ("5pm") are split off;
**   - URLs, e-mail addresses, file names, hashtags and emoticons are one token.
**
** The tokenizer works on whitespace-separated chunks: it first peels sentence-final marks,
** commas, closing brackets and quotes off the chunk's end (keeping an abbreviation's period and
** a possessive apostrophe), then scans the rest from left to right.  It allocates nothing per
** character: tokens go into an array that is reused from paragraph to paragraph.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "nlp/segment.h"
#include "util/util.h"

enum { C_SPACE, C_UPPER, C_LOWER, C_LETTER, C_DIGIT, C_PUNCT, C_SYMBOL };

/* Class of a code point: letters by case, digits, spaces, punctuation, symbols. */
static int char_class(int32_t cp) {
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') return C_LOWER;
        if (cp >= 'A' && cp <= 'Z') return C_UPPER;
        if (cp >= '0' && cp <= '9') return C_DIGIT;
        if (cp == ' ' || (cp >= 9 && cp <= 13)) return C_SPACE;
        if (cp < 32 || cp == 127) return C_SPACE;
        if (cp == '_') return C_LETTER;
        return C_PUNCT;
    }
    if (cp == 0xFEFF || cp == 0x200B || cp == 0x2060 || cp == 0x85) return C_SPACE;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return C_UPPER;
    case UTF8PROC_CATEGORY_LL: return C_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF: return C_LETTER;
    case UTF8PROC_CATEGORY_ND: return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: return C_SPACE;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: return C_PUNCT;
    default: return C_SYMBOL;
    }
}

/* The code point at s[i] (i < end) and its length in bytes; an invalid byte is U+FFFD. */
static int32_t decode(const char *s, size_t i, size_t end, int *len) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(end - i), &cp);
    if (n < 1) {
        *len = 1;
        return 0xFFFD;
    }
    *len = (int)n;
    return cp;
}

/* Start of the code point that ends at s[i] (exclusive), not before lo. */
static size_t back(const char *s, size_t i, size_t lo) {
    if (i <= lo) return lo;
    i--;
    while (i > lo && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

static int32_t cp_at(const char *s, size_t i, size_t end) {
    int len;
    return i < end ? decode(s, i, end, &len) : 0;
}

/* Start of the code point after the one at s[i] (i < end). */
static size_t next_cp(const char *s, size_t i, size_t end) {
    int len;
    decode(s, i, end, &len);
    return i + (size_t)len;
}

static int cls_at(const char *s, size_t i, size_t end) {
    return i < end ? char_class(cp_at(s, i, end)) : C_SPACE;
}

static bool is_wordc(int c) {
    return c == C_UPPER || c == C_LOWER || c == C_LETTER || c == C_DIGIT;
}

static bool is_alpha(int c) {
    return c == C_UPPER || c == C_LOWER || c == C_LETTER;
}

static bool is_apostrophe(int32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == '`';
}

static bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

/*
** Bytes of the thousands separator at s[i], or 0: a no-break space (U+00A0) or narrow no-break
** space (U+202F), as French, SI and some news styles write "10 000", after a group of one to
** three digits that starts at lo or after a non-digit (or after another such separator), and
** before exactly three digits.  EWT writes numbers as one token ("10,000"), so the number stays
** one: its span and form are its bytes, separators included.
*/
static size_t group_space(const char *s, size_t lo, size_t i, size_t end) {
    size_t sp;
    if (i + 2 <= end && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) sp = 2;
    else if (i + 3 <= end && memcmp(s + i, "\xE2\x80\xAF", 3) == 0) sp = 3;
    else return 0;
    size_t k = i;
    while (k > lo && is_ascii_digit(s[k - 1])) k--;
    if (k == i || i - k > 3) return 0;
    size_t d = i + sp;
    if (d + 3 > end || !is_ascii_digit(s[d]) || !is_ascii_digit(s[d + 1]) || !is_ascii_digit(s[d + 2])) return 0;
    return d + 3 < end && is_ascii_digit(s[d + 3]) ? 0 : sp;
}

/* ------------------------------------------------------------------ emitting */

static seg_token *add_token(seg_tokenizer *tz, size_t start, size_t end, int flags) {
    if (tz->n == tz->cap) {
        tz->cap = tz->cap ? tz->cap * 2 : 256;
        tz->toks = dyad_xrealloc(tz->toks, sizeof(seg_token) * (size_t)tz->cap);
    }
    seg_token *t = &tz->toks[tz->n++];
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->flags = (uint16_t)flags;
    t->n_words = 1;
    t->split[0] = 0;
    t->split[1] = (uint16_t)(end - start > 0xFFFF ? 0xFFFF : end - start);
    t->space_after = false;
    return t;
}

/* Case flags of the first character of s[i..end). */
static int case_flags(const char *s, size_t i, size_t end) {
    switch (cls_at(s, i, end)) {
    case C_UPPER: return TOK_UPPER;
    case C_LOWER: return TOK_LOWER;
    case C_DIGIT: return TOK_DIGIT;
    default: return 0;
    }
}

/* Lower-case ASCII equality of s[0..n) and the NUL-terminated w. */
static bool eq_fold(const char *s, size_t n, const char *w) {
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (!w[i] || c != w[i]) return false;
    }
    return w[n] == 0;
}

/* The next word after position i (skipping spaces), as a span; false when there is none. */
static bool next_word(const seg_tokenizer *tz, size_t i, size_t *ws, size_t *we) {
    const char *s = tz->text;
    size_t end = tz->text_end;
    while (i < end && cls_at(s, i, end) == C_SPACE) i = next_cp(s, i, end);
    size_t j = i;
    while (j < end && (unsigned char)s[j] < 0x80 && is_alpha(char_class((unsigned char)s[j]))) j++;
    *ws = i;
    *we = j;
    return j > i;
}

/* Emit the word s[p..q) as one token, split into words when it holds clitics. */
static void emit_word(seg_tokenizer *tz, size_t p, size_t q, int extra) {
    const char *s = tz->text;
    int flags = TOK_WORD | extra | case_flags(s, p, q);
    if (s[q - 1] == '.' && q - p > 1) flags |= TOK_ABBR;
    seg_token *t = add_token(tz, p, q, flags);
    size_t n = q - p;
    if (n < 2 || n > 200) return;
    /* n't: "don't", "can't", "DON'T", "don’t" */
    for (int alen = 1; alen <= 3; alen += 2) {
        if (n >= (size_t)alen + 3 && (s[q - 1] == 't' || s[q - 1] == 'T')) {
            size_t a = q - 1 - (size_t)alen;
            size_t k = a - 1;
            bool apo = alen == 1 ? s[a] == '\'' : memcmp(s + a, "\xE2\x80\x99", 3) == 0;
            if (apo && (s[k] == 'n' || s[k] == 'N') && k > p && is_alpha(cls_at(s, back(s, k, p), q))) {
                t->n_words = 2;
                t->split[1] = (uint16_t)(k - p);
                t->split[2] = (uint16_t)n;
                return;
            }
        }
    }
    /* 's 'm 'd 'll 're 've, and the possessive s' */
    size_t k = q;
    while (k > p) {
        size_t b = back(s, k, p);
        if (is_apostrophe(cp_at(s, b, q))) {
            k = b;
            break;
        }
        if (!is_alpha(cls_at(s, b, q))) return; /* "80's" stays one token */
        k = b;
        if (q - k > 2) {
            k = p;
            break;
        }
    }
    if (k > p) {
        int alen;
        decode(s, k, q, &alen);
        const char *suf = s + k + alen;
        size_t sn = q - k - (size_t)alen;
        bool clitic = eq_fold(suf, sn, "s") || eq_fold(suf, sn, "m") || eq_fold(suf, sn, "d") ||
                      eq_fold(suf, sn, "ll") || eq_fold(suf, sn, "re") || eq_fold(suf, sn, "ve");
        if (sn == 0) clitic = s[k - 1] == 's' || s[k - 1] == 'S';
        bool abbr = s[k - 1] == '.' && sn == 1 && (suf[0] == 's' || suf[0] == 'S'); /* "U.S.'s" */
        if (clitic && (abbr || is_alpha(cls_at(s, back(s, k, p), q)))) {
            t->n_words = 2;
            t->split[1] = (uint16_t)(k - p);
            t->split[2] = (uint16_t)n;
        }
        return;
    }
    /* "cannot", "gonna", "dont"; "its" when it reads as "it's" */
    if (n <= 8) {
        int nw = seg_whole_word_split(s + p, n, t->split);
        if (nw > 1) {
            t->n_words = (uint8_t)nw;
        } else if (n == 3 && eq_fold(s + p, 3, "its")) {
            size_t ws, we;
            if (next_word(tz, q, &ws, &we) && seg_its_is_it_is(s + ws, we - ws)) {
                t->n_words = 2;
                t->split[1] = 2;
                t->split[2] = 3;
            }
        }
    }
}

/* ------------------------------------------------------------------ patterns */

/* Is s[0..n) (ASCII letters compared in lower case) in the NUL-terminated list? */
static bool in_fold_list(const char *const *list, const char *s, size_t n) {
    for (; *list; list++)
        if (eq_fold(s, n, *list)) return true;
    return false;
}

/* Length of a URL or e-mail address starting at s[p], ending at e or at a bracket or quotation
   mark ("<http://example.com>"), or 0.  Looks no further than the address itself. */
static size_t url_length(const char *s, size_t p, size_t e) {
    static const char *const prefixes[] = {"http://", "https://", "ftp://", "www.", "mailto:", NULL};
    for (int i = 0; prefixes[i]; i++) {
        size_t k = strlen(prefixes[i]);
        if (e - p > k && eq_fold(s + p, k, prefixes[i])) {
            size_t lim = p + k;
            while (lim < e && s[lim] != '<' && s[lim] != '>' && s[lim] != '"') lim++;
            return lim - p;
        }
    }
    /* user@host.domain */
    size_t i = p;
    while (i < e && i - p <= 64 && (is_wordc(cls_at(s, i, e)) || (s[i] && strchr("._%+-", s[i]))))
        i = next_cp(s, i, e);
    if (i == p || i >= e || s[i] != '@') return 0; /* a local part has at most 64 bytes */
    size_t j = i + 1, dot = 0;
    while (j < e && j - i <= 255 && (is_wordc(cls_at(s, j, e)) || s[j] == '.' || s[j] == '-')) {
        if (s[j] == '.') dot = j;
        j = next_cp(s, j, e);
    }
    while (j > i + 1 && (s[j - 1] == '.' || s[j - 1] == '-')) j--;
    return dot > i + 1 && dot + 1 < j ? j - p : 0;
}

/* File extensions that make a chunk a file name ("-FINAL.doc", "ld2d-#69366-1.DOC"). */
static const char *const file_extensions[] = {
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "rtf", "htm", "html", "jpg",
    "jpeg", "gif", "png", "zip", "exe", "csv", "dat", "xml", "mp3", "wav", "tif", "bmp", NULL,
};

/* Is s[a..e) a file name: word characters, '-', '_' and '#', then a period and a known
   extension? */
static bool is_file_name(const char *s, size_t a, size_t e) {
    const char *dot = NULL;
    for (size_t i = a; i < e; i++) {
        if (s[i] == '.') dot = s + i;
        else if ((unsigned char)s[i] < 0x80 && !is_wordc(char_class((unsigned char)s[i])) &&
                 s[i] != '-' && s[i] != '_' && s[i] != '#')
            return false;
    }
    if (!dot || dot == s + a) return false;
    size_t x = (size_t)(dot - s) + 1;
    return in_fold_list(file_extensions, s + x, e - x);
}

/* Units written after a number that EWT splits off ("5pm" = 5 + pm). */
static bool is_unit(const char *s, size_t n) {
    static const char *const units[] = {
        "am", "pm", "km", "kg", "mm", "cm", "m", "k", "mph", "lb", "lbs", "ft", "mg", "ml",
        "gb", "mb", "kb", "g", "bn", "hrs", "hr", "min", "mins", "sec", "secs", "kw", "mw",
        "kmh", "in", NULL,
    };
    for (int i = 0; units[i]; i++)
        if (eq_fold(s, n, units[i])) return true;
    return false;
}

/* Phone-number-like digit groups joined by hyphens at s[p..e): "713-853-3989", "345-8702";
   also an ISO date ("2022-02-08").  Other numbers split at the hyphen ("1969 - 1970"). */
static size_t phone_length(const char *s, size_t p, size_t e) {
    size_t i = p, first = 0, last = 0;
    int groups = 0;
    while (i < e) {
        size_t j = i;
        while (j < e && is_ascii_digit(s[j])) j++;
        if (j == i) return 0;
        if (groups == 0) first = j - i;
        last = j - i;
        if (++groups > 4) return 0;
        i = j;
        if (i < e && s[i] == '-' && i + 1 < e && is_ascii_digit(s[i + 1])) i++;
        else break;
    }
    if (groups >= 2 && last == 4 && first != 4) return i - p;
    if (groups == 3 && first == 4 && last == 2 && i - p == 10) return i - p; /* 2022-02-08 */
    return 0;
}

/* Top-level domains and file extensions that keep a period inside a token. */
static const char *const extensions[] = {
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "co", "uk", "us", "ca", "de",
    "fr", "au", "jp", "ru", "cn", "in", "io", "eu", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
    "pdf", "txt", "rtf", "htm", "html", "jpg", "jpeg", "gif", "png", "zip", "exe", "url", "csv",
    "dat", "xml", "mp3", "mp4", "wav", "avi", "tif", "tiff", "bmp", "ps", "tex", "c", "h", "py",
    NULL,
};

/*
** Does the period at s[q], between the word part s[seg..q) and a letter or digit, stay inside
** the token?  It does in numbers ("5.3"), dotted abbreviations ("U.S", "e.g"), host and file
** names ("www.example.com", "report.doc"); a sentence typed without a space after its period
** ("won.the", "Nov.28") is split.
*/
static bool dot_joins(const char *s, size_t seg, size_t q, size_t e) {
    size_t w = seg, lo = q - seg > 64 ? q - 64 : seg;
    for (size_t i = q; i > lo; i--)
        if (s[i - 1] == '.' || s[i - 1] == '-' || s[i - 1] == '@') {
            w = i;
            break;
        }
    size_t r = q + 1, j = r;
    while (j < e && is_wordc(cls_at(s, j, e))) j = next_cp(s, j, e);
    bool left_digits = is_ascii_digit(s[q - 1]), right_digits = is_ascii_digit(s[r]);
    if (left_digits && right_digits) return true;
    if (w > seg && s[w - 1] == '.') return true;                              /* second period */
    if (j < e && s[j] == '.') return true;                                    /* "www.x.com" */
    if (q - w <= 2 && !left_digits) return true;                             /* "U.S", "Ph.D" */
    if (in_fold_list(extensions, s + r, j - r)) return true;
    if (memchr(s + lo, '@', q - lo) || (j < e && s[j] == '@')) return true;   /* e-mail */
    if (!left_digits && right_digits) return !seg_is_abbrev(s + w, q + 1 - w);
    return false;
}

/*
** Scan a word starting at s[p] (a letter or digit) up to e: letters and digits joined by
** the connectors EWT keeps inside a token.  Returns its end.
*/
static size_t scan_word(seg_tokenizer *tz, size_t p, size_t e) {
    const char *s = tz->text;
    size_t seg = p;   /* start of the current hyphen-separated segment */
    size_t q = p;
    if (is_ascii_digit(s[p])) {
        size_t ph = phone_length(s, p, e);
        if (ph) q = p + ph;
    }
    for (;;) {
        int len;
        while (q < e && is_wordc(char_class(decode(s, q, e, &len)))) q += (size_t)len;
        if (q >= e) break;
        size_t group = group_space(s, p, q, e);
        if (group) { /* "10 000" */
            q += group;
            continue;
        }
        int32_t c = decode(s, q, e, &len);
        size_t nx = q + (size_t)len;
        int before = cls_at(s, back(s, q, p), e);
        int after = cls_at(s, nx, e);
        if (c == '.') {
            if (is_wordc(after) && dot_joins(s, seg, q, e)) {
                q = nx; /* "U.S", "5.3", "www.example.com", "report.doc" */
                continue;
            }
            if (nx == e) {
                q = nx; /* the peeling kept this period: an abbreviation's */
                break;
            }
            if (s[nx] == '-' && seg_is_abbrev(s + seg, nx - seg)) {
                q = nx; /* "U.S.-led" */
                continue;
            }
            int alen;
            if (is_apostrophe(decode(s, nx, e, &alen)) && nx + (size_t)alen < e &&
                (s[nx + (size_t)alen] == 's' || s[nx + (size_t)alen] == 'S') &&
                (nx + (size_t)alen + 1 == e || !is_wordc(cls_at(s, nx + (size_t)alen + 1, e))) &&
                seg_is_abbrev(s + seg, nx - seg)) {
                q = nx + (size_t)alen + 1; /* "U.S.'s": the abbreviation and its 's */
                break;
            }
            break;
        }
        if (c == ',' && before == C_DIGIT && after == C_DIGIT) {
            size_t j = nx;
            while (j < e && is_ascii_digit(s[j])) j++;
            if (j - nx == 3) {
                q = nx;
                continue;
            }
            break;
        }
        if ((c == ':' || c == '/') && before == C_DIGIT && after == C_DIGIT) {
            q = nx;
            continue;
        }
        if (c == '/' && is_alpha(before) && is_alpha(after) && q - seg == 1) {
            size_t j = nx;
            while (j < e && is_alpha(cls_at(s, j, e)) && (unsigned char)s[j] < 0x80) j++;
            if (j - nx <= 3 && (j == e || !is_wordc(cls_at(s, j, e)))) {
                q = j;
                break;
            }
            break;
        }
        if (c == '&' && is_alpha(before) && is_alpha(after) && q - seg <= 4) {
            size_t j = nx;
            while (j < e && is_alpha(cls_at(s, j, e))) j = next_cp(s, j, e);
            if (j - nx <= 4 && (s[seg] >= 'A' && s[seg] <= 'Z')) {
                q = nx;
                continue;
            }
            break;
        }
        if (is_apostrophe(c) && before == C_DIGIT && nx < e && (s[nx] == 's' || s[nx] == 'S') &&
            (nx + 1 == e || !is_wordc(cls_at(s, nx + 1, e)))) {
            q = nx + 1; /* "50's", "AK-47's" */
            break;
        }
        if (is_apostrophe(c) && is_alpha(before)) {
            if (is_alpha(after)) {
                q = nx;
                continue;
            }
            if (nx == e && (s[q - 1] == 's' || s[q - 1] == 'S') && !tz->squote_open) q = nx;
            break;
        }
        if (c == '-') {
            if (nx == e && is_alpha(before) && q - p <= 3) {
                q = nx; /* "th-": a cut-off word keeps its hyphen */
                break;
            }
            if (is_wordc(after) && is_alpha(before) && seg == p && (p == 0 || s[p - 1] != '-') &&
                seg_is_hyphen_prefix(s + seg, q - seg)) {
                q = nx;
                seg = nx;
                continue;
            }
            break;
        }
        if (c == '@' && is_wordc(before) && is_wordc(after)) {
            q = nx; /* "Ken Rice@ENRON", user@host */
            continue;
        }
        if (c == '$' && q - p <= 3 && cls_at(s, p, e) == C_UPPER && before == C_UPPER) {
            q = nx; /* "US$", "HK$" */
            break;
        }
        break;
    }
    return q;
}

/* Emit the word s[p..q), with a unit after a number split off ("5pm"). */
static void emit_scanned(seg_tokenizer *tz, size_t p, size_t q, int extra) {
    const char *s = tz->text;
    if (is_ascii_digit(s[p])) {
        size_t j = p;
        while (j < q && (is_ascii_digit(s[j]) || s[j] == '.' || s[j] == ',' || s[j] == ':')) j++;
        if (j < q && j > p && is_unit(s + j, q - j) && is_ascii_digit(s[j - 1])) {
            emit_word(tz, p, j, extra);
            emit_word(tz, j, q, 0);
            return;
        }
    }
    emit_word(tz, p, q, extra);
}

/* End of the run of the code point at s[p] (e.g. "‘‘"). */
static size_t run_end(const char *s, size_t p, size_t e) {
    int len;
    int32_t c = decode(s, p, e, &len);
    size_t q = p + (size_t)len;
    while (q < e && cp_at(s, q, e) == c) q += (size_t)len;
    return q;
}

/* Length of a run of the same ASCII mark at s[p..e) for marks that form runs, else 0. */
static size_t run_length(const char *s, size_t p, size_t e) {
    char c = s[p];
    if (!strchr("-*=_~<>`'#+^", c) || c == 0) return 0;
    size_t j = p + 1;
    while (j < e && s[j] == c) j++;
    return j - p;
}

/* Emoticons that EWT keeps as one token. */
static bool is_emoticon(const char *s, size_t n) {
    static const char *const faces[] = {
        ":)", ":(", ";)", ":D", ":P", ":p", ":-)", ":-(", ";-)", ":-D", ":-P", ":/", ":o",
        ":O", "=)", "=(", "^_^", "^^", ":')", ":'(", "<3", "xD", "XD", ":))", ":((", NULL,
    };
    if (n < 2 || n > 3 || !s[0] || !strchr(":;=^<xX", s[0])) return false;
    for (int i = 0; faces[i]; i++)
        if (strncmp(faces[i], s, n) == 0 && faces[i][n] == 0) return true;
    return false;
}

/* Is the code point a sentence-final mark (. ! ? and their Unicode kin)? */
static bool is_final(int32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
           c == 0x2048 || c == 0x2049;
}

/* Is the code point a closing bracket or quotation mark that never opens? */
static bool is_closer(int32_t c) {
    return c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0xBB || c == 0x203A;
}

static bool is_opener(int32_t c) {
    return c == '(' || c == '[' || c == '{' || c == 0x201C || c == 0x2018 || c == 0xAB ||
           c == 0x2039 || c == 0x201E || c == 0x201A || c == 0xBF || c == 0xA1;
}

static bool is_quote(int32_t c) {
    return c == '"' || c == '\'' || c == '`' || c == 0x201C || c == 0x201D || c == 0x2018 ||
           c == 0x2019 || c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A || c == 0x201E ||
           c == 0x201A;
}

/* ------------------------------------------------------------------ chunks */

#define MAX_PEEL 32

/*
** Peel closing marks off the end of the chunk s[a..b); store the peeled spans (last first) in
** peel[] and return the core's end.
*/
static size_t peel_end(seg_tokenizer *tz, size_t a, size_t b, uint32_t peel[][3], int *n_peel) {
    const char *s = tz->text;
    *n_peel = 0;
    while (b > a && *n_peel < MAX_PEEL) {
        size_t c0 = back(s, b, a);
        int32_t c = cp_at(s, c0, b);
        size_t r = c0;
        int flags = 0;
        if (is_final(c)) {
            while (r > a) {
                size_t r2 = back(s, r, a);
                if (!is_final(cp_at(s, r2, b))) break;
                r = r2;
            }
            if (r == c0 && c == '.' && r > a) {
                /* one period: an abbreviation keeps it */
                size_t w = r;
                while (w > a) {
                    size_t w2 = back(s, w, a);
                    int32_t d = cp_at(s, w2, b);
                    if (d != '.' && !is_wordc(char_class(d))) break;
                    w = w2;
                }
                bool after_apostrophe = w > a && is_apostrophe(cp_at(s, back(s, w, a), b));
                if (w < r && !after_apostrophe && seg_is_abbrev(s + w, b - w)) {
                    bool number_sign = (b - w == 3 && (s[w] == 'N' || s[w] == 'n') && s[w + 1] == 'o') ||
                                       (b - w == 4 && s[w] == 'N' && s[w + 1] == 'o' && s[w + 2] == 's');
                    size_t i = b;
                    while (i < tz->text_end && cls_at(s, i, tz->text_end) == C_SPACE)
                        i = next_cp(s, i, tz->text_end);
                    if (!number_sign || (i < tz->text_end && is_ascii_digit(s[i]))) break;
                }
            }
            flags = TOK_TERM;
        } else if (c == ',' || c == ';' || c == ':') {
            if (b - a >= 2 && is_emoticon(s + b - 2, 2)) break;
        } else if (is_closer(c)) {
            flags = TOK_CLOSE | (is_quote(c) ? TOK_QUOTE : 0);
            while (is_quote(c) && r > a && cp_at(s, back(s, r, a), b) == c) r = back(s, r, a);
        } else if (c == '"') {
            flags = TOK_CLOSE | TOK_QUOTE;
        } else if (c == '\'' || c == 0x2019) {
            size_t p = back(s, c0, a);
            if (c0 > a && (s[p] == 's' || s[p] == 'S') && !tz->squote_open) break; /* parents' */
            if (c0 > a && is_alpha(cls_at(s, p, b)) && !tz->squote_open && c == 0x2019) break;
            while (r > a && cp_at(s, back(s, r, a), b) == c) r = back(s, r, a); /* '' ’’ */
            flags = TOK_CLOSE | TOK_QUOTE;
        } else if (c == '*') {
            while (r > a && s[r - 1] == '*') r--; /* emphasis marks */
        } else if (c == 0x2014 || c == 0x2013) {
            /* dashes */
        } else {
            break;
        }
        if (r == a && *n_peel == 0 && !(flags & TOK_TERM)) {
            /* the whole chunk is one mark: leave it to the scanner */
            break;
        }
        if (c == '"') tz->dquote_open = false;
        if (c == '\'' || c == 0x2019) tz->squote_open = false;
        peel[*n_peel][0] = (uint32_t)r;
        peel[*n_peel][1] = (uint32_t)b;
        peel[*n_peel][2] = (uint32_t)flags;
        (*n_peel)++;
        b = r;
    }
    return b;
}

/* Tokenize the core s[a..e) of a chunk from left to right. */
/*
** Bytes of the grapheme cluster (Unicode UAX #29, as utf8proc implements it) at s[p..e): an
** emoji with its skin tone, a flag's two regional indicators, a family joined by ZWJ.
*/
static size_t cluster_length(const char *s, size_t p, size_t e) {
    int len;
    utf8proc_int32_t prev = decode(s, p, e, &len), state = 0;
    size_t q = p + (size_t)len;
    while (q < e) {
        utf8proc_int32_t c = decode(s, q, e, &len);
        if (utf8proc_grapheme_break_stateful(prev, c, &state)) break;
        prev = c;
        q += (size_t)len;
    }
    return q - p;
}

static void scan_core(seg_tokenizer *tz, size_t a, size_t e, int first_flags) {
    const char *s = tz->text;
    size_t p = a;
    int extra = first_flags;
    if (is_file_name(s, a, e)) {
        emit_word(tz, a, e, extra);
        return;
    }
    while (p < e) {
        int len;
        int32_t c = decode(s, p, e, &len);
        int cl = char_class(c);
        size_t nx = p + (size_t)len;
        if (is_wordc(cl)) {
            size_t u = url_length(s, p, e);
            if (u) {
                emit_word(tz, p, p + u, extra);
                p += u;
                extra = 0;
                continue;
            }
            size_t q = scan_word(tz, p, e);
            emit_scanned(tz, p, q, extra);
            p = q;
        } else if (is_apostrophe(c) && p == a && nx < e &&
                   (is_ascii_digit(s[nx]) || eq_fold(s + nx, e - nx, "s") || eq_fold(s + nx, e - nx, "em") ||
                    eq_fold(s + nx, e - nx, "cause") || eq_fold(s + nx, e - nx, "til") ||
                    eq_fold(s + nx, e - nx, "m") || eq_fold(s + nx, e - nx, "re") ||
                    eq_fold(s + nx, e - nx, "ve") || eq_fold(s + nx, e - nx, "ll") ||
                    eq_fold(s + nx, e - nx, "d"))) {
            /* "'s" written apart, "'90s", "'em" */
            size_t q = is_ascii_digit(s[nx]) ? scan_word(tz, nx, e) : e;
            emit_word(tz, p, q, extra);
            p = q;
        } else if (c == '+' && nx < e && is_ascii_digit(s[nx]) && (p == a || s[p - 1] == '(')) {
            size_t q = scan_word(tz, nx, e); /* "+852", "+1" */
            emit_word(tz, p, q, extra);
            p = q;
        } else if ((c == '.' || c == '#' || c == '@') && nx < e && is_alpha(cls_at(s, nx, e)) &&
                   (p == a || !is_wordc(cls_at(s, back(s, p, a), e)))) {
            /* ".doc", "#hashtag", "@user" */
            size_t u = url_length(s, p, e);
            size_t q = u ? p + u : scan_word(tz, nx, e);
            emit_word(tz, p, q, extra);
            p = q;
        } else if (is_quote(c) && !is_apostrophe(c) && c != 0x201D && c != 0xBB && c != 0x203A) {
            int f = TOK_QUOTE;
            if (c == '"') {
                bool opens = p == a || !is_wordc(cls_at(s, back(s, p, a), e));
                if (p == a && nx == e) opens = !tz->dquote_open; /* a quotation mark alone */
                if (p > a && tz->dquote_open) opens = false;     /* 'said:"We did it."The' */
                tz->dquote_open = opens;
                f |= opens ? TOK_OPEN : TOK_CLOSE;
            } else {
                f |= TOK_OPEN;
            }
            if (c == 0x2018) tz->squote_open = true;
            size_t q = c == '"' ? nx : run_end(s, p, e);
            if (c == 0x2018 && q < e && cp_at(s, q, e) == 0x2019) q += 3; /* ‘’ opens, as in EWT */
            add_token(tz, p, q, f | extra);
            p = q;
        } else if (is_apostrophe(c)) {
            size_t r = run_end(s, p, e) - p;
            bool opens = p == a || !is_wordc(cls_at(s, back(s, p, a), e));
            if (opens && r == 1) tz->squote_open = true;
            add_token(tz, p, p + r, TOK_QUOTE | (opens ? TOK_OPEN : TOK_CLOSE) | extra);
            p += r;
        } else if (is_final(c)) {
            size_t q = nx;
            while (q < e) {
                int l2;
                if (!is_final(decode(s, q, e, &l2))) break;
                q += (size_t)l2;
            }
            add_token(tz, p, q, TOK_TERM | extra);
            p = q;
        } else {
            size_t r = c < 0x80 ? run_length(s, p, e) : 0;
            if (r == 0) r = cl == C_SYMBOL ? cluster_length(s, p, e) : (size_t)len;
            int f = is_opener(c) ? TOK_OPEN : is_closer(c) ? TOK_CLOSE : 0;
            if (c == '$' || c == 0xA3 || c == 0x20AC || c == 0xA5) f = 0;
            add_token(tz, p, p + r, f | extra);
            p += r;
        }
        extra = 0;
    }
}

/* Tokenize the chunk s[a..b) (no whitespace inside). */
static void tokenize_chunk(seg_tokenizer *tz, size_t a, size_t b, int first_flags) {
    const char *s = tz->text;
    if (is_emoticon(s + a, b - a)) {
        add_token(tz, a, b, first_flags | TOK_EMOTICON);
        return;
    }
    uint32_t peel[MAX_PEEL][3];
    int n_peel;
    size_t e = peel_end(tz, a, b, peel, &n_peel);
    if (e > a) {
        scan_core(tz, a, e, first_flags);
        first_flags = 0;
    }
    for (int i = n_peel - 1; i >= 0; i--) {
        add_token(tz, peel[i][0], peel[i][1], (int)peel[i][2] | first_flags);
        first_flags = 0;
    }
}

int seg_tokenize(seg_tokenizer *tz, const char *text, size_t start, size_t end) {
    tz->n = 0;
    tz->text = text;
    tz->text_end = end;
    tz->squote_open = false;
    tz->dquote_open = false;
    size_t i = start;
    bool newline = false;
    while (i < end) {
        int len;
        int32_t c = decode(text, i, end, &len);
        if (char_class(c) == C_SPACE) {
            if (c == '\n') newline = true;
            i += (size_t)len;
            continue;
        }
        size_t j = i + (size_t)len;
        while (j < end) {
            int32_t d = decode(text, j, end, &len);
            if (char_class(d) == C_SPACE) {
                size_t group = group_space(text, i, j, end); /* "10 000": one chunk */
                if (!group) break;
                len = (int)group;
            }
            j += (size_t)len;
        }
        int first = tz->n;
        tokenize_chunk(tz, i, j, newline ? TOK_NEWLINE : 0);
        for (int k = first; k + 1 < tz->n; k++) tz->toks[k].space_after = false;
        if (tz->n > first) tz->toks[tz->n - 1].space_after = true;
        newline = false;
        i = j;
    }
    return tz->n;
}

void seg_tokenizer_free(seg_tokenizer *tz) {
    free(tz->toks);
    memset(tz, 0, sizeof *tz);
}
