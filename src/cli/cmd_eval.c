/*
** cmd_eval.c - `dyad eval --gold FILE [--pred EVENTS.jsonl]`: score coded events against
** gold-standard events (src/eval/eval.h, docs/gold-format.md) and print precision, recall and
** F1 at three levels, per category, a confusion table and, with --errors, every mismatch.
** Without --pred the gold sentences are coded by dyad itself (src/eval/predict.c), with the
** dictionary options of the other coding commands (coding.c).
*/
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"
#include "eval/eval.h"
#include "document/petrxml.h"

static void usage(FILE *f) {
    fprintf(f, "usage: dyad eval --gold FILE [--pred EVENTS.jsonl] [--format text|json] [--errors]\n"
               "                 [dictionary options] [--model PATH] [--beam K] [--use-parse]\n"
               "\n"
               "Score coded events against gold-standard events.  The gold file is PETRARCH validation\n"
               "XML, PLOVER gold-standard JSON records, or dyad's gold JSON Lines (docs/gold-format.md);\n"
               "its format is found from its content.  Predictions are the JSON Lines of `dyad code`,\n"
               "matched to gold sentences by doc_id = sentence id.  Without --pred, dyad codes the gold\n"
               "sentences itself: JSON gold with the dictionaries given below; PETRARCH XML records\n"
               "as `dyad validate` does, with the dictionaries their <Environment> names (found in\n"
               "--dict-dir, default the gold file's folder; --verbs replaces <Verbfile>), unless\n"
               "--actors, --agents or --discards name the dictionaries to use instead.\n"
               "\n"
               "  --gold FILE         the gold standard\n"
               "  --pred FILE         predicted events, dyad's event JSON Lines (docs/event-format.md)\n"
               "  --format text|json  text tables (default), or one JSON object with every figure\n"
               "  --errors            also list every sentence whose events do not all match\n"
               "%s"
               "  --model PATH        tagger and parser model (default: the one built in)\n"
               "  --beam K            parse with a beam of K parses (as `dyad code --beam K`)\n"
               "  --use-parse         PETRARCH XML gold: code the records' own parses, not their text\n"
               "\n"
               "exit status: 0 done; 1 done, but some input was bad and skipped (see the warnings);\n"
               "2 bad command line; 3 could not run (missing file, no gold sentences, unreadable\n"
               "model or dictionary, output not written).\n", dyad_cli_dict_help);
}

/* Code the gold sentences with dyad's front end and coder (src/eval/predict.c); NULL after a
   message when they cannot be coded. */
static dyad_preds *predict_with_coder(const dyad_gold *gold, const dyad_cli_dicts *dicts,
                                      const char *model_path, int beam, bool use_parse) {
    dyad_dict *d = gold->petr && !dyad_cli_names_dicts(dicts)
                       ? dyad_cli_load_petr_dicts(dicts, gold->petr, "eval")
                       : dyad_cli_load_dicts(dicts, "eval");
    if (!d) return NULL;
    dyad_model *model = NULL;
    if (!use_parse && (!(model = dyad_cli_load_model("eval", model_path)) ||
                       !dyad_cli_set_beam("eval", model, model_path, beam))) {
        dyad_model_free(model);
        dyad_dict_free(d);
        return NULL;
    }
    dyad_eval_coding opt = {.model = model, .dict = d, .use_parse = use_parse};
    dyad_preds *p = dyad_eval_predict(gold, &opt);
    dyad_model_free(model);
    dyad_dict_free(d);
    return p;
}

int dyad_cmd_eval(int argc, char **argv) {
    const char *gold_path = NULL, *pred_path = NULL, *model_path = NULL;
    bool json = false, errors = false, use_parse = false, coding = false;
    int beam = 0;
    dyad_cli_dicts dicts = {0};
    bool options_end = false; /* after "--": eval takes no file arguments, so none may follow */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        if (!options_end && strcmp(a, "--") == 0) {
            options_end = true;
            continue;
        }
        int k = options_end ? 0 : dyad_cli_dict_arg(&dicts, argc, argv, &i);
        if (k < 0) return DYAD_EXIT_USAGE;
        if (k > 0) {
            coding = true;
            continue;
        }
        if (options_end || a[0] != '-') {
            fprintf(stderr, "dyad eval: unexpected argument '%s' (files are given with --gold and --pred)\n", a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return DYAD_EXIT_OK;
        } else if ((k = dyad_cli_value("eval", argc, argv, &i, "--gold", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            gold_path = v;
        } else if ((k = dyad_cli_value("eval", argc, argv, &i, "--pred", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            pred_path = v;
        } else if ((k = dyad_cli_value("eval", argc, argv, &i, "--model", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            model_path = v;
            coding = true;
        } else if ((k = dyad_cli_value("eval", argc, argv, &i, "--beam", &v)) != 0) {
            if (k < 0 || !dyad_cli_beam_width("eval", v, &beam)) return DYAD_EXIT_USAGE;
            coding = true;
        } else if (strcmp(a, "--use-parse") == 0) {
            use_parse = coding = true;
        } else if ((k = dyad_cli_value("eval", argc, argv, &i, "--format", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            if (strcmp(v, "json") == 0) json = true;
            else if (strcmp(v, "text") == 0) json = false;
            else {
                fprintf(stderr, "dyad eval: --format is text or json, not '%s'\n", v);
                return DYAD_EXIT_USAGE;
            }
        } else if (strcmp(a, "--errors") == 0) {
            errors = true;
        } else {
            fprintf(stderr, "dyad eval: unknown option '%s'\n", a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        }
    }
    if (!gold_path) {
        fputs("dyad eval: --gold FILE is required\n", stderr);
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }
    if (use_parse && beam > 1) {
        fputs("dyad eval: --beam parses the gold's text; --use-parse codes the records' own parses\n", stderr);
        return DYAD_EXIT_USAGE;
    }
    if (pred_path && coding) {
        fputs("dyad eval: dictionary options, --model, --beam and --use-parse are for coding the gold, "
              "not for scoring --pred\n", stderr);
        return DYAD_EXIT_USAGE;
    }

    long warned = dyad_warning_count();
    dyad_gold *gold = dyad_gold_read(gold_path);
    if (!gold) return DYAD_EXIT_FATAL;
    bool repaired = dyad_warning_count() > warned; /* a field read another way, say */
    if (gold->n_sentences == 0) {
        fprintf(stderr, "dyad eval: %s holds no gold sentence\n", gold_path);
        dyad_gold_free(gold);
        return DYAD_EXIT_FATAL;
    }
    dyad_preds *pred;
    if (pred_path) {
        pred = dyad_preds_new();
        warned = dyad_warning_count();
        bool ok = dyad_preds_read(pred, pred_path);
        repaired |= dyad_warning_count() > warned;
        if (!ok) {
            dyad_preds_free(pred);
            dyad_gold_free(gold);
            return DYAD_EXIT_FATAL;
        }
    } else {
        pred = predict_with_coder(gold, &dicts, model_path, beam, use_parse);
        if (!pred) {
            dyad_gold_free(gold);
            return DYAD_EXIT_FATAL;
        }
    }
    dyad_eval_result *r = dyad_eval_score(gold, pred);
    dyad_eval_report rep = {gold_path, pred_path, gold, errors};
    if (json) dyad_eval_write_json(stdout, r, &rep);
    else dyad_eval_write_text(stdout, r, &rep);
    bool bad_xml = gold->petr && gold->petr->problems > 0;
    int rc = gold->skipped || pred->skipped || bad_xml || repaired ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
    dyad_eval_result_free(r);
    dyad_preds_free(pred);
    dyad_gold_free(gold);
    return dyad_cli_output_done("eval", stdout, rc);
}
