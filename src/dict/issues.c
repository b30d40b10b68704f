/*
** issues.c - the issues list (PETRARCH docs/source/dictionaries.rst "Issues List",
** PETRreader.read_issue_list): <ISSUE CATEGORY=".." TYPE=".."> ... </ISSUE> blocks of
** "phrase [CODE]" lines; "~phrase" cancels the issues of a sentence and "~~phrase" of a story.
** In a phrase, "n:word" stands for the noun and its plural, "v:word" for the verb and its
** regular forms, and "a+b" for both "a b" and "a-b".
*/
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

#define MAX_VARIANTS 1024

/* A list of NUL-terminated strings. */
typedef struct strlist {
    dyad_buf b;
    int n;
} strlist;

static void sl_add(strlist *l, const char *a, const char *sep, const char *b) {
    dyad_buf_puts(&l->b, a);
    dyad_buf_puts(&l->b, sep);
    dyad_buf_puts(&l->b, b);
    dyad_buf_putc(&l->b, 0);
    l->n++;
}

/* Combine every string of l with every string of r (joined by each of seps); false when the
   result would have more than MAX_VARIANTS strings. */
static bool sl_product(strlist *l, const strlist *r, const char *const *seps, int n_seps) {
    if ((long)l->n * r->n * n_seps > MAX_VARIANTS) return false;
    strlist out = {0};
    const char *a = l->b.data;
    for (int i = 0; i < l->n; i++, a += strlen(a) + 1) {
        const char *b = r->b.data;
        for (int j = 0; j < r->n; j++, b += strlen(b) + 1)
            for (int k = 0; k < n_seps; k++) sl_add(&out, a, *a ? seps[k] : "", b);
    }
    dyad_buf_free(&l->b);
    *l = out;
    return true;
}

/* The forms of one '+'-free piece: "n:x" (x and its plural), "v:x" (x and its verb forms). */
static void piece_forms(const char *p, size_t n, strlist *out) {
    char buf[256];
    if (n >= 2 && (p[0] == 'n' || p[0] == 'v') && p[1] == ':' && n - 2 < 76) {
        size_t wn = n - 2;
        memcpy(buf, p + 2, wn);
        buf[wn] = 0;
        sl_add(out, "", "", buf);
        if (p[0] == 'n') {
            char pl[80];
            if (dict_plural(buf, wn, pl)) sl_add(out, "", "", pl);
        } else {
            char forms[3][80];
            if (dict_verb_forms(buf, wn, forms))
                for (int i = 0; i < 3; i++) sl_add(out, "", "", forms[i]);
        }
        return;
    }
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, p, n);
    buf[n] = 0;
    sl_add(out, "", "", buf);
}

/* All spellings of a lower-cased phrase; false when there are too many. */
static bool expand(const char *s, strlist *out) {
    static const char *const space[] = {" "};
    static const char *const join[] = {" ", "-"};
    sl_add(out, "", "", "");
    const char *p = s;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t') e++;
        strlist tok = {0};
        sl_add(&tok, "", "", "");
        for (const char *q = p; q < e;) {
            const char *plus = memchr(q, '+', (size_t)(e - q));
            const char *pe = plus ? plus : e;
            strlist forms = {0};
            piece_forms(q, (size_t)(pe - q), &forms);
            bool ok = sl_product(&tok, &forms, q == p ? space : join, q == p ? 1 : 2);
            dyad_buf_free(&forms.b);
            if (!ok) {
                dyad_buf_free(&tok.b);
                return false;
            }
            q = plus ? plus + 1 : e;
            if (plus && q == e) {   /* "eu+" at the end of a word: "eu" and "eu-" */
                strlist empty = {0};
                sl_add(&empty, "", "", "");
                sl_product(&tok, &empty, join, 2);
                dyad_buf_free(&empty.b);
            }
        }
        bool ok = sl_product(out, &tok, space, 1);
        dyad_buf_free(&tok.b);
        if (!ok) return false;
        p = e;
    }
    return true;
}

/* Link issue id to the phrase ids[0..k) unless an equal issue is already there. */
static void store(dyad_dict *d, const int32_t *ids, int k, int32_t id) {
    int32_t first = dict_phrases_add(&d->issue_index, ids, k, id, false);
    if (first < 0) {
        d->n_issue_names++;
        return;
    }
    const dyad_issue *x = &d->issues[id];
    int32_t i = first;
    for (;;) {
        const dyad_issue *y = &d->issues[i];
        if (i == id || (y->ignore == x->ignore && y->category == x->category &&
                        (y->code && x->code ? strcmp(y->code, x->code) == 0 : y->code == x->code)))
            return;
        if (d->issues[i].next < 0) break;
        i = d->issues[i].next;
    }
    d->issues[i].next = id;
}

/* Value of attribute name="..." in s, copied into the arena, or NULL. */
static const char *attribute(dyad_dict *d, const char *s, const char *name) {
    size_t n = strlen(name);
    for (const char *p = strstr(s, name); p; p = strstr(p + 1, name)) {
        const char *q = dict_skip(p + n);
        if ((p == s || p[-1] == ' ' || p[-1] == '\t') && *q == '=') {
            q = dict_skip(q + 1);
            if (*q != '"') return NULL;
            const char *end = strchr(q + 1, '"');
            return end ? dict_str(d, q + 1, (size_t)(end - q - 1)) : NULL;
        }
    }
    return NULL;
}

static void read_tag(dyad_dict *d, dict_lines *r, const char *line, const char *s,
                     int32_t *category) {
    if (strncmp(s, "</ISSUE>", 8) == 0 && !*dict_skip(s + 8)) {
        if (*category < 0) dict_warn(r, dict_col(line, s), "</ISSUE> without <ISSUE>");
        *category = -1;
        return;
    }
    if (strncmp(s, "<ISSUE", 6) != 0 || (s[6] != ' ' && s[6] != '\t') || s[strlen(s) - 1] != '>') {
        dict_warn(r, dict_col(line, s), "unknown tag; line skipped");
        return;
    }
    const char *name = attribute(d, s + 6, "CATEGORY");
    if (!name) {
        dict_warn(r, dict_col(line, s), "<ISSUE> without CATEGORY=\"...\"; line skipped");
        return;
    }
    if (*category >= 0)
        dict_warn(r, dict_col(line, s), "<ISSUE> of line %d is not closed by </ISSUE>",
                  d->categories[*category].line);
    dict_grow((void **)&d->categories, &d->cap.categories, d->n_categories + 1,
              sizeof *d->categories);
    dyad_issue_category *c = &d->categories[d->n_categories];
    c->name = name;
    c->type = attribute(d, s + 6, "TYPE");
    c->file = r->name;
    c->line = (int)r->line;
    *category = d->n_categories++;
}

static void read_issue(dyad_dict *d, dict_lines *r, const char *line, const char *s,
                       int32_t category) {
    int ignore = 0;
    while (*s == '~' && ignore < 2) {
        ignore++;
        s++;
    }
    const char *open = strchr(s, '['), *code = NULL;
    size_t n = strlen(s), code_len = 0;
    if (ignore == 0) {
        if (!open) {
            dict_warn(r, dict_col(line, s), "issue phrase has no [CODE]; line skipped");
            return;
        }
        const char *close = strchr(open, ']');
        code = dict_skip(open + 1);
        code_len = close ? (size_t)(close - code) : 0;
        while (code_len > 0 && (code[code_len - 1] == ' ' || code[code_len - 1] == '\t')) code_len--;
        if (!close || code_len == 0 || memchr(code, ' ', code_len) || memchr(code, '\t', code_len)) {
            dict_warn(r, dict_col(line, open), close ? "bad issue code; line skipped" :
                      "'[' without ']'; line skipped");
            return;
        }
        if (*dict_skip(close + 1))
            dict_warn(r, dict_col(line, dict_skip(close + 1)), "text after the issue code "
                      "ignored");
        n = (size_t)(open - s);
    } else if (open) {
        dict_warn(r, dict_col(line, open), "ignore phrase with a code; line skipped");
        return;
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (n == 0) {
        dict_warn(r, dict_col(line, s), "empty issue phrase; line skipped");
        return;
    }
    dyad_buf low = {0};
    dict_lower(&low, s, n);
    strlist forms = {0};
    bool ok = expand(low.data, &forms);
    dyad_buf_free(&low);
    if (!ok) {
        dict_warn(r, dict_col(line, s), "issue phrase has more than %d spellings; line skipped",
                  MAX_VARIANTS);
        dyad_buf_free(&forms.b);
        return;
    }
    dict_grow((void **)&d->issues, &d->cap.issues, d->n_issues + 1, sizeof *d->issues);
    int32_t id = d->n_issues++;
    dyad_issue *x = &d->issues[id];
    x->code = code ? dict_str(d, code, code_len) : NULL;
    x->category = category;
    x->ignore = (uint8_t)ignore;
    x->next = -1;
    x->text = dict_str(d, s, n);
    x->file = r->name;
    x->line = (int)r->line;
    const char *f = forms.b.data;
    for (int i = 0; i < forms.n; i++, f += strlen(f) + 1) {
        int32_t ids[DICT_MAX_WORDS];
        int k = dict_phrase(d, f, strlen(f), ids, DICT_MAX_WORDS);
        if (k > 0) store(d, ids, k, id);
        else if (k < 0)
            dict_warn(r, dict_col(line, s), "issue phrase longer than %d words", DICT_MAX_WORDS);
    }
    dyad_buf_free(&forms.b);
}

void dict_read_issues(dyad_dict *d, dict_lines *r) {
    int32_t category = -1;
    char *line;
    while ((line = dict_lines_next(r))) {
        const char *s = dict_skip(line);
        if (*s == '<') read_tag(d, r, line, s, &category);
        else read_issue(d, r, line, s, category);
    }
    if (category >= 0) {
        long l = r->line;
        r->line = d->categories[category].line;
        dict_warn(r, 1, "<ISSUE> is not closed by </ISSUE>");
        r->line = l;
    }
}

int dyad_issue_match(const dyad_dict *d, const int32_t *ids, int n, int start, int *len) {
    return dict_phrases_match(&d->issue_index, ids, n, start, len);
}
