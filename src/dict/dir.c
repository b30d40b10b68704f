/*
** dir.c - loading a folder of dictionaries: PETRARCH-2's default set (CAMEO.2.0.txt and the
** Phoenix files) or a copy of dyad's own dictionaries/ (verbs.txt, *.actors.txt, agents.txt).
*/
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "dict/dict_int.h"

const dyad_dict_file dyad_dict_default_files[] = {
    {DYAD_DICT_VERBS, "CAMEO.2.0.txt"},
    {DYAD_DICT_ACTORS, "Phoenix.Countries.actors.txt"},
    {DYAD_DICT_ACTORS, "Phoenix.International.actors.txt"},
    {DYAD_DICT_ACTORS, "Phoenix.MilNonState.actors.txt"},
    {DYAD_DICT_AGENTS, "Phoenix.agents.txt"},
    {DYAD_DICT_DISCARDS, "Phoenix.discards.txt"},
    {DYAD_DICT_ISSUES, "Phoenix.IssueCoding.txt"},
    {DYAD_DICT_VERBS, NULL},
};

/* Load dir/name as kind; adds its warnings to *total; false when it cannot be read. */
static bool load_one(dyad_dict *d, const char *dir, const char *name, dyad_dict_kind kind, int *total) {
    dyad_buf path = {0};
    dyad_buf_printf(&path, "%s/%s", dir, name);
    int n = dyad_dict_load_file(d, kind, path.data);
    dyad_buf_free(&path);
    if (n < 0) return false;
    *total += n;
    return true;
}

static bool exists(const char *dir, const char *name) {
    dyad_buf path = {0};
    dyad_buf_printf(&path, "%s/%s", dir, name);
    bool ok = access(path.data, R_OK) == 0;
    dyad_buf_free(&path);
    return ok;
}

static int cmp_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* dyad's own layout: verbs.txt, *.actors.txt in name order, agents.txt, then the optional
   discards.txt and issues.txt. */
static int load_own(dyad_dict *d, const char *dir) {
    int total = 0;
    if (!load_one(d, dir, "verbs.txt", DYAD_DICT_VERBS, &total)) return -1;
    DIR *dh = opendir(dir);
    if (!dh) {
        snprintf(d->error, sizeof d->error, "%s: cannot read the folder", dir);
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dh))) {
        size_t k = strlen(e->d_name), suffix = strlen(".actors.txt");
        if (k <= suffix || strcmp(e->d_name + k - suffix, ".actors.txt") != 0) continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            names = dyad_xrealloc(names, cap * sizeof *names);
        }
        names[n++] = dyad_xstrdup(e->d_name);
    }
    closedir(dh);
    if (n > 1) qsort(names, n, sizeof *names, cmp_name);
    bool ok = true;
    for (size_t k = 0; k < n; k++) {
        if (ok) ok = load_one(d, dir, names[k], DYAD_DICT_ACTORS, &total);
        free(names[k]);
    }
    free(names);
    if (!ok) return -1;
    if (exists(dir, "agents.txt") && !load_one(d, dir, "agents.txt", DYAD_DICT_AGENTS, &total)) return -1;
    if (exists(dir, "discards.txt") && !load_one(d, dir, "discards.txt", DYAD_DICT_DISCARDS, &total))
        return -1;
    if (exists(dir, "issues.txt") && !load_one(d, dir, "issues.txt", DYAD_DICT_ISSUES, &total)) return -1;
    return total;
}

int dyad_dict_load_dir(dyad_dict *d, const char *dir) {
    DIR *dh = opendir(dir);
    if (!dh) {
        snprintf(d->error, sizeof d->error, "%s: cannot read the dictionary folder: %s", dir, strerror(errno));
        return -1;
    }
    closedir(dh);
    if (!exists(dir, dyad_dict_default_files[0].name) && exists(dir, "verbs.txt")) return load_own(d, dir);
    int total = 0;
    for (const dyad_dict_file *f = dyad_dict_default_files; f->name; f++)
        if (!load_one(d, dir, f->name, f->kind, &total)) return -1;
    return total;
}
