/*
** cmd_explain.c - `dyad explain "sentence"`: show dictionary authors how dyad codes a sentence:
** its words and tags, the parse drawn as a tree, the noun phrases with the actors and
** dictionary entries found in them, every verb with the patterns tried and why each matched or
** failed, and the events.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "code/coder.h"
#include "document/reader.h"
#include "nlp/penn.h"
#include "util/util.h"

static void usage(FILE *f) {
    fprintf(f, "usage: dyad explain \"SENTENCE\" [options]\n"
               "       dyad explain --penn \"(ROOT (S ...))\" [options]\n"
               "       dyad explain --conllu FILE [options]\n"
               "\n"
               "Show how dyad codes a sentence: words and tags, the parse, the noun phrases and\n"
               "their actors, each verb with the patterns tried, and the events.\n"
               "\n"
               "  --penn TREE        code this Penn Treebank parse (converted to UD dependencies)\n"
               "  --conllu FILE      code these parsed sentences\n"
               "  --date YYYY-MM-DD  the document date (actor codes and event dates depend on it)\n"
               "  --all              show every pattern tried (else those that fail on the item\n"
               "                     next to the verb are only counted)\n"
               "  --model PATH       tagger and parser model (default: the one built in)\n"
               "  --beam K           parse the sentence with a beam of K parses (as dyad parse\n"
               "                     --beam; default 0, greedy)\n"
               "%s"
               "\n"
               "exit status: 0 done; 1 done, but some input was bad (invalid UTF-8 replaced,\n"
               "CoNLL-U sentences skipped; see the warnings); 2 bad command line (a bad --penn tree\n"
               "included); 3 could not run.\n", dyad_cli_dict_help);
}

/* The words of a tree, space-separated, brackets written as brackets. */
static void leaves(const dyad_penn_node *n, dyad_buf *b, int depth) {
    static const char *const brackets[][2] = {{"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"},
                                             {"-RCB-", "}"}, {"-LSB-", "["}, {"-RSB-", "]"}};
    if (depth > 500) return;
    if (n->word) {
        if (strcmp(n->label, "-NONE-") == 0) return;
        const char *w = n->word;
        for (size_t k = 0; k < sizeof brackets / sizeof brackets[0]; k++)
            if (strcmp(w, brackets[k][0]) == 0) w = brackets[k][1];
        if (b->len) dyad_buf_putc(b, ' ');
        dyad_buf_puts(b, w);
        return;
    }
    for (int k = 0; k < n->n_kids; k++) leaves(n->kids[k], b, depth + 1);
}

static void print_words(const dyad_sentence *s) {
    printf("  %-3s %-16s %-12s %-6s %-5s %4s  %s\n", "id", "form", "lemma", "upos", "xpos", "head", "deprel");
    for (int i = 0; i < s->n_words; i++) {
        const dyad_word *w = &s->words[i];
        printf("  %-3d %-16s %-12s %-6s %-5s %4d  %s\n", i + 1, w->form,
               w->lemma && *w->lemma ? w->lemma : "_", dyad_upos_name(w->upos), w->xpos ? w->xpos : "_",
               w->head, w->deprel ? w->deprel : "_");
    }
}

static void print_tree(const dyad_sentence *s, int h, int depth) {
    for (int i = 0; i < s->n_words; i++) {
        if (s->words[i].head != h + 1) continue;
        if (depth > 60) return;
        printf("  %*s%s %s (%s)\n", 2 * depth, "", s->words[i].form, dyad_upos_name(s->words[i].upos),
               s->words[i].deprel ? s->words[i].deprel : "_");
        print_tree(s, i, depth + 1);
    }
}

static void print_events(const dyad_document *doc) {
    printf("events:\n");
    if (doc->n_events == 0) printf("  none\n");
    for (int k = 0; k < doc->n_events; k++) {
        const dyad_event *e = &doc->events[k];
        printf("  %s -> %s  %s  (%s%s; %s%s%s; date %s)\n", e->source.code, e->target.code, e->code,
               e->verb ? e->verb : "?", e->negated ? ", negated" : "",
               e->pattern ? e->pattern : "the verb's code", e->pattern_origin ? " at " : "",
               e->pattern_origin ? e->pattern_origin : "", *e->date ? e->date : "none");
        printf("      source \"%s\"%s%s, target \"%s\"%s%s\n", e->source.text ? e->source.text : "",
               e->source.entry ? " = " : "", e->source.entry ? e->source.entry : "",
               e->target.text ? e->target.text : "", e->target.entry ? " = " : "",
               e->target.entry ? e->target.entry : "");
    }
}

int dyad_cmd_explain(int argc, char **argv) {
    dyad_cli_dicts dicts = {0};
    const char *text = NULL, *penn = NULL, *conllu = NULL, *date = NULL, *model_path = NULL;
    bool all = false, only_args = false;
    int beam = -1; /* -1: not given */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        int k = only_args ? 0 : dyad_cli_dict_arg(&dicts, argc, argv, &i);
        if (k < 0) return DYAD_EXIT_USAGE;
        if (k > 0) continue;
        if (only_args || a[0] != '-' || !a[1]) {
            if (text) {
                fprintf(stderr, "dyad explain: give the sentence as one argument (in quotes)\n");
                return DYAD_EXIT_USAGE;
            }
            text = a;
        } else if (strcmp(a, "--") == 0) {
            only_args = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return DYAD_EXIT_OK;
        } else if (strcmp(a, "--all") == 0) {
            all = true;
        } else if ((k = dyad_cli_value("explain", argc, argv, &i, "--penn", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            penn = v;
        } else if ((k = dyad_cli_value("explain", argc, argv, &i, "--conllu", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            conllu = v;
        } else if ((k = dyad_cli_value("explain", argc, argv, &i, "--date", &v)) != 0) {
            if (k < 0 || !(date = dyad_cli_date("explain", v))) return DYAD_EXIT_USAGE;
        } else if ((k = dyad_cli_value("explain", argc, argv, &i, "--model", &v)) != 0) {
            if (k < 0) return DYAD_EXIT_USAGE;
            model_path = v;
        } else if ((k = dyad_cli_value("explain", argc, argv, &i, "--beam", &v)) != 0) {
            if (k < 0 || !dyad_cli_beam_width("explain", v, &beam)) return DYAD_EXIT_USAGE;
        } else {
            fprintf(stderr, "dyad explain: unknown option '%s'\n", a);
            usage(stderr);
            return DYAD_EXIT_USAGE;
        }
    }
    if (!text && !penn && !conllu) {
        usage(stderr);
        return DYAD_EXIT_USAGE;
    }
    if (beam >= 0 && (penn || conllu)) {
        fprintf(stderr, "dyad explain: --beam parses a sentence; --penn and --conllu bring their own parse\n");
        return DYAD_EXIT_USAGE;
    }
    long warnings = dyad_warning_count();
    dyad_document *doc = NULL;
    dyad_model *model = NULL; /* its strings (xpos, deprels, lemmas) stay in doc until the end */
    if (conllu) {
        dyad_document **docs = NULL;
        int n = dyad_conllu_read(conllu, &docs);
        if (n <= 0) {
            if (n == 0) fprintf(stderr, "dyad explain: %s has no sentences\n", conllu);
            free(docs);
            return DYAD_EXIT_FATAL;
        }
        doc = docs[0];
        for (int k = 1; k < n; k++) dyad_document_free(docs[k]);
        free(docs);
    } else if (penn) {
        /* a bad tree is reported once, with its column, as a bad command line */
        doc = dyad_document_new();
        size_t used = 0;
        dyad_penn_node *tree = dyad_penn_read(penn, strlen(penn), doc->arena, "--penn", 1, &used);
        if (!tree) {
            dyad_document_free(doc);
            return DYAD_EXIT_USAGE;
        }
        if (!text) {
            /* the sentence is the tree's words */
            dyad_buf b = {0};
            leaves(tree, &b, 0);
            doc->text = dyad_arena_strdup(doc->arena, b.data ? b.data : "");
            dyad_buf_free(&b);
        } else {
            doc->text = dyad_arena_strdup(doc->arena, text);
        }
        doc->text_len = strlen(doc->text);
        if (!dyad_penn_add_sentence(doc, penn, strlen(penn), 0, "--penn", 1, NULL)) {
            dyad_document_free(doc);
            return DYAD_EXIT_USAGE;
        }
    } else {
        /* invalid UTF-8 is replaced by U+FFFD with a warning, as `dyad code` does */
        dyad_buf fixed = {0};
        if (!dyad_text_prepare("(sentence)", text, strlen(text), "sentence", &fixed)) return DYAD_EXIT_USAGE;
        model = dyad_cli_load_model("explain", model_path);
        if (!model || (beam >= 0 && !dyad_cli_set_beam("explain", model, model_path, beam))) {
            dyad_model_free(model);
            dyad_buf_free(&fixed);
            return DYAD_EXIT_FATAL;
        }
        doc = dyad_document_new();
        doc->text = dyad_arena_strdup(doc->arena, fixed.data ? fixed.data : text);
        doc->text_len = strlen(doc->text);
        dyad_buf_free(&fixed);
        dyad_analyze(model, doc);
    }
    int rc = dyad_warning_count() > warnings ? DYAD_EXIT_SKIPPED : DYAD_EXIT_OK;
    if (date) doc->date = date;
    dyad_dict *d = dyad_cli_load_dicts(&dicts, "explain");
    if (!d) {
        dyad_document_free(doc);
        dyad_model_free(model);
        return DYAD_EXIT_FATAL;
    }
    dyad_buf trace = {0};
    dyad_coder_options opt = dyad_coder_defaults();
    opt.trace = &trace;
    opt.trace_all = all;
    dyad_coder *c = dyad_coder_new(d, &opt);
    dyad_code_status st = dyad_code_document(c, doc);
    printf("document date: %s\n", doc->date ? doc->date : "none");
    for (int i = 0; i < doc->n_sentences; i++) {
        const dyad_sentence *s = &doc->sentences[i];
        printf("\nsentence %d: %.*s\n", i + 1, (int)(s->end - s->start), doc->text + s->start);
        print_words(s);
        printf("parse:\n");
        print_tree(s, -1, 0);
    }
    printf("\n%s", trace.data ? trace.data : "");
    if (st == DYAD_STORY_DISCARD) printf("the story is discarded: no events\n");
    printf("\n");
    print_events(doc);
    dyad_buf_free(&trace);
    dyad_coder_free(c);
    dyad_dict_free(d);
    dyad_document_free(doc);
    dyad_model_free(model);
    return dyad_cli_output_done("explain", stdout, rc);
}
