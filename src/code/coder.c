/*
** coder.c - the coder's driver: for each sentence of a document, discards, mentions, then each
** dictionary verb: its patterns, its code, its source and target, and the events (coder.h
** states the rules).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "code/coder_int.h"
#include "code/match.h"

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
    c->syn_intent_aux = dyad_synset_find(d, "INTENT_AUXILIARY");
    c->syn_intent_adj = dyad_synset_find(d, "INTENT_ADJECTIVE");
    c->syn_obligation_aux = dyad_synset_find(d, "OBLIGATION_AUXILIARY");
    c->syn_refusal = dyad_synset_find(d, "REFUSAL_VERB");
    c->syn_reluctance = dyad_synset_find(d, "RELUCTANCE_ADJECTIVE");
    c->clause_subjects = c->syn_intent_aux >= 0 || c->syn_intent_adj >= 0;
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
    free(c->vres);
    free(c->split_at);
    free(c->pat_words);
    free(c->syn_pp);
    free(c->pool);
    coder_discards_free(c->disc);
    free(c);
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

/* Did pattern p fail on the first item the matcher tries (the one after the verb, else the one
   before it)?  Such failures are many in large blocks and say little. */
static bool first_item(const csent *s, const dyad_pattern *p, int failed) {
    if (failed < 0) return true;
    if (s->c->d->blocks[p->block].dialect == 1)
        return failed == (p->verb + 1 < p->n_items ? p->verb + 1 : p->verb - 1);
    /* PETRARCH-2: the subject is tried first, else the first constituent after the verb */
    if (p->verb > 0) return failed < p->verb;
    int k = p->verb + 1;
    while (k < p->n_items && p->items[k].role == DYAD_ROLE_MOD) k++;
    if (k < p->n_items && p->items[k].role == DYAD_ROLE_PREP) {
        k++;
        while (k < p->n_items && p->items[k].in_pp && p->items[k].role == DYAD_ROLE_MOD) k++;
    }
    return failed <= k;
}

/* A new record of verb v for the transformations (its code and actors are filled later). */
static cvres *record(csent *s, const cverb *v) {
    dyad_coder *c = s->c;
    coder_grow((void **)&c->vres, &c->cap_vres, c->nvres + 1, sizeof *c->vres);
    cvres *r = &c->vres[c->nvres++];
    memset(r, 0, sizeof *r);
    r->word = v->word;
    r->verb = v->v[0];
    r->src = r->tgt = -1;
    r->ev0 = r->ev1 = c->nev;
    r->dialect2 = !dialect1(s, v);
    return r;
}

static bool code_verb(csent *s, cverb *v) {
    dyad_coder *c = s->c;
    const dyad_dict *d = c->d;
    bool d1 = dialect1(s, v);
    coder_trace(c, "verb \"%s\" (word %d)", s->forms[v->word], v->word + 1);
    for (int k = 0; k < v->nv; k++) {
        const dyad_verb *x = &d->verbs[v->v[k]];
        const dyad_verb_block *bl = &d->blocks[x->block];
        coder_trace(c, "%s block %s %s:%d", k ? "," : ":", bl->name, coder_base_name(bl->file), bl->line);
    }
    coder_trace(c, "%s%s\n", v->passive ? " passive" : "", v->negated ? " negated" : "");
    for (int k = 0; k < v->nv; k++)
        if (d->blocks[d->verbs[v->v[k]].block].dialect == 2) {
            coder_match2_candidates(s, v);
            break;
        }
    int quiet = 0;      /* failures on the first item, not traced unless trace_all */
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
                            "complex sentence, not an event code)\n", coder_base_name(p->file), p->line, p->text);
                continue;
            }
            coder_binding b;
            int failed = -1;
            bool ok = bl->dialect == 1 ? coder_match1(s, v, p, &b, &failed)
                                       : coder_match2(s, v, p, &b, &failed);
            bool loses = ok && best && p->n_items <= best->n_items;
            if (c->opt.trace) {
                if (loses) coder_trace(c, "  pattern %s:%d \"%s\": matches, but a longer pattern "
                                       "matched first\n", coder_base_name(p->file), p->line, p->text);
                else if (ok) coder_trace(c, "  pattern %s:%d \"%s\": matches\n", coder_base_name(p->file),
                                         p->line, p->text);
                else if (c->opt.trace_all || !first_item(s, p, failed)) coder_trace_failure(s, p, failed);
                else quiet++;
            }
            if (ok && !loses) {
                best = p;
                bb = b;
            }
        }
    }
    if (quiet)
        coder_trace(c, "  %d more pattern%s failed on the item next to the verb\n", quiet,
                    quiet == 1 ? "" : "s");
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
    cvres *r = record(s, v);
    if (!code.fwd && !code.rev) {
        coder_trace(c, "  no event: %s\n", best ? "the pattern's code is [---]"
                                                : "no pattern matched and the verb has no code");
        return false;
    }
    r->code = code;
    coder_verbinfo vi = {0};
    vi.verb = coder_verb_name(s, v);
    int lo = v->word, hi = v->word;
    for (int k = 0; k < v->nparts; k++) {
        if (v->parts[k] < lo) lo = v->parts[k];
        if (v->parts[k] > hi) hi = v->parts[k];
    }
    vi.start = s->s->words[lo].start;
    vi.end = s->s->words[hi].end;
    if (best) {
        vi.pattern = best->text;
        vi.origin = coder_origin(s, best->file, best->line);
    } else {
        vi.origin = coder_origin(s, own->file, own->line);
    }
    vi.negated = v->negated && !(best && negation_item(s, best));
    vi.word = v->word;
    /* an act announced, intended or refused takes CAMEO's code for that (mood.c); who acts on
       whom stays that of the act itself (base) */
    const char *base = code.fwd;
    if (!d1 && code.fwd) {
        code.fwd = coder_mood(s, v, code.fwd, &vi.negated);
        r->code = code;
    }
    r->vi = vi;
    coder_trace(c, "  code [%s%s%s] from %s\n", code.fwd ? code.fwd : "", code.rev ? ":" : "",
                code.rev ? code.rev : "", best ? "the pattern" : "the verb");
    /* PETRARCH-2 reads [A:B] as an active meaning A and a passive meaning B, used (with source
       and target swapped) only when A is empty (utilities.convert_code); TABARI and PETRARCH-1
       code both */
    if (!d1 && code.fwd && code.rev) code.rev = NULL;

    /* source and target */
    int src, tgt;
    coder_source_target(s, v, &bb, &src, &tgt);
    r = &c->vres[c->nvres - 1];
    r->src = src;
    r->tgt = tgt;
    coder_trace_mention(s, "source", src);
    coder_trace_mention(s, "target", tgt);
    /* PETRARCH-1 needs a phrase on both sides; PETRARCH-2 codes a missing one as unknown
       when require_dyad is off */
    /* a '%' compound acts on its own members: it needs no target phrase */
    bool mutual = bb.compound >= 0 && src >= 0 && s->m[src].compound;
    if ((src < 0 || (tgt < 0 && !mutual)) && (d1 || c->opt.require_dyad)) {
        coder_trace(c, "  no event: no %s\n", src < 0 ? "source" : "target");
        return true;
    }
    const cactor *S[16], *T[16];
    int ns = coder_actors_of(s, src, S, 16), nt = coder_actors_of(s, tgt, T, 16);
    if (ns == 0) S[ns++] = NULL;    /* no phrase: unknown */
    if (nt == 0) T[nt++] = NULL;
    bool src_known = coder_known(s, src), tgt_known = coder_known(s, tgt);
    /* members of a compound act on each other: '%', a reflexive target ("Gondor and
       Osgiliath delayed their meeting"), or cooperation without a target (PETRARCH-2) */
    if (!tgt_known && ns > 1 && (bb.compound >= 0 || (tgt >= 0 && s->m[tgt].reflexive) ||
                                 (base && base[0] == '0' && base[1] >= '3' && base[1] <= '6'))) {
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
    r = &c->vres[c->nvres - 1];
    r->ev0 = c->nev;
    for (int a = 0; a < ns; a++)
        for (int b = 0; b < nt; b++) {
            if (S[a] == T[b]) continue;
            coder_emit(s, S[a], T[b], code.fwd, &vi);
            coder_emit(s, T[b], S[a], code.rev, &vi);
        }
    r = &c->vres[c->nvres - 1];
    r->ev1 = c->nev;
    r->vi = vi;
    return true;
}

/* Words of a coded verb's phrase (PETRARCH-1: verbs in them are not coded again). */
static void claim(csent *s, const cverb *v) {
    for (int k = 0; k < v->nl; k++) s->claimed[v->L[k]] = true;
}

/* ------------------------------------------------------------ documents */

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

/*
** Is sentence si page furniture rather than running text?  A paragraph of a document with
** several paragraphs that is a single sentence without final punctuation (". ! ? … :", closing
** quotes and brackets aside) is a heading, caption, byline or link of the page ("Leave a
** Comment", "Related stories"), not a report: news prose ends its sentences.  A one-paragraph
** document (a single sentence typed on the command line) is always coded.
*/
static bool furniture(const dyad_document *doc, int si) {
    const dyad_sentence *s = &doc->sentences[si];
    if (s->n_words == 0) return false;
    bool alone = (si == 0 || doc->sentences[si - 1].paragraph != s->paragraph) &&
                 (si + 1 == doc->n_sentences || doc->sentences[si + 1].paragraph != s->paragraph);
    bool several = doc->sentences[0].paragraph != doc->sentences[doc->n_sentences - 1].paragraph;
    if (!alone || !several) return false;
    for (int w = s->n_words - 1; w >= 0; w--) {
        const char *f = s->words[w].form;
        if (strchr("\"')]", f[0]) || strcmp(f, "\u201d") == 0 || strcmp(f, "\u2019") == 0 ||
            strcmp(f, "\u00bb") == 0)
            continue;
        return !(strcmp(f, ".") == 0 || strcmp(f, "!") == 0 || strcmp(f, "?") == 0 ||
                 strcmp(f, ":") == 0 || strcmp(f, "\u2026") == 0 || strcmp(f, "...") == 0 ||
                 (f[0] && strchr(".!?", f[strlen(f) - 1]) && strlen(f) > 1));
    }
    return true;
}

/*
** Can sentence si give an event, or leave something that later sentences use (the subject
** their pronouns stand for, the events a demonstrative refers back to)?  Looks at its words
** only (no tags or parse needed); c->s gets them.  With require_dyad an event needs a coded
** source and a coded target with different codes, and codes come only from actor and agent
** names in the sentence, from pronouns (standing for the previous sentence's subject,
** coder_remember) and from demonstratives (the previous sentence's last event's source,
** mention.c).  So a sentence that could name no actor gives nothing unless its referring words
** can stand for two actors: a remembered subject of several ("they" after "France and Germany
** ..."), or a demonstrative next to a pronoun after a sentence with an event.  Nor does it
** change the remembered subject: a pronoun subject stands for that same subject.  Every
** sentence is usable when require_dyad or new_actor_length change those rules, and when
** tracing.
*/
static bool usable(dyad_coder *c, dyad_document *doc, int si) {
    coder_sentence_words(c, doc, si);
    const csent *s = &c->s;
    if (c->opt.trace || !c->opt.require_dyad || c->opt.new_actor_length > 0) return true;
    if (dyad_dict_may_name(c->d, s->ids, s->n)) return true;
    int refs = 0;
    bool demonstrative = false;
    for (int i = 0; i < s->n; i++) {
        int r = coder_referring_word(s->forms[i]);
        refs += r > 0;
        demonstrative |= r == 2;
    }
    if (refs >= 1 && c->prev_subject.n >= 2) return true;
    return demonstrative && refs >= 2 && c->nev > 0 && c->ev[c->nev - 1].sentence == si - 1;
}

dyad_code_status dyad_code_document(dyad_coder *c, dyad_document *doc) {
    return dyad_code_with_model(c, doc, NULL);
}

dyad_code_status dyad_code_with_model(dyad_coder *c, dyad_document *doc, const dyad_model *m) {
    c->day = doc->date ? dyad_dict_day(doc->date) : DYAD_NO_DAY;
    c->prev_subject.n = 0;
    c->nev = 0;
    if (m && doc->n_sentences == 0 && doc->text_len > doc->body_start) dyad_segment(doc);
    dyad_code_status status = DYAD_CODED;
    for (int si = 0; si < doc->n_sentences; si++) {
        if (furniture(doc, si)) {
            coder_trace(c, "sentence %d: a paragraph of its own without final punctuation: page "
                        "furniture, not coded\n", si + 1);
            continue;
        }
        bool use = usable(c, doc, si);
        dyad_sentence *ds = &doc->sentences[si];
        if (use && m && ds->n_words > 0) {
            if (!ds->words[0].xpos) dyad_tag(m, ds, doc->arena);
            if (ds->words[0].head < 0) dyad_parse(m, ds);
        }
        if (use && !coder_sentence(c, doc, si)) continue;
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
        if (!use) continue;
        coder_mentions(s);
        /* code mentions from left to right, so that pronouns find coded antecedents */
        for (int i = 0; i < s->n; i++)
            if (s->w[i].mention >= 0) coder_code_mention(s, s->w[i].mention);
        if (c->opt.trace) coder_trace_phrases(s);
        c->nvres = 0;
        for (int i = 0; i < s->n; i++) {
            if (s->claimed[i]) {
                if (c->opt.trace && s->w[i].upos == DYAD_VERB)
                    coder_trace(c, "verb \"%s\" (word %d): inside the phrase of a coded verb "
                                "(PETRARCH-1 dictionaries code one event per verb phrase)\n",
                                s->forms[i], i + 1);
                continue;
            }
            cverb v;
            if (!coder_find_verb(s, i, &v)) {
                if (c->opt.trace && s->w[i].upos == DYAD_VERB)
                    coder_trace(c, "verb \"%s\" (word %d): not in the verb dictionaries\n", s->forms[i], i + 1);
                continue;
            }
            coder_verb_frame(s, &v);
            if (code_verb(s, &v) && dialect1(s, &v)) claim(s, &v);
        }
        coder_mood_demands(s);
        coder_transform(s);
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
