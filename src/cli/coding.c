/*
** coding.c - what the coding commands (code, explain, validate, eval) share: the dictionary
** options and loading the dictionaries, the document date, loading the model.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "code/validate.h"
#include "document/reader.h"

const char *const dyad_cli_dict_help =
    "  dictionaries: dyad's own (built in), except with --dict-dir, or for a kind (verbs,\n"
    "  actors, agents) named by a file option, whose files replace dyad's of that kind\n"
    "  --dict-dir DIR     the dictionary set in DIR: PETRARCH-2's (CAMEO.2.0.txt, Phoenix.*.txt)\n"
    "                     or a copy of dyad's own dictionaries/ (verbs.txt, *.actors.txt, agents.txt)\n"
    "  --verbs FILE       a verb dictionary (either PETRARCH dialect)\n"
    "  --actors FILE      an actor dictionary (may be repeated)\n"
    "  --agents FILE      an agent dictionary\n"
    "  --discards FILE    a discard list\n"
    "  --dict-warnings    show every problem found in the dictionaries (else only their number)\n";

int dyad_cli_dict_arg(dyad_cli_dicts *o, int argc, char **argv, int *i) {
    static const struct {
        const char *name;
        dyad_dict_kind kind;
    } files[] = {{"--verbs", DYAD_DICT_VERBS}, {"--actors", DYAD_DICT_ACTORS},
                 {"--agents", DYAD_DICT_AGENTS}, {"--discards", DYAD_DICT_DISCARDS},
                 {"--issues", DYAD_DICT_ISSUES}};
    const char *a = argv[*i];
    if (strcmp(a, "--dict-warnings") == 0) {
        o->warnings = true;
        return 1;
    }
    const char *v = NULL;
    int r = dyad_cli_value("", argc, argv, i, "--dict-dir", &v), kind = -1;
    for (size_t k = 0; r == 0 && k < sizeof files / sizeof files[0]; k++)
        if ((r = dyad_cli_value("", argc, argv, i, files[k].name, &v)) != 0) kind = (int)files[k].kind;
    if (r <= 0) return r;
    bool dir = kind < 0;
    if (dir) {
        o->dir = v;
    } else if (o->n == DYAD_CLI_MAX_DICTS) {
        fprintf(stderr, "dyad: too many dictionary files\n");
        return -1;
    } else {
        o->kinds[o->n] = (dyad_dict_kind)kind;
        o->files[o->n++] = v;
    }
    return 1;
}

const char *dyad_cli_id(const char *cmd, const char *arg) {
    if (*arg) return arg;
    fprintf(stderr, "dyad %s: --id is empty (leave it out to name documents after their files)\n", cmd);
    return NULL;
}

const char *dyad_cli_date(const char *cmd, const char *arg) {
    static char norm[11];
    size_t n = strlen(arg);
    if ((n != 10 && n != 8) || !dyad_normalize_date(arg, norm)) {
        bool shaped = n == 10 && strspn(arg, "0123456789") == 4 && arg[4] == '-' && arg[7] == '-' &&
                      strspn(arg + 5, "0123456789") == 2 && strspn(arg + 8, "0123456789") == 2;
        if (shaped)
            fprintf(stderr, "dyad %s: --date '%s' is not a day of the calendar\n", cmd, arg);
        else
            fprintf(stderr, "dyad %s: --date wants YYYY-MM-DD, not '%s'\n", cmd, arg);
        return NULL;
    }
    return norm;
}

/* Problems found while dictionaries load go to /dev/null unless --dict-warnings; they are
   counted and reported in one line. */
typedef struct quiet {
    FILE *sink;
    long before;
} quiet;

static void quiet_begin(quiet *q, const dyad_cli_dicts *o) {
    q->sink = o->warnings ? NULL : dyad_warn_silence();
    q->before = dyad_warning_count();
}

static void quiet_end(quiet *q, const dyad_cli_dicts *o, const char *cmd, bool ok) {
    long problems = dyad_warning_count() - q->before;
    dyad_warn_restore(q->sink);
    if (ok && !o->warnings) dyad_cli_dict_problems(cmd, problems);
}

void dyad_cli_dict_problems(const char *cmd, long problems) {
    if (problems > 0)
        fprintf(stderr, "dyad %s: %ld problem%s in the dictionaries %s skipped (--dict-warnings "
                "shows them)\n", cmd, problems, problems == 1 ? "" : "s", problems == 1 ? "was" : "were");
}

/* Was a file of this kind named? */
static bool kind_named(const dyad_cli_dicts *o, dyad_dict_kind kind) {
    for (int k = 0; k < o->n; k++)
        if (o->kinds[k] == kind) return true;
    return false;
}

dyad_dict *dyad_cli_load_dicts(const dyad_cli_dicts *o, const char *cmd) {
    dyad_dict *d = dyad_dict_new();
    quiet q;
    quiet_begin(&q, o);
    /* dyad's own files of each kind no file option names */
    for (int i = 0; !o->dir && i < dyad_dict_builtin_count(); i++) {
        dyad_dict_builtin b = dyad_dict_builtin_file(i);
        if (!kind_named(o, b.kind)) dyad_dict_load_text(d, b.kind, b.name, b.text, b.len);
    }
    bool ok = !o->dir || dyad_dict_load_dir(d, o->dir) >= 0;
    for (int k = 0; ok && k < o->n; k++) ok = dyad_dict_load_file(d, o->kinds[k], o->files[k]) >= 0;
    quiet_end(&q, o, cmd, ok);
    if (!ok) {
        fprintf(stderr, "dyad %s: %s\n", cmd, d->error);
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

bool dyad_cli_names_dicts(const dyad_cli_dicts *o) {
    for (int k = 0; k < o->n; k++)
        if (o->kinds[k] != DYAD_DICT_VERBS) return true;
    return false;
}

dyad_dict *dyad_cli_load_petr_dicts(const dyad_cli_dicts *o, const dyad_petr_file *f, const char *cmd) {
    dyad_validate_options vo = {.dict_dir = o->dir};
    for (int k = 0; k < o->n; k++)
        if (o->kinds[k] == DYAD_DICT_VERBS) vo.verbs = o->files[k];
    quiet q;
    quiet_begin(&q, o);
    dyad_dict *d = dyad_validate_load_dicts(f, &vo);
    quiet_end(&q, o, cmd, d != NULL);
    return d;
}

dyad_model *dyad_cli_load_model(const char *cmd, const char *path) {
    const char *err = NULL;
    dyad_model *m = dyad_model_load(path, &err);
    if (!m) fprintf(stderr, "dyad %s: cannot load the model %s: %s\n", cmd, path ? path : "(built in)", err);
    return m;
}

bool dyad_cli_beam_width(const char *cmd, const char *arg, int *width) {
    char *end;
    long v = arg[0] >= '0' && arg[0] <= '9' ? strtol(arg, &end, 10) : -1;
    if (v < 0 || *end || v > 64) {
        fprintf(stderr, "dyad %s: --beam is 0 or 1 (greedy) or a width from 2 to 64 (8 is a good "
                "choice), not '%s'\n", cmd, arg);
        return false;
    }
    *width = (int)v;
    return true;
}

bool dyad_cli_set_beam(const char *cmd, dyad_model *m, const char *path, int width) {
    if (dyad_model_set_beam(m, width)) return true;
    /* width is in range (dyad_cli_beam_width): the model lacks the weights */
    fprintf(stderr, "dyad %s: the model %s has no weights for beam search (train it with --beam)\n",
            cmd, path ? path : "(built in)");
    return false;
}
