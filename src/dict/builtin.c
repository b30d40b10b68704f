/*
** builtin.c - dyad's own dictionaries (dictionaries/: verbs.txt, the *.actors.txt files and
** agents.txt), embedded in libdyad by builtin_data.S, and loading them.
*/
#include "dict/dict_int.h"

#define EMBEDDED(x) extern const char dyad_dict_text_##x[]; extern const uint64_t dyad_dict_size_##x;
EMBEDDED(verbs)
EMBEDDED(countries)
EMBEDDED(igos)
EMBEDDED(nonstate)
EMBEDDED(leaders)
EMBEDDED(media)
EMBEDDED(agents)
#undef EMBEDDED

static const struct {
    dyad_dict_kind kind;
    const char *name;
    const char *text;
    const uint64_t *size;
} files[] = {
    {DYAD_DICT_VERBS, "dictionaries/verbs.txt", dyad_dict_text_verbs, &dyad_dict_size_verbs},
    {DYAD_DICT_ACTORS, "dictionaries/countries.actors.txt", dyad_dict_text_countries,
     &dyad_dict_size_countries},
    {DYAD_DICT_ACTORS, "dictionaries/igos.actors.txt", dyad_dict_text_igos, &dyad_dict_size_igos},
    {DYAD_DICT_ACTORS, "dictionaries/nonstate.actors.txt", dyad_dict_text_nonstate,
     &dyad_dict_size_nonstate},
    {DYAD_DICT_ACTORS, "dictionaries/leaders.actors.txt", dyad_dict_text_leaders,
     &dyad_dict_size_leaders},
    {DYAD_DICT_ACTORS, "dictionaries/media.actors.txt", dyad_dict_text_media, &dyad_dict_size_media},
    {DYAD_DICT_AGENTS, "dictionaries/agents.txt", dyad_dict_text_agents, &dyad_dict_size_agents},
};

int dyad_dict_builtin_count(void) {
    return (int)(sizeof files / sizeof files[0]);
}

dyad_dict_builtin dyad_dict_builtin_file(int i) {
    dyad_dict_builtin b = {DYAD_DICT_VERBS, NULL, NULL, 0};
    if (i < 0 || i >= dyad_dict_builtin_count()) return b;
    b.kind = files[i].kind;
    b.name = files[i].name;
    b.text = files[i].text;
    b.len = (size_t)*files[i].size;
    return b;
}

int dyad_dict_load_builtin(dyad_dict *d) {
    int total = 0;
    for (int i = 0; i < dyad_dict_builtin_count(); i++) {
        dyad_dict_builtin b = dyad_dict_builtin_file(i);
        total += dyad_dict_load_text(d, b.kind, b.name, b.text, b.len);
    }
    return total;
}
