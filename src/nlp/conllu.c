/*
** conllu.c - reading and writing CoNLL-U (https://universaldependencies.org/format.html).
**
** Reading turns a treebank into dyad_documents whose text is rebuilt from the tokens, so that
** the same structs serve training, evaluation with gold tokens, and evaluation from raw text.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "util/util.h"

/* The largest word id read (ids are ints; any sentence dyad writes is far shorter). */
#define MAX_WORD_ID 1000000000

/* One token or word line of the sentence being read, fields split in place. */
typedef struct line {
    char *f[10];
    long lineno;
    int id, id_end; /* id_end > id for a multiword range "id-id_end" */
} line;

typedef struct reader {
    const char *path;
    dyad_document **docs;
    int n_docs;
    dyad_document *doc;     /* document being built */
    dyad_buf text;          /* its text so far */
    long chars;             /* characters (code points) in text */
    dyad_sentence *sents;   /* its sentences so far (malloc'd, copied into the arena at the end) */
    int n_sents, cap_sents;
    bool last_space_after;  /* SpaceAfter of the last token of the previous sentence */
    int paragraph;
    bool new_par;
    char *sent_id;
    line *lines;
    int n_lines, cap_lines;
    long sent_line;         /* line where the current sentence starts */
    bool bad;               /* current sentence is malformed and is skipped */
} reader;

static void finish_doc(reader *r) {
    if (!r->doc) return;
    dyad_document *d = r->doc;
    d->text = dyad_arena_strndup(d->arena, r->text.data ? r->text.data : "", r->text.len);
    d->text_len = r->text.len;
    d->n_sentences = r->n_sents;
    d->sentences = dyad_arena_alloc(d->arena, sizeof(dyad_sentence) * (size_t)(r->n_sents ? r->n_sents : 1));
    if (r->n_sents) memcpy(d->sentences, r->sents, sizeof(dyad_sentence) * (size_t)r->n_sents);
    r->docs = dyad_xrealloc(r->docs, sizeof(*r->docs) * (size_t)(r->n_docs + 1));
    r->docs[r->n_docs++] = d;
    r->doc = NULL;
    dyad_buf_free(&r->text);
    r->chars = 0;
    r->n_sents = 0;
    r->paragraph = 0;
    r->new_par = false;
}

static void start_doc(reader *r, const char *id) {
    finish_doc(r);
    r->doc = dyad_document_new();
    r->doc->id = dyad_arena_strdup(r->doc->arena, id);
    r->doc->origin = dyad_arena_strdup(r->doc->arena, r->path);
}

/* Append s to the document's text, counting its characters. */
static void text_add(reader *r, const char *s) {
    size_t n = strlen(s);
    dyad_buf_add(&r->text, s, n);
    r->chars += dyad_utf8_chars(s, n);
}

/* A token's TokenRange=START:END in MISC (character offsets in the text it was read from, as
   dyad parse writes them): its START, or -1. */
static long token_range_start(const char *misc) {
    for (const char *p = misc; (p = strstr(p, "TokenRange=")) != NULL; p++) {
        if (p != misc && p[-1] != '|') continue;
        char *end;
        long v = strtol(p + 11, &end, 10);
        return *end == ':' && v >= 0 ? v : -1;
    }
    return -1;
}

static bool has_misc(const char *misc, const char *item) {
    size_t n = strlen(item);
    for (const char *p = misc; (p = strstr(p, item)) != NULL; p += n)
        if ((p == misc || p[-1] == '|') && (p[n] == 0 || p[n] == '|')) return true;
    return false;
}

static void bad_line(reader *r, const line *l, int field, const char *why) {
    long col = 1;
    if (field > 0) col = (long)(l->f[field] - l->f[0]) + 1;
    dyad_warn(r->path, l->lineno, col, "%s; sentence skipped", why);
    r->bad = true;
}

/*
** Check that the heads of words 1..n (heads[1..n]; -1 for "_") form a tree: exactly one word
** has head 0 (UD's single root) and following heads from any word reaches 0 (no cycle).  A
** sentence without heads passes.
** Linear: each word is walked once (state 0 unseen, 1 on the current path, 2 reaches the root).
*/
static bool check_tree(reader *r, const int *heads, line **word_line, int n) {
    bool any = false;
    int root = 0;
    for (int i = 1; i <= n; i++) {
        any = any || heads[i] >= 0;
        if (heads[i] == 0 && root > 0) {
            bad_line(r, word_line[i], 6, "a second word with HEAD 0 (UD allows one root)");
            return false;
        }
        if (heads[i] == 0) root = i;
    }
    if (!any) return true;
    if (!root) {
        bad_line(r, word_line[1], 6, "no word has HEAD 0 (the sentence has no root)");
        return false;
    }
    unsigned char *state = dyad_xcalloc((size_t)n + 1, 1);
    bool ok = true;
    for (int i = 1; i <= n && ok; i++) {
        int w = i;
        while (w > 0 && state[w] == 0) {
            state[w] = 1;
            w = heads[w];
        }
        if (w > 0 && state[w] == 1) {
            bad_line(r, word_line[w], 6, "the HEADs form a cycle (a word is its own ancestor)");
            ok = false;
        }
        for (w = i; w > 0 && state[w] == 1; w = heads[w]) state[w] = 2;
    }
    free(state);
    return ok;
}

/* Check the sentence's lines and turn them into a dyad_sentence of the current document. */
static void finish_sentence(reader *r) {
    if (r->n_lines == 0) goto done;
    if (r->bad) goto done;
    int n_words = 0, n_tokens = 0, covered = 0;
    for (int i = 0; i < r->n_lines; i++) {
        line *l = &r->lines[i];
        if (l->id_end) {
            if (l->id != n_words + 1 || l->id_end <= l->id) {
                bad_line(r, l, 0, "multiword token range out of order");
                goto done;
            }
            covered = l->id_end;
            n_tokens++;
        } else {
            if (l->id != n_words + 1) {
                bad_line(r, l, 0, "word ids are not 1, 2, 3, ...");
                goto done;
            }
            if (l->id > covered) n_tokens++;
            n_words++;
        }
    }
    if (covered > n_words) {
        bad_line(r, &r->lines[r->n_lines - 1], 0, "multiword token range runs past the sentence");
        goto done;
    }
    int *heads = dyad_xmalloc(sizeof *heads * (size_t)(n_words + 1));
    line **word_line = dyad_xmalloc(sizeof *word_line * (size_t)(n_words + 1));
    for (int i = 0, w = 0; i < r->n_lines; i++) {
        line *l = &r->lines[i];
        if (l->id_end) continue;
        char *end;
        errno = 0;
        long head = strtol(l->f[6], &end, 10);
        if (strcmp(l->f[6], "_") == 0) head = -1;
        else if (*end || errno || head < 0 || head > n_words) {
            bad_line(r, l, 6, "HEAD is not a word of the sentence");
            free(heads);
            free(word_line);
            goto done;
        }
        heads[++w] = (int)head;
        word_line[w] = l;
    }
    bool tree_ok = check_tree(r, heads, word_line, n_words);
    free(heads);
    free(word_line);
    if (!tree_ok) goto done;
    if (!r->doc) start_doc(r, NULL);
    dyad_document *d = r->doc;
    dyad_arena *a = d->arena;
    if (r->n_sents == r->cap_sents) {
        r->cap_sents = r->cap_sents ? r->cap_sents * 2 : 64;
        r->sents = dyad_xrealloc(r->sents, sizeof(*r->sents) * (size_t)r->cap_sents);
    }
    dyad_sentence *s = &r->sents[r->n_sents];
    memset(s, 0, sizeof *s);
    if (r->n_sents > 0) {
        if (r->new_par) {
            text_add(r, "\n\n");
            r->paragraph++;
        } else if (r->last_space_after) {
            text_add(r, " ");
        }
    }
    r->n_sents++;
    s->id = dyad_arena_strdup(a, r->sent_id);
    s->paragraph = r->paragraph;
    s->n_words = n_words;
    s->n_tokens = n_tokens;
    s->words = dyad_arena_alloc(a, sizeof(dyad_word) * (size_t)n_words);
    s->tokens = dyad_arena_alloc(a, sizeof(dyad_token) * (size_t)n_tokens);
    s->start = (uint32_t)r->text.len;
    int w = 0, t = 0, mwt_end = 0;
    dyad_token *tok = NULL;
    for (int i = 0; i < r->n_lines; i++) {
        line *l = &r->lines[i];
        bool opens_token = l->id_end || l->id > mwt_end;
        if (opens_token) {
            tok = &s->tokens[t++];
            /* where the token was in the text it was parsed from: spaces up to there, so that
               event spans count as in that text (headline, dateline and line breaks become
               spaces) */
            long at = token_range_start(l->f[9]);
            while (at > r->chars) text_add(r, " ");
            tok->start = (uint32_t)r->text.len;
            text_add(r, l->f[1]);
            tok->end = (uint32_t)r->text.len;
            tok->first_word = w;
            tok->n_words = l->id_end ? l->id_end - l->id + 1 : 1;
            tok->space_after = !has_misc(l->f[9], "SpaceAfter=No");
            if (i + 1 < r->n_lines && tok->space_after) text_add(r, " ");
            if (l->id_end) {
                mwt_end = l->id_end;
                continue;
            }
        }
        dyad_word *wd = &s->words[w++];
        wd->form = dyad_arena_strdup(a, l->f[1]);
        wd->lemma = dyad_arena_strdup(a, l->f[2]);
        wd->upos = (uint8_t)dyad_upos_from_name(l->f[3]);
        wd->xpos = strcmp(l->f[4], "_") ? dyad_arena_strdup(a, l->f[4]) : NULL;
        wd->head = strcmp(l->f[6], "_") ? atoi(l->f[6]) : -1;
        wd->deprel = strcmp(l->f[7], "_") ? dyad_arena_strdup(a, l->f[7]) : NULL;
        wd->start = tok->start;
        wd->end = tok->end;
    }
    /* The last token's trailing space, if any, belongs between sentences, not to this one. */
    if (r->text.len > 0 && tok && tok->space_after && r->text.len > tok->end) {
        r->text.len--;
        r->chars--;
    }
    r->text.data[r->text.len] = 0;
    if (n_tokens > 0) s->start = s->tokens[0].start;
    s->end = (uint32_t)r->text.len;
    r->last_space_after = tok ? tok->space_after : true;
    r->new_par = false;
done:
    r->n_lines = 0;
    r->bad = false;
    free(r->sent_id);
    r->sent_id = NULL;
}

static void read_comment(reader *r, char *p) {
    p++;
    while (*p == ' ') p++;
    if (strncmp(p, "newdoc", 6) == 0) {
        char *id = strstr(p, "id =");
        if (id) {
            id += 4;
            while (*id == ' ') id++;
        }
        start_doc(r, id);
    } else if (strncmp(p, "date =", 6) == 0 || strncmp(p, "title =", 7) == 0 ||
               strncmp(p, "dateline =", 10) == 0) {
        /* document metadata dyad parse writes after "# newdoc" */
        if (!r->doc) start_doc(r, NULL);
        char *v = strchr(p, '=') + 1;
        while (*v == ' ') v++;
        const char *copy = dyad_arena_strdup(r->doc->arena, v);
        if (p[1] == 'i') r->doc->title = copy;
        else if (p[4] == 'l') r->doc->dateline = copy;
        else r->doc->date = copy;
    } else if (strncmp(p, "newpar", 6) == 0) {
        r->new_par = true;
    } else if (strncmp(p, "sent_id", 7) == 0) {
        char *v = strchr(p, '=');
        if (v) {
            v++;
            while (*v == ' ') v++;
            free(r->sent_id);
            r->sent_id = dyad_xstrdup(v);
        }
    }
}

static void read_word_line(reader *r, char *p, long lineno) {
    if (r->bad) return;
    if (r->n_lines == 0) r->sent_line = lineno;
    line l = {.lineno = lineno};
    int n = 0;
    l.f[n++] = p;
    for (char *q = p; *q; q++)
        if (*q == '\t') {
            *q = 0;
            if (n == 10) {
                n++;
                break;
            }
            l.f[n++] = q + 1;
        }
    if (n != 10) {
        if (r->n_lines == r->cap_lines) {
            r->cap_lines = r->cap_lines ? r->cap_lines * 2 : 64;
            r->lines = dyad_xrealloc(r->lines, sizeof(line) * (size_t)r->cap_lines);
        }
        l.f[0] = p;
        dyad_warn(r->path, lineno, 1, "expected 10 tab-separated fields, found %d; sentence skipped", n);
        r->bad = true;
        return;
    }
    char *end;
    long id = strtol(l.f[0], &end, 10);
    if (*end == '.') return; /* empty node of the enhanced graph: not a word */
    if (end == l.f[0] || id < 1 || id > MAX_WORD_ID) {
        bad_line(r, &l, 0, "ID is not a word number");
        return;
    }
    l.id = (int)id;
    if (*end == '-') {
        char *e2;
        long id2 = strtol(end + 1, &e2, 10);
        if (*e2 || id2 <= id || id2 > MAX_WORD_ID) {
            bad_line(r, &l, 0, "bad multiword token range");
            return;
        }
        l.id_end = (int)id2;
    } else if (*end) {
        bad_line(r, &l, 0, "ID is not a word number");
        return;
    }
    if (!*l.f[1]) {
        bad_line(r, &l, 1, "empty FORM");
        return;
    }
    if (r->n_lines == r->cap_lines) {
        r->cap_lines = r->cap_lines ? r->cap_lines * 2 : 64;
        r->lines = dyad_xrealloc(r->lines, sizeof(line) * (size_t)r->cap_lines);
    }
    r->lines[r->n_lines++] = l;
}

int dyad_conllu_read(const char *path, dyad_document ***docs) {
    size_t len;
    const char *err;
    char *data = dyad_read_file(path, &len, &err);
    *docs = NULL;
    if (!data) {
        dyad_error(path, 0, 0, "cannot read: %s", err);
        return -1;
    }
    reader r = {.path = path ? path : "-", .last_space_after = true};
    long lineno = 0;
    char *p = data, *end = data + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        *nl = 0;
        if (nl > p && nl[-1] == '\r') nl[-1] = 0;
        lineno++;
        if (*p == '#') {
            if (r.n_lines == 0 && !r.bad) read_comment(&r, p);
        } else if (*p == 0) {
            finish_sentence(&r);
        } else {
            read_word_line(&r, p, lineno);
        }
        p = nl + 1;
    }
    finish_sentence(&r);
    finish_doc(&r);
    free(r.sents);
    free(r.lines);
    free(r.sent_id);
    free(data);
    *docs = r.docs;
    return r.n_docs;
}

/* ------------------------------------------------------------------ writing */

/* The CoNLL-U text of a document is put together in a buffer, a sentence at a time. */
static void put_field(dyad_buf *b, const char *s) {
    dyad_buf_puts(b, s && *s ? s : "_");
}

/* Append the decimal digits of v (which may be negative). */
static void put_long(dyad_buf *b, long v) {
    char d[24];
    int n = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do d[n++] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) d[n++] = '-';
    char r[24];
    for (int i = 0; i < n; i++) r[i] = d[n - 1 - i];
    dyad_buf_add(b, r, (size_t)n);
}

static void put_range(dyad_buf *b, long start, long end, bool space_after) {
    dyad_buf_puts(b, "TokenRange=");
    put_long(b, start);
    dyad_buf_putc(b, ':');
    put_long(b, end);
    if (!space_after) dyad_buf_puts(b, "|SpaceAfter=No");
    dyad_buf_putc(b, '\n');
}

/* Length of a line break or other control character at s[0..n) (C0 controls, DEL, U+0085,
   U+2028, U+2029: what line-oriented readers such as Python's splitlines() may break at), or 0. */
static size_t control_at(const char *s, size_t n) {
    unsigned char c = (unsigned char)s[0];
    if (c < 0x20 || c == 0x7F) return 1;
    if (c == 0xC2 && n >= 2 && (unsigned char)s[1] == 0x85) return 2;
    if (c == 0xE2 && n >= 3 && (unsigned char)s[1] == 0x80 && ((unsigned char)s[2] == 0xA8 || (unsigned char)s[2] == 0xA9))
        return 3;
    return 0;
}

/* Append s[0..n) on one line: each control character (control_at) becomes a space. */
static void put_line_text(dyad_buf *b, const char *s, size_t n) {
    size_t i = 0, from = 0;
    while (i < n) {
        size_t k = control_at(s + i, n - i);
        if (!k) {
            i++;
            continue;
        }
        dyad_buf_add(b, s + from, i - from);
        dyad_buf_putc(b, ' ');
        i += k;
        from = i;
    }
    dyad_buf_add(b, s + from, n - from);
}

/* Append an id for "# newdoc id" or "# sent_id" on one line: its control characters (a JSON
   Lines "id" may hold "\t" or "\n") become spaces, as in # text; other characters are kept, so
   that a document read back from the CoNLL-U keeps its id ("kyiv report"). */
static void put_id(dyad_buf *b, const char *id) {
    put_line_text(b, id, strlen(id));
}

/* A document metadata comment "# name = value" (on one line), if value. */
static void put_meta(dyad_buf *b, const char *name, const char *value) {
    if (!value || !*value) return;
    dyad_buf_puts(b, "# ");
    dyad_buf_puts(b, name);
    dyad_buf_puts(b, " = ");
    put_line_text(b, value, strlen(value));
    dyad_buf_putc(b, '\n');
}

void dyad_write_conllu(FILE *f, const dyad_document *doc) {
    dyad_char_cursor cur = {doc->text, 0, 0};
    dyad_buf b = {0};
    if (doc->id) {
        dyad_buf_puts(&b, "# newdoc id = ");
        put_id(&b, doc->id);
        dyad_buf_putc(&b, '\n');
    }
    put_meta(&b, "date", doc->date);
    put_meta(&b, "title", doc->title);
    put_meta(&b, "dateline", doc->dateline);
    if (b.len) fwrite(b.data, 1, b.len, f);
    for (int i = 0; i < doc->n_sentences; i++) {
        const dyad_sentence *s = &doc->sentences[i];
        b.len = 0;
        if (i == 0 || s->paragraph != doc->sentences[i - 1].paragraph) dyad_buf_puts(&b, "# newpar\n");
        dyad_buf_puts(&b, "# sent_id = ");
        if (s->id) {
            put_id(&b, s->id);
        } else {
            put_id(&b, doc->id ? doc->id : "doc");
            dyad_buf_putc(&b, '-');
            put_long(&b, i + 1);
        }
        dyad_buf_puts(&b, "\n# text = ");
        put_line_text(&b, doc->text + s->start, s->end - s->start);
        dyad_buf_putc(&b, '\n');
        for (int t = 0; t < s->n_tokens; t++) {
            const dyad_token *tok = &s->tokens[t];
            long start = dyad_char_cursor_at(&cur, tok->start), end = dyad_char_cursor_at(&cur, tok->end);
            if (tok->n_words > 1) {
                put_long(&b, tok->first_word + 1);
                dyad_buf_putc(&b, '-');
                put_long(&b, tok->first_word + tok->n_words);
                dyad_buf_putc(&b, '\t');
                dyad_buf_add(&b, doc->text + tok->start, tok->end - tok->start);
                dyad_buf_puts(&b, "\t_\t_\t_\t_\t_\t_\t_\t");
                put_range(&b, start, end, tok->space_after);
            }
            for (int k = 0; k < tok->n_words; k++) {
                int wi = tok->first_word + k;
                const dyad_word *w = &s->words[wi];
                put_long(&b, wi + 1);
                dyad_buf_putc(&b, '\t');
                put_field(&b, w->form);
                dyad_buf_putc(&b, '\t');
                put_field(&b, w->lemma);
                dyad_buf_putc(&b, '\t');
                dyad_buf_puts(&b, dyad_upos_name(w->upos));
                dyad_buf_putc(&b, '\t');
                put_field(&b, w->xpos);
                dyad_buf_puts(&b, "\t_\t");
                if (w->head >= 0) put_long(&b, w->head);
                else dyad_buf_putc(&b, '_');
                dyad_buf_putc(&b, '\t');
                put_field(&b, w->deprel);
                dyad_buf_puts(&b, "\t_\t");
                if (tok->n_words > 1) dyad_buf_puts(&b, "_\n");
                else put_range(&b, start, end, tok->space_after);
            }
        }
        dyad_buf_putc(&b, '\n');
        fwrite(b.data, 1, b.len, f);
    }
    dyad_buf_free(&b);
}
