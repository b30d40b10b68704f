/*
** segment.c - dyad_segment(): splits a document's body into paragraphs, sentences, tokens and
** words.
**
** A blank line (a line holding only spaces or tabs) ends a paragraph, and a paragraph always
** ends a sentence.  Inside a paragraph the tokenizer (tokenize.c) gives tokens, and a sentence
** ends after sentence-final punctuation (. ! ? ... …) and the closing quotes and brackets that
** follow it, unless the next word starts in lower case; after an abbreviation's period it ends
** only when the next word is one that usually starts a sentence ("The", "He", see wordlist.c).
** When an abbreviation without inner periods ends a sentence ("etc."), its period becomes a
** token of its own, as in EWT ("etc" + "."); "U.S." and "p.m." keep theirs.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "nlp/segment.h"
#include "util/util.h"

/* Sentences found so far, before they are copied into the document's arena. */
typedef struct sentence_list {
    dyad_sentence *s;
    int n, cap;
} sentence_list;

/* Is the token a period-final abbreviation without inner periods ("etc.", "Inc.")? */
static bool single_period_abbrev(const char *text, const seg_token *t) {
    if (!(t->flags & TOK_ABBR) || t->end - t->start < 3) return false;
    return memchr(text + t->start, '.', t->end - t->start - 1) == NULL;
}

/* Is the token exactly the ASCII text w? */
static bool is_text(const char *text, const seg_token *t, const char *w) {
    size_t n = strlen(w);
    return t->end - t->start == n && memcmp(text + t->start, w, n) == 0;
}

/* Is the token all capitals, at most four letters ("EST", "GMT"): a time zone after "PM"? */
static bool is_time_zone(const char *text, const seg_token *t) {
    if (t->end - t->start > 4) return false;
    for (uint32_t k = t->start; k < t->end; k++)
        if (text[k] < 'A' || text[k] > 'Z') return false;
    return true;
}

/*
** After a clock time ("at 4 p.m."), token i, does the capitalized word that follows start a
** sentence ("4 p.m. Another strike followed")?  Not when it dates or zones the time: "4 p.m.
** Monday", "4 p.m. Feb. 24", "4 p.m. EST", "4 p.m. Moscow time"; nor when the sentence began
** with the time ("On Monday at 4 p.m. Russian forces attacked").
*/
static bool clock_time_ends(const char *text, const seg_token *t, int n, int i) {
    static const char *const fronting[] = {"On", "At", "By", "Around", "Before", "After", "Until", "From",
                                           "Since", "Shortly", "Just", "Early", "Late", "Earlier", "Later",
                                           "Then", "Today", "Yesterday", NULL};
    const seg_token *nx = &t[i + 1];
    int f = i;
    while (f > 0 && !(t[f - 1].flags & TOK_TERM)) f--;
    for (int k = 0; fronting[k]; k++) /* "On Monday at 4 p.m. Russian forces attacked": fronted */
        if (is_text(text, &t[f], fronting[k])) return false;
    if (is_time_zone(text, nx) || seg_is_date_word(text + nx->start, nx->end - nx->start)) return false;
    if (i + 2 < n && (is_text(text, &t[i + 2], "time") || is_text(text, &t[i + 2], "Time"))) return false;
    return true;
}

/*
** Does a sentence end after token i of the paragraph's n tokens?  *last gets the index of the
** sentence's last token (after closing quotes, brackets and emoticons that belong to it).
** The rules and their exceptions were checked against the counts in EWT train and dev: after
** "." "!" "?" a sentence ends before a lower-case word too (EWT: 401 of 417 times), but not
** before a comma, another mark, or a lower-case word after a closing quotation mark.
*/
static bool ends_sentence(const char *text, const seg_token *t, int n, int i, int *last) {
    *last = i;
    const seg_token *tk = &t[i];
    if (tk->flags & TOK_TERM) {
        int j = i + 1;
        /* closing quotes, brackets and emoticons right after the mark belong to the sentence */
        while (j < n && (((t[j].flags & TOK_CLOSE) && (!t[j - 1].space_after || (t[j].flags & TOK_QUOTE))) ||
                         (t[j].flags & TOK_EMOTICON))) {
            if (t[j].flags & TOK_OPEN) break;
            j++;
        }
        *last = j - 1;
        if (j >= n) return true;
        const seg_token *nx = &t[j];
        if (nx->flags & (TOK_TERM | TOK_CLOSE)) return false; /* ". . .", "? ?", "!)" */
        if (nx->end - nx->start == 1 && strchr(",;:", text[nx->start])) return false;
        if (j > i + 1 && (nx->flags & TOK_LOWER)) return false; /* "Why?" she asked */
        if (j == i + 1 && (nx->flags & TOK_LOWER) && i > 0 && !t[i - 1].space_after &&
            text[tk->start] == '.' && seg_is_unit_word(text + t[i - 1].start, t[i - 1].end - t[i - 1].start))
            return false; /* "rose 2.5 pct. to 3.75 dlrs" */
        bool ellipsis = text[tk->start] == '.' && tk->end - tk->start >= 2;
        if (ellipsis || (unsigned char)text[tk->start] == 0xE2) return (nx->flags & TOK_UPPER) != 0;
        return true;
    }
    if (i + 1 < n && (t[i + 1].flags & TOK_UPPER)) {
        /* "... 04:18 PM This Friday": a time at the end of an e-mail header line */
        if (i > 0 && (t[i - 1].flags & TOK_DIGIT) && (is_text(text, tk, "AM") || is_text(text, tk, "PM")))
            return !is_time_zone(text, &t[i + 1]);
        if (tk->flags & TOK_EMOTICON) return true;
    }
    if (tk->flags & TOK_ABBR) {
        if (i + 1 >= n) return true;
        const seg_token *nx = &t[i + 1];
        if (seg_is_title(text + tk->start, tk->end - tk->start)) return false;
        if (!(nx->flags & TOK_UPPER)) return false;
        if (is_text(text, tk, "etc.")) return true; /* EWT: 30 sentences end with it, 1 goes on */
        if ((is_text(text, tk, "p.m.") || is_text(text, tk, "a.m.")) && i > 0 && (t[i - 1].flags & TOK_DIGIT))
            return clock_time_ends(text, t, n, i);
        return seg_is_starter(text + nx->start, nx->end - nx->start);
    }
    return false;
}

/* Is token t an abbreviation that a number follows ("Feb. 24", "No. 10", "Art. 5")? */
static bool before_number(const char *text, const seg_token *t) {
    return (t->flags & TOK_ABBR) && (seg_is_title(text + t->start, t->end - t->start) ||
                                     seg_is_month(text + t->start, t->end - t->start));
}

/* The value of a list number ("3" of "3. The ..."): one or two digits followed by a period
   and a capitalized word or an opening mark, not after "Feb." or "No."; -1 when token i is
   not one. */
static int list_number(const char *text, const seg_token *t, int n, int i) {
    if (i + 2 >= n || !(t[i].flags & TOK_DIGIT) || t[i].end - t[i].start > 2 || t[i].space_after) return -1;
    if (i > 0 && before_number(text, &t[i - 1])) return -1; /* "on Feb. 24. NATO ..." */
    int v = 0;
    for (uint32_t k = t[i].start; k < t[i].end; k++) {
        if (text[k] < '0' || text[k] > '9') return -1;
        v = v * 10 + text[k] - '0';
    }
    if (!is_text(text, &t[i + 1], ".") || !t[i + 1].space_after) return -1;
    if (!(t[i + 2].flags & (TOK_UPPER | TOK_OPEN))) return -1;
    return v;
}

/*
** Does the line that ends with token t (the one before a line that starts with an item number)
** stand apart from it?  It does when it ends with a capitalised word that is no month or day
** name ("Iran threatened Israel\n2. China ...") or with a closing bracket or quotation mark.
** A line that ends in lower case, a number or a sign goes on into a number at the start of
** the next: "killed at least\n12. Ukraine's ...", "in\n2022.", "cost $\n2.", "February\n24.", and
** so does one that ends with a noun a number names the instance of: "invoke Article\n5."
*/
static bool line_apart(const char *text, const seg_token *t) {
    if (t->flags & TOK_CLOSE) return true;
    return (t->flags & TOK_UPPER) && (t->flags & TOK_WORD) && !(t->flags & TOK_ABBR) &&
           !seg_is_date_word(text + t->start, t->end - t->start) &&
           !seg_is_number_noun(text + t->start, t->end - t->start);
}

/*
** Is token i the number of a numbered list item ("1. The pricing ...")?  EWT starts a sentence
** with it.  It is when it opens the paragraph or follows the end of a sentence or a colon, or
** when the paragraph has the item number before or after it (within 400 tokens), or when it
** starts a line, a capitalised word follows it and the line before stands apart (line_apart).
*/
static bool is_list_item(const char *text, const seg_token *t, int n, int i) {
    int v = list_number(text, t, n, i);
    if (v < 0) return false;
    if (i > 0 && seg_is_month_name(text + t[i - 1].start, t[i - 1].end - t[i - 1].start))
        return false; /* "on Feb\n17. The ...": a day, wrapped */
    if (i == 0 || (t[i - 1].flags & (TOK_TERM | TOK_ABBR)) || is_text(text, &t[i - 1], ":")) return true;
    if ((t[i].flags & TOK_NEWLINE) && (t[i + 2].flags & TOK_UPPER) && line_apart(text, &t[i - 1])) return true;
    int lo = i > 400 ? i - 400 : 0, hi = i + 400 < n ? i + 400 : n;
    for (int k = lo; k < hi; k++) {
        if (k == i || !(t[k].flags & TOK_DIGIT)) continue;
        int w = list_number(text, t, n, k);
        if (w >= 0 && (w == v + 1 || w == v - 1)) return true;
    }
    return false;
}

/* Does a line that ends with token t go on in the next line ("talks with,", "and")? */
static bool line_goes_on(const char *text, const seg_token *t) {
    static const char *const words[] = {",", ";", "-", "–", "—", "(", "&", "and", "or", "but", "of", "the",
                                        "a", "an", "to", "in", "on", "at", "for", "with", "by", "from", NULL};
    for (int k = 0; words[k]; k++)
        if (is_text(text, t, words[k])) return true;
    return (t->flags & TOK_OPEN) != 0;
}

enum { MARK_NONE, MARK_BULLET, MARK_DASH, MARK_NUMBER };

/* Is token t an item label: a number of one or two digits, or a single letter ("2", "b")? */
static bool item_label(const char *text, const seg_token *t) {
    uint32_t len = t->end - t->start;
    char c = text[t->start];
    if (t->flags & TOK_DIGIT) return len <= 2;
    return len == 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/* The kind of list mark that token i is when it starts a line (or the paragraph) and a word
   follows it: a bullet ("•", "*"), a dash ("-"), an item label with a bracket ("2)", "(2)",
   "b)", "(b)"), or none. */
static int line_mark(const char *text, const seg_token *t, int n, int i) {
    if ((i > 0 && !(t[i].flags & TOK_NEWLINE)) || i + 1 >= n) return MARK_NONE;
    int k = is_text(text, &t[i], "(") && !t[i].space_after ? i + 1 : i; /* "(2)" */
    if (k + 2 < n && item_label(text, &t[k]) && !t[k].space_after && is_text(text, &t[k + 1], ")") &&
        (t[k + 2].flags & (TOK_UPPER | TOK_LOWER)))
        return MARK_NUMBER;
    if (!(t[i + 1].flags & (TOK_UPPER | TOK_LOWER))) return MARK_NONE; /* "6\n- 2": a score */
    if (is_text(text, &t[i], "-")) return MARK_DASH;
    static const char *const bullets[] = {"•", "●", "▪", "◦", "‣", "*", NULL};
    for (int k = 0; bullets[k]; k++)
        if (is_text(text, &t[i], bullets[k])) return MARK_BULLET;
    return MARK_NONE;
}

/*
** Is token i a list mark that starts an item of a plain-text list, and so a sentence?  A bullet
** is.  A dash or a bracketed number is when the line before does not go on into it ("and\n2)
** ...") and either that line ends with a colon or the paragraph has another mark of its kind
** (marks[] counts them by kind): a single "- " at the start of a wrapped line is a dash in the
** prose.  (Numbers with a period, "3. ", are list items by is_list_item(); en and em dashes
** are left to the prose.)
*/
static bool is_bullet(const char *text, const seg_token *t, int n, int i, const int *marks) {
    int kind = line_mark(text, t, n, i);
    if (kind == MARK_BULLET) return true;
    if (!kind || i == 0 || line_goes_on(text, &t[i - 1])) return false;
    if (kind == MARK_NUMBER) { /* a lone "2) China ...", as a lone "2. China ..." (is_list_item) */
        int k = is_text(text, &t[i], "(") ? i + 1 : i;
        if ((t[k].flags & TOK_DIGIT) && (t[k + 2].flags & TOK_UPPER) && line_apart(text, &t[i - 1])) return true;
    }
    /* it and another of its kind, or a capitalized item of a bulleted list ("* The US rejected
       ...\n- NATO condemned ...", but not "* Troops moved in\n- and NATO met") */
    return is_text(text, &t[i - 1], ":") || marks[kind] >= 2 ||
           (marks[MARK_BULLET] >= 1 && i + 1 < n && (t[i + 1].flags & TOK_UPPER));
}

/*
** Line breaks that end sentences: in a paragraph of unpunctuated lines, such as a list of
** headlines ("Russia threatens Ukraine\nChina warns Taiwan\nIran rejects US offer"), each
** line that is not obviously continued ends its sentence.  Wrapped prose is left alone: it
** shows itself by a line that starts in lower case (after an opening quote or not), or by
** its last line ending with a mark ("... Islamic State militants,\nReuters reports.").  At
** least two line ends that do not go on, each before a capitalized word or a number, are
** needed; or, in a paragraph of just two such lines, one, when the first is short (under
** SHORT_LINE bytes, shorter than prose is wrapped at): "Russia sent troops to Belarus on
** Monday\nUkraine accused Russia of blackmail", two headlines.
*/
#define SHORT_LINE 50
static void line_breaks(const char *text, const seg_token *t, int n, bool *brk) {
    if (t[n - 1].flags & (TOK_TERM | TOK_CLOSE)) return;
    int candidates = 0, lines = 1, first_end = 0;
    for (int i = 1; i < n; i++) {
        if (!(t[i].flags & TOK_NEWLINE)) continue;
        lines++;
        if (!first_end) first_end = i;
        if (brk[i - 1]) continue;
        int w = (t[i].flags & TOK_OPEN) && i + 1 < n ? i + 1 : i;
        if (t[w].flags & TOK_LOWER) return; /* wrapped prose */
        if (!line_goes_on(text, &t[i - 1]) && (t[i].flags & (TOK_UPPER | TOK_DIGIT))) candidates++;
    }
    if (candidates < 2 && !(candidates == 1 && lines == 2 && t[first_end - 1].end - t[0].start < SHORT_LINE))
        return;
    for (int i = 1; i < n; i++)
        if ((t[i].flags & TOK_NEWLINE) && !brk[i - 1] && !line_goes_on(text, &t[i - 1]) &&
            (t[i].flags & (TOK_UPPER | TOK_DIGIT)))
            brk[i - 1] = true;
}

/* Mark in brk[i] whether a sentence ends after token i of the paragraph. */
static void find_boundaries(const char *text, const seg_token *t, int n, bool *brk) {
    memset(brk, 0, (size_t)n);
    for (int i = 0; i < n - 1; i++) {
        int last;
        if (ends_sentence(text, t, n, i, &last)) {
            brk[last] = true;
            i = last;
        }
    }
    int marks[MARK_NUMBER + 1] = {0}; /* the paragraph's list marks of each kind */
    for (int i = 0; i < n; i++) marks[line_mark(text, t, n, i)]++;
    for (int i = 1; i < n; i++)
        if (is_bullet(text, t, n, i, marks)) brk[i - 1] = true;
    line_breaks(text, t, n, brk);
    for (int i = 0; i + 2 < n; i++)
        if (is_list_item(text, t, n, i)) {
            if (i > 0) brk[i - 1] = true;
            brk[i] = brk[i + 1] = false;
        }
    brk[n - 1] = true;
}

/*
** Copy the word form src[0..n) to dst with a NUL, leaving out soft hyphens (U+00AD), which
** pages put inside words as hyphenation hints ("Rus&shy;sian"): they are invisible, and the
** form is the word.  A form that is nothing else is kept as it is.  Returns the length.
*/
static size_t copy_form(char *dst, const char *src, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && (unsigned char)src[i] == 0xC2 && (unsigned char)src[i + 1] == 0xAD) {
            i++;
            continue;
        }
        dst[k++] = src[i];
    }
    if (k == 0) {
        memcpy(dst, src, n);
        k = n;
    }
    dst[k] = 0;
    return k;
}

/* Append the sentence made of tokens t[a..b] (inclusive) to the list; split_period makes the
   last token's final period a token of its own. */
static void add_sentence(dyad_document *doc, sentence_list *sl, const seg_token *t, int a, int b,
                         bool split_period, int paragraph) {
    dyad_arena *ar = doc->arena;
    int n_tokens = b - a + 1 + (split_period ? 1 : 0);
    int n_words = split_period ? 1 : 0;
    size_t form_bytes = split_period ? 2 : 0;
    for (int i = a; i <= b; i++) {
        n_words += t[i].n_words;
        form_bytes += t[i].end - t[i].start + t[i].n_words;
    }
    if (sl->n == sl->cap) {
        sl->cap = sl->cap ? sl->cap * 2 : 64;
        sl->s = dyad_xrealloc(sl->s, sizeof(dyad_sentence) * (size_t)sl->cap);
    }
    dyad_sentence *s = &sl->s[sl->n++];
    memset(s, 0, sizeof *s);
    s->paragraph = paragraph;
    s->n_tokens = n_tokens;
    s->n_words = n_words;
    s->tokens = dyad_arena_alloc(ar, sizeof(dyad_token) * (size_t)n_tokens);
    s->words = dyad_arena_alloc(ar, sizeof(dyad_word) * (size_t)n_words);
    char *forms = dyad_arena_alloc(ar, form_bytes);
    int ti = 0, wi = 0;
    for (int i = a; i <= b; i++) {
        seg_token st = t[i];
        bool last_split = split_period && i == b;
        if (last_split) st.end--;
        dyad_token *tok = &s->tokens[ti++];
        tok->start = st.start;
        tok->end = st.end;
        tok->first_word = wi;
        tok->n_words = st.n_words;
        tok->space_after = last_split ? false : st.space_after;
        for (int k = 0; k < st.n_words; k++) {
            dyad_word *w = &s->words[wi++];
            uint32_t ws = st.start + st.split[k];
            uint32_t we = k + 1 == st.n_words ? st.end : st.start + st.split[k + 1];
            size_t len = copy_form(forms, doc->text + ws, we - ws);
            w->form = forms;
            forms += len + 1;
            w->start = st.start;
            w->end = st.end;
            w->head = -1;
        }
        if (last_split) {
            dyad_token *p = &s->tokens[ti++];
            p->start = st.end;
            p->end = st.end + 1;
            p->first_word = wi;
            p->n_words = 1;
            p->space_after = t[i].space_after;
            dyad_word *w = &s->words[wi++];
            forms[0] = '.';
            forms[1] = 0;
            w->form = forms;
            w->start = p->start;
            w->end = p->end;
            w->head = -1;
        }
    }
    s->start = s->tokens[0].start;
    s->end = s->tokens[n_tokens - 1].end;
}

/* Forced sentence ends in a document: how many, and the first. */
typedef struct forced_splits {
    long n;
    uint32_t first;         /* offset in the text of the first word after the first split */
} forced_splits;

/* Is token t a comma, semicolon or colon: a place to split an overlong sentence? */
static bool is_pause(const char *text, const seg_token *t) {
    return is_text(text, t, ",") || is_text(text, t, ";") || is_text(text, t, ":");
}

/*
** Add sentence ends to brk so that no sentence of the paragraph's n tokens has more than
** DYAD_MAX_SENTENCE_WORDS words (one is kept in reserve for a final abbreviation's period,
** which add_sentence may split off).  A forced end goes after the last comma, semicolon or
** colon, or before the last line break, in the last quarter of the sentence, else at the limit.
*/
static void cap_sentences(const char *text, const seg_token *t, int n, bool *brk, forced_splits *fs) {
    int a = 0, words = 0;
    for (int i = 0; i < n; i++) {
        if (i > a && words + t[i].n_words + 1 > DYAD_MAX_SENTENCE_WORDS) {
            int cut = i - 1, low = i - (i - a) / 4;
            for (int j = i - 1; j > a && j >= low; j--)
                if (is_pause(text, &t[j]) || (t[j + 1].flags & TOK_NEWLINE)) {
                    cut = j;
                    break;
                }
            brk[cut] = true;
            if (fs->n++ == 0) fs->first = t[cut + 1].start;
            a = cut + 1;
            words = 0;
            i = cut;
            continue;
        }
        words += t[i].n_words;
        if (brk[i]) {
            a = i + 1;
            words = 0;
        }
    }
}

/* Report the forced splits of doc, at the first (file:line:col when the text is the file's). */
static void report_splits(const dyad_document *doc, const forced_splits *fs) {
    if (fs->n == 0) return;
    long line = doc->origin_line, col = 0;
    char where[64] = "";
    if (doc->origin_col > 0) {
        size_t bol = 0;
        for (size_t i = 0; i < fs->first; i++)
            if (doc->text[i] == '\n') line++, bol = i + 1;
        col = (long)(fs->first - bol) + (bol == 0 ? doc->origin_col : 1);
    } else {
        snprintf(where, sizeof where, " (at byte %lu of the document's text)", (unsigned long)fs->first);
    }
    if (fs->n == 1)
        dyad_note(doc->origin, line, col, "sentence longer than %d words split here%s", DYAD_MAX_SENTENCE_WORDS,
                  where);
    else
        dyad_note(doc->origin, line, col, "sentence longer than %d words split here%s, and %ld more time%s in "
                  "the document", DYAD_MAX_SENTENCE_WORDS, where, fs->n - 1, fs->n == 2 ? "" : "s");
}

/* Split the paragraph's tokens into sentences; brk is scratch space for n flags. */
static void split_paragraph(dyad_document *doc, sentence_list *sl, const seg_tokenizer *tz, bool *brk,
                            int paragraph, forced_splits *fs) {
    const seg_token *t = tz->toks;
    int n = tz->n, a = 0;
    find_boundaries(doc->text, t, n, brk);
    cap_sentences(doc->text, t, n, brk, fs);
    for (int i = 0; i < n; i++) {
        if (!brk[i]) continue;
        bool split = single_period_abbrev(doc->text, &t[i]);
        add_sentence(doc, sl, t, a, i, split, paragraph);
        a = i + 1;
    }
}

/* End of the paragraph that starts at p: the first blank line after it, or end. *next gets
   where the next paragraph may begin. */
static size_t paragraph_end(const char *s, size_t p, size_t end, size_t *next) {
    while (p < end) {
        const char *nl = memchr(s + p, '\n', end - p);
        if (!nl) break;
        size_t i = (size_t)(nl - s) + 1;
        while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v')) i++;
        if (i < end && s[i] == '\n') {
            *next = i + 1;
            return (size_t)(nl - s);
        }
        p = i;
    }
    *next = end;
    return end;
}

int dyad_segment(dyad_document *doc) {
    size_t end = doc->text_len;
    if (end > UINT32_MAX - 2) end = UINT32_MAX - 2; /* spans are 32-bit */
    size_t p = doc->body_start < end ? doc->body_start : end;
    seg_tokenizer tz = {0};
    sentence_list sl = {0};
    bool *brk = NULL;
    int brk_cap = 0, paragraph = 0;
    forced_splits fs = {0};
    int later = 0; /* the next of doc->later_datelines */
    while (p < end) {
        size_t next;
        size_t pe = paragraph_end(doc->text, p, end, &next);
        for (;;) { /* datelines in the paragraph */
            while (later < doc->n_later_datelines && doc->later_datelines[later][0] < p) later++;
            if (later == doc->n_later_datelines || doc->later_datelines[later][0] >= pe) break;
            size_t q = p, dl = doc->later_datelines[later][0];
            while (q < dl && strchr(" \t\r\n\f\v", doc->text[q])) q++;
            if (q < dl) { /* one opens a line inside it: the paragraph ends there */
                pe = next = dl;
                break;
            }
            /* the paragraph opens with one (and is all dateline when its story starts below) */
            size_t body = doc->later_datelines[later++][1];
            p = body < pe ? body : pe;
        }
        int n = seg_tokenize(&tz, doc->text, p, pe);
        if (n > 0) {
            if (n > brk_cap) {
                brk_cap = tz.cap;
                brk = dyad_xrealloc(brk, (size_t)brk_cap);
            }
            split_paragraph(doc, &sl, &tz, brk, paragraph, &fs);
            paragraph++;
        }
        p = next;
    }
    free(brk);
    seg_tokenizer_free(&tz);
    report_splits(doc, &fs);
    doc->n_sentences = sl.n;
    doc->sentences = dyad_arena_alloc(doc->arena, sizeof(dyad_sentence) * (size_t)(sl.n ? sl.n : 1));
    if (sl.n) memcpy(doc->sentences, sl.s, sizeof(dyad_sentence) * (size_t)sl.n);
    free(sl.s);
    return doc->n_sentences;
}
