/*
** dateline.c - finds a news article's headline and dateline at the start of its text.
**
** A wire story often starts "KYIV, Feb 8 (Reuters) - French President ...": the dateline names
** the place (and date and agency) of the report and is not part of the first sentence.  The
** forms recognized follow the AP Stylebook ("datelines") and Reuters/AFP practice: a place in
** capitals, or a capitalized place followed by a date or by the agency in brackets, then a dash
** (em dash, en dash, "-" or "--" between spaces) or, for a place in capitals, a colon.  A line
** that holds only a date ("February 8, 2022"), as pages print above the story, is metadata too:
** it gives the document its date when it has none, and the dateline may follow it, as may a
** reading aid ("4 min read") and a byline.  Several places share a dateline with '/'
** ("NEW DELHI/ISLAMABAD, Feb 24 (Reuters) -"); CNN writes no dash: "Washington (CNN)The ...",
** which is taken only for a place (and state) and a known news organisation right before a
** capital, not for "Russia (RUS)Attacked ...".
*/
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "document/reader.h"

/* The value of the decimal digits s[0..n) (n <= 4). */
static int atoi_n(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t skip_space(const char *s, size_t i, size_t n) {
    while (i < n && is_space(s[i])) i++;
    return i;
}

static size_t skip_date_line(dyad_document *doc, size_t p);
static size_t skip_byline(const char *s, size_t n, size_t p);
static bool is_outlet_name(const char *s, size_t n);
static bool is_credit_words(const char *s, size_t n);
static int letter_case(const char *s, size_t i, size_t n, int *len);
static bool equal_word(const char *s, size_t n, const char *w);
static bool match_dateline(const char *s, size_t n, size_t p, size_t *dl_end, size_t *body);

/* Unicode characters in s[a..b) (UTF-8 lead bytes). */
static size_t chars(const char *s, size_t a, size_t b) {
    size_t k = 0;
    for (size_t i = a; i < b; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Does a sentence-final mark (. ! ? or "…", U+2026) start at s[i]? */
static bool final_mark(const char *s, size_t i, size_t n) {
    return s[i] == '.' || s[i] == '!' || s[i] == '?' ||
           (i + 3 <= n && memcmp(s + i, "\xE2\x80\xA6", 3) == 0);
}

/* Does a sentence start at s[i]: a capital letter or an opening quotation mark? */
static bool starts_sentence(const char *s, size_t n, size_t i) {
    int len;
    if (i >= n) return false;
    if (letter_case(s, i, n, &len) == 'U' || s[i] == '"' || s[i] == '\'') return true;
    return i + 3 <= n && (memcmp(s + i, "\xE2\x80\x9C", 3) == 0 || memcmp(s + i, "\xE2\x80\x98", 3) == 0);
}

/* Is s[0..n) a weekday or "yesterday", "today", "tonight", which news sentences carry and
   headlines seldom ("Russian troops attacked Kharkiv on Monday")? */
static bool is_day_word(const char *s, size_t n) {
    static const char *const words[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                        "Sunday", "yesterday", "today", "tonight", NULL};
    for (int i = 0; words[i]; i++)
        if (equal_word(s, n, words[i])) return true;
    return false;
}

/* Headlines held at most this many words (AP and Reuters write 6 to 10). */
#define HEADLINE_MAX_WORDS 12

/* The line that starts at s[i], without its leading and trailing white space, in s[*a..*b)
   (empty for a blank line); returns where the next line starts (n + 1 after the last). */
static size_t line_at(const char *s, size_t n, size_t i, size_t *a, size_t *b) {
    const char *lf = memchr(s + i, '\n', n - i);
    size_t e = lf ? (size_t)(lf - s) : n;
    *a = i;
    *b = e;
    while (*b > *a && is_space(s[*b - 1])) (*b)--;
    while (*a < *b && (s[*a] == ' ' || s[*a] == '\t')) (*a)++;
    return e + 1;
}

/* Does the headline s[p..end) end without a mark (. ! ? , ; : or an ellipsis), also inside
   closing quotes or brackets? */
static bool ends_unmarked(const char *s, size_t n, size_t p, size_t end) {
    size_t last = end;
    while (last > p && (strchr(")]\"'", s[last - 1]) || (unsigned char)s[last - 1] >= 0x80)) {
        if ((unsigned char)s[last - 1] < 0x80) last--;
        else if (last - p >= 3 && memcmp(s + last - 3, "\xE2\x80\x9D", 3) == 0) last -= 3; /* ” */
        else if (last - p >= 3 && memcmp(s + last - 3, "\xE2\x80\x99", 3) == 0) last -= 3; /* ’ */
        else break;
    }
    return !(last == p || strchr(".!?,;:", s[last - 1]) || (last - p >= 3 && final_mark(s, last - 3, n)));
}

/* Does s[p..end) hold at most max words, none of them a day (is_day_word: a sentence that lost
   its period names its day, a headline seldom does)? */
static bool headline_words(const char *s, size_t p, size_t end, int max) {
    int words = 0;
    for (size_t i = p; i < end; i++) {
        if (is_space(s[i]) || (i > p && !is_space(s[i - 1]))) continue;
        if (++words > max) return false;
        size_t k = i;
        while (k < end && !is_space(s[k])) k++;
        if (is_day_word(s + i, k - i)) return false;
    }
    return true;
}

/*
** Is the first line s[p..end) a headline although the body follows on the very next line, at
** q (no blank line between)?  It is when it is short (at most HEADLINE_MAX_WORDS words), ends
** without a mark (. ! ? , ; : also inside closing quotes or brackets), names no day (is_day_word:
** a sentence that lost its period does), is no byline, the next
** line starts with a capital or a quotation mark, the lines after it end a sentence somewhere
** (a list of unpunctuated headlines is no headline and body), and the line was broken on
** purpose: hard-wrapped prose fills its lines to about the same width, so the next line's first
** word would not have fitted on the first line, while a headline is shorter than the longest
** of the next three lines by more than that word and by a quarter at least.
*/
static bool headline_before_text(const char *s, size_t n, size_t p, size_t end, size_t q) {
    if (!ends_unmarked(s, n, p, end) || skip_byline(s, n, p) != p || !headline_words(s, p, end, HEADLINE_MAX_WORDS))
        return false;
    if (!starts_sentence(s, n, q)) return false;
    /* the next lines of the paragraph (at most three): the longest, and a sentence end */
    size_t widest = 0, i = q, first_word = 0;
    bool sentence_end = false;
    for (int line = 0; line < 3 && i < n; line++) {
        size_t a, b;
        i = line_at(s, n, i, &a, &b);
        if (a == b) break; /* a blank line ends the paragraph */
        if (line == 0) {
            size_t k = a;
            while (k < b && !is_space(s[k])) k++;
            first_word = chars(s, a, k);
        }
        size_t w = chars(s, a, b);
        if (w > widest) widest = w;
        for (size_t k = a; k < b && !sentence_end; k++)
            sentence_end = final_mark(s, k, n) && (k + 1 == b || strchr(" \"')]", s[k + 1]) ||
                                                   (unsigned char)s[k + 1] >= 0x80);
    }
    size_t head = chars(s, p, end);
    return sentence_end && head + 1 + first_word <= widest && 4 * head <= 3 * widest;
}

/*
** Is the first line s[p..end) of hard-wrapped text the start of a headline broken over two or
** three lines ("France says Putin promised no ‘new military\ninitiatives’ near Ukraine\n\n")?
** It is when the paragraph, whose second line starts at q, holds at most twice
** HEADLINE_MAX_WORDS words, ends without a mark, has no sentence end inside and names no day, a
** blank line follows it, and the text after it (past a date line) is hard-wrapped too: among
** its next eight lines a paragraph of two lines or more, and a line as wide as the headline's
** widest at least (wrapped at the same width); or that text opens with a dateline (a headline
** and its deck above "MOSCOW — ...").  If so, *end is the end of the headline's last line and
** *q the start of the line after the blank line.
*/
static bool wrapped_headline(dyad_document *doc, size_t p, size_t *end, size_t *q) {
    const char *s = doc->text;
    size_t n = doc->text_len;
    size_t widest = chars(s, p, *end), last = *end, i = *q, a, b;
    for (int lines = 1;; lines++) {
        if (i >= n) return false; /* no body */
        i = line_at(s, n, i, &a, &b);
        if (a == b) break;
        if (lines == 3) return false;
        if (chars(s, a, b) > widest) widest = chars(s, a, b);
        last = b;
    }
    if (!ends_unmarked(s, n, p, last) || !headline_words(s, p, last, 2 * HEADLINE_MAX_WORDS)) return false;
    for (size_t k = p; k + 1 < last; k++)
        if (final_mark(s, k, n) && is_space(s[k + 1])) return false;
    /* past a date line ("Friday, July 21, 2017"), which may give the date */
    const char *date = doc->date;
    size_t top = skip_space(s, skip_date_line(doc, skip_space(s, i, n)), n), body_widest = 0, j = top;
    bool wrapped = false; /* a paragraph of two lines or more */
    for (int lines = 0, run = 0; j < n && lines < 8;) {
        j = line_at(s, n, j, &a, &b);
        run = a == b ? 0 : run + 1;
        if (a == b) continue;
        lines++;
        wrapped |= run >= 2;
        if (chars(s, a, b) > body_widest) body_widest = chars(s, a, b);
    }
    size_t dl_end, dl_body;
    if (!(wrapped && widest <= body_widest + 2) && !match_dateline(s, n, top, &dl_end, &dl_body)) {
        doc->date = date;
        return false;
    }
    *end = last;
    *q = i;
    return true;
}

bool dyad_find_headline(dyad_document *doc) {
    const char *s = doc->text;
    size_t n = doc->text_len;
    size_t p = skip_space(s, doc->body_start, n);
    const char *nl = memchr(s + p, '\n', n - p);
    /* a date line or a byline is no headline */
    if (!nl || skip_date_line(doc, p) != p || skip_byline(s, n, p) != p) return false;
    size_t e = (size_t)(nl - s), end = e;
    while (end > p && is_space(s[end - 1])) end--;
    /* nor is a line that ends with a dash: a dateline on a line of its own ("MOSCOW, Feb 8
       (Reuters) -"), which dyad_find_dateline takes */
    if (end > p && (s[end - 1] == '-' || (end - p >= 3 && (memcmp(s + end - 3, "\xE2\x80\x94", 3) == 0 ||
                                                          memcmp(s + end - 3, "\xE2\x80\x93", 3) == 0))))
        return false;
    /* a blank line must follow, then more text; or, on the next line, a date line; or the
       body, when the line is plainly a headline (headline_before_text) */
    size_t q = e + 1;
    while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r')) q++;
    bool wrapped = false;
    if (q >= n || (s[q] != '\n' && skip_date_line(doc, q) == q && !headline_before_text(s, n, p, end, q) &&
                   !(wrapped = wrapped_headline(doc, p, &end, &q))))
        return false;
    size_t body = skip_space(s, q, n);
    if (body >= n || end == p || end - p > 300) return false;
    char last = s[end - 1];
    if (last == '.' || last == ',' || last == ':' || last == ';') return false;
    bool letter = false;
    for (size_t i = p; i < end && !letter; i++)
        letter = (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') || (unsigned char)s[i] >= 0xC0;
    if (!letter) return false;
    char *title = dyad_arena_strndup(doc->arena, s + p, end - p);
    doc->title = wrapped ? dyad_collapse_space(title) : title; /* its lines joined by spaces */
    doc->body_start = body;
    return true;
}

/* Letter case of the code point at s[i]: 'U', 'l', or 0 for a non-letter; *len its length. */
static int letter_case(const char *s, size_t i, size_t n, int *len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k < 1) {
        *len = 1;
        return 0;
    }
    *len = (int)k;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return 'U';
    case UTF8PROC_CATEGORY_LL: return 'l';
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_LM: return 'U';
    default: return 0;
    }
}

static bool equal_word(const char *s, size_t n, const char *w) {
    return strlen(w) == n && memcmp(s, w, n) == 0;
}

/*
** Is s[0..n) the short name of a state?  A dateline names a city first ("Doha, Qatar -"); a
** line that starts with two states before a dash is a sentence about them ("Iran, Syria -
** Both governments ...").
*/
static bool is_state_name(const char *s, size_t n) {
    static const char *const states[] = {
        "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
        "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil",
        "Bulgaria", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia",
        "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Ecuador", "Egypt", "Eritrea",
        "Estonia", "Ethiopia", "Finland", "France", "Gaza", "Georgia", "Germany", "Ghana", "Greece",
        "Haiti", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan",
        "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya",
        "Lithuania", "Mali", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique",
        "Myanmar", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman",
        "Pakistan", "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
        "Qatar", "Romania", "Russia", "Rwanda", "Serbia", "Slovakia", "Slovenia", "Somalia", "Spain",
        "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand",
        "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Venezuela",
        "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Hamas", "Hezbollah", "NATO", "Britain", NULL};
    for (int i = 0; states[i]; i++)
        if (equal_word(s, n, states[i])) return true;
    return false;
}

/* Words in a place name that may be in lower case ("Rio de Janeiro"). */
static bool is_particle(const char *s, size_t n) {
    static const char *const particles[] = {"de", "da", "do", "del", "della", "la", "le", "les", "al",
                                            "el", "es", "di", "du", "van", "von", "of", "upon", "on", NULL};
    for (int i = 0; particles[i]; i++)
        if (equal_word(s, n, particles[i])) return true;
    return false;
}

/* Capitalized words that head a paragraph before a dash or colon but are no place. */
static bool is_label(const char *s, size_t n) {
    static const char *const labels[] = {"NOTE", "UPDATE", "UPDATED", "BREAKING", "CORRECTION",
                                         "ADVISORY", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH",
                                         "VIDEO", "PHOTOS", "READ MORE", "EDITOR'S NOTE", "WARNING",
                                         "LIVE", "FACTBOX", "Q", "A", NULL};
    for (int i = 0; labels[i]; i++)
        if (equal_word(s, n, labels[i])) return true;
    return false;
}

/* Is s[0..n) a month name or its abbreviation, with or without a period ("Feb", "Feb.")? */
static bool is_month(const char *s, size_t n) {
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December",
                                         "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                         "Sept", "Oct", "Nov", "Dec", NULL};
    if (n > 0 && s[n - 1] == '.') n--;
    for (int i = 0; months[i]; i++)
        if (equal_word(s, n, months[i])) return true;
    return false;
}

/* Is the comma-separated part s[0..n) a date ("Feb 8", "March 3", "8 February", "2022")? */
static bool is_date_part(const char *s, size_t n) {
    size_t i = 0, words = 0;
    bool month = false, number = false;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        size_t k = i;
        while (k < j && s[k] >= '0' && s[k] <= '9') k++;
        if (k == j && j - i <= 4) number = true;
        else if (is_month(s + i, j - i)) month = true;
        else return false;
        words++;
        i = j;
        while (i < n && s[i] == ' ') i++;
    }
    return (month && number && words <= 3) || (!month && number && words == 1 && n == 4);
}

/*
** Check the words of s[0..n) (a place or region): capitalized or particles, at most five.
** *caps is cleared when a word has lower-case letters.  Returns false when it is no place.
*/
static bool is_place(const char *s, size_t n, bool *caps) {
    size_t i = 0;
    int words = 0, letters = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        int len, c = letter_case(s, i, j, &len);
        if (c != 'U' && !is_particle(s + i, j - i)) return false;
        for (size_t k = i; k < j; k += (size_t)len) {
            int lc = letter_case(s, k, j, &len);
            if (lc == 'l') *caps = false;
            if (lc) letters++;
            else if (!strchr(".-'’/", s[k]) && !(s[k] & 0x80)) return false; /* "NEW DELHI/ISLAMABAD" */
        }
        if (++words > 5) return false;
        i = j;
        while (i < n && s[i] == ' ') i++;
    }
    return letters >= 2;
}

/*
** Is s[0..n) a dateline (without its dash)?  colon: it stood before a colon.  A place in
** capitals, or one with a date or an agency, is; so is a capitalized place and its region or
** country before a dash ("Doha, Qatar –", "Beirut, Lebanon -", "Washington, D.C. —"), as Al
** Jazeera, UN News and many papers write it: two places and no more (a lone capitalized word
** before a dash is as often a sentence's subject: "Macron — who met Putin — said"), the first
** no state ("Iran, Syria — Both governments ..."), and only when a sentence starts after the
** dash (capital_after: a capital letter or a quotation mark), not for "Israel, Hamas – a
** timeline".
*/
static bool is_dateline(const char *s, size_t n, bool colon, bool capital_after) {
    if (n == 0 || n > 80 || is_label(s, n)) return false;
    bool agency = false;
    if (s[n - 1] == ')') {
        const char *open = NULL;
        for (size_t i = n - 1; i > 0; i--)
            if (s[i - 1] == '(') {
                open = s + i - 1;
                break;
            }
        if (!open || s + n - 1 - open - 1 < 1 || s + n - 1 - open - 1 > 40) return false;
        agency = true;
        n = (size_t)(open - s);
        while (n > 0 && s[n - 1] == ' ') n--;
        if (n == 0) return false;
    }
    bool caps = true, date = false, first_state = false;
    size_t i = 0;
    int part = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != ',') j++;
        size_t a = i, b = j;
        while (a < b && s[a] == ' ') a++;
        while (b > a && s[b - 1] == ' ') b--;
        if (a == b) return false;
        if (part > 0 && is_date_part(s + a, b - a)) {
            date = true;
        } else {
            bool part_caps = true;
            if (!is_place(s + a, b - a, &part_caps)) return false;
            if (part == 0) caps = part_caps, first_state = is_state_name(s + a, b - a);
        }
        part++;
        i = j + 1;
    }
    if (colon) return (caps && !agency && part == 1) || (agency && date); /* "New Delhi, Oct 12 (ANI):" */
    return caps || agency || date || (part == 2 && capital_after && !first_state);
}

/* Month (1-12) of the word s[0..n) ("Feb", "Feb.", "February"), or 0. */
static int month_number(const char *s, size_t n) {
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December", NULL};
    if (n > 0 && s[n - 1] == '.') n--;
    for (int m = 0; months[m]; m++) {
        size_t len = strlen(months[m]);
        if (n == len && strncmp(s, months[m], n) == 0) return m + 1;
        if ((n == 3 || (m == 8 && n == 4)) && strncmp(s, months[m], n) == 0) return m + 1; /* "Sept" */
    }
    return 0;
}

/* Is the word s[0..n) one that may stand beside a date on a date line: a weekday, a time
   ("10:32"), AM/PM, a time zone in capitals ("EST", "GMT"), or a label ("Updated", "at")? */
static bool is_date_line_word(const char *s, size_t n) {
    static const char *const words[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                        "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat",
                                        "Sun", "AM", "PM", "am", "pm", "a.m.", "p.m.", "at", "on", "On",
                                        "|", "-", "/", "\u00B7", "\u2022", "\u2013", "\u2014", "ago", "hour",
                                        "hours", "minute", "minutes", "min", "mins", "read", "day", "days",
                                        "Updated", "Published", "Posted", "Last", "updated", "published",
                                        "posted", NULL};
    /* "Tue." is "Tue", "Updated:" is "Updated"; "a.m." and "p.m." keep their periods; "10:32am"
       is a time */
    size_t m = n > 1 && ((s[n - 1] == '.' && s[n - 2] != 'm') || s[n - 1] == ':') ? n - 1 : n;
    if (n >= 6 && s[n - 3] >= '0' && s[n - 3] <= '9') {
        char ap = (char)(s[n - 2] | 0x20), mm = (char)(s[n - 1] | 0x20); /* lower case */
        if ((ap == 'a' || ap == 'p') && mm == 'm') n -= 2;
    }
    for (int i = 0; words[i]; i++)
        if (strlen(words[i]) == m && strncmp(s, words[i], m) == 0) return true;
    bool time = n >= 4 && n <= 8, caps = n >= 2 && n <= 4;
    for (size_t i = 0; i < n; i++) {
        time = time && ((s[i] >= '0' && s[i] <= '9') || s[i] == ':' || s[i] == '.');
        caps = caps && s[i] >= 'A' && s[i] <= 'Z';
    }
    return (time && (memchr(s, ':', n) || memchr(s, '.', n))) || caps;
}

/*
** If the line at p holds a date and nothing else ("February 8, 2022", "Tue 8 Feb 2022 10:32
** GMT", "2022-02-08"), the document's date when it has none; returns where the next line's
** text begins, else p.  A page often puts such a line between the headline and the dateline.
*/
static size_t skip_date_line(dyad_document *doc, size_t p) {
    const char *s = doc->text;
    size_t n = doc->text_len;
    const char *nl = memchr(s + p, '\n', n - p);
    size_t end = nl ? (size_t)(nl - s) : n;
    if (!nl || end - p >= 80) return p;
    int month = 0, day = 0, year = 0;
    bool ago = false;
    char iso[11] = "";
    for (size_t i = p; i < end;) {
        while (i < end && (s[i] == ' ' || s[i] == ',' || s[i] == '\r' || s[i] == '\t')) i++;
        if (i >= end) break;
        size_t w = i;
        while (i < end && s[i] != ' ' && s[i] != ',' && s[i] != '\r' && s[i] != '\t') i++;
        size_t len = i - w, digits = 0;
        while (digits < len && s[w + digits] >= '0' && s[w + digits] <= '9') digits++;
        if (digits && digits <= 2 && len == digits + 2 &&
            (!strncmp(s + w + digits, "st", 2) || !strncmp(s + w + digits, "nd", 2) ||
             !strncmp(s + w + digits, "rd", 2) || !strncmp(s + w + digits, "th", 2)))
            len = digits; /* "12th", "1st", "2nd", "3rd" */
        char word[32];
        if (len < sizeof word && len >= 8 && s[w] >= '0' && s[w] <= '9') {
            memcpy(word, s + w, len);
            word[len] = 0;
            if (dyad_normalize_date(word, iso)) continue;
        }
        int m = month_number(s + w, len);
        if (m && !month) month = m;
        else if (digits == len && len == 4 && !year) year = atoi_n(s + w, len);
        else if (digits == len && len <= 2 && !day) day = atoi_n(s + w, len);
        else if (digits == len && len <= 2 && month && year) continue; /* "4 min read", "2 hours ago" */
        else if (!is_date_line_word(s + w, len)) return p;
        if (len == 3 && memcmp(s + w, "ago", 3) == 0) ago = true;
    }
    /* "Updated 3 hours ago": a date line whose date is relative to a moment the page no longer
       gives; passed over, no date */
    if (!*iso && ago && !month && !year) return skip_space(s, end, n);
    if (!*iso) {
        if (!month || !day || !year) return p;
        char ymd[40];
        snprintf(ymd, sizeof ymd, "%04d-%02d-%02d", year, month, day);
        if (!dyad_normalize_date(ymd, iso)) return p;
    }
    if (!doc->date) doc->date = dyad_arena_strdup(doc->arena, iso);
    return skip_space(s, end, n);
}

/*
** If the line at p is a reading aid that pages print above the story ("4 min read", "Listen to
** this article", "Reading time: 3 minutes"): a line of its own under 60 bytes; returns where
** the next line's text begins, else p.
*/
static size_t skip_reading_line(const char *s, size_t n, size_t p) {
    static const char *const marks[] = {"min read", "minute read", "minutes read", "mins read",
                                        "listen to this article", "listen to article", "reading time",
                                        NULL};
    const char *nl = memchr(s + p, '\n', n - p);
    size_t end = nl ? (size_t)(nl - s) : n;
    if (!nl || end - p >= 60) return p;
    char low[64];
    size_t len = end - p;
    for (size_t i = 0; i < len; i++) low[i] = (char)(s[p + i] >= 'A' && s[p + i] <= 'Z' ? s[p + i] + 32 : s[p + i]);
    low[len] = 0;
    for (int i = 0; marks[i]; i++)
        if (strstr(low, marks[i])) return skip_space(s, end, n);
    return p;
}

/* Is s[0..n) a lower-case part of a person's name: a particle ("bin", "van", "de") or an
   Arabic article joined to the name ("al-Mughrabi", "el-Sisi", "ad-Din")? */
static bool is_name_particle(const char *s, size_t n) {
    static const char *const words[] = {"bin", "ibn", "bint", "ben", "der", "den", "ter", "dos", "das", NULL};
    for (int i = 0; words[i]; i++)
        if (equal_word(s, n, words[i])) return true;
    if (n > 3 && s[2] == '-' && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' && s[3] >= 'A' && s[3] <= 'Z')
        return true; /* al-, el-, ad-, as-, an-, ar-, at-, az- */
    return is_particle(s, n);
}

/* If the line at p is a byline ("By Jane Doe", "By Anna Smith and Tom Lee", "By Nidal
   al-Mughrabi | Reuters"): a line of its own under 80 bytes, "By" then at most eight words,
   each capitalized, "and", "&", "|" or part of a name (is_name_particle), commas allowed, no
   final period; returns where the next line's text begins, else p. */
static size_t skip_byline(const char *s, size_t n, size_t p) {
    if (p + 3 >= n || strncmp(s + p, "By ", 3) != 0) return p;
    const char *nl = memchr(s + p, '\n', n - p);
    size_t end = nl ? (size_t)(nl - s) : n;
    if (!nl || end - p >= 80) return p;
    int words = 0;
    for (size_t i = p + 3; i < end;) {
        while (i < end && (s[i] == ' ' || s[i] == ',' || s[i] == '\r')) i++;
        if (i >= end) break;
        size_t w = i;
        while (i < end && s[i] != ' ' && s[i] != ',' && s[i] != '\r') i++;
        if (i - w == 1 && (s[w] == '&' || s[w] == '|')) continue;
        bool and = i - w == 3 && strncmp(s + w, "and", 3) == 0;
        if ((!and && !(s[w] >= 'A' && s[w] <= 'Z') && !is_name_particle(s + w, i - w)) || ++words > 8) return p;
    }
    if (words == 0 || s[end - 1] == '.') return p;
    size_t next = skip_space(s, end, n);
    /* the outlet or the writer's post may stand on a line of its own: "By Jane Smith\nAssociated
       Press", "By Ivan Petrov\nMoscow Correspondent" */
    nl = memchr(s + next, '\n', n - next);
    size_t e2 = nl ? (size_t)(nl - s) : n;
    while (e2 > next && (s[e2 - 1] == ' ' || s[e2 - 1] == '\r')) e2--;
    /* right below the byline, and a blank line after it */
    size_t after = skip_space(s, e2, n);
    const char *nl2 = nl ? memchr(nl + 1, '\n', after - (size_t)(nl + 1 - s)) : NULL;
    bool own_line = memchr(s + end + 1, '\n', next - end - 1) == NULL && nl2;
    if (nl && (is_outlet_name(s + next, e2 - next) || (own_line && is_credit_words(s + next, e2 - next))))
        return after;
    return next;
}

/*
** Is s[0..n) a short line of capitalized words, as a byline's second line gives the outlet or
** the post ("The New York Times", "BBC News", "Senior Correspondent"): under 50 bytes, at most
** six words, each capitalized or "of", "the", "and", "for", "at", "in", "&", one of them a word
** of outlets or posts ("Times", "News", "Correspondent", ...), no final mark.
*/
static bool is_credit_words(const char *s, size_t n) {
    static const char *const small[] = {"of", "the", "and", "for", "at", "in", "&", NULL};
    if (n == 0 || n >= 50 || final_mark(s, n - 1, n) || s[n - 1] == ',') return false;
    static const char *const credit[] = {"Times", "Post", "News", "Press", "Journal", "Herald", "Tribune",
                                         "Guardian", "Telegraph", "Independent", "Agency", "Service",
                                         "Correspondent", "Reporter", "Editor", "Writer", "Bureau", "Chief",
                                         "Staff", "Network", "Radio", "Television", "Media", "Reuters",
                                         "Bloomberg", "Review", "Monitor", "Observer", "Gazette", NULL};
    int words = 0;
    bool credited = false;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ') i++;
        size_t w = i;
        while (i < n && s[i] != ' ') i++;
        if (i == w) break;
        bool lower_ok = false;
        for (int k = 0; small[k]; k++) lower_ok |= equal_word(s + w, i - w, small[k]);
        for (int k = 0; credit[k]; k++) credited |= equal_word(s + w, i - w, credit[k]);
        if ((!lower_ok && !(s[w] >= 'A' && s[w] <= 'Z')) || ++words > 6) return false;
    }
    return words > 0 && credited;
}

/*
** If the line at p credits a picture ("Photo: Reuters", "Image: AP/Jane Doe", "Photograph:
** Getty Images"): a line of its own under 80 bytes that starts so and ends in no sentence mark;
** returns where the next line's text begins, else p.
*/
static size_t skip_credit_line(const char *s, size_t n, size_t p) {
    static const char *const marks[] = {"Photo:", "Photos:", "Photograph:", "Image:", "Picture:",
                                        "Photo credit:", "Credit:", "File photo:", NULL};
    const char *nl = memchr(s + p, '\n', n - p);
    size_t end = nl ? (size_t)(nl - s) : n;
    while (end > p && (s[end - 1] == ' ' || s[end - 1] == '\r')) end--;
    if (!nl || end - p >= 80 || final_mark(s, end - 1, n)) return p;
    for (int i = 0; marks[i]; i++)
        if (end - p > strlen(marks[i]) && strncmp(s + p, marks[i], strlen(marks[i])) == 0)
            return skip_space(s, (size_t)(nl - s), n);
    return p;
}

/* News organisations that may stand in brackets in a dateline with no dash after it ("(CNN)",
   "(CNN Business)"): CNN's form, and the wire services that it is seen with in pages. */
static bool is_outlet(const char *s, size_t n) {
    static const char *const outlets[] = {"CNN", "CNNMoney", "Reuters", "AP", "AFP", "BBC", "UPI", "dpa",
                                          "Xinhua", "TASS", "Bloomberg", "ANI", "PTI", "IANS", "EFE", "ANSA",
                                          "Yonhap", "Kyodo", "KCNA", "IRNA", "WAFA", "SANA", "Interfax",
                                          "Anadolu", "AAP", "NHK", "Sputnik", NULL};
    for (int i = 0; outlets[i]; i++)
        if (equal_word(s, n, outlets[i])) return true;
    return false;
}

/* Is s[0..n) a news organisation's name as a byline's second line gives it ("Associated
   Press", "Reuters", "AFP")? */
static bool is_outlet_name(const char *s, size_t n) {
    static const char *const names[] = {"Associated Press", "The Associated Press", "Agence France-Presse",
                                        "Agence France-Presse (AFP)", "Thomson Reuters", "Bloomberg News",
                                        NULL};
    for (int i = 0; names[i]; i++)
        if (equal_word(s, n, names[i])) return true;
    return is_outlet(s, n);
}

/*
** Does s[p..close) end with a news organisation in brackets, its name (is_outlet) and at most
** one more capitalized word ("(CNN)", "(CNN Business)")?  Stores where the '(' is in *open.
** An abbreviation that is no outlet is more often the code or short name of what stands before
** it ("Russia (RUS)", "Democratic Republic of Congo (DRC)", "Russia (and Belarus)").
*/
static bool outlet_before(const char *s, size_t p, size_t close, size_t *open) {
    size_t o = close;
    while (o > p && s[o] != '(') o--;
    if (s[o] != '(' || close - o < 3 || close - o > 24) return false;
    size_t a = o + 1, b = a;
    while (b < close && s[b] != ' ') b++;
    if (!is_outlet(s + a, b - a)) return false;
    if (b < close) { /* "Business" */
        size_t c = b + 1;
        if (c >= close || s[c] < 'A' || s[c] > 'Z') return false;
        for (size_t k = c; k < close; k++)
            if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))) return false;
    }
    *open = o;
    return true;
}

/* Is s[0..n) a place, or a place and its state or country ("Atlanta, Georgia"): what CNN puts
   before "(CNN)"?  No date: that form has none. */
static bool is_place_and_state(const char *s, size_t n) {
    while (n > 0 && s[n - 1] == ' ') n--;
    const char *comma = memchr(s, ',', n);
    size_t a = comma ? (size_t)(comma - s) : n;
    bool caps = true;
    if (a == 0 || !is_place(s, a, &caps)) return false;
    if (!comma) return true;
    size_t b = skip_space(s, a + 1, n);
    return b < n && !memchr(s + b, ',', n - b) && is_place(s + b, n - b, &caps);
}

/*
** If an agency's name between slashes starts at s[i] ("/TASS/.", "/PRNewswire/ --", as TASS and
** the press-release wires put it after the place and date): letters, digits, spaces and
** hyphens, up to 30 bytes, then an optional period and an optional dash.  Returns where the
** text after them begins (before any space), else 0.
*/
static size_t slash_agency(const char *s, size_t n, size_t i) {
    size_t j = i + 1;
    while (j < n && j - i <= 30 && ((s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z') ||
                                    (s[j] >= '0' && s[j] <= '9') || s[j] == ' ' || s[j] == '-'))
        j++;
    if (j >= n || s[j] != '/' || j == i + 1 || s[i + 1] < 'A' || s[i + 1] > 'Z') return 0;
    j++;
    if (j < n && s[j] == '.') j++;
    size_t k = skip_space(s, j, n);
    if (k + 3 <= n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
        ((unsigned char)s[k + 2] == 0x94 || (unsigned char)s[k + 2] == 0x93))
        return k + 3;
    if (k < n && s[k] == '-') return k + 1 < n && s[k + 1] == '-' ? k + 2 : k + 1;
    return j;
}

/*
** Does a dateline start at s[p] (the first text of a paragraph)?  If so, stores where it ends
** (before its dash) in *dl_end and where the story's text begins in *body.
*/
static bool match_dateline(const char *s, size_t n, size_t p, size_t *dl_end, size_t *body) {
    size_t limit = p + 120 < n ? p + 120 : n;
    const char *nl = memchr(s + p, '\n', limit - p);
    if (nl) limit = (size_t)(nl - s);
    for (size_t i = p; i < limit; i++) {
        size_t sep = 0, open;
        bool colon = false;
        if (i + 3 <= n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x95))
            sep = 3; /* em dash, en dash, horizontal bar */
        else if (s[i] == '-' && i > p && s[i - 1] == ' ' && i + 1 < n && strchr(" -\r\n", s[i + 1]))
            sep = s[i + 1] == '-' ? 2 : 1; /* also at the end of the line: a dateline on its own */
        else if (s[i] == '-' && i > p + 1 && s[i - 1] == ' ' && s[i - 2] == ')' && i + 1 < n && s[i + 1] >= 'A' &&
                 s[i + 1] <= 'Z' && outlet_before(s, p, i - 2, &open))
            sep = 1; /* "LONDON, Feb 7 (Reuters) -Russia ...", the space after the dash lost */
        else if (s[i] == ':' && i + 1 < n && s[i + 1] == ' ')
            sep = 1, colon = true;
        else if (s[i] == ')' && i + 1 < n && s[i + 1] >= 'A' && s[i + 1] <= 'Z' && outlet_before(s, p, i, &open) &&
                 is_place_and_state(s + p, open - p)) { /* "Washington (CNN)Angered by ..." */
            *dl_end = i + 1;
            *body = i + 1;
            return true;
        }
        else if (s[i] == ')' && i + 2 < n && s[i + 1] == ' ' && starts_sentence(s, n, i + 2) &&
                 outlet_before(s, p, i, &open) && is_dateline(s + p, i + 1 - p, false, true)) {
            /* "Islamabad, Oct 12 (IANS) Pakistan's ...": the Indian agencies write no dash */
            *dl_end = i + 1;
            *body = i + 2;
            return true;
        }
        else if (s[i] == '/' && i > p && s[i - 1] == ' ' && (sep = slash_agency(s, n, i)) > 0) {
            /* "MOSCOW, February 24. /TASS/. Russian ...", "NEW YORK, Oct. 12, 2023 /PRNewswire/ --" */
            size_t e = i;
            while (e > p && (s[e - 1] == ' ' || s[e - 1] == '.')) e--;
            size_t b = skip_space(s, sep, n);
            if (!is_dateline(s + p, e - p, false, true) || !starts_sentence(s, n, b)) return false;
            while (s[sep - 1] != '/') sep--;
            *dl_end = sep;
            *body = b;
            return true;
        }
        else if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == '"')
            if (!(s[i] == '.' && i > p && s[i - 1] != ' ' &&
                  (i + 1 >= n || s[i + 1] == ' ' || s[i + 1] == ',' || (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))))
                return false; /* a sentence, not a dateline (a period may end "Feb." or "ST.", or
                                 be inside "D.C.") */
        if (!sep) continue;
        size_t e = i;
        while (e > p && s[e - 1] == ' ') e--;
        size_t b = skip_space(s, i + sep, n);
        if (!is_dateline(s + p, e - p, colon, starts_sentence(s, n, b)) || b >= n) return false;
        *dl_end = e;
        *body = b;
        return true;
    }
    return false;
}

/*
** Is the dateline s[p..e) in a wire story's form: a known news agency in brackets at its end
** ("WASHINGTON (AP)"), a date after a place in capitals and a comma ("PARIS, Feb 8 (Reuters)",
** "BRUSSELS, Feb. 7"; not "Putin, Feb 8") or an agency between slashes (TASS)?  A place alone
** ("US - Russia talks ended", "MOSCOW — ...") or other brackets ("NATO (North Atlantic Treaty
** Organization) — the alliance") may be text.
*/
static bool wire_form(const char *s, size_t p, size_t e) {
    size_t open;
    while (e > p && s[e - 1] == ' ') e--;
    if (e > p && s[e - 1] == ')' && outlet_before(s, p, e - 1, &open)) return true;
    if (memchr(s + p, '/', e - p)) return true; /* match_dateline has checked the agency */
    const char *comma = memchr(s + p, ',', e - p);
    if (!comma) return false;
    for (const char *c = s + p; c < comma; c++) /* the place in capitals: "PARIS", not "Putin" */
        if (*c >= 'a' && *c <= 'z') return false;
    size_t a = skip_space(s, (size_t)(comma - s) + 1, e), b = a;
    while (b < e && s[b] != ' ' && s[b] != ',' && s[b] != '(') b++;
    return b > a && (is_month(s + a, b - a) || (s[a] >= '0' && s[a] <= '9'));
}

/*
** The datelines of stories run together in one text ("...\n\nPARIS, Feb 8 (Reuters) - Iran
** ..."): each line after the body's first that opens with one in a wire story's form
** (wire_form) before a capitalized sentence, after a blank line or a line that ended its
** sentence (not a wrapped line's start), has it recorded in doc->later_datelines, so that
** segmentation leaves it out of the sentence; the first one found is the document's dateline
** when it has none.  A line, not only a paragraph: JSON texts often break paragraphs with one
** line end.
*/
static void find_later_datelines(dyad_document *doc, size_t from) {
    const char *s = doc->text;
    size_t n = doc->text_len, cap = 0;
    for (size_t p = from; p < n;) {
        const char *nl = memchr(s + p, '\n', n - p);
        if (!nl) break;
        size_t q = (size_t)(nl - s); /* the line before must have ended its sentence, or be blank */
        while (q > from && (s[q - 1] == ' ' || s[q - 1] == '\r' || s[q - 1] == '\t')) q--;
        bool ended = q == from || s[q - 1] == '\n' || final_mark(s, q - 1, n) || s[q - 1] == '"' ||
                     s[q - 1] == ')' || (q >= 3 && (unsigned char)s[q - 3] == 0xE2 && (unsigned char)s[q - 2] == 0x80);
        p = skip_space(s, (size_t)(nl - s) + 1, n); /* a line starts here */
        size_t dl_end, body;
        if (!ended && memchr(s + (size_t)(nl - s) + 1, '\n', p - (size_t)(nl - s) - 1) == NULL) continue;
        if (p >= n || p > UINT32_MAX || !match_dateline(s, n, p, &dl_end, &body)) continue;
        if (!wire_form(s, p, dl_end) || !starts_sentence(s, n, body)) continue;
        if (!doc->dateline) doc->dateline = dyad_arena_strndup(doc->arena, s + p, dl_end - p);
        if (doc->n_later_datelines == (int)cap) {
            cap = cap ? 2 * cap : 4;
            uint32_t (*grown)[2] = dyad_arena_alloc(doc->arena, cap * sizeof *grown);
            if (doc->n_later_datelines)
                memcpy(grown, doc->later_datelines, (size_t)doc->n_later_datelines * sizeof *grown);
            doc->later_datelines = grown;
        }
        doc->later_datelines[doc->n_later_datelines][0] = (uint32_t)p;
        doc->later_datelines[doc->n_later_datelines++][1] = (uint32_t)body;
        p = body;
    }
}

bool dyad_find_dateline(dyad_document *doc) {
    const char *s = doc->text;
    size_t n = doc->text_len;
    /* a date line is metadata wherever the dateline is; it and a byline may come between the
       headline and the dateline */
    size_t p = skip_space(s, doc->body_start, n);
    for (size_t q = (size_t)-1; q != p;) { /* date lines and reading aids, in any order */
        q = p;
        p = skip_reading_line(s, n, skip_date_line(doc, p));
    }
    doc->body_start = p;
    bool byline = false;
    for (size_t q = (size_t)-1; q != p;) {
        q = p;
        size_t b = skip_byline(s, n, p);
        byline |= b != p;
        p = skip_reading_line(s, n, skip_date_line(doc, skip_credit_line(s, n, b)));
    }
    size_t dl_end, body;
    bool found = match_dateline(s, n, p, &dl_end, &body);
    if (found) {
        doc->dateline = dyad_arena_strndup(doc->arena, s + p, dl_end - p);
        doc->body_start = body;
    } else if (byline) {
        doc->body_start = p; /* a byline is no sentence, dateline or not ("By John Smith\nRussia ...") */
    }
    find_later_datelines(doc, doc->body_start);
    return found;
}
