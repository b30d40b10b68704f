/*
** petrarch_test.c - the real PETRARCH-2 dictionaries in ../shared/data/petrarch2 (skipped when
** absent): entry counts, exactly the malformed lines each file has, the number of conflicting
** duplicates, and lookups that PETRARCH's own unit tests and the Phoenix files pin down.
*/
#include "dict/dict_testing.h"

/* Load a shared file into d; returns its warnings with the folder part of the path removed
   (malloc'd), or NULL after skip() when the file is absent.  *n gets the loader's result. */
static char *load_shared(dyad_dict *d, dyad_dict_kind kind, const char *rel, int *n) {
    const char *path = dyad_test_shared(rel);
    if (!path) return NULL;
    char full[4096], dir[4096];
    snprintf(full, sizeof full, "%s", path);
    snprintf(dir, sizeof dir, "%.*s", (int)(strrchr(full, '/') + 1 - full), full);
    char *msgs = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&msgs, &len);
    dyad_warn_to(f);
    *n = dyad_dict_load_file(d, kind, full);
    dyad_warn_to(NULL);
    fclose(f);
    /* drop every occurrence of the folder */
    char *out = msgs, *w = msgs;
    size_t dl = strlen(dir);
    for (const char *r = msgs; *r;) {
        if (strncmp(r, dir, dl) == 0) r += dl;
        else *w++ = *r++;
    }
    *w = 0;
    return out;
}

/* The lines of msgs that contain none of the given phrases, and how many contain each. */
static char *other_lines(const char *msgs, const char *const *phrases, int n_phrases, int *counts) {
    char *out = calloc(1, strlen(msgs) + 1);
    for (int i = 0; i < n_phrases; i++) counts[i] = 0;
    for (const char *p = msgs; *p;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p + 1) : strlen(p);
        int hit = -1;
        for (int i = 0; i < n_phrases && hit < 0; i++) {
            const char *f = strstr(p, phrases[i]);
            if (f && f < p + n) hit = i;
        }
        if (hit >= 0) counts[hit]++;
        else strncat(out, p, n);
        p += n;
    }
    return out;
}

static void test_cameo_verbs(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    int n;
    char *msgs = load_shared(d, DYAD_DICT_VERBS, "petrarch2/CAMEO.2.0.txt", &n);
    if (!msgs) {
        dyad_dict_free(d);
        skip();
    }
    assert_int_equal(d->n_synsets, 40);
    assert_int_equal(d->n_members, 981);
    assert_int_equal(d->n_blocks, 397);
    assert_int_equal(d->n_verbs, 1817);
    assert_int_equal(d->n_forms, 7270);
    assert_int_equal(d->n_patterns, 4375);
    assert_int_equal(d->n_transforms, 8);
    assert_int_equal(d->blocks[0].dialect, 2);
    static const char *const repeats[] = {"pattern repeats line"};
    int count;
    char *rest = other_lines(msgs, repeats, 1, &count);
    assert_string_equal(rest,
        "CAMEO.2.0.txt:2194:12: warning: form \"+WIRE_TAPS\" does not have the verb's other "
        "words; ignored\n"
        "CAMEO.2.0.txt:2194:23: warning: form \"+WIRE_TAPPED\" does not have the verb's other "
        "words; ignored\n"
        "CAMEO.2.0.txt:2194:36: warning: form \"+WIRE_TAPPING\" does not have the verb's other "
        "words; ignored\n"
        "CAMEO.2.0.txt:2374:60: warning: ')' without its opening bracket; pattern skipped\n"
        "CAMEO.2.0.txt:2406:5: warning: synset &FIGHT_CRIM is not defined; pattern skipped\n"
        "CAMEO.2.0.txt:3887:5: warning: synset &FIGHT_GAMES is not defined; pattern skipped\n"
        "CAMEO.2.0.txt:7606:56: warning: ')' without its opening bracket; pattern skipped\n"
        "CAMEO.2.0.txt:8443:10: warning: synset &WEATHER is not defined; pattern skipped\n"
        "CAMEO.2.0.txt:8444:10: warning: synset &DEMONSTRATION is not defined; pattern skipped\n");
    assert_int_equal(count, 132);
    assert_int_equal(n, 141);
    /* "- * {MEETING} [046]" is the same pattern as "- * MEETING [046:046]" */
    assert_non_null(strstr(msgs, "CAMEO.2.0.txt:3870:55: warning: pattern repeats line 3859 "
                                 "with another code [046:046]; the later code [046] is used\n"));

    /* RUSH is in ACCELERATE, whose first pattern is "- * (TO) [042:043]" */
    int f = dyad_verb_find(d, dyad_dict_word_id(d, "rushed"));
    const dyad_verb_block *b = &d->blocks[d->verbs[d->forms[f].verb].block];
    assert_string_equal(b->name, "ACCELERATE");
    const dyad_pattern *p = &d->patterns[b->first_pattern];
    assert_int_equal(p->n_items, 2);
    assert_int_equal(p->items[1].role, DYAD_ROLE_PREP);
    assert_string_equal(p->code.rev, "043");
    /* WILL and WOULD are no longer verbs (the 19.03.05 correction noted in the file) */
    assert_int_equal(dyad_verb_find(d, dyad_dict_word_id(d, "would")), -1);
    int32_t ids[64];
    int len, k = sentence(d, "the armed forces", ids);
    assert_true(dyad_synset_match(d, dyad_synset_find(d, "MILITARY"), ids, k, 1, &len) >= 0);
    assert_int_equal(len, 2);
    assert_string_equal(d->transforms[7].inner_verb, "ASSASSINATE");
    assert_string_equal(d->transforms[7].result_code, "185");
    free(rest);
    free(msgs);
    dyad_dict_free(d);
}

static void test_validation_verbs(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    int n;
    char *msgs = load_shared(d, DYAD_DICT_VERBS, "petrarch2/PETR.Validate.verbs.txt", &n);
    if (!msgs) {
        dyad_dict_free(d);
        skip();
    }
    assert_int_equal(d->blocks[0].dialect, 1);
    assert_int_equal(d->n_synsets, 17);
    assert_int_equal(d->n_blocks, 261);
    assert_int_equal(d->n_verbs, 269);
    assert_int_equal(d->n_patterns, 471);
    assert_string_equal(msgs,
        "PETR.Validate.verbs.txt:81:9: warning: pattern repeats line 80 with another code [075A]; "
        "the later code [072] is used\n"
        "PETR.Validate.verbs.txt:447:18: warning: second code of the block ignored\n"
        "PETR.Validate.verbs.txt:688:1: warning: multi-word verb without '+' on the verb; the "
        "first word is taken\n"
        "PETR.Validate.verbs.txt:992:17: warning: '[' without ']'; line skipped\n"
        "PETR.Validate.verbs.txt:1025:1: warning: multi-word verb without '+' on the verb; the "
        "first word is taken\n");
    assert_int_equal(n, 5);
    /* MET [031:032] codes both ways, as unit test DATE-09 expects */
    int f = dyad_verb_find(d, dyad_dict_word_id(d, "met"));
    const dyad_verb_block *b = &d->blocks[d->verbs[d->forms[f].verb].block];
    assert_string_equal(b->code.fwd, "031");
    assert_string_equal(b->code.rev, "032");
    free(msgs);

    /* the same suite in the CAMEO 2.0 format, with CRLF line ends, into the same dict */
    msgs = load_shared(d, DYAD_DICT_VERBS, "petrarch2/universalpetrarch/PETR.Validate.verbs.2.0.txt",
                       &n);
    assert_non_null(msgs);
    assert_int_equal(d->blocks[261].dialect, 2);
    assert_int_equal(d->n_synsets, 17 + 30);
    assert_int_equal(d->n_blocks, 261 + 69);
    assert_int_equal(d->n_patterns, 471 + 423);
    static const char *const repeats[] = {"pattern repeats line"};
    int count;
    char *rest = other_lines(msgs, repeats, 1, &count);
    assert_string_equal(rest,
        "PETR.Validate.verbs.2.0.txt:117:1: warning: synset &PREPOSIT1 is defined again (first "
        "at line 42); the members are merged\n"
        "PETR.Validate.verbs.2.0.txt:453:1: warning: '*' in a verb (a pattern line starts with "
        "'-'); line skipped\n"
        "PETR.Validate.verbs.2.0.txt:757:22: warning: '[' without ']'; line skipped\n"
        "PETR.Validate.verbs.2.0.txt:1108:5: warning: synset &SECURITY is not defined; pattern "
        "skipped\n");
    assert_int_equal(count, 17);
    assert_int_equal(n, 21);
    /* a synset of this file shadows the one of the same name from the first file */
    int s = dyad_synset_find(d, "TESTSYN3");
    assert_true(s >= 17);
    assert_true(d->members[d->synsets[s].first_member].pp);
    free(rest);
    free(msgs);
    dyad_dict_free(d);
}

static void test_phoenix_actors(void **state) {
    (void)state;
    static const char *const files[] = {"petrarch2/Phoenix.Countries.actors.txt",
                                        "petrarch2/Phoenix.International.actors.txt",
                                        "petrarch2/Phoenix.MilNonState.actors.txt"};
    static const char *const expected[] = {
        "Phoenix.Countries.actors.txt:745:10: warning: control character 0x1a replaced by '?'\n"
        "Phoenix.Countries.actors.txt:2039:9: warning: \"9008223\" is not a date (YYMMDD or "
        "YYYYMMDD); code ignored\n"
        "Phoenix.Countries.actors.txt:12159:11: warning: control character 0x1a replaced by '?'\n"
        "Phoenix.Countries.actors.txt:14190:9: warning: date range \"20121207-20120802\" ends "
        "before it begins; code ignored\n"
        "Phoenix.Countries.actors.txt:18010:9: warning: \"201005011\" is not a date (YYMMDD or "
        "YYYYMMDD); code ignored\n"
        "Phoenix.Countries.actors.txt:22508:9: warning: \"1920030320\" is not a date (YYMMDD or "
        "YYYYMMDD); code ignored\n"
        "Phoenix.Countries.actors.txt:22519:9: warning: \"1920030320\" is not a date (YYMMDD or "
        "YYYYMMDD); code ignored\n"
        "Phoenix.Countries.actors.txt:31715:9: warning: date restriction \"20121204\" needs '<', "
        "'>' or a range date-date; code ignored\n"
        "Phoenix.Countries.actors.txt:43613:12: warning: \"1920050709\" is not a date (YYMMDD or "
        "YYYYMMDD); code ignored\n"
        "Phoenix.Countries.actors.txt:51384:9: warning: date restriction \"19820101\" needs '<', "
        "'>' or a range date-date; code ignored\n",
        "Phoenix.International.actors.txt:40:12: warning: \"2004017\" is not a date (YYMMDD or "
        "YYYYMMDD); code ignored\n"
        "Phoenix.International.actors.txt:3696:33: warning: text after the actor code ignored\n"
        "Phoenix.International.actors.txt:3726:32: warning: text after the actor code ignored\n"
        "Phoenix.International.actors.txt:6605:34: warning: text after the actor code ignored\n",
        "",
    };
    /* conflicting duplicates and entries without a code, file by file */
    static const int conflicts[] = {30, 23, 18}, no_code[] = {38, 3, 0};
    static const char *const kinds[] = {"already given other codes", "has no code"};
    dyad_dict *d = dyad_dict_new();
    for (int i = 0; i < 3; i++) {
        int n, counts[2];
        char *msgs = load_shared(d, DYAD_DICT_ACTORS, files[i], &n);
        if (!msgs) {
            dyad_dict_free(d);
            skip();
        }
        char *rest = other_lines(msgs, kinds, 2, counts);
        assert_string_equal(rest, expected[i]);
        assert_int_equal(counts[0], conflicts[i]);
        assert_int_equal(counts[1], no_code[i]);
        free(rest);
        if (i == 0) {
            assert_non_null(strstr(msgs, "Phoenix.Countries.actors.txt:11939:1: warning: actor "
                                         "IVO_JOSIPOVIC_ has no code; its names are not used\n"));
            assert_non_null(strstr(msgs, "Phoenix.Countries.actors.txt:11933:1: warning: actor "
                                         "name already given other codes by CROATIA_ "
                                         "(Phoenix.Countries.actors.txt:11534); this entry "
                                         "replaces it\n"));
        }
        free(msgs);
    }
    assert_int_equal(d->n_actors, 27211);
    assert_int_equal(d->n_actor_names, 34290);

    /* Putin: [RUSELI 700101-990809] [RUSGOV 991231-080507] [RUSGOV 990809-000507]
       [RUSGOV >080508] [RUSELI] */
    int len;
    assert_string_equal(actor_code(d, "Vladimir Putin", "1999-08-08", &len), "RUSELI");
    assert_string_equal(actor_code(d, "Vladimir Putin", "1999-08-09", &len), "RUSELI");
    assert_string_equal(actor_code(d, "Vladimir Putin", "1999-08-10", &len), "RUSGOV");
    assert_string_equal(actor_code(d, "Putin", "2008-05-07", &len), "RUSGOV");
    assert_string_equal(actor_code(d, "President Putin", "2008-05-08", &len), "RUSGOV");
    assert_string_equal(actor_code(d, "Vladimir Putin", "1965-01-01", &len), "RUSELI");
    /* the longer name wins over its prefix */
    assert_string_equal(actor_code(d, "Russian President Vladimir Putin said", "2001-01-01", &len),
                        "RUSGOV");
    assert_int_equal(len, 4);
    /* Medvedev: [RUSELI 830101-051201] [RUSGOV 051201-070228] [RUSGOV >080507] [RUSELI] */
    assert_string_equal(actor_code(d, "Dmitri Medvedev", "2008-05-06", &len), "RUSELI");
    assert_string_equal(actor_code(d, "Dmitri Medvedev", "2008-05-07", &len), "RUSGOV");
    assert_string_equal(actor_code(d, "Dmitri Medvedev", "2005-12-01", &len), "RUSELI");
    /* the plain "+MEDVEDEV" belongs to DMITRY_MEDVEDEV_, an entry without a code */
    assert_null(actor_code(d, "Medvedev", "2009-01-01", &len));
    assert_string_equal(actor_code(d, "Russia", "2009-01-01", &len), "RUS");
    dyad_dict_free(d);
}

static void test_validation_actors(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    int n;
    char *msgs = load_shared(d, DYAD_DICT_ACTORS, "petrarch2/PETR.Validate.actors.txt", &n);
    if (!msgs) {
        dyad_dict_free(d);
        skip();
    }
    assert_string_equal(msgs, "PETR.Validate.actors.txt:159:1: warning: actor name already given "
                              "other codes by PALESTINIAN (PETR.Validate.actors.txt:32); this "
                              "entry replaces it\n");
    assert_int_equal(n, 1);
    assert_int_equal(d->n_actors, 128);
    assert_int_equal(d->n_actor_names, 160);
    /* the sources of PETRARCH's unit tests DATE-01 to DATE-13 */
    static const struct { const char *who, *date, *code; } cases[] = {
        {"Sam Gamgee", "1995-01-04", "HOBCIV"},     {"Sam Gamgee", "2008-01-19", "HOBCIV"},
        {"Hamfast Gamgee", "1995-01-04", "HOB"},    {"Hamfast Gamgee", "2012-11-09", "HOBGOV"},
        {"Hamfast Gamgee", "2012-12-25", "HOBGOV"}, {"Hamfast Gamgee", "2014-01-04", "HOB"},
        {"Sam Gamgee", "2010-01-06", "HOBMIL"},     {"Sam Gamgee", "2010-01-09", "ORCHOB"},
        {"Sam Gamgee", "2010-01-10", "ORCHOB"},     {"Sam Gamgee", "2010-01-12", "ORCHOB"},
        {"Sam Gamgee", "2010-01-13", "HOBMIL"},     {"Sam Gamgee", "2012-12-31", "HOBGOV"},
        {"Morgul Orcs", "2010-01-09", "MRGORC"},    {"Gollum", "1995-06-01", "HOB"},
        {"Smeagol", "1997-01-01", "HOBGOV"},        {"Stinker", "1999-08-16", "HOBREB"},
        {"Zimbabwe", "1979-06-06", "RHO"},          {"Zimbabwe", "1979-06-07", "ZBW"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int len;
        const char *code = actor_code(d, cases[i].who, cases[i].date, &len);
        if (!code || strcmp(code, cases[i].code) != 0)
            fail_msg("%s on %s: %s, not %s", cases[i].who, cases[i].date, code ? code : "none",
                     cases[i].code);
    }
    free(msgs);
    dyad_dict_free(d);
}

static void test_agents_discards_issues(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    int n;
    char *msgs = load_shared(d, DYAD_DICT_AGENTS, "petrarch2/Phoenix.agents.txt", &n);
    if (!msgs) {
        dyad_dict_free(d);
        skip();
    }
    assert_string_equal(msgs,
        "Phoenix.agents.txt:544:26: warning: '[' without ']'; line skipped\n"
        "Phoenix.agents.txt:976:1: warning: agent phrase already given another code by !MINIST! "
        "OF_ENVIRONMENT (Phoenix.agents.txt:847); this line replaces it\n"
        "Phoenix.agents.txt:1068:1: warning: agent phrase already given another code by !MINIST! "
        "OF_THE_ENVIRONMENT (Phoenix.agents.txt:846); this line replaces it\n"
        "Phoenix.agents.txt:1712:1: warning: agent phrase already given another code by "
        "DEFENSE_SERVICES (Phoenix.agents.txt:640); this line replaces it\n"
        "Phoenix.agents.txt:1875:1: warning: agent phrase already given another code by "
        "SECURITY_FORCE (Phoenix.agents.txt:276); this line replaces it\n"
        "Phoenix.agents.txt:1927:1: warning: agent has no [code]; line skipped\n"
        "Phoenix.agents.txt:1959:1: warning: agent phrase already given another code by "
        "CIVIL_SOCIETY (Phoenix.agents.txt:395); this line replaces it\n"
        "Phoenix.agents.txt:2159:1: warning: agent phrase already given another code by "
        "OPPOSITION_FORCES (Phoenix.agents.txt:2024); this line replaces it\n"
        "Phoenix.agents.txt:2312:1: warning: agent phrase already given another code by "
        "ARMED_FORCES (Phoenix.agents.txt:1636); this line replaces it\n"
        "Phoenix.agents.txt:2317:1: warning: agent phrase already given another code by "
        "ASSAILANT (Phoenix.agents.txt:290); this line replaces it\n"
        "Phoenix.agents.txt:2344:1: warning: agent phrase already given another code by "
        "MUSLIM_MILITANT (Phoenix.agents.txt:1948); this line replaces it\n");
    assert_int_equal(n, 11);
    assert_int_equal(d->n_agents, 2243);
    assert_int_equal(d->n_agent_names, 5090);
    int32_t ids[64];
    int len, k = sentence(d, "the interior ministries said", ids);
    int a = dyad_agent_match(d, ids, k, 1, &len);
    assert_true(a >= 0);
    assert_string_equal(d->agents[a].code, "GOV");
    assert_int_equal(len, 2);
    free(msgs);

    msgs = load_shared(d, DYAD_DICT_DISCARDS, "petrarch2/Phoenix.discards.txt", &n);
    assert_string_equal(msgs, "Phoenix.discards.txt:322:1: warning: discard phrase repeats line "
                              "128 at the other level; the story-level one is kept\n");
    assert_int_equal(d->n_discards, 505);
    free(msgs);

    msgs = load_shared(d, DYAD_DICT_ISSUES, "petrarch2/Phoenix.IssueCoding.txt", &n);
    static const char *const kinds[] = {"issue phrase has no [CODE]"};
    int count;
    char *rest = other_lines(msgs, kinds, 1, &count);
    assert_string_equal(rest,
        "Phoenix.IssueCoding.txt:481:1: warning: </ISSUE> without <ISSUE>\n"
        "Phoenix.IssueCoding.txt:1198:41: warning: text after the issue code ignored\n"
        "Phoenix.IssueCoding.txt:2521:27: warning: text after the issue code ignored\n"
        "Phoenix.IssueCoding.txt:2889:48: warning: text after the issue code ignored\n"
        "Phoenix.IssueCoding.txt:3053:54: warning: text after the issue code ignored\n");
    assert_int_equal(count, 13);
    assert_int_equal(n, 18);
    assert_int_equal(d->n_issues, 3157);
    assert_int_equal(d->n_issue_names, 4701);
    assert_int_equal(d->n_categories, 52);
    k = sentence(d, "kindergarteners", ids);
    int i = dyad_issue_match(d, ids, k, 0, &len);
    assert_string_equal(d->issues[i].code, "EARLY_CHILDHOOD_EDUCATION");
    assert_string_equal(d->categories[d->issues[i].category].name, "EDUCATION");
    free(rest);
    free(msgs);
    dyad_dict_free(d);
}

static void test_validation_agents_discards(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    int n;
    char *msgs = load_shared(d, DYAD_DICT_AGENTS, "petrarch2/PETR.Validate.agents.txt", &n);
    if (!msgs) {
        dyad_dict_free(d);
        skip();
    }
    assert_string_equal(msgs, "");
    assert_int_equal(d->n_agents, 88);
    assert_int_equal(d->n_agent_names, 164);
    int32_t ids[64];
    int len, k = sentence(d, "congresswomen", ids);
    assert_string_equal(d->agents[dyad_agent_match(d, ids, k, 0, &len)].code, "LEG");
    k = sentence(d, "ministries of silly walks", ids);
    assert_string_equal(d->agents[dyad_agent_match(d, ids, k, 0, &len)].code, "GOV");
    assert_int_equal(len, 4);
    free(msgs);
    msgs = load_shared(d, DYAD_DICT_DISCARDS, "petrarch2/PETR.Validate.discards.txt", &n);
    assert_string_equal(msgs, "");
    assert_int_equal(d->n_discards, 9);
    const char *words[] = {"Manchester", "United", "won"};
    int start, x = dyad_discard_find(d, words, 3, &start, &len);
    assert_true(x >= 0 && d->discards[x].story);
    free(msgs);
    dyad_dict_free(d);
}

static void test_load_dir(void **state) {
    (void)state;
    if (!dyad_test_shared("petrarch2/CAMEO.2.0.txt")) skip();
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", dyad_test_shared("petrarch2"));
    dyad_dict *d = dyad_dict_new();
    FILE *null = fopen("/dev/null", "w");
    dyad_warn_to(null);
    int n = dyad_dict_load_dir(d, dir);
    dyad_warn_to(NULL);
    fclose(null);
    assert_int_equal(n, 141 + 78 + 30 + 18 + 11 + 1 + 18);
    assert_int_equal(d->n_patterns, 4375);
    assert_int_equal(d->n_actors, 27211);
    assert_int_equal(d->n_agents, 2243);
    assert_int_equal(d->n_discards, 505);
    assert_int_equal(d->n_issues, 3157);
    dyad_dict_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cameo_verbs),
        cmocka_unit_test(test_validation_verbs),
        cmocka_unit_test(test_phoenix_actors),
        cmocka_unit_test(test_validation_actors),
        cmocka_unit_test(test_agents_discards_issues),
        cmocka_unit_test(test_validation_agents_discards),
        cmocka_unit_test(test_load_dir),
    };
    return cmocka_run_group_tests_name("dict petrarch", tests, NULL, NULL);
}
