/*
** dict_bench.c - how long loading the PETRARCH-2 dictionaries takes: prints the load time of
** each file, the total, entry counts and peak RSS.  Usage: dict_bench [DIR] (default
** ../shared/data/petrarch2, or $DYAD_SHARED/petrarch2).  Warnings go to standard error.
*/
#include "bench.h"
#include "dict/dict.h"

int main(int argc, char **argv) {
    char dir[4096];
    if (argc > 1) snprintf(dir, sizeof dir, "%s", argv[1]);
    else bench_shared(dir, sizeof dir, "petrarch2");

    dyad_dict *d = dyad_dict_new();
    double total = 0;
    long warnings = 0;
    for (const dyad_dict_file *f = dyad_dict_default_files; f->name; f++) {
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, f->name);
        double t0 = bench_now();
        int w = dyad_dict_load_file(d, f->kind, path);
        double dt = bench_now() - t0;
        if (w < 0) {
            fprintf(stderr, "%s\n", d->error);
            dyad_dict_free(d);
            return 1;
        }
        total += dt;
        warnings += w;
        printf("%-36s %8.1f ms  %5d warnings\n", f->name, dt * 1e3, w);
    }
    printf("%-36s %8.1f ms  %5ld warnings\n", "total", total * 1e3, warnings);
    printf("words %d; synsets %d (%d members); verb blocks %d, verbs %d (%d forms), patterns %d, "
           "transformations %d\n", d->words.n, d->n_synsets, d->n_members, d->n_blocks,
           d->n_verbs, d->n_forms, d->n_patterns, d->n_transforms);
    printf("actors %d (%d names); agents %d (%d phrases); discards %d; issues %d (%d phrases, "
           "%d categories)\n", d->n_actors, d->n_actor_names, d->n_agents, d->n_agent_names,
           d->n_discards, d->n_issues, d->n_issue_names, d->n_categories);
    printf("peak RSS %.1f MB\n", bench_peak_rss_mb());
    dyad_dict_free(d);
    return 0;
}
