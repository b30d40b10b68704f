/*
** emit.c - making events: the dyad_event record of a coded verb with its actors' words and
** spans in the document text, its date (src/code/date.h), the verb and the pattern with its
** origin; each (source, target, code) once per sentence.
*/
#include <stdio.h>
#include <string.h>
#include "code/coder_int.h"
#include "code/date.h"

const char *coder_base_name(const char *file) {
    const char *b = file ? strrchr(file, '/') : NULL;
    return b ? b + 1 : file ? file : "?";
}

const char *coder_origin(csent *s, const char *file, int line) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s:%d", coder_base_name(file), line);
    return dyad_arena_strdup(s->doc->arena, buf);
}

const char *coder_verb_name(csent *s, const cverb *v) {
    const dyad_dict *d = s->c->d;
    const dyad_verb *x = &d->verbs[v->v[0]];
    char buf[256];
    size_t n = 0;
    buf[0] = 0;
    for (int k = 0; k < x->n_pre; k++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s ", dyad_dict_word(d, x->pre[k]));
    const char *lemma = s->s->words[v->word].lemma;
    if (lemma && strcmp(lemma, "_") == 0) lemma = NULL;
    if (n < sizeof buf)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", lemma ? lemma : dyad_dict_word(d, x->word));
    for (int k = 0; k < x->n_post && n < sizeof buf; k++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, " %s", dyad_dict_word(d, x->post[k]));
    return dyad_arena_strdup(s->doc->arena, buf);
}

static const char *span_text(csent *s, int first, int last, uint32_t *start, uint32_t *end) {
    *start = *end = 0;
    if (first < 0 || last < first) return NULL;
    const dyad_word *a = &s->s->words[first], *b = &s->s->words[last];
    if (b->end <= a->start || b->end > s->doc->text_len) return NULL;
    *start = a->start;
    *end = b->end;
    return dyad_arena_strndup(s->doc->arena, s->doc->text + a->start, b->end - a->start);
}

static void set_actor(csent *s, dyad_actor *out, const cactor *a) {
    memset(out, 0, sizeof *out);
    if (!a) {
        out->code = "---";
        return;
    }
    out->code = a->code ? a->code : "---";
    out->entry = a->entry;
    out->text = span_text(s, a->first, a->last, &out->start, &out->end);
}

void coder_emit(csent *s, const cactor *src, const cactor *tgt, const char *code, coder_verbinfo *vi) {
    dyad_coder *c = s->c;
    const char *sc = src && src->code ? src->code : "---";
    const char *tc = tgt && tgt->code ? tgt->code : "---";
    if (!code) return;
    if (src && tgt && src->code && tgt->code && strcmp(sc, tc) == 0) return;
    if (c->opt.require_dyad && (strcmp(sc, "---") == 0 || strcmp(tc, "---") == 0)) {
        coder_trace(c, "    event %s -> %s %s dropped: %s unknown (require_dyad)\n", sc, tc, code,
                    strcmp(sc, "---") == 0 ? "source" : "target");
        return;
    }
    /* once per sentence */
    for (int k = c->nev - 1; k >= 0 && c->ev[k].sentence == s->si; k--)
        if (c->ev[k].code && strcmp(c->ev[k].code, code) == 0 && strcmp(c->ev[k].source.code, sc) == 0 &&
            strcmp(c->ev[k].target.code, tc) == 0)
            return;
    if (!vi->dated) {
        vi->date_in_text = dyad_event_date(s->doc, s->s, vi->word, vi->date);
        vi->dated = true;
    }
    coder_grow((void **)&c->ev, &c->cap_ev, c->nev + 1, sizeof *c->ev);
    dyad_event *e = &c->ev[c->nev++];
    memset(e, 0, sizeof *e);
    e->sentence = s->si;
    memcpy(e->date, vi->date, sizeof e->date);
    e->date_in_text = vi->date_in_text;
    set_actor(s, &e->source, src);
    set_actor(s, &e->target, tgt);
    e->code = code;
    e->verb = vi->verb;
    e->verb_start = vi->start;
    e->verb_end = vi->end;
    e->pattern = vi->pattern;
    e->pattern_origin = vi->origin;
    e->negated = vi->negated;
    coder_trace(c, "    event %s -> %s %s%s\n", sc, tc, code, vi->negated ? " (negated)" : "");
}
