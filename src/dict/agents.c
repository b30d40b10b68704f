/*
** agents.c - the agent dictionary (PETRARCH docs/source/dictionaries.rst "Agent Dictionary",
** PETRreader.read_agent_dictionary): "PHRASE {PLURAL} [~CODE]" lines, where ~CODE goes after
** the actor's code and CODE~ before it; regular plurals are generated unless {PLURAL} or {}
** is given; "!NAME! = A, B" defines a substitution marker and "CONGRESS!PERSON!" stands for
** one line per item, with no plural formation.
*/
#include <stdlib.h>
#include <string.h>
#include "dict/dict_int.h"

#define MAX_MARKERS 64
#define MAX_EXPANSIONS 4096

typedef struct marker {
    char name[64];
    char *items;        /* NUL-separated, n of them */
    int n;
} marker;

typedef struct agent_ctx {
    dyad_dict *d;
    dict_lines *r;
    const char *line;
    marker markers[MAX_MARKERS];
    int n_markers;
    int expansions;
    bool reported;      /* a conflict on the current line was reported */
} agent_ctx;

static void define_marker(agent_ctx *c, const char *s) {
    const char *end = strchr(s + 1, '!');
    const char *eq = end ? strchr(end, '=') : NULL;
    if (!end || !eq || end == s + 1 || (size_t)(end - s - 1) >= sizeof c->markers[0].name) {
        dict_warn(c->r, dict_col(c->line, s), "substitution marker must be defined as "
                  "\"!NAME! = A, B, ...\"; line skipped");
        return;
    }
    if (*dict_skip(end + 1) != '=') {
        dict_warn(c->r, dict_col(c->line, dict_skip(end + 1)), "expected '=' after the marker; "
                  "line skipped");
        return;
    }
    marker *m = NULL;
    for (int i = 0; i < c->n_markers; i++)
        if (strlen(c->markers[i].name) == (size_t)(end - s - 1) &&
            memcmp(c->markers[i].name, s + 1, (size_t)(end - s - 1)) == 0)
            m = &c->markers[i];
    if (!m) {
        if (c->n_markers == MAX_MARKERS) {
            dict_warn(c->r, dict_col(c->line, s), "more than %d substitution markers; line "
                      "skipped", MAX_MARKERS);
            return;
        }
        m = &c->markers[c->n_markers++];
        memcpy(m->name, s + 1, (size_t)(end - s - 1));
        m->name[end - s - 1] = 0;
    } else {
        free(m->items);
    }
    dyad_buf items = {0};
    m->n = 0;
    for (const char *p = eq + 1; *p;) {
        p = dict_skip(p);
        const char *q = strchr(p, ',');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
        if (n > 0) {
            dyad_buf_add(&items, p, n);
            dyad_buf_putc(&items, 0);
            m->n++;
        }
        p = q ? q + 1 : p + strlen(p);
    }
    m->items = items.data;
    if (m->n == 0) dict_warn(c->r, dict_col(c->line, eq), "substitution marker has no items");
}

/* Store one phrase for agent id, reporting a conflicting earlier entry. */
static void store(agent_ctx *c, const char *s, size_t n, int32_t id, bool plural) {
    dyad_dict *d = c->d;
    int32_t ids[DICT_MAX_WORDS];
    int k = dict_phrase(d, s, n, ids, DICT_MAX_WORDS);
    if (k <= 0) {
        dict_warn(c->r, 1, k == 0 ? "empty agent phrase" : "agent phrase longer than %d words",
                  DICT_MAX_WORDS);
        return;
    }
    for (int pass = 0; pass < (plural ? 2 : 1); pass++) {
        if (pass == 1) {
            const char *last = dyad_dict_word(d, ids[k - 1]);
            size_t len = strlen(last);
            char *pl = dyad_xmalloc(len + 4);
            bool ok = dict_plural(last, len, pl);
            if (ok) ids[k - 1] = dict_word_add(&d->words, d->arena, pl, strlen(pl));
            free(pl);
            if (!ok) break;
        }
        int32_t old = dict_phrases_add(&d->agent_index, ids, k, id, true);
        if (old < 0) {
            d->n_agent_names++;
        } else if (old != id && !c->reported &&
                   (strcmp(d->agents[old].code, d->agents[id].code) != 0 ||
                    d->agents[old].before != d->agents[id].before)) {
            c->reported = true;
            dict_warn(c->r, 1, "agent phrase already given another code by %s (%s:%d); this "
                      "line replaces it", d->agents[old].name, d->agents[old].file,
                      d->agents[old].line);
        }
    }
}

/* Store s[0..n) with every substitution marker replaced by each of its items. */
static void expand(agent_ctx *c, const char *s, size_t n, int32_t id) {
    const char *a = memchr(s, '!', n);
    if (!a) {
        if (++c->expansions <= MAX_EXPANSIONS) store(c, s, n, id, false);
        return;
    }
    const char *b = memchr(a + 1, '!', n - (size_t)(a + 1 - s));
    if (!b) {
        dict_warn(c->r, dict_col(c->line, a), "substitution marker is not closed by '!'; line "
                  "skipped");
        return;
    }
    const marker *m = NULL;
    for (int i = 0; i < c->n_markers; i++)
        if (strlen(c->markers[i].name) == (size_t)(b - a - 1) &&
            memcmp(c->markers[i].name, a + 1, (size_t)(b - a - 1)) == 0)
            m = &c->markers[i];
    if (!m) {
        dict_warn(c->r, dict_col(c->line, a), "substitution marker %.*s is not defined; line "
                  "skipped", (int)(b - a + 1), a);
        return;
    }
    const char *item = m->items;
    for (int i = 0; i < m->n; i++, item += strlen(item) + 1) {
        dyad_buf t = {0};
        dyad_buf_add(&t, s, (size_t)(a - s));
        dyad_buf_puts(&t, item);
        dyad_buf_add(&t, b + 1, n - (size_t)(b + 1 - s));
        expand(c, t.data, t.len, id);
        dyad_buf_free(&t);
    }
}

static void read_agent(agent_ctx *c, const char *s) {
    dyad_dict *d = c->d;
    dict_lines *r = c->r;
    const char *open = strchr(s, '[');
    if (!open) {
        dict_warn(r, dict_col(c->line, s), "agent has no [code]; line skipped");
        return;
    }
    const char *close = strchr(open, ']');
    if (!close) {
        dict_warn(r, dict_col(c->line, open), "'[' without ']'; line skipped");
        return;
    }
    const char *p = dict_skip(open + 1);
    size_t n = (size_t)(close - p);
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
    bool before = n > 1 && p[n - 1] == '~' && p[0] != '~';
    bool after = n > 1 && p[0] == '~' && p[n - 1] != '~';
    if (!before && !after) {
        dict_warn(r, dict_col(c->line, open), "agent code must be \"~CODE\" or \"CODE~\"; line "
                  "skipped");
        return;
    }
    const char *code = after ? p + 1 : p;
    for (size_t i = 0; i < n - 1; i++)
        if (code[i] == ' ' || code[i] == '\t' || code[i] == '~' || code[i] == '[') {
            dict_warn(r, dict_col(c->line, code + i), "bad character in agent code; line skipped");
            return;
        }
    if (*dict_skip(close + 1))
        dict_warn(r, dict_col(c->line, dict_skip(close + 1)), "text after the agent code ignored");

    const char *brace = memchr(s, '{', (size_t)(open - s));
    const char *rbrace = brace ? memchr(brace, '}', (size_t)(open - brace)) : NULL;
    if (brace && !rbrace) {
        dict_warn(r, dict_col(c->line, brace), "'{' without '}'; line skipped");
        return;
    }
    if (rbrace && *dict_skip(rbrace + 1) != '[') {
        dict_warn(r, dict_col(c->line, dict_skip(rbrace + 1)), "text between the plural and the "
                  "code; line skipped");
        return;
    }
    size_t len = (size_t)((brace ? brace : open) - s);
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
    if (len == 0) {
        dict_warn(r, dict_col(c->line, s), "empty agent phrase; line skipped");
        return;
    }

    dict_grow((void **)&d->agents, &d->cap.agents, d->n_agents + 1, sizeof *d->agents);
    int32_t id = d->n_agents++;
    dyad_agent *ag = &d->agents[id];
    ag->code = dict_str(d, code, n - 1);
    ag->before = before;
    ag->name = dict_str(d, s, len);
    ag->file = r->name;
    ag->line = (int)r->line;

    if (memchr(s, '!', len)) {
        c->expansions = 0;
        expand(c, s, len, id);
        if (c->expansions > MAX_EXPANSIONS)
            dict_warn(r, dict_col(c->line, s), "more than %d substitutions; the rest ignored",
                      MAX_EXPANSIONS);
        return;
    }
    store(c, s, len, id, !brace);
    if (brace) {
        const char *pl = dict_skip(brace + 1);
        size_t pn = (size_t)(rbrace - pl);
        while (pn > 0 && (pl[pn - 1] == ' ' || pl[pn - 1] == '\t')) pn--;
        if (pn > 0) store(c, pl, pn, id, false);
    }
}

void dict_read_agents(dyad_dict *d, dict_lines *r) {
    agent_ctx *c = dyad_xcalloc(1, sizeof *c);
    c->d = d;
    c->r = r;
    char *line;
    while ((line = dict_lines_next(r))) {
        c->line = line;
        c->reported = false;
        const char *s = dict_skip(line);
        if (*s == '!' && strchr(s, '=') && !strchr(s, '['))
            define_marker(c, s);
        else
            read_agent(c, s);
    }
    for (int i = 0; i < c->n_markers; i++) free(c->markers[i].items);
    free(c);
}

int dyad_agent_match(const dyad_dict *d, const int32_t *ids, int n, int start, int *len) {
    return dict_phrases_match(&d->agent_index, ids, n, start, len);
}
