/*
** petrxml_test.c - tests of the PETRARCH validation-file reader.
*/
#include "util/testing.h"
#include "dyad.h"
#include "util/util.h"
#include "document/petrxml.h"

static char tmp_path[64];

static const char *write_tmp(const char *text) {
    snprintf(tmp_path, sizeof tmp_path, "/tmp/dyad-petr-XXXXXX");
    int fd = mkstemp(tmp_path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return tmp_path;
}

/* Read path with warnings captured into *msgs (malloc'd; the caller frees it). */
static dyad_petr_file *read_capturing(const char *path, char **msgs) {
    size_t len = 0;
    FILE *mf = open_memstream(msgs, &len);
    dyad_warn_to(mf);
    dyad_petr_file *f = dyad_petr_read(path);
    dyad_warn_to(NULL);
    fclose(mf);
    return f;
}

static const dyad_petr_sentence *find(const dyad_petr_file *f, const char *id, int nth) {
    for (int i = 0; i < f->n_sentences; i++)
        if (f->sentences[i].id && strcmp(f->sentences[i].id, id) == 0 && nth-- == 0)
            return &f->sentences[i];
    return NULL;
}

static const char *fixture =
    "<Validation>\n"                                                        /* 1 */
    "# a header that is plain text, as in UniversalPetrarch's files\n"
    "<Environment>\n"
    "  <Verbfile>verbs.txt</Verbfile>\n"
    "  <Actorfile>a.txt, b.txt,c.txt</Actorfile>\n"                         /* 5 */
    "  <Include>valid  DEMO ACTOR</Include>\n"
    "  <Config option=\"require_dyad\" value=\"True\"></Config>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date = \"19950101\" id =\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n" /* 10 */
    "<!-- a comment -->\n"
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
    "<EventCoding sourcecode='\"NEW ACTOR\"' targetcode=\"GON\" eventcode=\"223\"/>\n"
    "<Text>\n  Arnor   will restore\n ties with\tGondor.  \n</Text>\n"
    "<Parse>\n\n(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB restore) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))) (. .)))\n</Parse>\n" /* 18-21 */
    "</Sentence>\n"
    "<Config option=\"require_dyad\" value=\"false\"/>\n"                   /* 23 */
    "<Config option=\"comma_max\" value=\"0\"/>\n"
    "<Sentence date=\"20080806\" id=\"GOLD-1\" category=\"GOLD\"/>\n"       /* 25 */
    "<EventCoding noevents=\"True\"/>\n"
    "<Text>Nothing happened.</Text>\n"
    "<Parse>\n1\tNothing\tnothing\tPRON\tNN\t_\t2\tnsubj\t_\t_\n</Parse></Sentence>\n"
    "<Sentence date=\"121108\" id=\"GOLD-1\" category=\"GOLD\">\n"          /* 31 */
    "<EventCoding error=\"dateline\"></EventCoding>\n"
    "<Text>CEBU CITY: -- x</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"20080806\" id=\"PATTERN-06\" category=\"PATTERN\">\n" /* 35 */
    "<Text>No expectation.</Text>\n"
    "</Sentence>\n"
    "</Sentences>\n"
    "</Validation>\n";

static void test_fixture(void **state) {
    (void)state;
    char *msgs = NULL;
    dyad_petr_file *f = read_capturing(write_tmp(fixture), &msgs);
    assert_non_null(f);
    assert_true(f->has_environment);
    assert_string_equal(f->env.verbfile, "verbs.txt");
    assert_int_equal(f->env.n_actorfiles, 3);
    assert_string_equal(f->env.actorfiles[1], "b.txt");
    assert_string_equal(f->env.actorfiles[2], "c.txt");
    assert_int_equal(f->env.n_include, 3);
    assert_string_equal(f->env.include[0], "valid");
    assert_string_equal(f->env.include[2], "ACTOR");
    assert_int_equal(f->env.n_exclude, 0);
    assert_null(f->env.agentfile);
    assert_int_equal(f->env.n_options, 1);
    assert_string_equal(f->env.options[0].value, "True");
    assert_int_equal(f->n_sentences, 4);

    const dyad_petr_sentence *s = &f->sentences[0];
    assert_string_equal(s->id, "DEMO-00");
    assert_string_equal(s->date, "1995-01-01");
    assert_string_equal(s->category, "DEMO");
    assert_null(s->source);
    assert_int_equal(s->line, 10);
    assert_int_equal(s->n_codings, 2);
    assert_string_equal(s->codings[0].source, "ARN");
    assert_string_equal(s->codings[0].target, "GON");
    assert_string_equal(s->codings[0].event, "064");
    assert_int_equal(s->codings[0].line, 12);
    assert_string_equal(s->codings[1].source, "\"NEW ACTOR\"");
    assert_string_equal(s->codings[1].event, "223");
    assert_false(s->noevents);
    assert_null(s->error);
    assert_string_equal(s->text, "Arnor will restore ties with Gondor.");
    assert_int_equal(s->parse_kind, DYAD_PETR_PARSE_PENN);
    assert_int_equal(s->parse_line, 20);
    assert_true(strncmp(s->parse, "(ROOT (S (NP", 12) == 0);
    assert_int_equal(s->parse[strlen(s->parse) - 1], ')');
    assert_string_equal(dyad_petr_option_value(s, "require_dyad"), "True");
    assert_null(dyad_petr_option_value(s, "comma_max"));

    /* The self-closed <Sentence/> followed by </Sentence> holds its record. */
    s = &f->sentences[1];
    assert_string_equal(s->id, "GOLD-1");
    assert_int_equal(s->line, 25);
    assert_true(s->noevents);
    assert_int_equal(s->n_codings, 0);
    assert_string_equal(s->text, "Nothing happened.");
    assert_int_equal(s->parse_kind, DYAD_PETR_PARSE_CONLLU);
    assert_string_equal(dyad_petr_option_value(s, "require_dyad"), "false");
    assert_string_equal(dyad_petr_option_value(s, "comma_max"), "0");
    assert_int_equal(s->n_options, 2);

    s = &f->sentences[2];
    assert_string_equal(s->date, "2012-11-08");     /* YYMMDD, as PETRARCH-2 read it */
    assert_string_equal(s->error, "dateline");
    assert_int_equal(s->parse_kind, DYAD_PETR_PARSE_NONE);
    assert_null(s->parse);
    assert_true(s->options == f->sentences[1].options); /* unchanged options are shared */

    s = find(f, "PATTERN-06", 0);
    assert_non_null(s);
    assert_int_equal(s->n_codings, 0);
    assert_false(s->noevents);
    assert_null(s->error);

    /* Every quirk is reported with its line. */
    assert_non_null(strstr(msgs, ":25: warning: 1 <Sentence .../> tags are closed again by </Sentence>"));
    assert_null(strstr(msgs, "is not YYYYMMDD"));
    assert_non_null(strstr(msgs, ":31: warning: sentence id GOLD-1 was used before, at line 25"));
    assert_non_null(strstr(msgs, ":35: warning: sentence PATTERN-06 has no <EventCoding>"));
    assert_null(strstr(msgs, "DEMO-00"));

    dyad_document *d = dyad_petr_document(f, &f->sentences[0]);
    assert_string_equal(d->id, "DEMO-00");
    assert_string_equal(d->date, "1995-01-01");
    assert_string_equal(d->text, "Arnor will restore ties with Gondor.");
    assert_int_equal(d->text_len, strlen(d->text));
    assert_string_equal(d->origin, tmp_path);
    assert_int_equal(d->origin_line, 10);
    dyad_document_free(d);
    dyad_petr_free(f);
    free(msgs);
    unlink(tmp_path);
}

/* Broken XML is reported with file and line, and what can be recovered is kept. */
static void test_bad_xml(void **state) {
    (void)state;
    char *msgs = NULL;
    const char *broken =
        "<Sentences>\n"
        "<Sentence date=\"20200101\" id=\"A\"><Text>fish & chips</Text></Sentence>\n"
        "<Sentence date=\"20200102\" id=\"B\"><Text>unclosed <b>tag</Text></Sentence>\n"
        "<Sentence date=\"20200103\" id=\"C\"><Text>last</Text>\n";
    dyad_petr_file *f = read_capturing(write_tmp(broken), &msgs);
    assert_non_null(f);
    char where[80];
    snprintf(where, sizeof where, "%s:2:", tmp_path);
    assert_non_null(strstr(msgs, where));
    snprintf(where, sizeof where, "%s:3:", tmp_path);
    assert_non_null(strstr(msgs, where));
    assert_non_null(find(f, "A", 0));
    assert_non_null(find(f, "C", 0));
    assert_string_equal(find(f, "C", 0)->text, "last");
    dyad_petr_free(f);
    free(msgs);
    unlink(tmp_path);

    /* Not XML at all, an empty file, a missing file: NULL with a reason, no crash. */
    const char *inputs[] = {"hello, world\n", "", "<<<>>>\n"};
    for (int i = 0; i < 3; i++) {
        f = read_capturing(write_tmp(inputs[i]), &msgs);
        assert_null(f);
        assert_non_null(strstr(msgs, tmp_path));
        free(msgs);
        unlink(tmp_path);
    }
    f = read_capturing("/nonexistent/records.xml", &msgs);
    assert_null(f);
    assert_non_null(strstr(msgs, "/nonexistent/records.xml: error: cannot read: No such file"));
    free(msgs);
    dyad_petr_free(NULL);
}

/* Event codes that are not in the CAMEO table are reported in one warning, and kept; they do
   not count as problems of the file, but bad XML does. */
static void test_unknown_codes(void **state) {
    (void)state;
    char *msgs = NULL;
    const char *xml =
        "<Validation><Sentences>\n"
        "<Sentence date=\"20200101\" id=\"A\">\n"
        "<EventCoding sourcecode=\"USA\" targetcode=\"DEU\" eventcode=\"04X\"/>\n"
        "<EventCoding sourcecode=\"USA\" targetcode=\"DEU\" eventcode=\"040\"/>\n"
        "<Text>The United States met Germany.</Text></Sentence>\n"
        "</Sentences></Validation>\n";
    dyad_petr_file *f = read_capturing(write_tmp(xml), &msgs);
    assert_non_null(f);
    char want[160];
    snprintf(want, sizeof want, "%s:3: warning: eventcode=\"04X\" is not a CAMEO event code; kept", tmp_path);
    if (!strstr(msgs, want)) fail_msg("got %s", msgs);
    assert_int_equal(f->problems, 0);
    assert_int_equal(f->sentences[0].n_codings, 2);
    dyad_petr_free(f);
    free(msgs);
    unlink(tmp_path);

    f = read_capturing(write_tmp("<Sentences><Sentence id=\"A\"><Text>x &bogus; y</Text></Sentence>"), &msgs);
    assert_non_null(f);
    assert_true(f->problems > 0);
    dyad_petr_free(f);
    free(msgs);
    unlink(tmp_path);
}

/* PETRARCH's unit-test records: the counts and quirks of shared/data/README.md. */
static void test_unit_records(void **state) {
    (void)state;
    const char *path = dyad_test_shared("petrarch2/PETR.UnitTest.records.xml");
    if (!path) skip();
    char *msgs = NULL;
    dyad_petr_file *f = read_capturing(path, &msgs);
    assert_non_null(f);
    assert_int_equal(f->n_sentences, 284);
    int codings = 0, noevents = 0, errors = 0, bare = 0;
    for (int i = 0; i < f->n_sentences; i++) {
        const dyad_petr_sentence *s = &f->sentences[i];
        codings += s->n_codings;
        noevents += s->noevents;
        errors += s->error != NULL;
        bare += !s->n_codings && !s->noevents && !s->error;
        assert_non_null(s->text);
        assert_non_null(s->date);
        assert_int_equal(s->parse_kind, DYAD_PETR_PARSE_PENN);
        for (int k = 0; k < s->n_codings; k++) assert_non_null(s->codings[k].event);
    }
    assert_int_equal(codings, 359);
    assert_int_equal(noevents, 19);
    assert_int_equal(errors, 7);
    assert_int_equal(bare, 1);
    const dyad_petr_sentence *p6 = find(f, "PATTERN-06", 0);
    assert_non_null(p6);
    assert_int_equal(p6->n_codings, 0);
    assert_non_null(find(f, "AGENTS-18", 1));
    assert_non_null(find(f, "AGENTS-19", 1));
    assert_null(find(f, "AGENTS-18", 2));
    assert_non_null(strstr(msgs, "sentence id AGENTS-18 was used before"));
    assert_non_null(strstr(msgs, "sentence id AGENTS-19 was used before"));
    assert_non_null(strstr(msgs, "sentence PATTERN-06 has no <EventCoding>"));

    assert_string_equal(f->env.verbfile, "PETR.Validate.verbs.txt");
    assert_string_equal(f->env.discardfile, "PETR.Validate.discards.txt");
    assert_int_equal(f->env.n_include, 12);
    assert_string_equal(dyad_petr_option_value(&f->sentences[0], "stop_on_error"), "True");

    const dyad_petr_sentence *s = find(f, "DEMO-00", 0);
    assert_string_equal(s->date, "1995-01-01");
    assert_string_equal(s->text, "Arnor is about to restore full diplomatic ties with Gondor almost "
                                 "five years after crowds trashed its embassy.");
    assert_string_equal(s->codings[0].event, "064");
    assert_string_equal(find(f, "DEMO-22", 0)->codings[1].source, "\"INJURY TOLL\"");
    assert_string_equal(dyad_petr_option_value(find(f, "DEMO-22", 0), "new_actor_length"), "4");
    assert_string_equal(find(f, "ERROR-02", 0)->error, "bad_input_parse");
    dyad_petr_free(f);
    free(msgs);
}

/* The gold development file is not well-formed and must still give all 39 records. */
static void test_gold_dev(void **state) {
    (void)state;
    const char *path = dyad_test_shared("gold/petr2_gsr_validation.dev.xml");
    if (!path) skip();
    char *msgs = NULL;
    dyad_petr_file *f = read_capturing(path, &msgs);
    assert_non_null(f);
    assert_int_equal(f->n_sentences, 39);
    int codings = 0, noevents = 0;
    for (int i = 0; i < f->n_sentences; i++) {
        codings += f->sentences[i].n_codings;
        noevents += f->sentences[i].noevents;
        assert_int_equal(f->sentences[i].parse_kind, DYAD_PETR_PARSE_CONLLU);
        assert_non_null(f->sentences[i].text);
    }
    /* 43 <EventCoding lines in the file, one of them inside the header text. */
    assert_int_equal(codings + noevents, 42);
    assert_int_equal(f->env.n_actorfiles, 3);
    assert_string_equal(f->env.actorfiles[2], "Phoenix.MilNonState.actors.txt");
    assert_string_equal(f->env.picofile, "PETR.Internal.Coding.Ontology.txt");
    const dyad_petr_sentence *s = find(f, "AFP0808020625_4", 0);
    assert_string_equal(s->codings[0].event, "042");
    assert_string_equal(s->codings[0].source, "USA");
    assert_string_equal(s->codings[0].target, "CHN");
    assert_string_equal(find(f, "AFP0808020905_1", 0)->date, "2012-11-08");  /* "121108", YYMMDD */
    assert_non_null(strstr(msgs, ":32: warning: 35 <Sentence .../> tags are closed again"));
    assert_null(strstr(msgs, "is not YYYYMMDD"));
    dyad_petr_free(f);
    free(msgs);
}

/* The GigaWord sample: every record's id, date and text as in news/gigaword_sample.tsv. */
static void test_gigaword(void **state) {
    (void)state;
    const char *path = dyad_test_shared("petrarch2/GigaWord.sample.PETR.xml");
    if (!path) skip();
    char *msgs = NULL;
    dyad_petr_file *f = read_capturing(path, &msgs);
    assert_non_null(f);
    assert_string_equal(msgs, "");
    assert_false(f->has_environment);
    assert_int_equal(f->n_sentences, 32);
    const char *tsv = dyad_test_shared("news/gigaword_sample.tsv");
    if (tsv) {
        size_t len;
        const char *err;
        char *text = dyad_read_file(tsv, &len, &err);
        assert_non_null(text);
        char *save = NULL;
        int i = 0;
        for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save), i++) {
            const dyad_petr_sentence *s = &f->sentences[i];
            char *date = strchr(line, '\t');
            assert_non_null(date);
            *date++ = 0;
            char *sentence = strchr(date, '\t');
            assert_non_null(sentence);
            *sentence++ = 0;
            assert_string_equal(s->id, line);
            assert_memory_equal(s->date, date, 4);
            assert_memory_equal(s->date + 5, date + 4, 2);
            assert_memory_equal(s->date + 8, date + 6, 2);
            assert_string_equal(s->text, sentence);
            assert_string_equal(s->source, "AFP");
            assert_int_equal(s->parse_kind, DYAD_PETR_PARSE_PENN);
        }
        assert_int_equal(i, 32);
        free(text);
    }
    dyad_petr_free(f);
    free(msgs);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixture),
        cmocka_unit_test(test_bad_xml),
        cmocka_unit_test(test_unknown_codes),
        cmocka_unit_test(test_unit_records),
        cmocka_unit_test(test_gold_dev),
        cmocka_unit_test(test_gigaword),
    };
    return cmocka_run_group_tests_name("petrxml", tests, NULL, NULL);
}
