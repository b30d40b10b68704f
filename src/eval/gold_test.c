/*
** gold_test.c - tests of the gold readers: dyad's gold JSON Lines, PLOVER records and
** PETRARCH validation XML, each on a good and a malformed fixture, and the shared gold files.
*/
#include "eval/eval_testing.h"

static const dyad_gold_sentence *find(const dyad_gold *g, const char *id) {
    int i = dyad_gold_find(g, id);
    return i >= 0 ? &g->sentences[i] : NULL;
}

static void assert_event(const dyad_gold_event *e, const char *source, const char *target, const char *code) {
    assert_string_equal(e->source, source);
    assert_string_equal(e->target, target);
    assert_string_equal(e->code, code);
}

static long events(const dyad_gold *g) {
    long n = 0;
    for (int i = 0; i < g->n_sentences; i++) n += g->sentences[i].n_events;
    return n;
}

/* Number of sentences that the gold says have no event. */
static int no_events(const dyad_gold *g) {
    int n = 0;
    for (int i = 0; i < g->n_sentences; i++) n += g->sentences[i].no_event;
    return n;
}

/* ------------------------------------------------------------ dyad gold */

/* Each bad line is reported with line and column and skipped; the others are read. */
static void test_jsonl_malformed(void **state) {
    (void)state;
    char *msgs;
    dyad_gold *g = gold_from(
        "{\"id\":\"ok1\",\"text\":\"Fine.\",\"events\":[]}\n"                                      /* 1 */
        "{\"id\":\"bad\",\"text\":\"Broken\" \"events\":[]}\n"                                      /* 2 */
        "{\"id\":\"nocode\",\"text\":\"x\",\"events\":[{\"source\":\"USA\"}]}\n"                    /* 3 */
        "{\"id\":\"notext\",\"events\":[]}\n"                                                       /* 4 */
        "{\"id\":\"evlist\",\"text\":\"x\",\"events\":{\"code\":\"042\"}}\n"                        /* 5 */
        "[1, 2]\n"                                                                                  /* 6 */
        "{\"id\":\"tail\",\"text\":\"x\",\"events\":[]} junk\n"                                     /* 7 */
        "{\"id\":\"utf\",\"text\":\"caf\xC3\",\"events\":[]}\n"                                     /* 8 */
        "{\"id\":\"what\",\"text\":\"x\"}\n"                                                        /* 9 */
        "{\"id\":[1],\"text\":\"x\",\"events\":[]}\n"                                               /* 10 */
        "{\"id\":\"actor\",\"text\":\"x\",\"events\":[{\"source\":7,\"code\":\"042\"}]}\n"          /* 11 */
        "{\"id\":\"date\",\"text\":\"Bad date kept.\",\"date\":\"soon\",\"events\":[]}\n"           /* 12 */
        "{\"id\":\"ok2\",\"text\":\"Fine too.\",\"events\":[{\"source\":\"USA\",\"target\":\"RUS\",\"code\":\"042\"}]}", /* 13 */
        ".jsonl", &msgs);
    assert_non_null(g);
    assert_int_equal(g->records, 13);
    assert_int_equal(g->skipped, 10);
    assert_int_equal(g->n_sentences, 3);
    assert_non_null(find(g, "ok1"));
    assert_non_null(find(g, "ok2"));
    assert_string_equal(find(g, "date")->date, "");
    const char *expect[] = {
        "gold:2:29: warning: malformed JSON; record skipped\n",
        "gold:3:27: warning: event 1 has no \"code\" string; record skipped\n",
        "gold:4:1: warning: no \"text\" field; record skipped\n",
        "gold:5:27: warning: field \"events\" is an object, not a list; record skipped\n",
        "gold:6:1: warning: a record must be a JSON object; record skipped\n",
        "gold:7:38: warning: text after the JSON record; record skipped\n",
        "gold:8:24: warning: invalid UTF-8; record skipped\n",
        "gold:9:1: warning: neither an \"events\" list (dyad gold) nor an \"event\" category (PLOVER); record skipped\n",
        "gold:10:2: warning: field \"id\" is a list, not a string; record skipped\n",
        "gold:11:37: warning: event field \"source\" is a number, not an actor code; record skipped\n",
        "gold:12:38: warning: field \"date\" is not a date (YYYY-MM-DD); left empty\n",
    };
    assert_all_in(msgs, expect, sizeof expect / sizeof *expect);
    free(msgs);
    dyad_gold_free(g);
}

static void test_jsonl_fields(void **state) {
    (void)state;
    dyad_gold *g = gold_clean(
        "{\"id\":\"a1\",\"text\":\"Arnor will restore ties with Gondor.\",\"date\":\"1995-01-01\","
        "\"events\":[{\"source\":\"ARN\",\"target\":\"GON\",\"code\":\"064\"}]}\n"
        "\n"
        "{\"id\":7,\"text\":\"Nothing.\",\"date\":20080806,\"events\":[]}\n"
        "{\"text\":\"No id.\",\"events\":[{\"source\":\"USA\",\"code\":\"010\"},{\"target\":null,\"code\":\"020\"}],"
        "\"note\":\"other fields are ignored\"}\n");
    const dyad_gold_sentence *s = find(g, "a1");
    assert_non_null(s);
    assert_string_equal(s->text, "Arnor will restore ties with Gondor.");
    assert_string_equal(s->date, "1995-01-01");
    assert_int_equal(s->line, 1);
    assert_false(s->no_event);
    assert_int_equal(s->n_events, 1);
    assert_event(&s->events[0], "ARN", "GON", "064");
    s = find(g, "7");
    assert_non_null(s);
    assert_string_equal(s->date, "2008-08-06");
    assert_true(s->no_event);
    assert_int_equal(s->n_events, 0);
    assert_int_equal(s->line, 3);
    /* no id: the one `dyad code` gives the record, file name and line */
    assert_int_equal(g->n_sentences, 3);
    s = &g->sentences[2];
    assert_non_null(strstr(s->id, "dyad-eval-"));
    assert_non_null(strstr(s->id, "-4"));
    assert_int_equal(s->n_events, 2);
    assert_event(&s->events[0], "USA", "", "010");
    assert_event(&s->events[1], "", "", "020");

    dyad_document *d = dyad_gold_document(g, find(g, "a1"));
    assert_string_equal(d->id, "a1");
    assert_string_equal(d->date, "1995-01-01");
    assert_string_equal(d->text, "Arnor will restore ties with Gondor.");
    assert_int_equal(d->text_len, strlen(d->text));
    assert_int_equal(d->origin_line, 1);
    assert_int_equal(d->n_sentences, 0);
    dyad_document_free(d);
    d = dyad_gold_document(g, &g->sentences[2]);
    assert_null(d->date);
    dyad_document_free(d);
    dyad_gold_free(g);
}

/* A repeated id gets "#2", reported (and a byte order mark is passed over). */
static void test_duplicate_ids(void **state) {
    (void)state;
    char *msgs;
    dyad_gold *g = gold_from("\xEF\xBB\xBF{\"id\":\"x\",\"text\":\"one\",\"events\":[]}\n"
                             "{\"id\":\"x#2\",\"text\":\"two\",\"events\":[]}\n"
                             "{\"id\":\"x\",\"text\":\"three\",\"events\":[]}\n"
                             "{\"id\":\"x\",\"text\":\"four\",\"events\":[]}\n",
                             ".jsonl", &msgs);
    assert_string_equal(msgs, "gold:3: warning: sentence id x was used before (line 1); scored as x#3\n"
                              "gold:4: warning: sentence id x was used before (line 1); scored as x#4\n");
    free(msgs);
    assert_string_equal(g->sentences[0].id, "x");
    assert_string_equal(g->sentences[1].id, "x#2");
    assert_string_equal(g->sentences[2].id, "x#3");
    assert_string_equal(g->sentences[3].id, "x#4");
    assert_string_equal(find(g, "x#4")->text, "four");
    assert_string_equal(find(g, "x")->text, "one");
    assert_null(find(g, "y"));
    dyad_gold_free(g);
}

static void test_not_gold(void **state) {
    (void)state;
    char *msgs;
    assert_null(gold_from("hello\n", ".txt", &msgs));
    assert_string_equal(msgs, "gold:1:1: warning: not a gold file: neither PETRARCH XML nor JSON records\n");
    free(msgs);
    assert_null(gold_from(" \n\n", ".txt", &msgs));
    assert_string_equal(msgs, "gold: warning: empty gold file\n");
    free(msgs);
    assert_null(gold_read_capturing("/nonexistent/gold.jsonl", &msgs));
    assert_non_null(strstr(msgs, "/nonexistent/gold.jsonl: error: cannot read"));
    free(msgs);
}

/* --------------------------------------------------------------- PLOVER */

static const char *plover_fixture =
    "[\n"                                                                                        /* 1 */
    " {\"id\": \"DOC-1\", \"event\": \"DOCUMENT\", \"eventText\": \"describes the file\"},\n"
    " {\n"                                                                                       /* 3 */
    "  \"id\": \"P-AGREE-1\", \"date\": \"2000-01-01\", \"event\": \"AGREE\",\n"
    "  \"source\": [{\"actorText\": \"Hungarian\", \"code\": \"HUN\", \"sector\": \"GOV\"},\n"
    "             {\"actorText\": \"Romanian\", \"code\": \"ROU\", \"sector\": \"GOV\"}],\n"
    "  \"text\": \"Hungarian and Romanian officials agreed.\",\n"
    "  \"textInfo\": {\"markup\": \"(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed).\"}\n"
    " },\n"
    " {\"id\": \"P-DEMAND-1\", \"event\": \"DEMAND\", \"text\": \"Rebels and exiles demanded that Ruritania yield.\",\n" /* 10 */
    "  \"source\": [{\"code\": \"RUR\", \"sector\": \"REB\"}, {\"code\": \"RUR\", \"sector\": \"***\"}],\n"
    "  \"target\": [{\"code\": \"RUR\", \"sector\": \"GOV\"}], \"textInfo\": \"(SRC: Rebels) ...\"},\n"
    " {\"id\": \"P-FIGHT-1\", \"event\": \"FIGHT\", \"text\": \"Somebody shelled the town.\", \"target\": [\n"
    "   {\"code\": \"SYR\", \"sector\": \"CVL\"}]},\n"
    " {\"id\": \"P-AGREE-2\", \"event\": \"AGREE\", \"text\": \"A and B agreed to share.\", \"target\": \"diplomatic\",\n" /* 15 */
    "  \"source\": [{\"code\": \"TUR\"}, {\"code\": \"GRC\"}]}\n"
    "]\n";

static void test_plover_good(void **state) {
    (void)state;
    char *msgs;
    dyad_gold *g = gold_from(plover_fixture, ".json", &msgs);
    assert_non_null(g);
    assert_string_equal(msgs, "gold:15:76: warning: field \"target\" is a string, not a list of actors; read as no "
                              "target\n");
    free(msgs);
    assert_int_equal(g->format, DYAD_GOLD_PLOVER);
    assert_int_equal(g->scheme, DYAD_EVAL_PLOVER);
    assert_int_equal(g->records, 5);
    assert_int_equal(g->skipped, 0);
    assert_int_equal(g->n_sentences, 4);
    assert_null(find(g, "DOC-1"));

    /* SRC/TAR actors and no target: each acts on the other */
    const dyad_gold_sentence *s = find(g, "P-AGREE-1");
    assert_int_equal(s->line, 3);
    assert_string_equal(s->date, "2000-01-01");
    assert_int_equal(s->n_events, 2);
    assert_event(&s->events[0], "HUNGOV", "ROUGOV", "AGREE");
    assert_event(&s->events[1], "ROUGOV", "HUNGOV", "AGREE");
    /* a compound source: one event per source; sector *** is no sector */
    s = find(g, "P-DEMAND-1");
    assert_int_equal(s->line, 10);
    assert_string_equal(s->date, "");
    assert_int_equal(s->n_events, 2);
    assert_event(&s->events[0], "RURREB", "RURGOV", "DEMAND");
    assert_event(&s->events[1], "RUR", "RURGOV", "DEMAND");
    s = find(g, "P-FIGHT-1");
    assert_int_equal(s->n_events, 1);
    assert_event(&s->events[0], "", "SYRCVL", "FIGHT");
    /* no SRC/TAR markup: sources without target */
    s = find(g, "P-AGREE-2");
    assert_int_equal(s->n_events, 2);
    assert_event(&s->events[0], "TUR", "", "AGREE");
    assert_event(&s->events[1], "GRC", "", "AGREE");
    dyad_gold_free(g);
}

static void test_plover_malformed(void **state) {
    (void)state;
    char *msgs;
    dyad_gold *g = gold_from(
        "[{\"id\": \"P-1\", \"event\": \"AGREE\", \"text\": \"x\", \"source\": [{\"actorText\": \"nobody\"}]},\n"
        " {\"id\": \"P-2\", \"event\": \"AGREE\", \"text\": \"x\" \"source\": []},\n"
        " {\"id\": \"P-3\", \"event\": \"WHATEVER\", \"text\": \"Kept.\"},\n"
        " {\"id\": \"P-4\", \"event\": \"PROTEST\"},\n"
        " {\"id\": \"P-5\", \"event\": \"PROTEST\", \"text\": \"Read.\", \"source\": [{\"code\": \"FRA\"}]}, },\n"
        " {\"id\": \"P-6\", \"event\": \"PROTEST\", \"text\": \"Cut",
        ".json", &msgs);
    assert_non_null(g);
    const char *expect[] = {
        "gold:1:47: warning: source actor 1 has no \"code\"; record skipped\n",
        "gold:2:46: warning: malformed JSON; record skipped\n",
        "gold:3:16: warning: \"WHATEVER\" is not a PLOVER category; kept, but no prediction can match it\n",
        "gold:4:2: warning: no \"text\" field; record skipped\n",
        "gold:5:83: warning: '}' where a record should start; skipped\n",
        "gold:6:45: warning: malformed JSON; record skipped\n",
    };
    assert_all_in(msgs, expect, sizeof expect / sizeof *expect);
    free(msgs);
    assert_int_equal(g->records, 7);
    assert_int_equal(g->skipped, 5);
    assert_int_equal(g->n_sentences, 2);
    assert_event(&find(g, "P-5")->events[0], "FRA", "", "PROTEST");
    assert_string_equal(find(g, "P-3")->events[0].code, "WHATEVER");
    dyad_gold_free(g);
}

/* -------------------------------------------------------------- PETRARCH */

static const char *petr_fixture =
    "<Validation>\n"                                                                 /* 1 */
    "<Sentences>\n"
    "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\">\n"
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"/>\n"
    "<EventCoding sourcecode='\"NEW ACTOR\"' targetcode=\"GON\" eventcode=\"174K\"/>\n"  /* 5 */
    "<Text>\n  Arnor   will restore ties with\tGondor. </Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20080806\" id=\"GOLD-1\"/>\n"                                    /* 9 */
    "<EventCoding noevents=\"True\"/>\n"
    "<Text>Nothing happened.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20080806\" id=\"GOLD-1\">\n"                                     /* 13 */
    "<EventCoding error=\"dateline\"/>\n"
    "<Text>CEBU CITY: -- x</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20080806\" id=\"PATTERN-06\">\n"                                 /* 17 */
    "<Text>No expectation.</Text>\n"
    "</Sentence>\n"
    "</Sentences>\n"
    "</Validation>\n";

static void test_petr_good(void **state) {
    (void)state;
    char *msgs;
    dyad_gold *g = gold_from(petr_fixture, ".xml", &msgs);
    assert_non_null(g);
    assert_non_null(strstr(msgs, "gold:13: warning: sentence id GOLD-1 was used before (line 9); scored as GOLD-1#2\n"));
    free(msgs);
    assert_int_equal(g->format, DYAD_GOLD_PETRXML);
    assert_int_equal(g->scheme, DYAD_EVAL_CAMEO);
    assert_int_equal(g->n_sentences, 4);
    const dyad_gold_sentence *s = find(g, "DEMO-00");
    assert_string_equal(s->text, "Arnor will restore ties with Gondor.");
    assert_string_equal(s->date, "1995-01-01");
    assert_int_equal(s->line, 3);
    assert_int_equal(s->n_events, 2);
    assert_event(&s->events[0], "ARN", "GON", "064");
    assert_event(&s->events[1], "\"NEW ACTOR\"", "GON", "174K");
    assert_true(find(g, "GOLD-1")->no_event);
    assert_true(find(g, "GOLD-1#2")->no_event); /* an error record expects no event */
    assert_string_equal(find(g, "GOLD-1#2")->text, "CEBU CITY: -- x");
    assert_false(find(g, "PATTERN-06")->no_event);
    assert_int_equal(find(g, "PATTERN-06")->n_events, 0);
    dyad_gold_free(g);
}

static void test_petr_malformed(void **state) {
    (void)state;
    char *msgs;
    dyad_gold *g = gold_from("<Validation><Sentences>\n"
                             "<Sentence id=\"A\" date=\"20000101\">\n"
                             "<EventCoding sourcecode=\"X\" targetcode=\"Y\"/>\n"          /* 3 */
                             "<EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"042\"/>\n"
                             "<Text>Some text.</Text></Sentence>\n"
                             "<Sentence id=\"B\"><EventCoding noevents=\"True\"/></Sentence>\n" /* 6 */
                             "<Sentence date=\"20000101\"><Text>no id</Text></Sentence>\n"     /* 7 */
                             "<Sentence id=\"C\"><Text>unclosed <b>tag</Text>\n",
                             ".xml", &msgs);
    assert_non_null(g);
    const char *expect[] = {
        "gold:3: warning: <EventCoding> lacks eventcode; kept with that part empty\n",
        "gold:3: warning: sentence A: <EventCoding> without eventcode is not scored\n",
        "gold:6: warning: sentence B has no <Text>; record skipped\n",
        "gold:7: warning: sentence ? has no id; record skipped\n",
    };
    assert_all_in(msgs, expect, sizeof expect / sizeof *expect);
    free(msgs);
    assert_int_equal(g->skipped, 2);
    assert_int_equal(find(g, "A")->n_events, 1);
    assert_event(&find(g, "A")->events[0], "X", "Y", "042");
    assert_null(find(g, "B"));
    dyad_gold_free(g);

    assert_null(gold_from("<", ".xml", &msgs));
    assert_non_null(strstr(msgs, "no XML document found"));
    free(msgs);
}

/* ------------------------------------------------------ shared gold files */

static void test_shared_plover(void **state) {
    (void)state;
    const char *path = dyad_test_shared("gold/plover_gsr_cameo.dev.json");
    if (!path) skip();
    char *msgs;
    dyad_gold *g = gold_read_capturing(path, &msgs);
    assert_non_null(g);
    /* the one "target": "diplomatic" (a context in the target's place) */
    assert_non_null(strstr(msgs, "field \"target\" is a string, not a list of actors; read as no target"));
    free(msgs);
    assert_int_equal(g->records, 162);
    assert_int_equal(g->skipped, 0);
    assert_int_equal(g->n_sentences, 161); /* without the DOCUMENT record */
    assert_int_equal(g->format, DYAD_GOLD_PLOVER);
    assert_int_equal(g->scheme, DYAD_EVAL_PLOVER);
    for (int i = 0; i < g->n_sentences; i++) {
        assert_true(g->sentences[i].n_events >= 1);
        assert_string_equal(g->sentences[i].date, "2000-01-01");
    }
    const dyad_gold_sentence *s = find(g, "PLOVER-GSR01-AGREE-0001");
    assert_non_null(s);
    assert_int_equal(s->n_events, 2);
    assert_event(&s->events[0], "HUNGOV", "ROUGOV", "AGREE");
    assert_event(&s->events[1], "ROUGOV", "HUNGOV", "AGREE");
    /* textInfo is a plain string in this record */
    s = find(g, "PLOVER-GSR01-INVESTIGATE-0002");
    assert_non_null(s);
    assert_string_equal(s->events[0].code, "INVESTIGATE");
    dyad_gold_free(g);
}

static void test_shared_petr2_gsr(void **state) {
    (void)state;
    const char *path = dyad_test_shared("gold/petr2_gsr_validation.dev.xml");
    if (!path) skip();
    char *msgs;
    dyad_gold *g = gold_read_capturing(path, &msgs);
    free(msgs);
    assert_non_null(g);
    assert_int_equal(g->n_sentences, 39);
    assert_int_equal(g->skipped, 0);
    /* 42 <EventCoding> elements: 37 events and 5 noevents */
    assert_int_equal(events(g), 37);
    assert_int_equal(no_events(g), 5);
    const dyad_gold_sentence *s = find(g, "AFP0808020625_4");
    assert_non_null(s);
    assert_event(&s->events[0], "USA", "CHN", "042");
    assert_string_equal(s->date, "2008-08-04");
    assert_string_equal(find(g, "AFP0808020905_1")->date, "2012-11-08");   /* "121108": YYMMDD */
    dyad_gold_free(g);
}

static void test_shared_unit_records(void **state) {
    (void)state;
    const char *path = dyad_test_shared("petrarch2/PETR.UnitTest.records.xml");
    if (!path) skip();
    char *msgs;
    dyad_gold *g = gold_read_capturing(path, &msgs);
    assert_non_null(g);
    assert_non_null(strstr(msgs, "sentence id AGENTS-18 was used before"));
    free(msgs);
    assert_int_equal(g->n_sentences, 284);
    assert_int_equal(g->skipped, 0);
    assert_int_equal(events(g), 359);
    assert_int_equal(no_events(g), 19 + 7); /* noevents, and error records */
    assert_non_null(find(g, "AGENTS-18#2"));
    assert_non_null(find(g, "AGENTS-19#2"));
    assert_string_equal(find(g, "DEMO-00")->events[0].code, "064");
    dyad_gold_free(g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_malformed),
        cmocka_unit_test(test_jsonl_fields),
        cmocka_unit_test(test_duplicate_ids),
        cmocka_unit_test(test_not_gold),
        cmocka_unit_test(test_plover_good),
        cmocka_unit_test(test_plover_malformed),
        cmocka_unit_test(test_petr_good),
        cmocka_unit_test(test_petr_malformed),
        cmocka_unit_test(test_shared_plover),
        cmocka_unit_test(test_shared_petr2_gsr),
        cmocka_unit_test(test_shared_unit_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
