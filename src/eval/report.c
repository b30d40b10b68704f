/*
** report.c - writing the scores of `dyad eval`: text tables for people and one JSON object for
** machines (its shape is documented in docs/gold-format.md).
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "eval/eval.h"

static const char *const level_labels[DYAD_EVAL_LEVELS] = {
    "category", "category + source country", "full (source, target, code)"};

static const char *scheme_name(dyad_eval_scheme s) {
    return s == DYAD_EVAL_PLOVER ? "plover" : "cameo";
}

/* Does the sentence hold an event that is not matched at the full level? */
static bool has_mismatch(const dyad_eval_sentence *s) {
    for (int k = 0; k < s->n_gold; k++)
        if (s->gold_events[k].match != DYAD_EVAL_FULL) return true;
    for (int i = 0; i < s->n_pred; i++)
        if (s->pred_events[i].category >= 0 && s->pred_events[i].match != DYAD_EVAL_FULL) return true;
    return false;
}

static const char *status(const dyad_eval_item *it, bool gold) {
    if (it->category < 0) return "not scored (no PLOVER category)";
    switch (it->match) {
    case DYAD_EVAL_FULL: return "ok";
    case DYAD_EVAL_COUNTRY: return "category and source country only";
    case DYAD_EVAL_CATEGORY: return "category only";
    default: return gold ? "MISSED" : "FALSE ALARM";
    }
}

/* ------------------------------------------------------------------ text */

/* "0.750", or "-" when the figure is undefined (nothing to divide by). */
static const char *fraction(char buf[16], long num, long den) {
    if (den == 0) return "-";
    snprintf(buf, 16, "%.3f", (double)num / (double)den);
    return buf;
}

static void count_row(FILE *f, const char *label, int width, const dyad_eval_count *c) {
    char p[16], r[16], f1[16];
    fprintf(f, "%-*s %6ld %6ld %8ld %10s %7s %7s", width, label, c->gold, c->system, c->correct,
            fraction(p, c->correct, c->system), fraction(r, c->correct, c->gold),
            fraction(f1, 2 * c->correct, c->gold + c->system));
}

/* Column labels of the confusion table: categories cut to 5 characters when that keeps them
   apart (PLOVER names), else whole. */
static int column_width(const dyad_eval_result *r) {
    int width = 4, cut = 5;
    for (int i = 0; i < r->n_categories; i++) {
        int len = (int)strlen(r->categories[i]);
        if (len > width) width = len;
        for (int k = 0; k < i && cut; k++)
            if (strncmp(r->categories[i], r->categories[k], (size_t)cut) == 0) cut = 0;
    }
    return cut && cut < width ? cut : width;
}

static void write_confusion_text(FILE *f, const dyad_eval_result *r) {
    int n = r->n_categories, width = 4, cw = column_width(r);
    for (int i = 0; i < n; i++)
        if ((int)strlen(r->categories[i]) > width) width = (int)strlen(r->categories[i]);
    fputs("\nconfusion (rows: gold category, columns: predicted; none: no event)\n", f);
    fprintf(f, "%-*s", width, "");
    for (int j = 0; j <= n; j++) fprintf(f, " %*.*s", cw, cw, j < n ? r->categories[j] : "none");
    fputc('\n', f);
    for (int i = 0; i <= n; i++) {
        fprintf(f, "%-*s", width, i < n ? r->categories[i] : "none");
        for (int j = 0; j <= n; j++) {
            long v = r->confusion[i * (n + 1) + j];
            if (v) fprintf(f, " %*ld", cw, v);
            else fprintf(f, " %*s", cw, i == n && j == n ? "" : ".");
        }
        fputc('\n', f);
    }
}

static void write_item_text(FILE *f, const dyad_eval_result *r, const dyad_eval_item *it, bool gold) {
    const char *cat = it->category >= 0 ? r->categories[it->category] : NULL;
    char code[96];
    if (cat && strcmp(cat, it->code) != 0) snprintf(code, sizeof code, "%s [%s]", it->code, cat);
    else snprintf(code, sizeof code, "%s", it->code);
    fprintf(f, "  %-4s %s -> %s  %s  %s\n", gold ? "gold" : "pred", *it->source ? it->source : "---",
            *it->target ? it->target : "---", code, status(it, gold));
}

static void write_errors_text(FILE *f, const dyad_eval_result *r) {
    int n = 0;
    for (int i = 0; i < r->n_sentences; i++) n += has_mismatch(&r->sentence[i]);
    fprintf(f, "\nmismatches: %d sentence%s\n", n, n == 1 ? "" : "s");
    for (int i = 0; i < r->n_sentences; i++) {
        const dyad_eval_sentence *s = &r->sentence[i];
        if (!has_mismatch(s)) continue;
        fprintf(f, "\n%s (line %ld): %s\n", s->gold->id, s->gold->line, s->gold->text);
        if (s->n_gold == 0) fprintf(f, "  gold %s\n", s->gold->no_event ? "says: no event" : "has no event");
        for (int k = 0; k < s->n_gold; k++) write_item_text(f, r, &s->gold_events[k], true);
        for (int k = 0; k < s->n_pred; k++) write_item_text(f, r, &s->pred_events[k], false);
    }
}

void dyad_eval_write_text(FILE *f, const dyad_eval_result *r, const dyad_eval_report *rep) {
    const dyad_gold *g = rep->gold;
    fprintf(f, "gold:        %s (%s; %s)\n", rep->gold_path, dyad_gold_format_name(g->format),
            r->scheme == DYAD_EVAL_PLOVER ? "PLOVER categories" : "CAMEO codes, category = root code");
    fprintf(f, "predictions: %s\n", rep->pred_path ? rep->pred_path : "coded by dyad");
    fprintf(f, "sentences:   %ld, %ld without a gold event\n", r->sentences, r->no_event_sentences);
    fprintf(f, "events:      %ld gold, %ld predicted", r->gold_events, r->pred_events);
    if (r->unscored_events) fprintf(f, " (%ld without PLOVER category, not scored)", r->unscored_events);
    if (r->unknown_id_events) fprintf(f, "; %ld more for ids not in the gold, not scored", r->unknown_id_events);
    fputs("\n\n", f);

    int width = 28;
    fprintf(f, "%-*s %6s %6s %8s %10s %7s %7s\n", width, "level", "gold", "pred", "correct", "precision", "recall",
            "F1");
    for (int l = 0; l < DYAD_EVAL_LEVELS; l++) {
        count_row(f, level_labels[l], width, &r->level[l]);
        fputc('\n', f);
    }
    fprintf(f, "\ncategory accuracy where gold has an event: %ld of %ld sentences", r->event_sentences_correct,
            r->event_sentences);
    if (r->event_sentences)
        fprintf(f, " (%.1f%%)", 100.0 * (double)r->event_sentences_correct / (double)r->event_sentences);
    fputc('\n', f);
    fprintf(f, "false alarms where gold has no event:      %ld of %ld sentences\n", r->no_event_false_alarms,
            r->no_event_sentences);

    width = 12;
    for (int c = 0; c < r->n_categories; c++)
        if ((int)strlen(r->categories[c]) > width) width = (int)strlen(r->categories[c]);
    fprintf(f, "\nper category (at the category level; full: correct at the full level)\n");
    fprintf(f, "%-*s %6s %6s %8s %10s %7s %7s %6s\n", width, "category", "gold", "pred", "correct", "precision",
            "recall", "F1", "full");
    for (int c = 0; c < r->n_categories; c++) {
        const dyad_eval_count *pc = &r->per_category[c * DYAD_EVAL_LEVELS];
        count_row(f, r->categories[c], width, &pc[DYAD_EVAL_CATEGORY]);
        fprintf(f, " %6ld\n", pc[DYAD_EVAL_FULL].correct);
    }
    write_confusion_text(f, r);
    if (rep->errors) write_errors_text(f, r);
}

/* ------------------------------------------------------------------ JSON */

/*
** A figure rounded to 6 decimals, or null when undefined: enough that rounding it again to
** the 3 of the text report gives the same digits.
*/
static cJSON *ratio(long num, long den) {
    if (den == 0) return cJSON_CreateNull();
    return cJSON_CreateNumber(round(1e6 * (double)num / (double)den) / 1e6);
}

static cJSON *count_json(const dyad_eval_count *c) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "gold", (double)c->gold);
    cJSON_AddNumberToObject(o, "predicted", (double)c->system);
    cJSON_AddNumberToObject(o, "correct", (double)c->correct);
    cJSON_AddItemToObject(o, "precision", ratio(c->correct, c->system));
    cJSON_AddItemToObject(o, "recall", ratio(c->correct, c->gold));
    cJSON_AddItemToObject(o, "f1", ratio(2 * c->correct, c->gold + c->system));
    return o;
}

static cJSON *levels_json(const dyad_eval_count *c) {
    cJSON *o = cJSON_CreateObject();
    for (int l = 0; l < DYAD_EVAL_LEVELS; l++) cJSON_AddItemToObject(o, dyad_eval_level_names[l], count_json(&c[l]));
    return o;
}

static cJSON *item_json(const dyad_eval_result *r, const dyad_eval_item *it, bool gold) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "source", it->source);
    cJSON_AddStringToObject(o, "target", it->target);
    cJSON_AddStringToObject(o, "code", it->code);
    if (it->category >= 0) cJSON_AddStringToObject(o, "category", r->categories[it->category]);
    else cJSON_AddNullToObject(o, "category");
    if (it->match >= 0) cJSON_AddStringToObject(o, "match", dyad_eval_level_names[it->match]);
    else cJSON_AddNullToObject(o, "match");
    if (!gold && it->line > 0) cJSON_AddNumberToObject(o, "line", (double)it->line);
    return o;
}

static cJSON *errors_json(const dyad_eval_result *r) {
    cJSON *a = cJSON_CreateArray();
    for (int i = 0; i < r->n_sentences; i++) {
        const dyad_eval_sentence *s = &r->sentence[i];
        if (!has_mismatch(s)) continue;
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", s->gold->id);
        cJSON_AddNumberToObject(o, "line", (double)s->gold->line);
        cJSON_AddStringToObject(o, "text", s->gold->text);
        cJSON_AddBoolToObject(o, "no_event", s->gold->no_event);
        cJSON *gl = cJSON_AddArrayToObject(o, "gold");
        for (int k = 0; k < s->n_gold; k++) cJSON_AddItemToArray(gl, item_json(r, &s->gold_events[k], true));
        cJSON *pl = cJSON_AddArrayToObject(o, "predicted");
        for (int k = 0; k < s->n_pred; k++) cJSON_AddItemToArray(pl, item_json(r, &s->pred_events[k], false));
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

void dyad_eval_write_json(FILE *f, const dyad_eval_result *r, const dyad_eval_report *rep) {
    const dyad_gold *g = rep->gold;
    cJSON *root = cJSON_CreateObject();
    cJSON *go = cJSON_AddObjectToObject(root, "gold");
    cJSON_AddStringToObject(go, "path", rep->gold_path);
    cJSON_AddStringToObject(go, "format", dyad_gold_format_name(g->format));
    cJSON_AddStringToObject(go, "scheme", scheme_name(r->scheme));
    cJSON_AddNumberToObject(go, "records", (double)g->records);
    cJSON_AddNumberToObject(go, "skipped", (double)g->skipped);
    cJSON_AddNumberToObject(go, "sentences", (double)r->sentences);
    cJSON_AddNumberToObject(go, "events", (double)r->gold_events);
    cJSON_AddNumberToObject(go, "no_event_sentences", (double)r->no_event_sentences);
    cJSON *po = cJSON_AddObjectToObject(root, "predictions");
    if (rep->pred_path) cJSON_AddStringToObject(po, "path", rep->pred_path);
    else cJSON_AddNullToObject(po, "path");
    cJSON_AddNumberToObject(po, "events", (double)r->pred_events);
    cJSON_AddNumberToObject(po, "unscored_events", (double)r->unscored_events);
    cJSON_AddNumberToObject(po, "unknown_id_events", (double)r->unknown_id_events);

    cJSON_AddItemToObject(root, "levels", levels_json(r->level));
    cJSON *acc = cJSON_AddObjectToObject(root, "category_accuracy");
    cJSON_AddNumberToObject(acc, "sentences", (double)r->event_sentences);
    cJSON_AddNumberToObject(acc, "correct", (double)r->event_sentences_correct);
    cJSON_AddItemToObject(acc, "accuracy", ratio(r->event_sentences_correct, r->event_sentences));
    cJSON *fa = cJSON_AddObjectToObject(root, "no_event");
    cJSON_AddNumberToObject(fa, "sentences", (double)r->no_event_sentences);
    cJSON_AddNumberToObject(fa, "false_alarms", (double)r->no_event_false_alarms);

    cJSON *cats = cJSON_AddObjectToObject(root, "categories");
    for (int c = 0; c < r->n_categories; c++)
        cJSON_AddItemToObject(cats, r->categories[c], levels_json(&r->per_category[c * DYAD_EVAL_LEVELS]));

    int n = r->n_categories;
    cJSON *conf = cJSON_AddObjectToObject(root, "confusion");
    cJSON *labels = cJSON_AddArrayToObject(conf, "labels");
    for (int c = 0; c <= n; c++) cJSON_AddItemToArray(labels, cJSON_CreateString(c < n ? r->categories[c] : "none"));
    cJSON *rows = cJSON_AddArrayToObject(conf, "rows");
    for (int i = 0; i <= n; i++) {
        cJSON *row = cJSON_CreateArray();
        for (int j = 0; j <= n; j++)
            cJSON_AddItemToArray(row, cJSON_CreateNumber((double)r->confusion[i * (n + 1) + j]));
        cJSON_AddItemToArray(rows, row);
    }
    if (rep->errors) cJSON_AddItemToObject(root, "errors", errors_json(r));

    char *text = cJSON_Print(root);
    if (text) {
        fputs(text, f);
        fputc('\n', f);
    }
    cJSON_free(text);
    cJSON_Delete(root);
}
