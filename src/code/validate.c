/*
** validate.c - the validation run over a PETRARCH validation file (validate.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "code/validate.h"
#include "code/coder.h"
#include "dict/dict.h"
#include "document/petrxml.h"
#include "document/reader.h"
#include "nlp/penn.h"
#include "util/util.h"

/* path of file name in dir (name itself when dir is NULL or name is absolute) into buf */
static const char *join(char *buf, size_t n, const char *dir, const char *name) {
    if (name[0] == '/' || !dir) snprintf(buf, n, "%s", name);
    else snprintf(buf, n, "%s/%s", dir, name);
    return buf;
}

static int load(dyad_dict *d, dyad_dict_kind kind, const char *dir, const char *name) {
    char path[4096];
    join(path, sizeof path, dir, name);
    if (dyad_dict_load_file(d, kind, path) < 0) {
        fprintf(stderr, "dyad: %s\n", d->error);
        return -1;
    }
    return 0;
}

dyad_dict *dyad_validate_load_dicts(const dyad_petr_file *f, const dyad_validate_options *opt) {
    char dir[4096];
    if (opt->dict_dir) {
        snprintf(dir, sizeof dir, "%s", opt->dict_dir);
    } else {
        snprintf(dir, sizeof dir, "%s", f->path);
        char *slash = strrchr(dir, '/');
        if (slash) *slash = 0;
        else snprintf(dir, sizeof dir, ".");
    }
    const dyad_petr_environment *env = &f->env;
    if (!f->has_environment || (!env->verbfile && !opt->verbs) || env->n_actorfiles == 0) {
        /* no environment: PETRARCH-2's default set in the given folder, else dyad's own */
        dyad_dict *d = dyad_dict_new();
        if (!opt->dict_dir) dyad_dict_load_builtin(d);
        if ((opt->dict_dir && dyad_dict_load_dir(d, dir) < 0) ||
            (opt->verbs && dyad_dict_load_file(d, DYAD_DICT_VERBS, opt->verbs) < 0)) {
            fprintf(stderr, "dyad: %s\n", d->error);
            dyad_dict_free(d);
            return NULL;
        }
        return d;
    }
    dyad_dict *d = dyad_dict_new();
    bool ok = opt->verbs ? load(d, DYAD_DICT_VERBS, NULL, opt->verbs) == 0
                         : load(d, DYAD_DICT_VERBS, dir, env->verbfile) == 0;
    for (int k = 0; ok && k < env->n_actorfiles; k++)
        ok = load(d, DYAD_DICT_ACTORS, dir, env->actorfiles[k]) == 0;
    if (ok && env->agentfile) ok = load(d, DYAD_DICT_AGENTS, dir, env->agentfile) == 0;
    if (ok && env->discardfile) ok = load(d, DYAD_DICT_DISCARDS, dir, env->discardfile) == 0;
    if (!ok) {
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

/* A coded (source, target, event) triple as text; a part a gold record lacks is "---". */
typedef struct triple {
    char s[64];
} triple;

static void put_triple(triple *t, const char *src, const char *tgt, const char *ev) {
    snprintf(t->s, sizeof t->s, "%s %s %s", src ? src : "---", tgt ? tgt : "---", ev ? ev : "---");
}

static int cmp_triple(const void *a, const void *b) {
    return strcmp(((const triple *)a)->s, ((const triple *)b)->s);
}

/* Sort and remove duplicates; returns the new count. */
static int uniq(triple *t, int n) {
    qsort(t, (size_t)n, sizeof *t, cmp_triple);
    int out = 0;
    for (int k = 0; k < n; k++)
        if (out == 0 || strcmp(t[out - 1].s, t[k].s) != 0) t[out++] = t[k];
    return out;
}

static void count(dyad_validate_result *r, const char *category, bool pass) {
    const char *cat = category ? category : "(none)";
    int k = 0;
    while (k < r->n_categories && strcmp(r->categories[k].name, cat) != 0) k++;
    if (k == r->n_categories) {
        if (k == DYAD_VALIDATE_MAX_CATEGORIES) k--;
        else {
            r->n_categories++;
            snprintf(r->categories[k].name, sizeof r->categories[k].name, "%s", cat);
        }
    }
    r->categories[k].records++;
    r->categories[k].passed += pass;
    r->records++;
    r->passed += pass;
}

static void print_set(FILE *out, const char *what, const triple *t, int n, const char *none) {
    fprintf(out, "  %-9s", what);
    if (n == 0) fprintf(out, " %s", none);
    for (int k = 0; k < n; k++) fprintf(out, "%s%s", k ? ", " : " ", t[k].s);
    fputc('\n', out);
}

/* A document from a record whose <Parse> holds CoNLL-U lines (UniversalPetrarch's files),
   read through the CoNLL-U reader; NULL when they cannot be read. */
static dyad_document *conllu_document(const dyad_petr_file *f, const dyad_petr_sentence *ps) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/dyad-validate-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    FILE *tmp = fdopen(fd, "w");
    if (!tmp) {
        close(fd);
        unlink(path);
        return NULL;
    }
    fprintf(tmp, "%s\n\n", ps->parse);
    fclose(tmp);
    dyad_document **docs = NULL;
    int n = dyad_conllu_read(path, &docs);
    unlink(path);
    dyad_document *doc = NULL;
    if (n >= 1) {
        doc = docs[0];
        for (int k = 1; k < n; k++) dyad_document_free(docs[k]);
        if (doc->n_sentences == 0) {
            dyad_document_free(doc);
            doc = NULL;
        } else {
            doc->id = dyad_arena_strdup(doc->arena, ps->id);
            doc->date = dyad_arena_strdup(doc->arena, ps->date);
            doc->origin = dyad_arena_strdup(doc->arena, f->path);
            doc->origin_line = ps->line;
        }
    }
    free(docs);
    return doc;
}

static bool is_true(const char *v) {
    return v && (strcasecmp(v, "true") == 0 || strcmp(v, "1") == 0);
}

dyad_document *dyad_validate_code_record(dyad_coder *c, const dyad_petr_file *f, int i,
                                         const dyad_validate_options *opt, dyad_buf *trace,
                                         const char **rejected, dyad_code_status *status) {
    const dyad_petr_sentence *ps = &f->sentences[i];
    dyad_coder_options co = dyad_coder_defaults();
    const char *v = dyad_petr_option_value(ps, "require_dyad");
    if (v) co.require_dyad = is_true(v);
    v = dyad_petr_option_value(ps, "new_actor_length");
    if (v) co.new_actor_length = atoi(v);
    if (trace) {
        trace->len = 0;
        if (trace->data) trace->data[0] = 0;
    }
    co.trace = trace;
    dyad_coder_set_options(c, &co);

    dyad_document *doc = dyad_petr_document(f, ps);
    *rejected = NULL;
    *status = DYAD_CODED;
    dyad_document probe = *doc;
    if (dyad_find_dateline(&probe)) *rejected = "dateline";
    if (!*rejected && opt->use_parse) {
        if (ps->parse_kind == DYAD_PETR_PARSE_CONLLU) {
            dyad_document *parsed = conllu_document(f, ps);
            if (parsed) {
                dyad_document_free(doc);
                doc = parsed;
            } else {
                *rejected = "bad_input_parse";
            }
        } else if (ps->parse_kind != DYAD_PETR_PARSE_PENN ||
                   !dyad_penn_add_sentence(doc, ps->parse, strlen(ps->parse), 0, f->path,
                                           ps->parse_line, NULL)) {
            *rejected = "bad_input_parse";
        }
    }
    /* a record whose tree is broken is still text dyad can parse itself: that rejection
       only applies to the records' own trees */
    if (!*rejected && !opt->use_parse) opt->analyze(opt->model, doc);
    if (!*rejected) {
        *status = dyad_code_document(c, doc);
        if (*status == DYAD_STORY_DISCARD) *rejected = "storydiscard";
        else if (*status == DYAD_SENTENCE_DISCARD) *rejected = "sentencediscard";
    }
    return doc;
}

int dyad_validate(const char *path, const dyad_validate_options *opt, dyad_validate_result *res) {
    dyad_validate_result local;
    if (!res) res = &local;
    memset(res, 0, sizeof *res);
    if (!opt->use_parse && (!opt->model || !opt->analyze)) {
        fprintf(stderr, "dyad validate: coding the records' text needs dyad's parser, which this "
                "build does not have; use --use-parse\n");
        return -1;
    }
    dyad_petr_file *f = dyad_petr_read(path);
    if (!f) return -1;
    long before = dyad_warning_count();
    FILE *sink = opt->quiet_dicts ? dyad_warn_silence() : NULL;
    dyad_dict *d = dyad_validate_load_dicts(f, opt);
    dyad_warn_restore(sink);
    res->dict_problems = dyad_warning_count() - before;
    if (!d) {
        dyad_petr_free(f);
        return -1;
    }
    FILE *out = opt->out;
    dyad_buf trace = {0};
    dyad_coder *coder = dyad_coder_new(d, NULL);
    triple *want = NULL, *got = NULL;
    int cap = 0;
    for (int i = 0; i < f->n_sentences; i++) {
        const dyad_petr_sentence *ps = &f->sentences[i];
        const char *rejected;
        dyad_code_status st;
        dyad_document *doc = dyad_validate_code_record(coder, f, i, opt, &trace, &rejected, &st);
        int need = ps->n_codings + doc->n_events + 1;
        if (need > cap) {
            cap = need * 2;
            want = dyad_xrealloc(want, (size_t)cap * sizeof *want);
            got = dyad_xrealloc(got, (size_t)cap * sizeof *got);
        }
        int nw = 0, ng = 0;
        for (int k = 0; k < ps->n_codings; k++)
            put_triple(&want[nw++], ps->codings[k].source, ps->codings[k].target, ps->codings[k].event);
        for (int k = 0; k < doc->n_events; k++)
            put_triple(&got[ng++], doc->events[k].source.code, doc->events[k].target.code,
                       doc->events[k].code);
        nw = uniq(want, nw);
        ng = uniq(got, ng);
        bool pass;
        if (ps->error && !opt->use_parse && strcmp(ps->error, "bad_input_parse") == 0) {
            /* about the record's own tree, which a run on the text does not read */
            res->not_applicable++;
            dyad_document_free(doc);
            continue;
        } else if (ps->error) {
            pass = rejected && strcmp(rejected, ps->error) == 0;
        } else {
            pass = nw == ng;
            for (int k = 0; pass && k < nw; k++) pass = strcmp(want[k].s, got[k].s) == 0;
            if (rejected && (st == DYAD_CODED)) pass = pass && nw == 0;
        }
        count(res, ps->category, pass);
        if (out && (!pass || opt->verbose)) {
            fprintf(out, "%s %s (%s:%ld): %s\n", pass ? "ok  " : "FAIL", ps->id ? ps->id : "?",
                    f->path, ps->line, ps->text ? ps->text : "");
            if (ps->error) fprintf(out, "  expected  rejection (%s)\n", ps->error);
            else print_set(out, "expected", want, nw, "no events");
            if (rejected) fprintf(out, "  rejected  (%s)\n", rejected);
            if (!rejected || ng) print_set(out, "produced", got, ng, "no events");
            if (!pass && opt->verbose && trace.len) {
                fputs("  trace:\n", out);
                for (const char *p = trace.data; *p;) {
                    const char *e = strchr(p, '\n');
                    size_t k = e ? (size_t)(e - p) : strlen(p);
                    fprintf(out, "    %.*s\n", (int)k, p);
                    p += k + (e ? 1 : 0);
                }
            }
        }
        dyad_document_free(doc);
    }
    if (out) {
        fprintf(out, "\n%s (%s%s%s)\n", path, opt->use_parse ? "the records' parse trees" : "dyad's parser",
                opt->verbs ? ", verbs " : "", opt->verbs ? opt->verbs : "");
        fprintf(out, "%-12s %8s %8s\n", "category", "records", "passed");
        for (int k = 0; k < res->n_categories; k++)
            fprintf(out, "%-12s %8d %8d\n", res->categories[k].name, res->categories[k].records,
                    res->categories[k].passed);
        fprintf(out, "%-12s %8d %8d  (%.1f%%)\n", "total", res->records, res->passed,
                res->records ? 100.0 * res->passed / res->records : 0.0);
        if (res->not_applicable)
            fprintf(out, "%d record%s not counted: %s about the record's own parse tree\n",
                    res->not_applicable, res->not_applicable == 1 ? "" : "s",
                    res->not_applicable == 1 ? "its error is" : "their error is");
    }
    free(want);
    free(got);
    dyad_buf_free(&trace);
    dyad_coder_free(coder);
    dyad_dict_free(d);
    dyad_petr_free(f);
    return 0;
}
