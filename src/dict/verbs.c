/*
** verbs.c - the verb dictionary (PETRARCH docs/source/dictionaries.rst "Verb Dictionary",
** PETRreader.read_verb_dictionary and the PETRARCH-1 _read_verb_dictionary): verb blocks
** "--- NAME [code] ---" holding verb lines "VERB {IRREGULAR FORMS} [code]", multi-word verbs
** with '+' on the verb word ("+CALL_OFF", "RE_+ARREST"), pattern lines (patterns.c) and, at the
** end of PETRARCH-2 files, transformations "~ a (a b ATTACK) SAY = a b 015".  Synsets are read
** first (synsets.c).  Regular forms are generated when no {..} is given; {..} lists all other
** forms, and {} none.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

#define MAX_CODE 16

int32_t dict_word1(dyad_dict *d, const char *s, size_t n) {
    dyad_buf b = {0};
    dict_lower(&b, s, n);
    int32_t id = dict_word_add(&d->words, d->arena, b.data ? b.data : "", b.len);
    dyad_buf_free(&b);
    return id;
}

/* One side of a code: NULL for empty or "---", else a copy; false after reporting it. */
static bool code_side(dyad_dict *d, dict_lines *r, const char *line, const char *s, size_t n,
                      const char **out) {
    while (n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    *out = NULL;
    if (n == 0 || (n == 3 && memcmp(s, "---", 3) == 0)) return true;
    if (n >= MAX_CODE || memchr(s, ' ', n) || memchr(s, '\t', n) || memchr(s, '[', n)) {
        dict_warn(r, dict_col(line, s), "bad event code \"%.*s\"", (int)n, s);
        return false;
    }
    *out = dict_str(d, s, n);
    return true;
}

const char *dict_event_code(dyad_dict *d, dict_lines *r, const char *line, const char *s,
                            dyad_event_code *code) {
    const char *end = strchr(s, ']');
    code->fwd = code->rev = NULL;
    if (!end) {
        dict_warn(r, dict_col(line, s), "'[' without ']'; line skipped");
        return NULL;
    }
    const char *colon = memchr(s, ':', (size_t)(end - s));
    if (colon && memchr(colon + 1, ':', (size_t)(end - colon - 1))) {
        dict_warn(r, dict_col(line, s), "event code with more than one ':'; line skipped");
        return NULL;
    }
    const char *a = s + 1, *a_end = colon ? colon : end;
    if (!code_side(d, r, line, a, (size_t)(a_end - a), &code->fwd)) return NULL;
    if (colon && !code_side(d, r, line, colon + 1, (size_t)(end - colon - 1), &code->rev))
        return NULL;
    if (!colon && a_end == dict_skip(a)) {
        dict_warn(r, dict_col(line, s), "empty event code []; line skipped");
        return NULL;
    }
    return end + 1;
}

/* ------------------------------------------------------------- blocks */

static void read_header(verb_ctx *c, const char *s) {
    dyad_dict *d = c->d;
    const char *p = s;
    while (*p == '-') p++;
    p = dict_skip(p);
    const char *name = p;   /* up to the code or the closing dashes ("LASH OUT") */
    size_t n = strcspn(p, "[");
    while (n > 0 && (p[n - 1] == '-' || p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
    dyad_event_code code = {NULL, NULL};
    bool have_code = false;
    if (n == 0) dict_warn(c->r, dict_col(c->line, p), "verb block without a name");
    for (p = dict_skip(p + n); *p && *p != '-'; p = dict_skip(p)) {
        if (*p != '[') {
            dict_warn(c->r, dict_col(c->line, p), "unexpected text in the block header ignored");
            break;
        }
        dyad_event_code k;
        const char *after = dict_event_code(d, c->r, c->line, p, &k);
        if (!after) break;
        if (have_code) dict_warn(c->r, dict_col(c->line, p), "second code of the block ignored");
        else code = k;
        have_code = true;
        p = after;
    }
    dict_grow((void **)&d->blocks, &d->cap.blocks, d->n_blocks + 1, sizeof *d->blocks);
    dyad_verb_block *b = &d->blocks[d->n_blocks];
    memset(b, 0, sizeof *b);
    b->name = dict_str(d, name, n);
    b->code = code;
    b->dialect = (uint8_t)c->dialect;
    b->first_verb = d->n_verbs;
    b->first_pattern = d->n_patterns;
    b->file = c->r->name;
    b->line = (int)c->r->line;
    c->block = d->n_blocks++;
}

/* ------------------------------------------------------------- verbs */

/* A verb phrase split at '_' and spaces; verb is the word marked '+' (or the only word). */
typedef struct vphrase {
    int32_t ids[DICT_MAX_WORDS];
    int n, verb;
} vphrase;

/* Split s[0..n); false after reporting a problem (when report is set). */
static bool split_verb(verb_ctx *c, const char *s, size_t n, vphrase *v, bool report) {
    v->n = 0;
    v->verb = -1;
    int marks = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == '_' || s[i] == ' ' || s[i] == '\t')) i++;
        size_t j = i;
        while (j < n && s[j] != '_' && s[j] != ' ' && s[j] != '\t') j++;
        if (j == i) break;
        const char *bad = memchr(s + i, '*', j - i);
        for (const char *q = "()$%^&{}"; !bad && *q; q++) bad = memchr(s + i, *q, j - i);
        if (bad) {
            if (report) dict_warn(c->r, dict_col(c->line, bad), "'%c' in a verb (a pattern line "
                                  "starts with '-'); line skipped", *bad);
            return false;
        }
        bool mark = s[i] == '+';
        if (mark) {
            marks++;
            v->verb = v->n;
            i++;
        }
        if (v->n == DICT_MAX_WORDS || j == i) {
            if (report) dict_warn(c->r, dict_col(c->line, s + i), j == i ? "'+' without a word" :
                                  "verb longer than %d words", DICT_MAX_WORDS);
            return false;
        }
        v->ids[v->n++] = dict_word1(c->d, s + i, j - i);
        i = j;
    }
    if (v->n == 0) {
        if (report) dict_warn(c->r, dict_col(c->line, s), "verb line without a verb");
        return false;
    }
    if (marks > 1) {
        if (report) dict_warn(c->r, dict_col(c->line, s), "more than one word marked '+' as the verb");
        return false;
    }
    if (marks == 0) {
        if (v->n > 1 && report)
            dict_warn(c->r, dict_col(c->line, s), "multi-word verb without '+' on the verb; the "
                      "first word is taken");
        v->verb = 0;
    }
    return true;
}

/* Record that word is a form of verb v (once). */
static void add_form(dyad_dict *d, int32_t word, int32_t v) {
    int32_t f = dict_map_get(&d->form_index, (uint64_t)word + 1), last = -1;
    for (; f >= 0; last = f, f = d->forms[f].next)
        if (d->forms[f].verb == v) return;
    dict_grow((void **)&d->forms, &d->cap.forms, d->n_forms + 1, sizeof *d->forms);
    dyad_verb_form *x = &d->forms[d->n_forms];
    x->word = word;
    x->verb = v;
    x->next = -1;
    if (last >= 0) d->forms[last].next = d->n_forms;
    else dict_map_put(&d->form_index, (uint64_t)word + 1, d->n_forms);
    d->n_forms++;
}

static bool same_words(const vphrase *a, const vphrase *b) {
    if (a->n != b->n || a->verb != b->verb) return false;
    for (int i = 0; i < a->n; i++)
        if (i != a->verb && a->ids[i] != b->ids[i]) return false;
    return true;
}

static void read_verb(verb_ctx *c, const char *s) {
    dyad_dict *d = c->d;
    if (c->block < 0) {
        dict_warn(c->r, dict_col(c->line, s), "verb outside a verb block; line skipped");
        return;
    }
    size_t n = strcspn(s, "{[");
    const char *brace = s[n] == '{' ? s + n : NULL, *rbrace = NULL, *rest = s + n;
    if (brace) {
        rbrace = strchr(brace, '}');
        if (!rbrace) {
            dict_warn(c->r, dict_col(c->line, brace), "'{' without '}'; line skipped");
            return;
        }
        rest = dict_skip(rbrace + 1);
    }
    dyad_event_code code = d->blocks[c->block].code;
    bool own = *rest == '[';
    if (own) {
        rest = dict_event_code(d, c->r, c->line, rest, &code);
        if (!rest) return;
        rest = dict_skip(rest);
    }
    if (*rest) dict_warn(c->r, dict_col(c->line, rest), "text after the verb ignored");
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    vphrase v;
    if (!split_verb(c, s, n, &v, true)) return;

    dict_grow((void **)&d->verbs, &d->cap.verbs, d->n_verbs + 1, sizeof *d->verbs);
    int32_t id = d->n_verbs++;
    dyad_verb *x = &d->verbs[id];
    memset(x, 0, sizeof *x);
    x->block = c->block;
    x->word = v.ids[v.verb];
    x->n_pre = (int16_t)v.verb;
    x->n_post = (int16_t)(v.n - v.verb - 1);
    x->pre = dyad_arena_alloc(d->arena, (size_t)v.n * sizeof *x->pre);
    memcpy(x->pre, v.ids, (size_t)v.verb * sizeof *x->pre);
    x->post = x->pre + v.verb;
    memcpy(x->post, v.ids + v.verb + 1, (size_t)x->n_post * sizeof *x->post);
    x->code = code;
    x->own_code = own;
    x->file = c->r->name;
    x->line = (int)c->r->line;
    d->blocks[c->block].n_verbs++;
    add_form(d, x->word, id);

    if (!brace) {
        const char *w = dyad_dict_word(d, x->word);
        char forms[3][80];
        if (dict_verb_forms(w, strlen(w), forms))
            for (int i = 0; i < 3; i++)
                add_form(d, dict_word_add(&d->words, d->arena, forms[i], strlen(forms[i])), id);
        return;
    }
    for (const char *p = brace + 1; p < rbrace;) {
        while (p < rbrace && (*p == ' ' || *p == '\t' || *p == ',')) p++;
        const char *e = p;
        while (e < rbrace && *e != ' ' && *e != '\t' && *e != ',') e++;
        if (e == p) break;
        vphrase f;
        if (!split_verb(c, p, (size_t)(e - p), &f, false) || !same_words(&v, &f)) {
            dict_warn(c->r, dict_col(c->line, p), "form \"%.*s\" does not have the verb's other "
                      "words; ignored", (int)(e - p), p);
        } else {
            add_form(d, f.ids[f.verb], id);
        }
        p = e;
    }
}

/* ------------------------------------------------------------- transformations */

static void read_transform(verb_ctx *c, const char *s) {
    dyad_dict *d = c->d;
    const char *tok[16];
    size_t len[16];
    int n = 0;
    for (const char *p = s + 1; *p;) {
        p = dict_skip(p);
        if (!*p) break;
        size_t k = (*p == '(' || *p == ')') ? 1 : strcspn(p, " \t()");
        if (n == 16) break;
        tok[n] = p;
        len[n++] = k;
        p += k;
    }
    static const char shape[] = "v(vvw)w=vvc";
    bool ok = n == 11;
    for (int i = 0; ok && i < 11; i++) {
        char want = shape[i];
        if (want == '(' || want == ')' || want == '=') ok = len[i] == 1 && tok[i][0] == want;
        else ok = !(len[i] == 1 && strchr("()=", tok[i][0]));
    }
    if (!ok) {
        dict_warn(c->r, dict_col(c->line, s), "transformation must read \"~ a (b c VERB) VERB = "
                  "x y CODE\"; line skipped");
        return;
    }
    int32_t words[2];
    for (int i = 0; i < 2; i++) {
        int t = i == 0 ? 4 : 6;
        words[i] = DYAD_NO_WORD;
        if (len[t] == 1 && tok[t][0] == 'Q') continue;
        words[i] = dict_word1(d, tok[t], len[t]);
        if (dyad_verb_find(d, words[i]) < 0) {
            dict_warn(c->r, dict_col(c->line, tok[t]), "verb %.*s is not in the dictionary; line "
                      "skipped", (int)len[t], tok[t]);
            return;
        }
    }
    dict_grow((void **)&d->transforms, &d->cap.transforms, d->n_transforms + 1,
              sizeof *d->transforms);
    dyad_transform *x = &d->transforms[d->n_transforms++];
    x->outer_source = dict_str(d, tok[0], len[0]);
    x->inner_source = dict_str(d, tok[2], len[2]);
    x->inner_target = dict_str(d, tok[3], len[3]);
    x->inner_verb = dict_str(d, tok[4], len[4]);
    x->outer_verb = dict_str(d, tok[6], len[6]);
    x->inner_word = words[0];
    x->outer_word = words[1];
    x->result_source = dict_str(d, tok[8], len[8]);
    x->result_target = dict_str(d, tok[9], len[9]);
    x->result_code = dict_str(d, tok[10], len[10]);
    x->file = c->r->name;
    x->line = (int)c->r->line;
}

/* ------------------------------------------------------------- the file */

void dict_read_verbs(dyad_dict *d, dict_lines *r) {
    verb_ctx c = {.d = d, .r = r, .block = -1};
    dict_read_synsets(&c);
    dict_lines_rewind(r);
    bool in_synset = false;
    char *line;
    while ((line = dict_lines_next(r))) {
        c.line = line;
        const char *s = dict_skip(line);
        if (*s == '&') {
            in_synset = true;
            continue;
        }
        if (*s == '+' && in_synset) continue;
        in_synset = false;
        if (strncmp(s, "---", 3) == 0) read_header(&c, s);
        else if (*s == '-') dict_read_pattern(&c, s + 1);
        else if (*s == '~') read_transform(&c, s);
        else read_verb(&c, s);
    }
}

int dyad_verb_find(const dyad_dict *d, int32_t word) {
    return word < 0 ? -1 : dict_map_get(&d->form_index, (uint64_t)word + 1);
}
