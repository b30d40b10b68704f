/*
** date.c - event dates.  News reports date events relative to the day of publication ("on
** Monday", "last week"); event data wants calendar days, so the coder resolves them here.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "code/date.h"

/* ------------------------------------------------------------ time words */

static const char *const weekdays[7] = {"monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
static const char *const months[12] = {"january", "february", "march", "april", "may", "june",
                                       "july", "august", "september", "october", "november",
                                       "december"};

/* Lower-case a word form without a final period ("Feb." -> "feb") into buf. */
static void fold(const char *form, char *buf, size_t n) {
    size_t i = 0;
    for (; form[i] && i + 1 < n; i++) buf[i] = (char)tolower((unsigned char)form[i]);
    buf[i] = 0;
    if (i > 0 && buf[i - 1] == '.') buf[i - 1] = 0;
}

/* Index 0-6 of a weekday name or its abbreviation ("Mon", "Tues"), or -1. */
static int weekday_of(const char *form) {
    char w[16];
    fold(form, w, sizeof w);
    size_t n = strlen(w);
    if (n < 3) return -1;
    bool abbreviated = form[strlen(form) - 1] == '.';
    for (int i = 0; i < 7; i++)
        if (strncmp(weekdays[i], w, n) == 0 && (abbreviated || weekdays[i][n] == 0)) return i;
    return -1;
}

/* Month 1-12 of a month name or its abbreviation ("Feb", "Sept"), or 0.  "May" counts only
   when capitalised, since "may" is a verb. */
static int month_of(const char *form) {
    char w[16];
    fold(form, w, sizeof w);
    size_t n = strlen(w);
    if (n < 3) return 0;
    if (strcmp(w, "may") == 0 && form[0] != 'M') return 0;
    for (int i = 0; i < 12; i++)
        if (strncmp(months[i], w, n) == 0) return i + 1;
    return 0;
}

/* A day of month (1-31) or a year (1900-2100) written as digits, maybe with "th"/"st". */
static int number_of(const char *form) {
    char *end;
    long v = strtol(form, &end, 10);
    if (end == form) return 0;
    if (*end && strcasecmp(end, "st") && strcasecmp(end, "nd") && strcasecmp(end, "rd") &&
        strcasecmp(end, "th") && strcmp(end, ","))
        return 0;
    return v > 0 && v < 10000 ? (int)v : 0;
}

/* A count written as digits or as a word up to ten ("3", "three", "a"), else 0. */
static int count_of(const char *form) {
    static const char *const words[] = {"a", "one", "two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", NULL};
    for (int i = 0; words[i]; i++)
        if (!strcasecmp(form, words[i])) return i ? i : 1;
    return number_of(form);
}

/* ---------------------------------------------------------- clause walk */

static bool is_clause_relation(const char *deprel) {
    static const char *const rels[] = {"ccomp", "advcl", "acl", "xcomp", "parataxis", "csubj",
                                       "conj", "list", NULL};
    if (!deprel) return false;
    for (int i = 0; rels[i]; i++) {
        size_t n = strlen(rels[i]);
        if (strncmp(deprel, rels[i], n) == 0 && (deprel[n] == 0 || deprel[n] == ':')) return true;
    }
    return false;
}

bool dyad_judging_verb(const char *lemma) {
    static const char *const judging[] = {"accuse", "blame", "criticize", "criticise", "condemn", "praise",
                                          "thank", "commend", "fault", "charge", "punish", "suspect",
                                          "credit", "rebuke", "slam", NULL};
    for (int i = 0; lemma && judging[i]; i++)
        if (!strcmp(lemma, judging[i])) return true;
    return false;
}

/*
** Is word x (0-based) a gerund introduced by "of" or "for" that complements a verb of judging
** ("accused X of lying", "blamed X for failing"; not "explored the possibility of seeking")?
** A time at its end dates the verb it complements: "China accused the United States of lying
** on Tuesday" reports Tuesday's accusation.
*/
static bool gerund_complement(const dyad_sentence *s, int x) {
    const dyad_word *g = &s->words[x];
    if (!g->xpos || strcmp(g->xpos, "VBG") != 0 || !g->deprel || g->head <= 0) return false;
    const dyad_word *h = &s->words[g->head - 1];
    if (!strcmp(g->deprel, "acl") && h->deprel && !strcmp(h->deprel, "obj") && h->head > 0)
        h = &s->words[h->head - 1]; /* "accused [the United States of lying]", as parsed */
    else if (strcmp(g->deprel, "advcl") != 0)
        return false;
    if (!dyad_judging_verb(h->lemma)) return false;
    for (int i = 0; i < x; i++) {
        const dyad_word *m = &s->words[i];
        if (m->head == x + 1 && (!strcasecmp(m->form, "of") || !strcasecmp(m->form, "for"))) return true;
    }
    return false;
}

/* True when word w (0-based) belongs to the clause headed by word verb: its head chain reaches
   verb without passing through the head of another clause (but a gerund complement's). */
static bool in_clause(const dyad_sentence *s, int w, int verb) {
    for (int steps = 0; steps < s->n_words; steps++) {
        if (w == verb) return true;
        const dyad_word *x = &s->words[w];
        if (x->head <= 0 || (is_clause_relation(x->deprel) && !gerund_complement(s, w))) return false;
        w = x->head - 1;
    }
    return false;
}

/* Has the verb an auxiliary (aux, aux:pass) whose form, lower-cased, is one of forms? */
static bool has_aux(const dyad_sentence *s, int verb, const char *const *forms) {
    for (int i = 0; i < s->n_words; i++) {
        const dyad_word *w = &s->words[i];
        if (w->head != verb + 1 || !w->deprel || strncmp(w->deprel, "aux", 3) != 0) continue;
        char f[16];
        fold(w->form, f, sizeof f);
        for (const char *const *p = forms; *p; p++)
            if (strcmp(f, *p) == 0) return true;
    }
    return false;
}

/* True when the verb is in the future tense: "will"/"shall"/"'ll" as its auxiliary, or
   "going to" / "due to" / "set to" governing it. */
static bool is_future(const dyad_sentence *s, int verb) {
    static const char *const future[] = {"will", "shall", "'ll", "wo", NULL};
    if (has_aux(s, verb, future)) return true;
    const dyad_word *v = &s->words[verb];
    if (v->head > 0 && v->deprel && strcmp(v->deprel, "xcomp") == 0) {
        const char *h = s->words[v->head - 1].lemma ? s->words[v->head - 1].lemma : "";
        if (!strcmp(h, "go") || !strcmp(h, "due") || !strcmp(h, "set") || !strcmp(h, "plan") ||
            !strcmp(h, "expect") || !strcmp(h, "schedule"))
            return true;
    }
    return false;
}

/* True when the verb is in a past tense: VBD ("attacked"), or an auxiliary "had"/"has"/"have"
   (perfect), "was"/"were" (passive) or "did" governing it. */
static bool is_past(const dyad_sentence *s, int verb) {
    static const char *const past[] = {"had", "has", "have", "was", "were", "did", NULL};
    const dyad_word *v = &s->words[verb];
    return (v->xpos && strcmp(v->xpos, "VBD") == 0) || has_aux(s, verb, past);
}

static long shift_months(int y, int m, int d, int by) {
    long total = (long)y * 12 + (m - 1) + by;
    y = (int)(total / 12);
    m = (int)(total % 12) + 1;
    if (d > dyad_days_in_month(y, m)) d = dyad_days_in_month(y, m);
    return dyad_days_from_civil(y, m, d);
}

bool dyad_event_date(const dyad_document *doc, const dyad_sentence *s, int verb, char out[11]) {
    int y, m, d;
    out[0] = 0;
    if (!dyad_parse_date(doc->date, &y, &m, &d)) return false;
    long today = dyad_days_from_civil(y, m, d);
    dyad_civil_from_days(today, out);
    if (verb < 0 || verb >= s->n_words) return false;
    bool future = is_future(s, verb), past = !future && is_past(s, verb);
    for (int i = 0; i < s->n_words; i++) {
        if (!in_clause(s, i, verb)) continue;
        /* "Thursday's talks" dates the talks, not the verb that mentions them */
        if (s->words[i].deprel && strcmp(s->words[i].deprel, "nmod:poss") == 0) continue;
        char w[16], prev[16] = "", next[16] = "";
        fold(s->words[i].form, w, sizeof w);
        if (i > 0) fold(s->words[i - 1].form, prev, sizeof prev);
        if (i + 1 < s->n_words) fold(s->words[i + 1].form, next, sizeof next);
        long day = 0;
        bool found = true;
        int wd, mon;
        if (!strcmp(w, "today") || !strcmp(w, "tonight")) {
            day = today;
        } else if (!strcmp(w, "yesterday")) {
            day = today - 1;
        } else if (!strcmp(w, "tomorrow")) {
            day = today + 1;
        } else if (!strcmp(w, "ago") && i >= 2 && count_of(s->words[i - 2].form) > 0 &&
                   (!strcmp(prev, "day") || !strcmp(prev, "days") || !strcmp(prev, "week") ||
                    !strcmp(prev, "weeks"))) {
            /* "two days ago", "a week ago" */
            int k = count_of(s->words[i - 2].form);
            day = today - (long)k * (prev[0] == 'd' ? 1 : 7);
        } else if ((wd = weekday_of(s->words[i].form)) >= 0 && isupper((unsigned char)s->words[i].form[0])) {
            long dow = ((today % 7) + 7 + 3) % 7; /* 1970-01-01 was a Thursday (index 3) */
            long back = (dow - wd + 7) % 7;
            if (!strcmp(prev, "last")) day = today - (back ? back : 7);
            else if (!strcmp(prev, "next") || (future && back != 0)) day = today + (7 - back) % 7;
            else day = today - back;
        } else if (!strcmp(w, "week") || !strcmp(w, "month") || !strcmp(w, "year")) {
            int dir = !strcmp(prev, "last") || !strcmp(prev, "past") ? -1 : !strcmp(prev, "next") ? 1 : 0;
            if (dir == 0) {
                found = false;
            } else if (w[0] == 'w') {
                day = today + 7 * dir;
            } else {
                day = shift_months(y, m, d, w[0] == 'm' ? dir : 12 * dir);
            }
        } else if ((mon = month_of(s->words[i].form)) > 0 && isupper((unsigned char)s->words[i].form[0])) {
            /* "Feb. 20", "Feb. 20, 2022", "20 February", "20 February 2022" */
            int dd = 0, yy = 0;
            int after = i + 1 < s->n_words ? number_of(s->words[i + 1].form) : 0;
            int before = i > 0 ? number_of(s->words[i - 1].form) : 0;
            if (after >= 1 && after <= 31) {
                dd = after;
                for (int k = i + 2; k < s->n_words && k <= i + 3; k++) {
                    int v = number_of(s->words[k].form);
                    if (v >= 1900 && v <= 2100) yy = v;
                    if (strcmp(s->words[k].form, ",") != 0) break;
                }
            } else if (before >= 1 && before <= 31) {
                dd = before;
                int v = after;
                if (v >= 1900 && v <= 2100) yy = v;
            }
            if (dd == 0 || (yy == 0 && (!strcmp(next, "last") || !strcmp(prev, "last")))) {
                found = false;
            } else if (yy) {
                if (dd > dyad_days_in_month(yy, mon)) found = false;
                else day = dyad_days_from_civil(yy, mon, dd);
            } else {
                /* the nearest such date; in the past for a verb in a past tense ("attacked on
                   Feb. 20"), in the future for one in the future tense, when there is one */
                long best = 0, best_gap = -1;
                for (int pass = 0; pass < 2 && best_gap < 0; pass++)
                    for (int cand = y - 1; cand <= y + 1; cand++) {
                        if (dd > dyad_days_in_month(cand, mon)) continue;
                        long c = dyad_days_from_civil(cand, mon, dd);
                        if (pass == 0 && ((past && c > today) || (future && c < today))) continue;
                        long gap = labs(c - today);
                        if (best_gap < 0 || gap < best_gap) best = c, best_gap = gap;
                    }
                if (best_gap < 0) found = false;
                day = best;
            }
        } else {
            found = false;
        }
        if (found) {
            dyad_civil_from_days(day, out);
            return true;
        }
    }
    return false;
}
