/*
** gold_json.c - gold sentences from JSON records: PLOVER gold-standard records and dyad's own
** gold JSON Lines (docs/gold-format.md), one record per line or as the elements of one JSON
** array, so that the PLOVER_GSR files can be read as published.
**
** PLOVER records (PLOVER_GSR_CAMEO.txt of github.com/openeventdata/PLOVER, and its README):
** "id", "text", "date", "event" (the PLOVER category), "source" and "target" as lists of
** {"actorText", "code", "sector"}; "textInfo": {"markup"} marks the words, "(SRC/TAR: ...)"
** an actor that is source and target at once.  One record is one event between compound
** actors; it is expanded into one event per (source, target) pair, as coders report them,
** and a record whose sources are all marked SRC/TAR and that has no target gives each source
** acting on each other one ("Hungarian and Romanian officials agreed").  The full actor code
** is code + sector; sector "***" means an unknown sector.  A "DOCUMENT" record describes the
** file and is not a sentence.
*/
#include <stdio.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "eval/gold_int.h"
#include "eval/json_records.h"
#include "document/reader.h"

/* What the record reader appends to. */
struct reading {
    dyad_gold *g;
    dyad_buf *sents;
};

/* ------------------------------------------------------- common fields */

/* id, text and date into s; false after a warning when the record cannot be used. */
static bool read_common(dyad_gold *g, const dyad_json_record *r, const cJSON *o, dyad_gold_sentence *s) {
    dyad_arena *a = g->arena;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
    const cJSON *date = cJSON_GetObjectItemCaseSensitive(o, "date");
    if (cJSON_IsString(id) && *id->valuestring) {
        s->id = dyad_arena_strdup(a, id->valuestring);
    } else if (dyad_json_integer(id)) {
        s->id = dyad_arena_strdup(a, dyad_json_integer(id));
    } else if (!id || cJSON_IsNull(id)) {
        /* the id dyad's document reader gives such a record: file name and line */
        char buf[32];
        snprintf(buf, sizeof buf, "-%ld", r->line);
        const char *base = dyad_default_id(a, g->path);
        char *t = dyad_arena_alloc(a, strlen(base) + strlen(buf) + 1);
        strcpy(t, base);
        strcat(t, buf);
        s->id = t;
    } else {
        dyad_json_key_warn(r, "id", "field \"id\" is %s, not a string; record skipped", dyad_json_type_name(id));
        return false;
    }
    if (!cJSON_IsString(text) || !text->valuestring[strspn(text->valuestring, " \t\r\n")]) {
        dyad_json_key_warn(r, "text", "%s; record skipped", !text ? "no \"text\" field"
                           : cJSON_IsString(text) ? "field \"text\" is empty" : "field \"text\" is not a string");
        return false;
    }
    s->text = dyad_arena_strdup(a, text->valuestring);
    if (date && !cJSON_IsNull(date)) {
        char buf[32] = "";
        if (cJSON_IsString(date)) snprintf(buf, sizeof buf, "%s", date->valuestring);
        else if (cJSON_IsNumber(date)) snprintf(buf, sizeof buf, "%.0f", date->valuedouble);
        if (!dyad_normalize_date(buf, s->date))
            dyad_json_key_warn(r, "date", "field \"date\" is not a date (YYYY-MM-DD); left empty");
    }
    return true;
}

/* ---------------------------------------------------------- dyad gold */

/* An actor code of a dyad gold event: a string, or absent or null for none. */
static bool event_actor(dyad_gold *g, const dyad_json_record *r, const cJSON *e, const char *key, const char **out) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(e, key);
    if (!v || cJSON_IsNull(v)) {
        *out = "";
        return true;
    }
    if (!cJSON_IsString(v)) {
        dyad_json_key_warn(r, key, "event field \"%s\" is %s, not an actor code; record skipped", key,
                           dyad_json_type_name(v));
        return false;
    }
    *out = dyad_arena_strdup(g->arena, v->valuestring);
    return true;
}

static bool read_dyad(dyad_gold *g, const dyad_json_record *r, const cJSON *o, dyad_gold_sentence *s) {
    const cJSON *events = cJSON_GetObjectItemCaseSensitive(o, "events");
    if (!cJSON_IsArray(events)) {
        dyad_json_key_warn(r, "events", "field \"events\" is %s, not a list; record skipped",
                           dyad_json_type_name(events));
        return false;
    }
    int n = cJSON_GetArraySize(events);
    s->events = dyad_arena_alloc(g->arena, sizeof(*s->events) * (size_t)(n + 1));
    s->no_event = n == 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, events) {
        dyad_gold_event *ev = &s->events[s->n_events];
        const cJSON *code = cJSON_GetObjectItemCaseSensitive(e, "code");
        if (!cJSON_IsObject(e) || !cJSON_IsString(code) || !*code->valuestring) {
            dyad_json_key_warn(r, "events", "event %d %s; record skipped", s->n_events + 1,
                               !cJSON_IsObject(e) ? "is not an object" : "has no \"code\" string");
            return false;
        }
        if (!event_actor(g, r, e, "source", &ev->source) || !event_actor(g, r, e, "target", &ev->target))
            return false;
        ev->code = dyad_arena_strdup(g->arena, code->valuestring);
        s->n_events++;
    }
    return true;
}

/* -------------------------------------------------------------- PLOVER */

/* The full actor codes of a PLOVER actor list into *codes (arena), their number into *n.
   An actor without a code is a bad record; a value that is not a list is reported and read
   as no actor (the published file has a "target": "diplomatic", meant as the context). */
static bool plover_actors(dyad_gold *g, const dyad_json_record *r, const cJSON *o, const char *key,
                          const char ***codes, int *n) {
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(o, key);
    *n = 0;
    *codes = NULL;
    if (!list || cJSON_IsNull(list) || (cJSON_IsString(list) && !*list->valuestring)) return true;
    if (!cJSON_IsArray(list)) {
        dyad_json_key_warn(r, key, "field \"%s\" is %s, not a list of actors; read as no %s", key,
                           dyad_json_type_name(list), key);
        return true;
    }
    *codes = dyad_arena_alloc(g->arena, sizeof(**codes) * (size_t)(cJSON_GetArraySize(list) + 1));
    const cJSON *actor;
    cJSON_ArrayForEach(actor, list) {
        const cJSON *code = cJSON_GetObjectItemCaseSensitive(actor, "code");
        const cJSON *sector = cJSON_GetObjectItemCaseSensitive(actor, "sector");
        if (!cJSON_IsString(code) || !*code->valuestring) {
            dyad_json_key_warn(r, key, "%s actor %d has no \"code\"; record skipped", key, *n + 1);
            return false;
        }
        bool known = cJSON_IsString(sector) && strcmp(sector->valuestring, "***") != 0;
        const char *sec = known ? sector->valuestring : "";
        size_t cn = strlen(code->valuestring), sn = strlen(sec);
        char *full = dyad_arena_alloc(g->arena, cn + sn + 1);
        memcpy(full, code->valuestring, cn);
        memcpy(full + cn, sec, sn + 1);
        (*codes)[(*n)++] = full;
    }
    return true;
}

/* Does the record's markup (textInfo.markup, or textInfo itself when a string) mark an actor
   as source and target at once? */
static bool marks_reciprocal(const cJSON *o) {
    const cJSON *info = cJSON_GetObjectItemCaseSensitive(o, "textInfo");
    const cJSON *markup = cJSON_IsObject(info) ? cJSON_GetObjectItemCaseSensitive(info, "markup") : info;
    return cJSON_IsString(markup) && strstr(markup->valuestring, "(SRC/TAR:") != NULL;
}

static bool read_plover(dyad_gold *g, const dyad_json_record *r, const cJSON *o, const char *category,
                        dyad_gold_sentence *s) {
    const char **src, **tar;
    int ns, nt;
    if (!plover_actors(g, r, o, "source", &src, &ns) || !plover_actors(g, r, o, "target", &tar, &nt)) return false;
    if (!dyad_eval_plover_name(category))
        dyad_json_key_warn(r, "event", "\"%s\" is not a PLOVER category; kept, but no prediction can match it",
                           category);
    static const char *none[1] = {""};
    bool reciprocal = nt == 0 && ns >= 2 && marks_reciprocal(o);
    if (ns == 0) src = none, ns = 1;
    if (nt == 0 && !reciprocal) tar = none, nt = 1;
    int n = reciprocal ? ns * (ns - 1) : ns * nt;
    s->events = dyad_arena_alloc(g->arena, sizeof(*s->events) * (size_t)n);
    const char *code = dyad_arena_strdup(g->arena, category);
    for (int i = 0; i < ns; i++) {
        for (int k = 0; k < (reciprocal ? ns : nt); k++) {
            if (reciprocal && k == i) continue;
            dyad_gold_event *e = &s->events[s->n_events++];
            e->source = src[i];
            e->target = reciprocal ? src[k] : tar[k];
            e->code = code;
        }
    }
    return true;
}

/* -------------------------------------------------------------- records */

static bool read_record(const dyad_json_record *r, const cJSON *o, void *ctx) {
    struct reading *rd = ctx;
    dyad_gold *g = rd->g;
    const cJSON *event = cJSON_GetObjectItemCaseSensitive(o, "event");
    const cJSON *events = cJSON_GetObjectItemCaseSensitive(o, "events");
    bool plover = !events && cJSON_IsString(event);
    dyad_gold_sentence s = {.record = -1};
    s.line = r->line;
    if (plover && strcmp(event->valuestring, "DOCUMENT") == 0) return true; /* documents the file */
    if (plover) {
        g->format = DYAD_GOLD_PLOVER;
        if (!read_common(g, r, o, &s) || !read_plover(g, r, o, event->valuestring, &s)) return false;
    } else if (events) {
        if (!read_common(g, r, o, &s) || !read_dyad(g, r, o, &s)) return false;
    } else {
        dyad_json_key_warn(r, NULL, "neither an \"events\" list (dyad gold) nor an \"event\" category (PLOVER); "
                           "record skipped");
        return false;
    }
    dyad_buf_add(rd->sents, &s, sizeof s);
    return true;
}

void dyad_gold_read_json(dyad_gold *g, const char *data, size_t len, dyad_buf *sents) {
    struct reading rd = {g, sents};
    long records;
    g->skipped += dyad_json_records(g->path, data, len, read_record, &rd, &records);
    g->records += records;
}
