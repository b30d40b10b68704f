/*
** trace.c - the coder's account of what it did, for `dyad explain` and `dyad validate
** --verbose`: the noun phrases and their actors, the patterns tried and why each failed, the
** source and target chosen.  Written into the dyad_buf of the coder's options, if any.
*/
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "code/coder_int.h"
#include "code/match.h"

void coder_trace(dyad_coder *c, const char *fmt, ...) {
    if (!c->opt.trace) return;
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    dyad_buf_puts(c->opt.trace, buf);
}

void coder_trace_words(dyad_coder *c, const csent *s, int lo, int hi) {
    if (!c->opt.trace) return;
    dyad_buf_putc(c->opt.trace, '"');
    for (int i = lo; i <= hi && i < s->n; i++) {
        if (i > lo) dyad_buf_putc(c->opt.trace, ' ');
        dyad_buf_puts(c->opt.trace, s->forms[i]);
    }
    dyad_buf_putc(c->opt.trace, '"');
}

void coder_trace_mention(csent *s, const char *what, int m) {
    dyad_coder *c = s->c;
    if (!c->opt.trace) return;
    if (m < 0) {
        coder_trace(c, "  %s: none\n", what);
        return;
    }
    coder_code_mention(s, m);
    const mention *mm = &s->m[m];
    coder_trace(c, "  %s: ", what);
    coder_trace_words(c, s, mm->lo, mm->hi);
    coder_trace(c, " ->");
    for (int k = mm->a0; k < mm->a0 + mm->na; k++)
        coder_trace(c, " %s%s%s%s", coder_code_text(s->act[k].code), s->act[k].entry ? " (" : "",
                    s->act[k].entry ? s->act[k].entry : "", s->act[k].entry ? ")" : "");
    coder_trace(c, "\n");
}

/* The text of pattern item it (a word, &SYNSET, $, +, %, ^). */
static void item_text(const dyad_dict *d, const dyad_pat_item *it, char *buf, size_t n) {
    switch (it->kind) {
    case DYAD_PAT_WORD:
        snprintf(buf, n, "%s", dyad_dict_word(d, it->id));
        for (char *q = buf; *q; q++) *q = (char)toupper((unsigned char)*q);
        break;
    case DYAD_PAT_SYNSET: snprintf(buf, n, "&%s", d->synsets[it->id].name); break;
    case DYAD_PAT_SOURCE: snprintf(buf, n, "$ (a source phrase)"); break;
    case DYAD_PAT_TARGET: snprintf(buf, n, "+ (a target phrase)"); break;
    case DYAD_PAT_COMPOUND: snprintf(buf, n, "%% (a compound phrase)"); break;
    case DYAD_PAT_SKIP: snprintf(buf, n, "^ (a phrase)"); break;
    default: snprintf(buf, n, "*"); break;
    }
}

/* Why pattern p did not match: the item that could not be found. */
void coder_trace_failure(csent *s, const dyad_pattern *p, int failed) {
    dyad_coder *c = s->c;
    const dyad_dict *d = c->d;
    coder_trace(c, "  pattern %s:%d \"%s\": no match", coder_base_name(p->file), p->line, p->text);
    if (failed >= 0 && failed < p->n_items) {
        char item[128];
        item_text(d, &p->items[failed], item, sizeof item);
        bool before = failed < p->verb;
        if (d->blocks[p->block].dialect == 1)
            coder_trace(c, ": %s not found %s the verb%s\n", item, before ? "before" : "after",
                        p->items[before ? failed + 1 : failed].joined ? " where the pattern joins it" : "");
        else
            coder_trace(c, ": %s not found %s\n", item, before ? "as the subject" : "among the complements");
    } else {
        coder_trace(c, "\n");
    }
}

/* The noun phrases of the sentence with their actors and dictionary entries. */
void coder_trace_phrases(csent *s) {
    dyad_coder *c = s->c;
    coder_trace(c, "sentence %d: noun phrases\n", s->si + 1);
    for (int i = 0; i < s->n; i++) {
        int m = s->w[i].mention;
        if (m < 0) continue;
        const mention *mm = &s->m[m];
        coder_trace(c, "  ");
        coder_trace_words(c, s, mm->lo, mm->hi);
        coder_trace(c, " (%s)", s->s->words[mm->head].deprel ? s->s->words[mm->head].deprel : "?");
        for (int k = mm->a0; k < mm->a0 + mm->na; k++) {
            const cactor *a = &s->act[k];
            coder_trace(c, "%s %s", k > mm->a0 ? "," : " ->", coder_code_text(a->code));
            if (a->entry && a->file) coder_trace(c, " [%s %s:%d]", a->entry, coder_base_name(a->file), a->line);
            else if (a->entry) coder_trace(c, " [%s]", a->entry);
        }
        coder_trace(c, "%s\n", mm->reflexive ? " (reflexive possessive)" : "");
    }
}
