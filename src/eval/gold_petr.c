/*
** gold_petr.c - gold sentences from a PETRARCH validation file (PETR.UnitTest.records.xml,
** PETR2_GSR_validation.xml): each <Sentence> with its <EventCoding> lines, read by
** src/document/petrxml.c.  A record with noevents="True" or error="..." expects no event
** (PETRARCH's validation treats an error record as one the coder must reject).  The file stays
** open in g->petr, so that `dyad eval` can code the records as `dyad validate` does.
*/
#include <string.h>
#include "eval/gold_int.h"
#include "document/petrxml.h"

static const char *copy(dyad_arena *a, const char *s) {
    return dyad_arena_strdup(a, s ? s : "");
}

bool dyad_gold_read_petr(dyad_gold *g, dyad_buf *sents) {
    dyad_petr_file *f = dyad_petr_read(g->path);
    if (!f) return false;
    dyad_arena *a = g->arena;
    for (int i = 0; i < f->n_sentences; i++) {
        const dyad_petr_sentence *ps = &f->sentences[i];
        g->records++;
        if (!ps->id || !ps->text || !*ps->text) {
            dyad_warn(g->path, ps->line, 0, "sentence %s has no %s; record skipped", ps->id ? ps->id : "?",
                      ps->id ? "<Text>" : "id");
            g->skipped++;
            continue;
        }
        dyad_gold_sentence s = {0};
        s.id = copy(a, ps->id);
        s.text = copy(a, ps->text);
        if (ps->date) snprintf(s.date, sizeof s.date, "%s", ps->date);
        s.line = ps->line;
        s.record = i;
        s.no_event = ps->noevents || ps->error;
        s.events = dyad_arena_alloc(a, sizeof(*s.events) * (size_t)(ps->n_codings + 1));
        for (int k = 0; k < ps->n_codings; k++) {
            const dyad_petr_coding *c = &ps->codings[k];
            if (!c->event || !*c->event) {
                dyad_warn(g->path, c->line, 0, "sentence %s: <EventCoding> without eventcode is not scored", s.id);
                continue;
            }
            dyad_gold_event *e = &s.events[s.n_events++];
            e->source = copy(a, c->source);
            e->target = copy(a, c->target);
            e->code = copy(a, c->event);
        }
        dyad_buf_add(sents, &s, sizeof s);
    }
    g->petr = f;
    return true;
}
