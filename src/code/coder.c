/*
** coder.c - the coder's driver: for each sentence of a document, discards, mentions, then each
** dictionary verb: its patterns, its code, its source and target, and the events (coder.h
** states the rules).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "code/coder_int.h"
#include "code/match.h"
#include "code/date.h"

dyad_coder_options dyad_coder_defaults(void) {
    dyad_coder_options o = {.require_dyad = true, .new_actor_length = 0, .trace = NULL};
    return o;
}

dyad_coder *dyad_coder_new(const dyad_dict *d, const dyad_coder_options *opt) {
    dyad_coder *c = dyad_xcalloc(1, sizeof *c);
    c->d = d;
    static const char *const neg[NEG_WORDS] = {"not", "n't", "never", "neither", "no", "nor"};
    for (int j = 0; j < NEG_WORDS; j++) c->neg_ids[j] = dyad_dict_word_id(d, neg[j]);
    c->disc = coder_discards_new(d);
    c->opt = opt ? *opt : dyad_coder_defaults();
    return c;
}

void dyad_coder_set_options(dyad_coder *c, const dyad_coder_options *opt) {
    c->opt = opt ? *opt : dyad_coder_defaults();
}

void dyad_coder_free(dyad_coder *c) {
    if (!c) return;
    csent *s = &c->s;
    free(s->w);
    free(s->kids);
    free(s->ids);
    free(s->lids);
    free(s->forms);
    free(s->claimed);
    free(s->m);
    free(s->mw);
    free(s->act);
    free(c->ev);
    free(c->tmp);
    free(c->useq);
    free(c->lseq);
    free(c->split_at);
    free(c->pool);
    coder_discards_free(c->disc);
    free(c);
}

/* ------------------------------------------------------------ events */

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

typedef struct verbinfo {
    int word;               /* the verb word */
    bool dated;             /* date computed (only for events that are kept) */
    const char *verb;       /* the verb's base form with its other words */
    uint32_t start, end;
    const char *pattern, *origin;
    bool negated;
    char date[11];
} verbinfo;

static void emit(csent *s, const cactor *src, const cactor *tgt, const char *code, verbinfo *vi) {
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
        if (strcmp(c->ev[k].code, code) == 0 && strcmp(c->ev[k].source.code, sc) == 0 &&
            strcmp(c->ev[k].target.code, tc) == 0)
            return;
    if (!vi->dated) {
        dyad_event_date(s->doc, s->s, vi->word, vi->date);
        vi->dated = true;
    }
    coder_grow((void **)&c->ev, &c->cap_ev, c->nev + 1, sizeof *c->ev);
    dyad_event *e = &c->ev[c->nev++];
    memset(e, 0, sizeof *e);
    e->sentence = s->si;
    memcpy(e->date, vi->date, sizeof e->date);
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

/* ------------------------------------------------------------ one verb */

static bool dialect1(const csent *s, const cverb *v) {
    const dyad_dict *d = s->c->d;
    return d->blocks[d->verbs[v->v[0]].block].dialect == 1;
}

static bool negation_word(const dyad_coder *c, int32_t id) {
    for (int j = 0; j < NEG_WORDS; j++)
        if (id != DYAD_NO_WORD && id == c->neg_ids[j]) return true;
    return false;
}

/* Does the pattern spell out a negation (a word or synset member "not", "n't", "never",
   "neither", "no", "nor")? */
static bool negation_item(const csent *s, const dyad_pattern *p) {
    const dyad_coder *c = s->c;
    const dyad_dict *d = c->d;
    for (int k = 0; k < p->n_items; k++) {
        const dyad_pat_item *it = &p->items[k];
        if (it->kind == DYAD_PAT_WORD && negation_word(c, it->id)) return true;
        if (it->kind == DYAD_PAT_SYNSET) {
            const dyad_synset *sy = &d->synsets[it->id];
            for (int m = 0; m < sy->n_members; m++) {
                const dyad_synset_member *mb = &d->members[sy->first_member + m];
                for (int w = 0; w < mb->n_words; w++)
                    if (negation_word(c, mb->words[w])) return true;
            }
        }
    }
    return false;
}

static const char *base_name(const char *file);

static const char *origin(csent *s, const char *file, int line) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s:%d", base_name(file), line);
    return dyad_arena_strdup(s->doc->arena, buf);
}

static const char *verb_name(csent *s, const cverb *v) {
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

/* Codes of a mention as an array of actor pointers. */
static int actors_of(csent *s, int m, const cactor **out, int max) {
    if (m < 0) return 0;
    coder_code_mention(s, m);
    const mention *mm = &s->m[m];
    int n = 0;
    for (int k = mm->a0; k < mm->a0 + mm->na && n < max; k++) out[n++] = &s->act[k];
    return n;
}

/* True when every code of mention b is a code of mention a (b adds no new actor). */
static bool same_codes(csent *s, int a, int b) {
    if (a < 0 || b < 0) return false;
    const cactor *x[16], *y[16];
    int nx = actors_of(s, a, x, 16), ny = actors_of(s, b, y, 16);
    if (ny == 0) return false;
    for (int j = 0; j < ny; j++) {
        if (!y[j]->code) return false;
        bool found = false;
        for (int i = 0; i < nx && !found; i++) found = x[i]->code && strcmp(x[i]->code, y[j]->code) == 0;
        if (!found) return false;
    }
    return true;
}

static bool known(csent *s, int m) {
    if (m < 0) return false;
    coder_code_mention(s, m);
    return s->m[m].known;
}

/* PETRARCH-1: the first known mention of a sequence (from its far end when far is set). */
static int seq_mention(csent *s, const int *seq, int n, bool far, bool want_known, int not1, int not2) {
    for (int k = 0; k < n; k++) {
        int i = seq[far ? n - 1 - k : k];
        int t = s->w[i].top;
        if (t < 0 || t == not1) continue;
        if (want_known && !known(s, t)) continue;
        if (not2 >= 0 && same_codes(s, t, not2)) continue;
        return t;
    }
    return -1;
}

/* The first known mention in the subtree of x (x's own first), skipping relative clauses and
   mentions that add nothing to src; -1 if none. */
static int known_inside(csent *s, int x, int src) {
    int m = coder_mention_of(s, x);
    if (m >= 0 && m != src && known(s, m) && !same_codes(s, src, m)) return m;
    for (int i = s->w[x].lo; i <= s->w[x].hi; i++) {
        int k = s->w[i].mention;
        if (k < 0 || k == m || k == src || !known(s, k) || same_codes(s, src, k)) continue;
        bool relcl = false;
        for (int t = i; t != x && t >= 0 && !relcl; t = s->w[t].head) relcl = s->w[t].rel == R_RELCL;
        if (!relcl) return k;
    }
    return -1;
}

/* The target among the verb's own complements (and those of its open clausal complement,
   "believed linked to Al-Qaeda"): objects, then prepositional objects, each in sentence order;
   the first known actor in them (in the phrase itself, else inside it: "the roads leading into
   Mordor"), else the first complement. */
static bool used(const coder_binding *b, int i) {
    for (int k = 0; k < b->nused; k++)
        if (b->used[k] == i) return true;
    return false;
}

/* Is word i among the words that name an actor of mention m? */
static bool named_by(csent *s, int m, int i) {
    coder_code_mention(s, m);
    const mention *mm = &s->m[m];
    for (int k = mm->a0; k < mm->a0 + mm->na; k++)
        if (s->act[k].code && i >= s->act[k].first && i <= s->act[k].last) return true;
    return !mm->known;
}

static int complement_target(csent *s, const cverb *v, int src, const coder_binding *b) {
    int x = v->word, first = -1;
    int heads[2] = {x, -1};
    for (int k = 0; k < s->w[x].nkids && heads[1] < 0; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (s->w[y].rel == R_XCOMP && s->w[y].upos == DYAD_VERB) heads[1] = y;
    }
    for (int pass = 0; pass < 2; pass++)
        for (int i = x + 1; i < s->n; i++) {
            int h = s->w[i].head;
            if (h != heads[0] && (h != heads[1] || h < 0)) continue;
            if (i == v->subj || i == v->agent || coder_verb_word(v, i)) continue;
            int r = s->w[i].rel;
            if (!(pass == 0 && (r == R_OBJ || r == R_IOBJ)) &&
                !(pass == 1 && (r == R_OBL || r == R_OBL_AGENT)))
                continue;
            int m = coder_mention_of(s, i);
            if (m < 0 || m == src) continue;
            /* a phrase the pattern spells out is no target ("- * TROOPS"), unless its actor
               is named by other words ("(TO BORDER)" in "to the border of Gondor"); phrases
               inside it may be ("an air strike against X") */
            if (used(b, i) && named_by(s, m, i)) {
                int found = known_inside(s, i, m);
                if (found >= 0 && found != src && !same_codes(s, src, found)) return found;
                continue;
            }
            if (first < 0) first = m;
            int found = known_inside(s, i, src);
            if (found >= 0) return found;
        }
    return first;
}

static void trace_mention(csent *s, const char *what, int m) {
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

static const char *base_name(const char *file) {
    const char *b = file ? strrchr(file, '/') : NULL;
    return b ? b + 1 : file ? file : "?";
}

/* Why pattern p did not match: the item that could not be found. */
static void trace_failure(csent *s, const dyad_pattern *p, int failed) {
    dyad_coder *c = s->c;
    const dyad_dict *d = c->d;
    coder_trace(c, "  pattern %s:%d \"%s\": no match", base_name(p->file), p->line, p->text);
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

static bool code_verb(csent *s, cverb *v) {
    dyad_coder *c = s->c;
    const dyad_dict *d = c->d;
    bool d1 = dialect1(s, v);
    coder_trace(c, "verb \"%s\" (word %d)", s->forms[v->word], v->word + 1);
    for (int k = 0; k < v->nv; k++) {
        const dyad_verb *x = &d->verbs[v->v[k]];
        const dyad_verb_block *bl = &d->blocks[x->block];
        coder_trace(c, "%s block %s %s:%d", k ? "," : ":", bl->name, base_name(bl->file), bl->line);
    }
    coder_trace(c, "%s%s\n", v->passive ? " passive" : "", v->negated ? " negated" : "");
    for (int k = 0; k < v->nv; k++)
        if (d->blocks[d->verbs[v->v[k]].block].dialect == 2) {
            coder_match2_candidates(s, v);
            break;
        }
    /* patterns of all its blocks; the one with the most items wins */
    const dyad_pattern *best = NULL;
    coder_binding bb = {.source = -1, .target = -1, .compound = -1};
    for (int k = 0; k < v->nv; k++) {
        const dyad_verb_block *bl = &d->blocks[d->verbs[v->v[k]].block];
        for (int j = 0; j < bl->n_patterns; j++) {
            const dyad_pattern *p = &d->patterns[bl->first_pattern + j];
            /* a shorter pattern cannot win; the trace still shows how it fares */
            if (best && p->n_items <= best->n_items && !c->opt.trace) continue;
            /* TABARI's [+++] marks a sentence too complex to code, not an event (PETRARCH
               never implemented it): such patterns are not used */
            if (p->code.fwd && p->code.fwd[0] == '+' && strcmp(p->code.fwd, "+++") == 0) {
                coder_trace(c, "  pattern %s:%d \"%s\": not used ([+++] is TABARI's mark of a "
                            "complex sentence, not an event code)\n", base_name(p->file), p->line, p->text);
                continue;
            }
            coder_binding b;
            int failed = -1;
            bool ok = bl->dialect == 1 ? coder_match1(s, v, p, &b, &failed)
                                       : coder_match2(s, v, p, &b, &failed);
            bool loses = ok && best && p->n_items <= best->n_items;
            if (c->opt.trace) {
                if (loses) coder_trace(c, "  pattern %s:%d \"%s\": matches, but a longer pattern "
                                       "matched first\n", base_name(p->file), p->line, p->text);
                else if (ok) coder_trace(c, "  pattern %s:%d \"%s\": matches\n", base_name(p->file),
                                         p->line, p->text);
                else trace_failure(s, p, failed);
            }
            if (ok && !loses) {
                best = p;
                bb = b;
            }
        }
    }
    dyad_event_code code = {NULL, NULL};
    const dyad_verb *own = NULL;
    if (best) {
        code = best->code;
    } else {
        for (int k = 0; k < v->nv && !own; k++) {
            const dyad_verb *x = &d->verbs[v->v[k]];
            if (x->code.fwd || x->code.rev) own = x;
        }
        if (own) code = own->code;
    }
    if (!code.fwd && !code.rev) {
        coder_trace(c, "  no event: %s\n", best ? "the pattern's code is [---]"
                                                : "no pattern matched and the verb has no code");
        return false;
    }
    coder_trace(c, "  code [%s%s%s] from %s\n", code.fwd ? code.fwd : "", code.rev ? ":" : "",
                code.rev ? code.rev : "", best ? "the pattern" : "the verb");

    /* source and target */
    bool passive = d1 ? v->passive && v->agent >= 0 : v->passive;
    int src = bb.source, tgt = bb.target;
    int subj = coder_mention_of(s, v->subj);
    if (src < 0) {
        if (passive && v->agent >= 0) src = coder_mention_of(s, v->agent);
        else if (!passive && subj != tgt) src = subj;
        if (d1 && !known(s, src)) {
            /* PETRARCH-1: the first actor of the sentence before the verb */
            int f = seq_mention(s, v->U, v->nu, true, true, tgt, -1);
            if (f < 0 && src < 0) f = seq_mention(s, v->U, v->nu, true, false, tgt, -1);
            if (f >= 0) src = f;
        }
    }
    if (tgt < 0) {
        if (passive && subj >= 0 && subj != src) tgt = subj;
        else tgt = complement_target(s, v, src, &bb);
        if (d1 && !known(s, tgt) && !(tgt >= 0 && s->m[tgt].reflexive)) {
            int f = seq_mention(s, v->L, v->nl, false, true, src, src);
            if (f < 0 && tgt < 0) f = seq_mention(s, v->L, v->nl, false, false, src, -1);
            if (f < 0 && tgt < 0) f = seq_mention(s, v->U, v->nu, false, true, src, src);
            if (f < 0 && tgt < 0) f = seq_mention(s, v->U, v->nu, false, false, src, -1);
            if (f >= 0) tgt = f;
        }
    }
    trace_mention(s, "source", src);
    trace_mention(s, "target", tgt);
    /* PETRARCH-1 needs a phrase on both sides; PETRARCH-2 codes a missing one as unknown
       when require_dyad is off */
    if ((src < 0 || tgt < 0) && (d1 || c->opt.require_dyad)) {
        coder_trace(c, "  no event: no %s\n", src < 0 ? "source" : "target");
        return true;
    }
    const cactor *S[16], *T[16];
    int ns = actors_of(s, src, S, 16), nt = actors_of(s, tgt, T, 16);
    if (ns == 0) S[ns++] = NULL;    /* no phrase: unknown */
    if (nt == 0) T[nt++] = NULL;
    bool src_known = known(s, src), tgt_known = known(s, tgt);
    /* members of a compound act on each other: '%', a reflexive target ("Gondor and
       Osgiliath delayed their meeting"), or cooperation without a target (PETRARCH-2) */
    if (!tgt_known && ns > 1 && (bb.compound >= 0 || (tgt >= 0 && s->m[tgt].reflexive) ||
                                 (code.fwd && code.fwd[0] == '0' && code.fwd[1] >= '3' &&
                                  code.fwd[1] <= '6'))) {
        nt = ns;
        memcpy(T, S, sizeof S);
        tgt_known = true;
    }
    /* PETRARCH: a paired code with one side unknown pairs the other side with itself */
    if (code.fwd && code.rev && (!src_known || !tgt_known) && (src_known || tgt_known)) {
        if (!tgt_known) {
            nt = ns;
            memcpy(T, S, sizeof S);
        } else {
            ns = nt;
            memcpy(S, T, sizeof T);
        }
    }
    verbinfo vi = {0};
    vi.verb = verb_name(s, v);
    int lo = v->word, hi = v->word;
    for (int k = 0; k < v->nparts; k++) {
        if (v->parts[k] < lo) lo = v->parts[k];
        if (v->parts[k] > hi) hi = v->parts[k];
    }
    vi.start = s->s->words[lo].start;
    vi.end = s->s->words[hi].end;
    if (best) {
        vi.pattern = best->text;
        vi.origin = origin(s, best->file, best->line);
    } else {
        vi.origin = origin(s, own->file, own->line);
    }
    vi.negated = v->negated && !(best && negation_item(s, best));
    vi.word = v->word;
    for (int a = 0; a < ns; a++)
        for (int b = 0; b < nt; b++) {
            if (S[a] == T[b]) continue;
            emit(s, S[a], T[b], code.fwd, &vi);
            emit(s, T[b], S[a], code.rev, &vi);
        }
    return true;
}

/* Words of a coded verb's phrase (PETRARCH-1: verbs in them are not coded again). */
static void claim(csent *s, const cverb *v) {
    for (int k = 0; k < v->nl; k++) s->claimed[v->L[k]] = true;
}

/* ------------------------------------------------------------ documents */

/* The noun phrases of the sentence with their actors and dictionary entries. */
static void trace_phrases(csent *s) {
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
            if (a->entry) {
                const char *base = a->file ? strrchr(a->file, '/') : NULL;
                coder_trace(c, " [%s %s:%d]", a->entry, base ? base + 1 : a->file ? a->file : "?", a->line);
            }
        }
        coder_trace(c, "%s\n", mm->reflexive ? " (reflexive possessive)" : "");
    }
}

static int discard(csent *s) {
    const dyad_dict *d = s->c->d;
    if (d->n_discards == 0 || !coder_may_discard(s->c->disc, s)) return -1;
    int start = 0, len = 0;
    int k = dyad_discard_find(d, s->forms, s->n, &start, &len);
    if (k >= 0) {
        coder_trace(s->c, "discard phrase \"%s\" (%s:%d) at ", d->discards[k].text,
                    d->discards[k].file, d->discards[k].line);
        coder_trace_words(s->c, s, start, start + len - 1);
        coder_trace(s->c, ": %s discarded\n", d->discards[k].story ? "story" : "sentence");
    }
    return k;
}

dyad_code_status dyad_code_document(dyad_coder *c, dyad_document *doc) {
    c->day = doc->date ? dyad_dict_day(doc->date) : DYAD_NO_DAY;
    c->prev_subject.n = 0;
    c->nev = 0;
    dyad_code_status status = DYAD_CODED;
    for (int si = 0; si < doc->n_sentences; si++) {
        if (!coder_sentence(c, doc, si)) continue;
        csent *s = &c->s;
        int k = discard(s);
        if (k >= 0) {
            if (c->d->discards[k].story) {
                c->nev = 0;
                return DYAD_STORY_DISCARD;
            }
            status = DYAD_SENTENCE_DISCARD;
            continue;
        }
        coder_mentions(s);
        /* code mentions from left to right, so that pronouns find coded antecedents */
        for (int i = 0; i < s->n; i++)
            if (s->w[i].mention >= 0) coder_code_mention(s, s->w[i].mention);
        if (c->opt.trace) trace_phrases(s);
        for (int i = 0; i < s->n; i++) {
            if (s->claimed[i]) continue;
            cverb v;
            if (!coder_find_verb(s, i, &v)) continue;
            coder_verb_frame(s, &v);
            if (code_verb(s, &v) && dialect1(s, &v)) claim(s, &v);
        }
        coder_remember(s);
    }
    if (c->nev > 0) {
        dyad_event *ev = dyad_arena_alloc(doc->arena, (size_t)(doc->n_events + c->nev) * sizeof *ev);
        if (doc->n_events) memcpy(ev, doc->events, (size_t)doc->n_events * sizeof *ev);
        memcpy(ev + doc->n_events, c->ev, (size_t)c->nev * sizeof *ev);
        doc->events = ev;
        doc->n_events += c->nev;
    }
    return status;
}
