/*
** score.c - scoring predicted events against gold events: matching within each sentence at
** three levels (category; category and source country; source, target and code), precision,
** recall and F1 overall and per category, the confusion table of categories, and category
** accuracy over the sentences that have a gold event.  The rules are in eval.h.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "eval/eval.h"
#include "code/cameo.h"
#include "util/util.h"

const char *const dyad_eval_level_names[DYAD_EVAL_LEVELS] = {"category", "category_country", "full"};

/*
** PLOVER names: the 16 event types of the PLOVER manual draft 0.8 (2021) and CAMEO2PLOVER-2021,
** and the names of earlier drafts used by the PLOVER_GSR_CAMEO gold records (version 0.5b1,
** 2016), mapped to the type that took over their CAMEO codes in CAMEO2PLOVER-2021: 09
** (investigate) and 11 (disapprove) went to ACCUSE, 10 (demand) to REQUEST, 19 (fight) to
** ASSAULT.
*/
static const struct {
    const char *name, *current;
} plover_names[] = {
    {"AGREE", "AGREE"},       {"CONSULT", "CONSULT"},   {"SUPPORT", "SUPPORT"},     {"COOPERATE", "COOPERATE"},
    {"AID", "AID"},           {"CONCEDE", "CONCEDE"},   {"RETREAT", "RETREAT"},     {"ACCUSE", "ACCUSE"},
    {"REQUEST", "REQUEST"},   {"REJECT", "REJECT"},     {"THREATEN", "THREATEN"},   {"PROTEST", "PROTEST"},
    {"MOBILIZE", "MOBILIZE"}, {"SANCTION", "SANCTION"}, {"COERCE", "COERCE"},       {"ASSAULT", "ASSAULT"},
    {"DEMAND", "REQUEST"},    {"DISAPPROVE", "ACCUSE"}, {"INVESTIGATE", "ACCUSE"},  {"FIGHT", "ASSAULT"},
};

const char *dyad_eval_plover_name(const char *name) {
    for (size_t i = 0; name && i < sizeof plover_names / sizeof *plover_names; i++)
        if (strcasecmp(name, plover_names[i].name) == 0) return plover_names[i].current;
    return NULL;
}

const char *dyad_eval_category(dyad_eval_scheme scheme, const char *code, char buf[3]) {
    if (!code || !*code) return NULL;
    if (scheme == DYAD_EVAL_CAMEO) {
        const char *root = dyad_cameo_root(code);
        if (root) return root;
        if (!code[1]) return code;
        buf[0] = code[0], buf[1] = code[1], buf[2] = 0;
        return buf;
    }
    if (!(code[0] >= '0' && code[0] <= '9')) {
        const char *name = dyad_eval_plover_name(code);
        return name ? name : code;
    }
    const dyad_cameo_event *e = dyad_cameo_nearest(code, strlen(code));
    return e ? e->plover : NULL;
}

/* ------------------------------------------------------------- matching */

/* An actor code for comparing: "" for none ("---" is PETRARCH's and dyad's unknown actor). */
static const char *actor(const char *code) {
    return !code || strcmp(code, "---") == 0 ? "" : code;
}

/* Are gold event g and predicted event p the same at level? */
static bool same(const dyad_eval_result *r, const dyad_eval_item *g, const dyad_eval_item *p, int level) {
    if (g->category != p->category) return false;
    if (level == DYAD_EVAL_CATEGORY) return true;
    if (strncasecmp(actor(g->source), actor(p->source), 3) != 0) return false;
    if (level == DYAD_EVAL_COUNTRY) return true;
    return strcasecmp(actor(g->source), actor(p->source)) == 0 &&
           strcasecmp(actor(g->target), actor(p->target)) == 0 &&
           (r->scheme == DYAD_EVAL_PLOVER || strcmp(g->code, p->code) == 0);
}

/* Match the events of one sentence, finest level first (see eval.h). */
static void match_sentence(const dyad_eval_result *r, dyad_eval_sentence *s) {
    for (int level = DYAD_EVAL_FULL; level >= DYAD_EVAL_CATEGORY; level--) {
        for (int i = 0; i < s->n_pred; i++) {
            dyad_eval_item *p = &s->pred_events[i];
            if (p->category < 0 || p->match >= 0) continue;
            for (int k = 0; k < s->n_gold; k++) {
                dyad_eval_item *g = &s->gold_events[k];
                if (g->match >= 0 || !same(r, g, p, level)) continue;
                g->match = p->match = level;
                g->partner = i;
                p->partner = k;
                break;
            }
        }
    }
}

/* ------------------------------------------------------------ categories */

static int by_string(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
** Give every item its category index: the names are collected, sorted and made unique into
** r->categories.  names[i] is the category name of the i-th item of items (NULL: none).
*/
static void index_categories(dyad_eval_result *r, dyad_eval_item **items, const char **names, int n) {
    const char **sorted = dyad_arena_alloc(r->arena, sizeof(*sorted) * (size_t)(n + 1));
    int k = 0;
    for (int i = 0; i < n; i++)
        if (names[i]) sorted[k++] = names[i];
    qsort(sorted, (size_t)k, sizeof *sorted, by_string);
    int u = 0;
    for (int i = 0; i < k; i++)
        if (u == 0 || strcmp(sorted[i], sorted[u - 1]) != 0) sorted[u++] = sorted[i];
    r->categories = sorted;
    r->n_categories = u;
    for (int i = 0; i < n; i++) {
        const char **hit = names[i] ? bsearch(&names[i], sorted, (size_t)u, sizeof *sorted, by_string) : NULL;
        items[i]->category = hit ? (int)(hit - sorted) : -1;
    }
}

/* ------------------------------------------------------------- tallies */

static void tally_sentence(dyad_eval_result *r, const dyad_eval_sentence *s) {
    int n = r->n_categories, none = n;
    int unmatched_gold = -1, unmatched_pred = -1, n_ug = 0, n_up = 0, scored = 0;
    for (int k = 0; k < s->n_gold; k++) {
        const dyad_eval_item *g = &s->gold_events[k];
        if (g->category < 0) continue; /* the gold readers give every gold event a category */
        for (int level = 0; level < DYAD_EVAL_LEVELS; level++) {
            dyad_eval_count *c = &r->per_category[g->category * DYAD_EVAL_LEVELS + level];
            c->gold++;
            r->level[level].gold++;
            if (g->match >= level) {
                c->correct++;
                r->level[level].correct++;
            }
        }
        if (g->match >= 0) r->confusion[g->category * (n + 1) + g->category]++;
        else unmatched_gold = k, n_ug++;
    }
    for (int i = 0; i < s->n_pred; i++) {
        const dyad_eval_item *p = &s->pred_events[i];
        if (p->category < 0) {
            r->unscored_events++;
            continue;
        }
        scored++;
        for (int level = 0; level < DYAD_EVAL_LEVELS; level++) {
            r->per_category[p->category * DYAD_EVAL_LEVELS + level].system++;
            r->level[level].system++;
        }
        if (p->match < 0) unmatched_pred = i, n_up++;
    }
    if (n_ug == 1 && n_up == 1) {
        r->confusion[s->gold_events[unmatched_gold].category * (n + 1) + s->pred_events[unmatched_pred].category]++;
    } else {
        for (int k = 0; k < s->n_gold; k++) {
            const dyad_eval_item *g = &s->gold_events[k];
            if (g->category >= 0 && g->match < 0) r->confusion[g->category * (n + 1) + none]++;
        }
        for (int i = 0; i < s->n_pred; i++) {
            const dyad_eval_item *p = &s->pred_events[i];
            if (p->category >= 0 && p->match < 0) r->confusion[none * (n + 1) + p->category]++;
        }
    }
    if (s->n_gold == 0) {
        r->no_event_sentences++;
        r->no_event_false_alarms += scored > 0;
        return;
    }
    r->event_sentences++;
    bool all = true;
    for (int k = 0; k < s->n_gold && all; k++) {
        bool found = false;
        for (int i = 0; i < s->n_pred && !found; i++)
            found = s->pred_events[i].category == s->gold_events[k].category;
        all = found;
    }
    r->event_sentences_correct += all;
}

/* --------------------------------------------------------------- scoring */

/* Sentence index of each prediction (-1: unknown id, reported for the first few ids). */
static int *place_predictions(const dyad_gold *g, const dyad_preds *p, dyad_eval_result *r) {
    int *where = dyad_xmalloc(sizeof(int) * (size_t)(p->n_events + 1));
    enum { MAX_REPORTED = 10 };
    const char *reported[MAX_REPORTED];
    int n_reported = 0;
    for (int i = 0; i < p->n_events; i++) {
        const dyad_pred_event *e = &p->events[i];
        where[i] = dyad_gold_find(g, e->doc_id);
        if (where[i] >= 0) continue;
        r->unknown_id_events++;
        bool seen = false;
        for (int k = 0; k < n_reported && !seen; k++) seen = strcmp(reported[k], e->doc_id) == 0;
        if (seen || n_reported == MAX_REPORTED) continue;
        reported[n_reported++] = e->doc_id;
        dyad_warn(p->path ? p->path : "predictions", e->line, 0,
                  "doc_id %s is not a sentence id of %s; its events are not scored%s", e->doc_id, g->path,
                  n_reported == MAX_REPORTED ? " (further unknown ids are not reported)" : "");
    }
    return where;
}

static void set_item(dyad_eval_item *it, const char *source, const char *target, const char *code, long line) {
    it->source = source;
    it->target = target;
    it->code = code;
    it->line = line;
    it->match = it->partner = -1;
}

dyad_eval_result *dyad_eval_score(const dyad_gold *g, const dyad_preds *p) {
    dyad_arena *a = dyad_arena_new();
    if (!a) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    dyad_eval_result *r = dyad_arena_alloc(a, sizeof *r);
    r->arena = a;
    r->scheme = g->scheme;
    r->sentences = r->n_sentences = g->n_sentences;
    r->sentence = dyad_arena_alloc(a, sizeof(*r->sentence) * (size_t)(g->n_sentences + 1));
    int *where = place_predictions(g, p, r);
    int *n_pred = dyad_xcalloc((size_t)g->n_sentences + 1, sizeof(int));
    for (int i = 0; i < p->n_events; i++)
        if (where[i] >= 0) n_pred[where[i]]++;
    long n_items = 0;
    for (int i = 0; i < g->n_sentences; i++) {
        dyad_eval_sentence *s = &r->sentence[i];
        s->gold = &g->sentences[i];
        s->n_gold = s->gold->n_events;
        s->gold_events = dyad_arena_alloc(a, sizeof(dyad_eval_item) * (size_t)(s->n_gold + 1));
        s->pred_events = dyad_arena_alloc(a, sizeof(dyad_eval_item) * (size_t)(n_pred[i] + 1));
        for (int k = 0; k < s->n_gold; k++) {
            const dyad_gold_event *e = &s->gold->events[k];
            set_item(&s->gold_events[k], e->source, e->target, e->code, 0);
        }
        n_items += s->n_gold + n_pred[i];
        r->gold_events += s->n_gold;
    }
    for (int i = 0; i < p->n_events; i++) {
        if (where[i] < 0) continue;
        dyad_eval_sentence *s = &r->sentence[where[i]];
        const dyad_pred_event *e = &p->events[i];
        set_item(&s->pred_events[s->n_pred++], e->source, e->target, e->code, e->line);
        r->pred_events++;
    }
    free(n_pred);
    free(where);

    /* categories */
    dyad_eval_item **items = dyad_xmalloc(sizeof(*items) * (size_t)(n_items + 1));
    const char **names = dyad_xmalloc(sizeof(*names) * (size_t)(n_items + 1));
    int n = 0;
    for (int i = 0; i < g->n_sentences; i++) {
        dyad_eval_sentence *s = &r->sentence[i];
        for (int k = 0; k < s->n_gold + s->n_pred; k++) {
            dyad_eval_item *it = k < s->n_gold ? &s->gold_events[k] : &s->pred_events[k - s->n_gold];
            char buf[3];
            const char *name = dyad_eval_category(r->scheme, it->code, buf);
            items[n] = it;
            names[n++] = name == buf ? dyad_arena_strdup(a, buf) : name;
        }
    }
    index_categories(r, items, names, n);
    free(items);
    free(names);

    int nc = r->n_categories;
    r->per_category = dyad_arena_alloc(a, sizeof(dyad_eval_count) * (size_t)(nc + 1) * DYAD_EVAL_LEVELS);
    r->confusion = dyad_arena_alloc(a, sizeof(long) * (size_t)(nc + 1) * (size_t)(nc + 1));
    for (int i = 0; i < g->n_sentences; i++) {
        match_sentence(r, &r->sentence[i]);
        tally_sentence(r, &r->sentence[i]);
    }
    return r;
}

void dyad_eval_result_free(dyad_eval_result *r) {
    if (r) dyad_arena_free(r->arena);
}
