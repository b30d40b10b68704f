/*
** predict.c - `dyad eval` without --pred: code the gold sentences with dyad's own front end
** and coder and take the events as predictions.  PETRARCH XML records are coded the way
** `dyad validate` codes them (src/code/validate.h), so that both commands agree.
*/
#include <stdio.h>
#include "eval/eval.h"
#include "code/coder.h"
#include "code/validate.h"
#include "dict/dict.h"

static bool predict_petr(const dyad_gold *g, const dyad_eval_coding *opt, dyad_preds *p) {
    dyad_validate_options vo = {.dict_dir = opt->dict_dir, .verbs = opt->verbs,
                                .use_parse = opt->use_parse, .model = opt->model,
                                .analyze = dyad_analyze};
    dyad_dict *own = NULL;
    const dyad_dict *d = opt->dict;
    if (!d) d = own = dyad_validate_load_dicts(g->petr, &vo);
    if (!d) return false;
    dyad_coder *c = dyad_coder_new(d, NULL);
    for (int i = 0; i < g->n_sentences; i++) {
        const dyad_gold_sentence *s = &g->sentences[i];
        const char *rejected;
        dyad_code_status st;
        dyad_document *doc = dyad_validate_code_record(c, g->petr, s->record, &vo, NULL, &rejected, &st);
        doc->id = s->id;    /* a repeated record id is renamed in the gold ("ID#2") */
        dyad_preds_add_document(p, doc);
        dyad_document_free(doc);
    }
    dyad_coder_free(c);
    dyad_dict_free(own);
    return true;
}

static bool predict_text(const dyad_gold *g, const dyad_eval_coding *opt, dyad_preds *p) {
    if (!opt->dict) {
        fprintf(stderr, "dyad eval: no dictionaries to code %s with\n", g->path);
        return false;
    }
    dyad_coder *c = dyad_coder_new(opt->dict, NULL);
    for (int i = 0; i < g->n_sentences; i++) {
        dyad_document *doc = dyad_gold_document(g, &g->sentences[i]);
        dyad_analyze(opt->model, doc);
        dyad_code_document(c, doc);
        dyad_preds_add_document(p, doc);
        dyad_document_free(doc);
    }
    dyad_coder_free(c);
    return true;
}

dyad_preds *dyad_eval_predict(const dyad_gold *g, const dyad_eval_coding *opt) {
    bool petr = g->format == DYAD_GOLD_PETRXML && g->petr;
    if (opt->use_parse && !petr) {
        fprintf(stderr, "dyad eval: --use-parse needs PETRARCH XML gold whose records carry parses; "
                "%s is %s\n", g->path, dyad_gold_format_name(g->format));
        return NULL;
    }
    if (!opt->use_parse && !opt->model) {
        fprintf(stderr, "dyad eval: no model to analyse the sentences of %s with\n", g->path);
        return NULL;
    }
    dyad_preds *p = dyad_preds_new();
    if (!(petr ? predict_petr(g, opt, p) : predict_text(g, opt, p))) {
        dyad_preds_free(p);
        return NULL;
    }
    return p;
}
