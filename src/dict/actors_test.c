/*
** actors_test.c - tests of the actor and agent dictionaries: synonyms, dated codes and the
** century rule, several codes on a line, longest match, word splitting, duplicates; agent
** codes, plurals and substitution markers.  Every snippet is written for the test.
*/
#include "dict/dict_testing.h"

static void test_actor_synonyms(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "ARNORIA_  [ARN]\n"
        "+ARNORIAN_\n"
        "+REPUBLIC_OF_ARNORIA\n"
        "+ANNUMINAS   # its capital\n"
        "\n"
        "BREELAND [BRE]\n");
    assert_int_equal(d->n_actors, 2);
    assert_int_equal(d->n_actor_names, 5);
    assert_string_equal(d->actors[0].name, "ARNORIA_");
    assert_int_equal(d->actors[0].n_names, 4);
    assert_int_equal(d->actors[0].line, 1);
    int len;
    assert_string_equal(actor_code(d, "Arnorian troops", NULL, &len), "ARN");
    assert_int_equal(len, 1);
    assert_null(actor_code(d, "Republic of", NULL, &len));
    assert_int_equal(len, 0);
    assert_string_equal(actor_code(d, "REPUBLIC OF ARNORIA", NULL, &len), "ARN");
    assert_int_equal(len, 3);
    assert_string_equal(actor_code(d, "annuminas", "2001-02-03", &len), "ARN");
    dyad_dict_free(d);
}

static void test_actor_dated_codes(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "IVAN_PETROV_  [ZZZ]  # the default: used when no restriction holds\n"
        "+PRESIDENT_PETROV\n"
        "\t[ZZZELI <850131]\n"
        "\t[ZZZMIL 850201-19911231]\n"
        "\t[ZZZGOV 20000507 - 080507]\n"
        "\t[ZZZOPP > 120101]\n");
    const dyad_actor_entry *a = &d->actors[0];
    assert_int_equal(a->n_codes, 5);
    assert_string_equal(a->codes[4].code, "ZZZ");    /* undated codes go last */
    int len;
    assert_string_equal(actor_code(d, "Ivan Petrov", "1985-01-31", &len), "ZZZELI");  /* inclusive */
    assert_string_equal(actor_code(d, "Ivan Petrov", "1985-02-01", &len), "ZZZMIL");
    assert_string_equal(actor_code(d, "Ivan Petrov", "1991-12-31", &len), "ZZZMIL");
    assert_string_equal(actor_code(d, "Ivan Petrov", "1992-01-01", &len), "ZZZ");
    assert_string_equal(actor_code(d, "President Petrov", "2000-05-06", &len), "ZZZ");
    assert_string_equal(actor_code(d, "President Petrov", "2000-05-07", &len), "ZZZGOV");
    assert_string_equal(actor_code(d, "President Petrov", "20080507", &len), "ZZZGOV");
    assert_string_equal(actor_code(d, "President Petrov", "2008-05-08", &len), "ZZZ");
    assert_string_equal(actor_code(d, "Ivan Petrov", "2012-01-01", &len), "ZZZOPP");
    assert_string_equal(actor_code(d, "Ivan Petrov", "2030-01-01", &len), "ZZZOPP");
    /* no date, or an unreadable one: the first undated code */
    assert_string_equal(actor_code(d, "Ivan Petrov", NULL, &len), "ZZZ");
    assert_string_equal(actor_code(d, "Ivan Petrov", "2008-02-30", &len), "ZZZ");
    assert_int_equal(a->codes[1].from, dyad_dict_day("1985-02-01"));
    assert_int_equal(a->codes[1].to, dyad_dict_day("1991-12-31"));
    assert_int_equal(a->codes[0].from, DYAD_DAY_MIN);
    assert_int_equal(a->codes[3].to, DYAD_DAY_MAX);
    dyad_dict_free(d);
}

static void test_actor_first_restriction_wins(void **state) {
    (void)state;
    /* overlapping ranges: the first listed wins; without a default nothing holds outside */
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "OLGA_NORD\n"
        "\t[QQQSPY 100110-100112]\n"
        "\t[QQQMIL 100101-101231]\n");
    int len;
    assert_string_equal(actor_code(d, "Olga Nord", "2010-01-11", &len), "QQQSPY");
    assert_string_equal(actor_code(d, "Olga Nord", "2010-01-13", &len), "QQQMIL");
    assert_null(actor_code(d, "Olga Nord", "2011-01-01", &len));
    assert_int_equal(len, 2);   /* the name matched, but no code holds */
    dyad_dict_free(d);
}

static void test_century_rule(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "KARL_ZWEI\n\t[AAA >300101]\n\t[BBB <310101]\n");
    const dyad_actor_entry *a = &d->actors[0];
    assert_int_equal(a->codes[0].from, dyad_dict_day("2030-01-01"));   /* 00-30: 20YY */
    assert_int_equal(a->codes[1].to, dyad_dict_day("1931-01-01"));     /* 31-99: 19YY */
    dyad_dict_free(d);
}

static void test_several_codes_on_a_line(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "MARTA_SOLE_\t[IGOUNO 820101-911231] [ELI]\n"
        "NADIA_RUSK_ [XYZGOV >081004][MNCXYZ]\n");
    int len;
    assert_string_equal(actor_code(d, "Marta Sole", "1990-06-01", &len), "IGOUNO");
    assert_string_equal(actor_code(d, "Marta Sole", "1995-06-01", &len), "ELI");
    assert_string_equal(actor_code(d, "Nadia Rusk", "2008-10-03", &len), "MNCXYZ");
    assert_string_equal(actor_code(d, "Nadia Rusk", "2008-10-04", &len), "XYZGOV");
    dyad_dict_free(d);
}

static void test_null_actor_code(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "LORD_OF_THE_VALE\n\t[--- <950630]\n\t[VAL]\n");
    int len;
    assert_string_equal(actor_code(d, "Lord of the Vale", "1995-01-01", &len), "---");
    assert_string_equal(actor_code(d, "Lord of the Vale", "1996-01-01", &len), "VAL");
    dyad_dict_free(d);
}

static void test_longest_match(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "NORTH [NTH]\n"
        "NORTH_ISLAND [NIS]\n"
        "NORTH_ISLAND_COAST_GUARD [NISCOP]\n");
    int32_t ids[64];
    int n = sentence(d, "troops of the north island coast said", ids), len;
    int a = dyad_actor_match(d, ids, n, 3, &len);
    assert_string_equal(d->actors[a].codes[0].code, "NIS");   /* the longer name wins */
    assert_int_equal(len, 2);
    n = sentence(d, "North Island Coast Guard", ids);
    a = dyad_actor_match(d, ids, n, 0, &len);
    assert_string_equal(d->actors[a].codes[0].code, "NISCOP");
    assert_int_equal(len, 4);
    a = dyad_actor_match(d, ids, n, 1, &len);
    assert_int_equal(a, -1);
    n = sentence(d, "north", ids);
    a = dyad_actor_match(d, ids, n, 0, &len);
    assert_string_equal(d->actors[a].codes[0].code, "NTH");
    assert_int_equal(dyad_actor_match(d, ids, n, 1, &len), -1);
    dyad_dict_free(d);
}

static void test_phrase_words(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS,
        "PEOPLE'S_LIBERATION_ARMY [CHNMIL]\n"
        "WORKERS'_PARTY [PRKGOV]\n"
        "DUBLIN,_OHIO [USA]\n"
        "U.S._ARMY [USAMIL]\n"
        "SAINT   PIERRE [SPM]\n"
        "\xc3\x89MILE_ZOLA [FRAELI]\n");
    int len;
    assert_string_equal(actor_code(d, "People 's Liberation Army", NULL, &len), "CHNMIL");
    assert_int_equal(len, 4);
    assert_string_equal(actor_code(d, "Workers ' Party", NULL, &len), "PRKGOV");
    assert_string_equal(actor_code(d, "Dublin , Ohio", NULL, &len), "USA");
    assert_string_equal(actor_code(d, "U.S. Army", NULL, &len), "USAMIL");
    assert_string_equal(actor_code(d, "Saint Pierre", NULL, &len), "SPM");
    assert_string_equal(actor_code(d, "\xc3\xa9mile Zola", NULL, &len), "FRAELI");
    assert_true(dyad_dict_word_id(d, "\xc3\x89MILE") >= 0);
    assert_string_equal(dyad_dict_word(d, dyad_dict_word_id(d, "ARMY")), "army");
    assert_int_equal(dyad_dict_word_id(d, "navy"), DYAD_NO_WORD);
    dyad_dict_free(d);
}

static void test_conflicting_actors(void **state) {
    (void)state;
    char *msgs;
    int n;
    dyad_dict *d = load_into(NULL, DYAD_DICT_ACTORS,
        "OSTLAND [OST]\n"
        "OSTLAND [OST]\n"           /* the same again: quiet */
        "EASTMARK [EMK]\n"
        "+OSTLAND\n"                /* other codes: reported; the later entry wins */
        "LONE_NAME\n"               /* no code at all */
        "NEXT_ONE [NXT]\n",
        &msgs, &n);
    assert_int_equal(n, 2);
    assert_string_equal(msgs,
        "t.txt:4:1: warning: actor name already given other codes by OSTLAND (t.txt:2); this "
        "entry replaces it\n"
        "t.txt:5:1: warning: actor LONE_NAME has no code; its names are not used\n");
    int len;
    assert_string_equal(actor_code(d, "Ostland", NULL, &len), "EMK");
    assert_null(actor_code(d, "lone name", NULL, &len));
    assert_string_equal(actor_code(d, "next one", NULL, &len), "NXT");
    free(msgs);
    dyad_dict_free(d);
}

static void test_dates(void **state) {
    (void)state;
    assert_int_equal(dyad_dict_day("1970-01-01"), 0);
    assert_int_equal(dyad_dict_day("19700102"), 1);
    assert_int_equal(dyad_dict_day("1969-12-31"), -1);
    assert_int_equal(dyad_dict_day("2000-03-01") - dyad_dict_day("2000-02-28"), 2);  /* leap */
    assert_int_equal(dyad_dict_day("1900-03-01") - dyad_dict_day("1900-02-28"), 1);
    assert_int_equal(dyad_dict_day("2024-02-30"), DYAD_NO_DAY);
    assert_int_equal(dyad_dict_day("2024-13-01"), DYAD_NO_DAY);
    assert_int_equal(dyad_dict_day("2024/01/01"), DYAD_NO_DAY);
    assert_int_equal(dyad_dict_day("24-01-01"), DYAD_NO_DAY);
    assert_int_equal(dyad_dict_day(""), DYAD_NO_DAY);
    assert_int_equal(dyad_dict_day(NULL), DYAD_NO_DAY);
}

/* ------------------------------------------------------------- agents */

static const dyad_agent *agent_of(const dyad_dict *d, const char *s, int *len) {
    int32_t ids[64];
    int n = sentence(d, s, ids);
    int a = dyad_agent_match(d, ids, n, 0, len);
    return a < 0 ? NULL : &d->agents[a];
}

static void test_agent_codes(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_AGENTS,
        "FOREIGN_MINISTER [~GOVFRM]  # a comment\n"
        "HUMAN_RIGHTS_BODY  [NGO~]\n"
        "COAST_GUARD [ ~COP]\n");
    int len;
    const dyad_agent *a = agent_of(d, "foreign minister", &len);
    assert_string_equal(a->code, "GOVFRM");
    assert_false(a->before);
    assert_int_equal(len, 2);
    a = agent_of(d, "human rights body", &len);
    assert_string_equal(a->code, "NGO");
    assert_true(a->before);
    assert_string_equal(agent_of(d, "coast guards", &len)->code, "COP");
    assert_string_equal(d->agents[0].name, "FOREIGN_MINISTER");
    dyad_dict_free(d);
}

/* dyad_dict_may_name: a name whose words all occur in order, with others between or not. */
static void test_may_name(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_ACTORS, "REPUBLIC_OF_ARNORIA [ARN]\n");
    char *msgs;
    int rc;
    load_into(d, DYAD_DICT_AGENTS, "COAST_GUARD [~COP]\n", &msgs, &rc);
    assert_int_equal(rc, 0);
    free(msgs);
    int32_t ids[64];
    int n = sentence(d, "the republic of arnoria said", ids);
    assert_true(dyad_dict_may_name(d, ids, n));
    n = sentence(d, "the republic , that is of Arnoria , said", ids);
    assert_true(dyad_dict_may_name(d, ids, n));
    n = sentence(d, "Arnoria of the republic said", ids);
    assert_false(dyad_dict_may_name(d, ids, n));
    n = sentence(d, "the republic of Gondor said", ids);
    assert_false(dyad_dict_may_name(d, ids, n));
    n = sentence(d, "a guard of the coast and a coast guard", ids);
    assert_true(dyad_dict_may_name(d, ids, n));
    n = sentence(d, "a guard of the coast", ids);
    assert_false(dyad_dict_may_name(d, ids, 0));
    assert_false(dyad_dict_may_name(d, ids, n));
    dyad_dict_free(d);
}

static void test_agent_plurals(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_AGENTS,
        "DEPUTY [~LEG]\n"
        "ENVOY [~GOV]\n"
        "WITNESS [~CVL]\n"
        "POLICE {} [~COP]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
        "TROOPS [~MIL]\n");
    int len;
    assert_non_null(agent_of(d, "deputies", &len));
    assert_non_null(agent_of(d, "envoys", &len));
    assert_non_null(agent_of(d, "witnesses", &len));
    assert_null(agent_of(d, "polices", &len));
    assert_non_null(agent_of(d, "police", &len));
    assert_string_equal(agent_of(d, "attorneys general", &len)->code, "JUD");
    assert_null(agent_of(d, "attorney generals", &len));
    assert_null(agent_of(d, "troopses", &len));
    assert_int_equal(d->n_agents, 6);
    assert_int_equal(d->n_agent_names, 10);
    dyad_dict_free(d);
}

static void test_agent_markers(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_AGENTS,
        "!PERSON! = MAN, MEN , WOMAN,WOMEN\n"
        "!DEPT! = MINISTER, MINISTRY\n"
        "CONGRESS!PERSON! [~LEG]\n"
        "!DEPT!_OF_FISHERIES [~GOVAGR]\n"
        "SPOKES!PERSON!_FOR_THE_!DEPT! [~GOV]\n");
    int len;
    assert_string_equal(agent_of(d, "congresswomen", &len)->code, "LEG");
    assert_non_null(agent_of(d, "congressman", &len));
    assert_null(agent_of(d, "congressmans", &len));   /* no plurals of substitutions */
    assert_string_equal(agent_of(d, "ministry of fisheries", &len)->code, "GOVAGR");
    assert_int_equal(len, 3);
    assert_non_null(agent_of(d, "spokesmen for the minister", &len));
    assert_int_equal(d->n_agents, 3);
    assert_int_equal(d->n_agent_names, 4 + 2 + 8);
    dyad_dict_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_actor_synonyms),
        cmocka_unit_test(test_may_name),
        cmocka_unit_test(test_actor_dated_codes),
        cmocka_unit_test(test_actor_first_restriction_wins),
        cmocka_unit_test(test_century_rule),
        cmocka_unit_test(test_several_codes_on_a_line),
        cmocka_unit_test(test_null_actor_code),
        cmocka_unit_test(test_longest_match),
        cmocka_unit_test(test_phrase_words),
        cmocka_unit_test(test_conflicting_actors),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_agent_codes),
        cmocka_unit_test(test_agent_plurals),
        cmocka_unit_test(test_agent_markers),
    };
    return cmocka_run_group_tests_name("dict actors", tests, NULL, NULL);
}
