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

/* Does a sentence end after token i of the paragraph's n tokens?  *last gets the index of the
   sentence's last token (after closing quotes and brackets that belong to it). */
static bool ends_sentence(const char *text, const seg_token *t, int n, int i, int *last) {
    *last = i;
    const seg_token *tk = &t[i];
    if (tk->flags & TOK_TERM) {
        int j = i + 1;
        /* closing quotes and brackets right after the mark belong to the sentence */
        while (j < n && (t[j].flags & TOK_CLOSE) && (!t[j - 1].space_after || (t[j].flags & TOK_QUOTE))) {
            if (t[j].flags & TOK_OPEN) break;
            j++;
        }
        *last = j - 1;
        if (j >= n) return true;
        const seg_token *nx = &t[j];
        bool ellipsis = text[tk->start] == '.' && tk->end - tk->start >= 2;
        if (ellipsis || (unsigned char)text[tk->start] == 0xE2) return (nx->flags & TOK_UPPER) != 0;
        return true;
    }
    if (i + 1 < n && (t[i + 1].flags & TOK_UPPER)) {
        /* "... 04:18 PM This Friday": a time at the end of an e-mail header line */
        if (i > 0 && (t[i - 1].flags & TOK_DIGIT) && tk->end - tk->start == 2 &&
            (memcmp(text + tk->start, "AM", 2) == 0 || memcmp(text + tk->start, "PM", 2) == 0))
            return true;
        if (tk->flags & TOK_EMOTICON) return true;
    }
    if (tk->flags & TOK_ABBR) {
        if (i + 1 >= n) return true;
        const seg_token *nx = &t[i + 1];
        if (seg_is_title(text + tk->start, tk->end - tk->start)) return false;
        if (!(nx->flags & TOK_UPPER)) return false;
        return seg_is_starter(text + nx->start, nx->end - nx->start);
    }
    return false;
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
            memcpy(forms, doc->text + ws, we - ws);
            forms[we - ws] = 0;
            w->form = forms;
            forms += we - ws + 1;
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

/* Split the paragraph's tokens into sentences. */
static void split_paragraph(dyad_document *doc, sentence_list *sl, const seg_tokenizer *tz, int paragraph) {
    const seg_token *t = tz->toks;
    int n = tz->n, a = 0;
    for (int i = 0; i < n; i++) {
        int last;
        if (i + 1 < n && !ends_sentence(doc->text, t, n, i, &last)) continue;
        if (i + 1 >= n) last = n - 1;
        bool split = last == i && single_period_abbrev(doc->text, &t[i]);
        add_sentence(doc, sl, t, a, last, split, paragraph);
        a = last + 1;
        i = last;
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
    int paragraph = 0;
    while (p < end) {
        size_t next;
        size_t pe = paragraph_end(doc->text, p, end, &next);
        if (seg_tokenize(&tz, doc->text, p, pe) > 0) {
            split_paragraph(doc, &sl, &tz, paragraph);
            paragraph++;
        }
        p = next;
    }
    seg_tokenizer_free(&tz);
    doc->n_sentences = sl.n;
    doc->sentences = dyad_arena_alloc(doc->arena, sizeof(dyad_sentence) * (size_t)(sl.n ? sl.n : 1));
    if (sl.n) memcpy(doc->sentences, sl.s, sizeof(dyad_sentence) * (size_t)sl.n);
    free(sl.s);
    return doc->n_sentences;
}
