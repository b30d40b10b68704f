/*
** cmd_eval.c - `dyad eval --gold FILE [--pred EVENTS.jsonl]`: score coded events against
** gold-standard events (src/eval/eval.h, docs/gold-format.md) and print precision, recall and
** F1 at three levels, per category, a confusion table and, with --errors, every mismatch.
*/
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"
#include "eval/eval.h"

static void usage(FILE *f) {
    fputs("usage: dyad eval --gold FILE [--pred EVENTS.jsonl] [--format text|json] [--errors]\n"
          "\n"
          "Score coded events against gold-standard events.  The gold file is PETRARCH validation\n"
          "XML, PLOVER gold-standard JSON records, or dyad's gold JSON Lines (docs/gold-format.md);\n"
          "its format is found from its content.  Predictions are the JSON Lines of `dyad code`,\n"
          "matched to gold sentences by doc_id = sentence id.  Without --pred, dyad codes the gold\n"
          "sentences itself.\n"
          "\n"
          "  --gold FILE         the gold standard\n"
          "  --pred FILE         predicted events, dyad's event JSON Lines (docs/event-format.md)\n"
          "  --format text|json  text tables (default), or one JSON object with every figure\n"
          "  --errors            also list every sentence whose events do not all match\n"
          "\n"
          "exit status: 0 done; 1 done, but some input was bad and skipped (see the warnings);\n"
          "2 bad command line; 3 could not run (missing file, no gold sentences).\n", f);
}

/*
** Code the gold sentences with dyad's own coder and return the events as predictions.
**
** NOT WIRED YET: the coder (src/code/coder.h) is not merged.  To wire it: load the model and
** dictionaries (the options of `dyad code`), then for each gold sentence s:
**     dyad_document *doc = dyad_gold_document(gold, s);
**     dyad_analyze(model, doc);
**     dyad_code_document(coder, doc);
**     dyad_preds_add_document(p, doc);
**     dyad_document_free(doc);
** Returns NULL and sets *err when the sentences cannot be coded.
*/
static dyad_preds *predict_with_coder(const dyad_gold *gold, const char **err) {
    (void)gold;
    *err = "coding without --pred needs the coder (not yet merged)";
    return NULL;
}

int dyad_cmd_eval(int argc, char **argv) {
    const char *gold_path = NULL, *pred_path = NULL;
    bool json = false, errors = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return DYAD_EXIT_OK;
        } else if (strcmp(a, "--gold") == 0 && i + 1 < argc) {
            gold_path = argv[++i];
        } else if (strcmp(a, "--pred") == 0 && i + 1 < argc) {
            pred_path = argv[++i];
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            const char *v = argv[++i];
            if (strcmp(v, "json") == 0) json = true;
            else if (strcmp(v, "text") == 0) json = false;
            else {
                fprintf(stderr, "dyad eval: --format is text or json, not '%s'\n", v);
                return DYAD_EXIT_USAGE;
            }
        } else if (strcmp(a, "--errors") == 0) {
            errors = true;
        } else {
            const char *what = a[0] == '-' ? "unknown option or missing value" : "unexpected argument";
            fprintf(stderr, "dyad eval: %s '%s'\n", what, a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        }
    }
    if (!gold_path) {
        fputs("dyad eval: --gold FILE is required\n", stderr);
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }

    dyad_gold *gold = dyad_gold_read(gold_path);
    if (!gold) return DYAD_EXIT_FATAL;
    if (gold->n_sentences == 0) {
        fprintf(stderr, "dyad eval: %s holds no gold sentence\n", gold_path);
        dyad_gold_free(gold);
        return DYAD_EXIT_FATAL;
    }
    dyad_preds *pred;
    if (pred_path) {
        pred = dyad_preds_new();
        if (!dyad_preds_read(pred, pred_path)) {
            dyad_preds_free(pred);
            dyad_gold_free(gold);
            return DYAD_EXIT_FATAL;
        }
    } else {
        const char *err = NULL;
        pred = predict_with_coder(gold, &err);
        if (!pred) {
            fprintf(stderr, "dyad eval: %s; give the events of `dyad code` with --pred\n", err);
            dyad_gold_free(gold);
            return DYAD_EXIT_FATAL;
        }
    }
    dyad_eval_result *r = dyad_eval_score(gold, pred);
    dyad_eval_report rep = {gold_path, pred_path, gold, errors};
    if (json) dyad_eval_write_json(stdout, r, &rep);
    else dyad_eval_write_text(stdout, r, &rep);
    int rc = gold->skipped || pred->skipped ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
    dyad_eval_result_free(r);
    dyad_preds_free(pred);
    dyad_gold_free(gold);
    return rc;
}
