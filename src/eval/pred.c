/*
** pred.c - predicted events for scoring: read from dyad's event JSON Lines
** (docs/event-format.md), or taken from coded documents.  Only doc_id, the actor codes and
** the event code are used; the other fields are derived (root_code, plover) or evidence.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval/eval.h"
#include "eval/json_records.h"
#include "util/util.h"

dyad_preds *dyad_preds_new(void) {
    dyad_arena *a = dyad_arena_new();
    if (!a) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    dyad_preds *p = dyad_arena_alloc(a, sizeof *p);
    p->arena = a;
    return p;
}

void dyad_preds_free(dyad_preds *p) {
    if (!p) return;
    free(p->events);
    dyad_arena_free(p->arena);
}

void dyad_preds_add(dyad_preds *p, const char *doc_id, const char *source, const char *target, const char *code,
                    long line) {
    if (p->n_events == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 64;
        p->events = dyad_xrealloc(p->events, sizeof(*p->events) * (size_t)p->cap);
    }
    dyad_pred_event *e = &p->events[p->n_events++];
    e->doc_id = dyad_arena_strdup(p->arena, doc_id ? doc_id : "");
    e->source = dyad_arena_strdup(p->arena, source ? source : "");
    e->target = dyad_arena_strdup(p->arena, target ? target : "");
    e->code = dyad_arena_strdup(p->arena, code ? code : "");
    e->line = line;
}

void dyad_preds_add_document(dyad_preds *p, const dyad_document *doc) {
    for (int i = 0; i < doc->n_events; i++) {
        const dyad_event *e = &doc->events[i];
        dyad_preds_add(p, doc->id, e->source.code, e->target.code, e->code, 0);
    }
}

/* An actor's code: the "code" of the actor object; an absent or null actor or code is none. */
static bool actor_code(const dyad_json_record *r, const cJSON *o, const char *key, const char **out) {
    const cJSON *actor = cJSON_GetObjectItemCaseSensitive(o, key);
    const cJSON *code = cJSON_IsObject(actor) ? cJSON_GetObjectItemCaseSensitive(actor, "code") : NULL;
    *out = cJSON_IsString(code) ? code->valuestring : "";
    if (!actor || cJSON_IsNull(actor)) return true;
    if (cJSON_IsObject(actor) && (!code || cJSON_IsNull(code) || cJSON_IsString(code))) return true;
    dyad_json_key_warn(r, key, "\"%s\" is not an actor object with a \"code\" string; event skipped", key);
    return false;
}

static bool read_event(const dyad_json_record *r, const cJSON *o, void *ctx) {
    dyad_preds *p = ctx;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "doc_id");
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(o, "event_code");
    const char *doc_id = cJSON_IsString(id) ? id->valuestring : dyad_json_integer(id), *source, *target;
    if (!doc_id || !*doc_id) {
        dyad_json_key_warn(r, "doc_id", "%s; event skipped",
                           id ? "\"doc_id\" is neither a non-empty string nor an integer" : "no \"doc_id\"");
        return false;
    }
    if (!cJSON_IsString(code) || !*code->valuestring) {
        dyad_json_key_warn(r, "event_code", "%s; event skipped",
                           code ? "\"event_code\" is not a non-empty string" : "no \"event_code\"");
        return false;
    }
    if (!actor_code(r, o, "source", &source) || !actor_code(r, o, "target", &target)) return false;
    dyad_preds_add(p, doc_id, source, target, code->valuestring, r->line);
    return true;
}

bool dyad_preds_read(dyad_preds *p, const char *path) {
    size_t len;
    const char *err;
    char *data = dyad_read_file(path, &len, &err);
    if (!data) {
        dyad_error(path, 0, 0, "cannot read: %s", err);
        return false;
    }
    p->path = dyad_arena_strdup(p->arena, path);
    long records;
    p->skipped += dyad_json_records(path, data, len, read_event, p, &records);
    free(data);
    return true;
}
