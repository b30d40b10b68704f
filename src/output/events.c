/*
** events.c - writing coded events as JSON Lines and TSV, the formats users load into R,
** pandas or a database.  Field names are stable and documented in docs/event-format.md.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "dyad.h"
#include "code/actor_code.h"
#include "code/cameo.h"
#include "util/util.h"

/*
** Spans are counted in characters from the start of the event's sentence (a dyad_char_cursor
** moved there): events come in text order, so writing a document's events stays linear in its
** length (counting each span from the start of the text made a 1 MB text take 12 s).
*/

/* [start, end) in characters, counted from the sentence's place `at` (left where it is). */
static void span_chars(const dyad_char_cursor *at, uint32_t start, uint32_t end, long *s, long *e) {
    dyad_char_cursor p = *at;
    *s = dyad_char_cursor_at(&p, start);
    *e = *s + (end > start ? dyad_utf8_chars(p.text + start, end - start) : 0);
}

static cJSON *span(const dyad_char_cursor *at, uint32_t start, uint32_t end) {
    cJSON *a = cJSON_CreateArray();
    long s, e;
    span_chars(at, start, end, &s, &e);
    cJSON_AddItemToArray(a, cJSON_CreateNumber((double)s));
    cJSON_AddItemToArray(a, cJSON_CreateNumber((double)e));
    return a;
}

/* The document text start..end on one line: every tab and line or page break (the ASCII ones,
   U+0085, U+2028, U+2029) a space; malloc'd. */
static char *text_of(const dyad_document *doc, uint32_t start, uint32_t end) {
    char *t = dyad_xmalloc(end - start + 1), *o = t;
    for (const char *p = doc->text + start, *e = doc->text + end; p < e; p++) {
        const unsigned char *u = (const unsigned char *)p;
        if (e - p >= 2 && u[0] == 0xC2 && u[1] == 0x85) {
            *o++ = ' ';
            p += 1;
        } else if (e - p >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9)) {
            *o++ = ' ';
            p += 2;
        } else {
            *o++ = *p && strchr("\t\n\r\v\f\x1c\x1d\x1e", *p) ? ' ' : *p;
        }
    }
    *o = 0;
    return t;
}

/* The actor's words as a name: on one line, runs of spaces one ("Ukrainian\r\nPresident" in
   wrapped text is "Ukrainian President"); its span keeps the exact place. */
static cJSON *actor_text(const dyad_document *doc, const dyad_actor *a) {
    if (!a->text) return cJSON_CreateNull();
    if (a->end <= a->start || a->end > doc->text_len) return cJSON_CreateString(a->text);
    char *t = text_of(doc, a->start, a->end); /* U+2028 and the like are spaces in it */
    cJSON *j = cJSON_CreateString(dyad_collapse_space(t));
    free(t);
    return j;
}

static cJSON *actor_json(const dyad_document *doc, const dyad_char_cursor *at, const dyad_actor *a) {
    cJSON *o = cJSON_CreateObject();
    char country[4], sectors[64];
    dyad_actor_code_split(a->code, country, sectors, sizeof sectors);
    cJSON_AddItemToObject(o, "text", actor_text(doc, a));
    cJSON_AddStringToObject(o, "code", a->code ? a->code : "---");
    cJSON_AddItemToObject(o, "country", *country ? cJSON_CreateString(country) : cJSON_CreateNull());
    cJSON *sec = cJSON_AddArrayToObject(o, "sectors");
    for (char *p = sectors; *p; p += p[3] ? 4 : 3) {
        char part[4] = {p[0], p[1], p[2], 0};
        cJSON_AddItemToArray(sec, cJSON_CreateString(part));
    }
    cJSON_AddItemToObject(o, "entry", a->entry ? cJSON_CreateString(a->entry) : cJSON_CreateNull());
    if (a->end > a->start) cJSON_AddItemToObject(o, "span", span(at, a->start, a->end));
    else cJSON_AddNullToObject(o, "span");
    return o;
}

static void add_string_or_null(cJSON *o, const char *name, const char *v) {
    cJSON_AddItemToObject(o, name, v && *v ? cJSON_CreateString(v) : cJSON_CreateNull());
}

void dyad_write_events_json(FILE *f, const dyad_document *doc) {
    dyad_char_cursor at = {doc->text, 0, 0};
    for (int i = 0; i < doc->n_events; i++) {
        const dyad_event *e = &doc->events[i];
        const dyad_sentence *s = &doc->sentences[e->sentence];
        dyad_char_cursor_at(&at, s->start);
        cJSON *o = cJSON_CreateObject();
        add_string_or_null(o, "doc_id", doc->id);
        add_string_or_null(o, "doc_date", doc->date);
        add_string_or_null(o, "event_date", e->date);
        cJSON_AddBoolToObject(o, "date_in_text", e->date_in_text);
        cJSON_AddNumberToObject(o, "sentence", e->sentence);
        cJSON_AddItemToObject(o, "source", actor_json(doc, &at, &e->source));
        cJSON_AddItemToObject(o, "target", actor_json(doc, &at, &e->target));
        const dyad_cameo_event *c = dyad_cameo_lookup(e->code);
        cJSON_AddStringToObject(o, "event_code", e->code);
        add_string_or_null(o, "event_name", c ? c->name : NULL);
        add_string_or_null(o, "root_code", dyad_cameo_root(e->code));
        int quad = dyad_cameo_quad_class(e->code);
        if (quad) cJSON_AddNumberToObject(o, "quad_class", quad);
        else cJSON_AddNullToObject(o, "quad_class");
        double g = dyad_cameo_goldstein(e->code);
        if (isnan(g)) cJSON_AddNullToObject(o, "goldstein");
        else cJSON_AddNumberToObject(o, "goldstein", g);
        add_string_or_null(o, "plover", dyad_cameo_plover(e->code));
        cJSON_AddBoolToObject(o, "negated", e->negated);
        cJSON *verb = cJSON_AddObjectToObject(o, "verb");
        add_string_or_null(verb, "lemma", e->verb);
        cJSON_AddItemToObject(verb, "span", span(&at, e->verb_start, e->verb_end));
        add_string_or_null(o, "pattern", e->pattern);
        add_string_or_null(o, "pattern_origin", e->pattern_origin);
        char *text = text_of(doc, s->start, s->end);
        cJSON_AddStringToObject(o, "sentence_text", text);
        free(text);
        add_string_or_null(o, "publisher", doc->source);
        add_string_or_null(o, "url", doc->url);
        add_string_or_null(o, "title", doc->title);
        add_string_or_null(o, "dateline", doc->dateline);
        /* written as it was read, so that numbers keep every digit (cJSON holds doubles) */
        if (doc->extra) cJSON_AddItemToObject(o, "extra", cJSON_CreateRaw(doc->extra));
        char *line = cJSON_PrintUnformatted(o);
        fputs(line, f);
        fputc('\n', f);
        free(line);
        cJSON_Delete(o);
    }
}

void dyad_write_events_tsv_header(FILE *f) {
    fputs("doc_id\tsentence\tevent_date\tdoc_date\tsource_code\tsource_country\tsource_sectors\t"
          "source_text\tevent_code\troot_code\tquad_class\tgoldstein\tplover\ttarget_code\t"
          "target_country\ttarget_sectors\ttarget_text\tverb\tnegated\tsource_span\tverb_span\t"
          "target_span\tpattern\tsentence_text\tdate_in_text\n", f);
}

/* Text in a TSV field: whatever a reader might take for a field or line break (tab, the ASCII
   line and page breaks, and U+0085, U+2028 and U+2029, which Python's splitlines() splits at)
   becomes one space. */
static void tsv_text(FILE *f, const char *s) {
    if (!s || !*s) return;
    for (; *s; s++) {
        const unsigned char *u = (const unsigned char *)s;
        if (u[0] == 0xC2 && u[1] == 0x85) {
            fputc(' ', f);
            s += 1;
        } else if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9)) {
            fputc(' ', f);
            s += 2;
        } else {
            fputc(strchr("\t\n\r\v\f\x1c\x1d\x1e", *s) ? ' ' : *s, f);
        }
    }
}

static void tsv_actor(FILE *f, const dyad_actor *a) {
    char country[4], sectors[64];
    dyad_actor_code_split(a->code, country, sectors, sizeof sectors);
    fprintf(f, "%s\t%s\t%s\t", a->code ? a->code : "---", country, sectors);
    tsv_text(f, a->text);
    fputc('\t', f);
}

static void tsv_span(FILE *f, const dyad_char_cursor *at, uint32_t start, uint32_t end) {
    if (end <= start) return;
    long s, e;
    span_chars(at, start, end, &s, &e);
    fprintf(f, "%ld:%ld", s, e);
}

void dyad_write_events_tsv(FILE *f, const dyad_document *doc) {
    dyad_char_cursor at = {doc->text, 0, 0};
    for (int i = 0; i < doc->n_events; i++) {
        const dyad_event *e = &doc->events[i];
        const dyad_sentence *s = &doc->sentences[e->sentence];
        dyad_char_cursor_at(&at, s->start);
        tsv_text(f, doc->id);
        fprintf(f, "\t%d\t%s\t%s\t", e->sentence, e->date, doc->date ? doc->date : "");
        tsv_actor(f, &e->source);
        const char *root = dyad_cameo_root(e->code);
        double g = dyad_cameo_goldstein(e->code);
        fprintf(f, "%s\t%s\t", e->code, root ? root : "");
        int quad = dyad_cameo_quad_class(e->code);
        if (quad) fprintf(f, "%d", quad);
        fputc('\t', f);
        if (!isnan(g)) fprintf(f, "%.1f", g);
        fputc('\t', f);
        tsv_text(f, dyad_cameo_plover(e->code));
        fputc('\t', f);
        tsv_actor(f, &e->target);
        tsv_text(f, e->verb);
        fprintf(f, "\t%d\t", e->negated);
        if (e->source.end > e->source.start) tsv_span(f, &at, e->source.start, e->source.end);
        fputc('\t', f);
        tsv_span(f, &at, e->verb_start, e->verb_end);
        fputc('\t', f);
        if (e->target.end > e->target.start) tsv_span(f, &at, e->target.start, e->target.end);
        fputc('\t', f);
        tsv_text(f, e->pattern);
        fputc('\t', f);
        char *text = text_of(doc, s->start, s->end);
        tsv_text(f, text);
        free(text);
        fprintf(f, "\t%d\n", e->date_in_text);
    }
}
