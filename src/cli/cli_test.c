/*
** cli_test.c - tests of the dyad command as a user runs it: exit codes, help, and the
** subcommands end to end on small inputs.  The command is found beside the test program
** (BUILD/tests/cli/cli_test -> BUILD/dyad).
*/
#include "util/testing.h"
#include "cli/cli_check.h"

static void test_version_and_help(void **state) {
    (void)state;
    run_result r = run("--version", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "dyad "));
    run_free(&r);
    r = run("--help", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "parse"));
    assert_non_null(strstr(r.out, "exit status"));
    run_free(&r);
    r = run("frobnicate", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "unknown command 'frobnicate'"));
    run_free(&r);
    r = run("", NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    expect_run("parse --help", NULL, 0, false, "--eval-raw");
    expect_run("help parse", NULL, 0, false, "--eval-raw"); /* the same */
    expect_run("code --date 2022-02-30", "Macron met Putin.", 2, true, "'2022-02-30' is not a day of the calendar");
}

/* Plain text from standard input to CoNLL-U with a date and an id. */
static void test_parse_stdin(void **state) {
    (void)state;
    run_result r = run("parse --id wire-1 --date 2022-02-08",
                       "Russia has denied it has any plans to attack Ukraine.\n\nMacron met Putin.\n");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "# newdoc id = wire-1\n"));
    assert_non_null(strstr(r.out, "# text = Russia has denied it has any plans to attack Ukraine.\n"));
    assert_non_null(strstr(r.out, "# text = Macron met Putin.\n"));
    assert_non_null(strstr(r.out, "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\tTokenRange=0:6\n"));
    assert_non_null(strstr(r.out, "\tdenied\tdeny\tVERB\tVBN\t_\t0\troot\t"));
    assert_non_null(strstr(r.out, "\tmet\tmeet\tVERB\tVBD\t"));
    assert_string_equal(r.err, "");
    run_free(&r);
}

/* Bad input: broken UTF-8 is replaced by U+FFFD and reported with its line and column, both
   files are parsed, and the exit status says something was wrong with the input. */
static void test_parse_bad_input(void **state) {
    (void)state;
    char good[256], bad[256];
    snprintf(good, sizeof good, "%s", write_tmp("dyad-cli-good.txt", "Kyiv said no.\n", 14));
    snprintf(bad, sizeof bad, "%s", write_tmp("dyad-cli-bad.txt", "Fine.\nBad \xff byte.\n", 17));
    char args[1024];
    snprintf(args, sizeof args, "parse %s %s", bad, good);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "dyad-cli-bad.txt:2:5: warning: invalid UTF-8 (byte 0xFF); 1 bad sequence "
                                  "replaced by U+FFFD in the text document"));
    assert_non_null(strstr(r.out, "# text = Kyiv said no.\n"));
    assert_non_null(strstr(r.out, "Fine."));
    assert_non_null(strstr(r.out, "\xEF\xBF\xBD"));
    run_free(&r);
    unlink(good);
    unlink(bad);

    expect_run("parse /nonexistent/file.txt", NULL, 3, true, "/nonexistent/file.txt");
    expect_run("parse --date 8-2-2022", "x", 2, true, "--date wants YYYY-MM-DD");
    expect_run("parse --input pdf", "x", 2, true, "");
    expect_run("parse --model /nonexistent.model", "x", 3, true, "cannot load the model");
}

/* JSON Lines: a malformed line is skipped with a message, the others are parsed. */
static void test_parse_jsonl(void **state) {
    (void)state;
    const char *in = "{\"id\": \"a\", \"date\": \"2022-02-08\", \"text\": \"NATO rejected the demands.\"}\n"
                     "{\"id\": \"b\", \"text\": \n"
                     "{\"id\": \"c\", \"text\": \"Scholz warned Russia.\"}\n";
    const char *path = write_tmp("dyad-cli.jsonl", in, strlen(in));
    char args[512];
    snprintf(args, sizeof args, "parse %s", path);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.out, "# newdoc id = a\n"));
    assert_non_null(strstr(r.out, "# newdoc id = c\n"));
    assert_non_null(strstr(r.err, "dyad-cli.jsonl:2:"));
    run_free(&r);
    unlink(path);
}

/* A verb and an actor dictionary for the coding commands; their paths go into v and a. */
static void coding_dicts(char *v, char *a, size_t n) {
    const char *verbs = "--- CRITICIZE [121] ---\nCRITICIZE\n- HEAVILY_* [122]\n";
    const char *actors = "ARNOR [ARN]\nGONDOR [GON]\n";
    snprintf(v, n, "%s", write_tmp("dyad-cli-verbs.txt", verbs, strlen(verbs)));
    snprintf(a, n, "%s", write_tmp("dyad-cli-actors.txt", actors, strlen(actors)));
}

/* dyad code takes any number of files (all the articles of a folder); it stopped at 256. */
static void test_code_many_files(void **state) {
    (void)state;
    char path[256], args[6144];
    snprintf(path, sizeof path, "%s", write_tmp("dm.txt", "Russia criticized Ukraine.", 26));
    int n = snprintf(args, sizeof args, "code --format tsv");
    for (int k = 0; k < 300; k++) n += snprintf(args + n, sizeof args - (size_t)n, " %s", path);
    assert_true(n < (int)sizeof args);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 0);
    int lines = 0;
    for (const char *c = r.out; *c; c++) lines += *c == '\n';
    assert_int_equal(lines, 1 + 300); /* the header, then one event per file */
    run_free(&r);
    unlink(path);
}

/* Files in two folders with one name give their documents one id: reported, exit 1. */
static void test_same_name_files(void **state) {
    (void)state;
    assert_int_equal(system("mkdir -p /tmp/dyad-cli-a /tmp/dyad-cli-b"), 0);
    FILE *f = fopen("/tmp/dyad-cli-a/story.txt", "w");
    fputs("Russia criticized Ukraine.", f);
    fclose(f);
    f = fopen("/tmp/dyad-cli-b/story.txt", "w");
    fputs("China praised Pakistan.", f);
    fclose(f);
    expect_run("code /tmp/dyad-cli-a/story.txt /tmp/dyad-cli-b/story.txt", NULL, 1, true,
               "/tmp/dyad-cli-b/story.txt: warning: document id \"story\" was already used by the document of "
               "/tmp/dyad-cli-a/story.txt");
    expect_run("parse /tmp/dyad-cli-a/story.txt /tmp/dyad-cli-b/story.txt", NULL, 1, true, "was already used");
    expect_run("code /tmp/dyad-cli-a/story.txt /tmp/dyad-cli-a//story.txt", NULL, 0, false, "RUS");
    unlink("/tmp/dyad-cli-a/story.txt");
    unlink("/tmp/dyad-cli-b/story.txt");
    rmdir("/tmp/dyad-cli-a");
    rmdir("/tmp/dyad-cli-b");
}

/* dyad code: text from standard input and parsed CoNLL-U, JSON Lines and TSV, exit codes. */
static void test_code(void **state) {
    (void)state;
    char v[256], a[256], args[1024];
    coding_dicts(v, a, sizeof v);
    snprintf(args, sizeof args, "code --verbs %s --actors %s --date 2022-02-08", v, a);
    run_result r = run(args, "Arnor criticized Gondor on Monday.\n");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"event_code\":\"121\""));
    assert_non_null(strstr(r.out, "\"event_date\":\"2022-02-07\""));
    assert_non_null(strstr(r.out, "\"code\":\"ARN\""));
    run_free(&r);
    const char *conllu = "1\tArnor\t_\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                         "2\theavily\t_\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
                         "3\tcriticized\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                         "4\tGondor\t_\tPROPN\tNNP\t_\t3\tobj\t_\t_\n\n";
    char c[256];
    snprintf(c, sizeof c, "%s", write_tmp("dyad-cli.conllu", conllu, strlen(conllu)));
    snprintf(args, sizeof args, "code --verbs %s --actors %s --format tsv %s", v, a, c);
    r = run(args, NULL);
    assert_int_equal(r.status, 0);
    assert_true(strncmp(r.out, "doc_id\tsentence\t", strlen("doc_id\tsentence\t")) == 0);
    assert_non_null(strstr(r.out, "\tARN\tARN\t\tArnor\t122\t"));
    run_free(&r);
    /* no dictionary named: dyad's own */
    r = run("code --date 2022-02-08", "Russia criticized Ukraine on Monday.");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"event_date\":\"2022-02-07\""));
    assert_non_null(strstr(r.out, "\"code\":\"RUS\""));
    assert_non_null(strstr(r.out, "\"code\":\"UKR\""));
    assert_null(strstr(r.err, "problem"));
    run_free(&r);
    snprintf(args, sizeof args, "code --verbs %s --format xml", v);
    r = run(args, "x");
    assert_int_equal(r.status, 2);
    run_free(&r);
    snprintf(args, sizeof args, "code --verbs /nonexistent/verbs.txt");
    r = run(args, "x");
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "/nonexistent/verbs.txt"));
    run_free(&r);
    unlink(c);
    unlink(v);
    unlink(a);
}

/* dyad code on a news feed with no telling name, as `curl .../feed.xml | dyad code` gives it:
   one document per item, dated by its pubDate; an item without text is reported (exit 1). */
static void test_code_feed(void **state) {
    (void)state;
    const char *rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<rss version=\"2.0\"><channel><title>World News</title>\n"
                      "<item><title>Berlin condemns Moscow</title><guid>a1</guid>\n"
                      "<pubDate>Thu, 24 Feb 2022 23:30:00 GMT</pubDate>\n"
                      "<description><![CDATA[<p>Germany condemned Russia on Monday.</p>]]></description></item>\n"
                      "</channel></rss>\n";
    run_result r = run("code --format tsv", rss);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "a1\t0\t2022-02-21\t2022-02-24\tDEU\t"));
    assert_non_null(strstr(r.out, "\t111\t"));
    assert_non_null(strstr(r.out, "\tRUS\tRUS\t\tRussia\t"));
    assert_null(strstr(r.out, "CDATA"));
    assert_string_equal(r.err, "");
    run_free(&r);
    const char *path = write_tmp("dyad-cli-feed", rss, strlen(rss)); /* a file without extension */
    char args[512];
    snprintf(args, sizeof args, "code %s", path);
    r = run(args, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"publisher\":\"World News\""));
    assert_non_null(strstr(r.out, "\"title\":\"Berlin condemns Moscow\""));
    run_free(&r);
    unlink(path);
    expect_run("code", "<rss><channel><item><title>No text</title></item></channel></rss>", 1, true,
               "-:1: warning: item 1 has no text");
    expect_run("code", "<?xml version=\"1.0\"?><foo/>", 1, true,
               "-: warning: not a news format dyad reads: XML root <foo>; file skipped");
}

/* Which dictionaries: a file option replaces dyad's own files of its kind only; --dict-dir
   takes a copy of dyad's own dictionaries/ as well as PETRARCH-2's set. */
static void test_dict_choice(void **state) {
    (void)state;
    char v[256], a[256], args[1024];
    coding_dicts(v, a, sizeof v);
    /* --actors alone: Arnor and Gondor from the file, the verb from dyad's own verbs.txt */
    snprintf(args, sizeof args, "code --actors %s --format tsv", a);
    run_result r = run(args, "Arnor criticized Gondor.\n");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\tARN\tARN\t\tArnor\t111\t"));
    run_free(&r);
    /* a folder laid out like dictionaries/ */
    char dir[] = "/tmp/dyad-cli-dict-XXXXXX", path[512];
    assert_non_null(mkdtemp(dir));
    const char *verbs = "--- CRITICIZE [121] ---\nCRITICIZE\n";
    const char *actors = "ARNOR [ARN]\nGONDOR [GON]\n";
    snprintf(path, sizeof path, "%s/verbs.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(verbs, f);
    fclose(f);
    snprintf(path, sizeof path, "%s/middle-earth.actors.txt", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(actors, f);
    fclose(f);
    snprintf(args, sizeof args, "code --dict-dir %s --format tsv", dir);
    r = run(args, "Arnor criticized Gondor.\n");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\tARN\tARN\t\tArnor\t121\t"));
    run_free(&r);
    /* neither layout: the missing file is named */
    snprintf(path, sizeof path, "%s/verbs.txt", dir);
    unlink(path);
    r = run(args, "Arnor criticized Gondor.\n");
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "CAMEO.2.0.txt"));
    run_free(&r);
    snprintf(path, sizeof path, "%s/middle-earth.actors.txt", dir);
    unlink(path);
    rmdir(dir);
    unlink(v);
    unlink(a);
}

/* dyad parse then dyad code: the document's date, title and dateline travel in the CoNLL-U,
   and the spans of the events count characters of the original text (TokenRange). */
static void test_parse_then_code(void **state) {
    (void)state;
    const char *text = "Talks in Kyiv\n\nKYIV (Reuters) - Russia criticized Ukraine on Monday.\n";
    char path[256], args[1024];
    snprintf(path, sizeof path, "%s", write_tmp("dyad-cli-p.txt", text, strlen(text)));
    snprintf(args, sizeof args, "parse --date 2022-02-08 %s", path);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "# date = 2022-02-08\n"));
    assert_non_null(strstr(r.out, "# title = Talks in Kyiv\n"));
    assert_non_null(strstr(r.out, "# dateline = KYIV (Reuters)\n"));
    char conllu[256];
    snprintf(conllu, sizeof conllu, "%s", write_tmp("dyad-cli-p.conllu", r.out, strlen(r.out)));
    run_free(&r);
    snprintf(args, sizeof args, "code %s", conllu);
    r = run(args, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"event_date\":\"2022-02-07\""));
    assert_non_null(strstr(r.out, "\"dateline\":\"KYIV (Reuters)\""));
    /* "Russia" is at characters 32..38 of the original text */
    assert_non_null(strstr(r.out, "\"text\":\"Russia\",\"code\":\"RUS\""));
    assert_non_null(strstr(r.out, "\"span\":[32,38]"));
    run_free(&r);
    /* the same CoNLL-U on standard input, not named: a hint to say what it is */
    const char *in = "# sent_id = 1\n1\tRussia\tRussia\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n";
    r = run("code", in);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "-:1:1: warning: this looks like CoNLL-U"));
    run_free(&r);
    unlink(path);
    unlink(conllu);
}

/* dyad explain: the words, the parse, the noun phrases, the patterns tried, the events. */
static void test_explain(void **state) {
    (void)state;
    char v[256], a[256], args[1024];
    coding_dicts(v, a, sizeof v);
    snprintf(args, sizeof args, "explain \"Arnor heavily criticized Gondor.\" --verbs %s --actors %s", v, a);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "criticized VERB (root)"));
    assert_non_null(strstr(r.out, "\"Arnor\" (nsubj) -> ARN [ARNOR"));
    assert_non_null(strstr(r.out, "\"- HEAVILY_* [122]\": matches"));
    assert_non_null(strstr(r.out, "ARN -> GON  122"));
    run_free(&r);
    r = run("explain", NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    /* with a model file, which is mapped: it stays loaded until the events are printed (it was
       unmapped first and the coder read freed memory) */
    r = run("explain \"Iran attacked Israel on Monday.\" --model models/en-ud.model", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "IRN -> ISR  190"));
    run_free(&r);
    /* parsed with a beam; --beam with a parse of the caller's own, or out of range, is refused */
    r = run("explain \"Iran attacked Israel on Monday.\" --beam 8", NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "attacked VERB (root)"));
    assert_non_null(strstr(r.out, "IRN -> ISR  190"));
    run_free(&r);
    expect_run("explain --beam 8 --penn \"(ROOT (S (NP (NNP Iran)) (VP (VBD attacked) (NP (NNP Israel)))))\"", NULL, 2,
               true, "--beam parses a sentence");
    r = run("explain \"Iran attacked Israel.\" --beam 65", NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);
    unlink(v);
    unlink(a);
}

/* --beam and --beam-runs where they cannot apply are refused, not ignored. */
static void test_beam_options(void **state) {
    (void)state;
    run_result r = run("code --input conllu --beam 8 src/nlp/testdata/tiny.conllu", NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "--input conllu brings its own parse"));
    run_free(&r);
    const char *bad[] = {"--beam-runs 3", "--beam 4 --beam-runs 0", "--beam 4 --beam-runs 9", "--beam +4"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char args[256];
        snprintf(args, sizeof args, "train -q %s -o /tmp/dyad-cli-never.model src/nlp/testdata/tiny.conllu", bad[i]);
        r = run(args, NULL);
        assert_int_equal(r.status, 2);
        run_free(&r);
    }
    assert_int_equal(access("/tmp/dyad-cli-never.model", F_OK), -1);
}

/* An empty --id is refused (it made a null doc_id and "# sent_id = -1"). */
static void test_empty_id(void **state) {
    (void)state;
    const char *cmds[] = {"code --id '' examples/article.txt", "parse --id= examples/article.txt"};
    for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++) {
        run_result r = run(cmds[i], NULL);
        assert_int_equal(r.status, 2);
        assert_non_null(strstr(r.err, "--id is empty"));
        assert_string_equal(r.out, "");
        run_free(&r);
    }
}

/* dyad validate: a small validation file naming its dictionaries, from its trees and its text. */
static void test_validate(void **state) {
    (void)state;
    char v[256], a[256], args[1024];
    coding_dicts(v, a, sizeof v);
    const char *xml =
        "<Validation><Environment><Verbfile>dyad-cli-verbs.txt</Verbfile>"
        "<Actorfile>dyad-cli-actors.txt</Actorfile></Environment><Sentences>\n"
        "<Sentence date=\"20220208\" id=\"T-1\" category=\"DEMO\">\n"
        "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"121\"/>\n"
        "<Text>Arnor criticized Gondor.</Text>\n"
        "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD criticized) (NP (NNP Gondor))) (. .)))</Parse>\n"
        "</Sentence>\n"
        "<Sentence date=\"20220208\" id=\"T-2\" category=\"DEMO\">\n"
        "<EventCoding sourcecode=\"GON\" targetcode=\"ARN\" eventcode=\"121\"/>\n"
        "<Text>Arnor criticized Gondor.</Text>\n"
        "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD criticized) (NP (NNP Gondor))) (. .)))</Parse>\n"
        "</Sentence></Sentences></Validation>\n";
    char x[256];
    snprintf(x, sizeof x, "%s", write_tmp("dyad-cli-validate.xml", xml, strlen(xml)));
    for (int text = 0; text < 2; text++) {
        snprintf(args, sizeof args, "validate %s%s", x, text ? "" : " --use-parse");
        run_result r = run(args, NULL);
        assert_int_equal(r.status, 0);
        assert_non_null(strstr(r.out, "FAIL T-2"));
        assert_null(strstr(r.out, "FAIL T-1"));
        assert_non_null(strstr(r.out, "expected  GON ARN 121"));
        assert_non_null(strstr(r.out, "produced  ARN GON 121"));
        assert_non_null(strstr(r.out, "total               2        1  (50.0%)"));
        run_free(&r);
    }
    /* a bad dictionary line: counted in one message, shown with --dict-warnings */
    const char *bad_actors = "ARNOR [ARN]\nGONDOR [GON]\nBREE [[BRE]\n";
    write_tmp("dyad-cli-actors.txt", bad_actors, strlen(bad_actors));
    snprintf(args, sizeof args, "validate %s --use-parse", x);
    run_result r = run(args, NULL);
    assert_non_null(strstr(r.err, "dyad validate: 2 problems in the dictionaries were skipped"));
    assert_null(strstr(r.err, "dyad-cli-actors.txt:3"));
    run_free(&r);
    snprintf(args, sizeof args, "validate %s --use-parse --dict-warnings", x);
    r = run(args, NULL);
    assert_non_null(strstr(r.err, "dyad-cli-actors.txt:3:7: warning:"));
    assert_null(strstr(r.err, "problem in the dictionaries"));
    run_free(&r);
    /* codings that lack parts: each missing part named in the warning, shown as --- */
    const char *partial =
        "<Validation><Environment><Verbfile>dyad-cli-verbs.txt</Verbfile>"
        "<Actorfile>dyad-cli-actors.txt</Actorfile></Environment><Sentences>\n"
        "<Sentence date=\"20220208\" id=\"T-3\"><EventCoding sourcecode=\"ARN\" eventcode=\"121\"/>\n"
        "<Text>Arnor criticized Gondor.</Text></Sentence>\n"
        "<Sentence date=\"20220208\" id=\"T-4\"><EventCoding targetcode=\"GON\"/>\n"
        "<Text>Arnor criticized Gondor.</Text></Sentence></Sentences></Validation>\n";
    write_tmp("dyad-cli-validate.xml", partial, strlen(partial));
    snprintf(args, sizeof args, "validate %s", x);
    r = run(args, NULL);
    assert_non_null(strstr(r.err, ":2: warning: <EventCoding> lacks targetcode; kept with that part empty"));
    assert_non_null(strstr(r.err, ":4: warning: <EventCoding> lacks sourcecode and eventcode; kept with those "
                                  "parts empty"));
    assert_non_null(strstr(r.out, "expected  ARN --- 121"));
    assert_non_null(strstr(r.out, "expected  --- GON ---"));
    assert_null(strstr(r.out, "(null)"));
    run_free(&r);
    r = run("validate /nonexistent.xml", NULL);
    assert_int_equal(r.status, 3);
    run_free(&r);
    unlink(x);
    unlink(v);
    unlink(a);
}

/* dyad eval without --pred: the gold sentences coded by dyad itself, with the dictionary
   options of `dyad code`; PETRARCH XML gold with the dictionaries its <Environment> names. */
static void test_eval(void **state) {
    (void)state;
    char v[256], a[256], args[1024];
    coding_dicts(v, a, sizeof v);
    const char *gold = "{\"id\": \"a\", \"text\": \"Arnor criticized Gondor.\", \"events\": "
                       "[{\"source\": \"ARN\", \"target\": \"GON\", \"code\": \"121\"}]}\n"
                       "{\"id\": \"b\", \"text\": \"Gondor criticized Arnor.\", \"events\": "
                       "[{\"source\": \"ARN\", \"target\": \"GON\", \"code\": \"121\"}]}\n";
    char g[256];
    snprintf(g, sizeof g, "%s", write_tmp("dyad-cli-gold.jsonl", gold, strlen(gold)));
    snprintf(args, sizeof args, "eval --gold %s --verbs %s --actors %s --format json", g, v, a);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"path\":\tnull"));
    assert_non_null(strstr(r.out, "\"full\":\t{\n\t\t\t\"gold\":\t2,\n\t\t\t\"predicted\":\t2,\n"
                                  "\t\t\t\"correct\":\t1,"));
    run_free(&r);
    /* Without dictionary options the shipped dictionaries code the gold. */
    snprintf(args, sizeof args, "eval --gold %s", g);
    r = run(args, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "predictions: coded by dyad"));
    run_free(&r);
    snprintf(args, sizeof args, "eval --gold %s --verbs %s --actors %s --use-parse", g, v, a);
    r = run(args, NULL);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "--use-parse needs PETRARCH XML gold"));
    run_free(&r);
    snprintf(args, sizeof args, "eval --gold %s --pred %s --verbs %s", g, g, v);
    r = run(args, NULL);
    assert_int_equal(r.status, 2);
    run_free(&r);

    const char *xml =
        "<Validation><Environment><Verbfile>dyad-cli-verbs.txt</Verbfile>"
        "<Actorfile>dyad-cli-actors.txt</Actorfile></Environment><Sentences>\n"
        "<Sentence date=\"20220208\" id=\"T-1\" category=\"DEMO\">\n"
        "<EventCoding sourcecode=\"GON\" targetcode=\"ARN\" eventcode=\"121\"/>\n"
        "<Text>Gondor criticized Arnor.</Text>\n"
        "<Parse>(ROOT (S (NP (NNP Gondor)) (VP (VBD criticized) (NP (NNP Arnor))) (. .)))</Parse>\n"
        "</Sentence></Sentences></Validation>\n";
    char x[256];
    snprintf(x, sizeof x, "%s", write_tmp("dyad-cli-eval.xml", xml, strlen(xml)));
    for (int text = 0; text < 2; text++) {
        snprintf(args, sizeof args, "eval --gold %s%s", x, text ? "" : " --use-parse");
        r = run(args, NULL);
        assert_int_equal(r.status, 0);
        assert_non_null(strstr(r.out, "predictions: coded by dyad"));
        assert_non_null(strstr(r.out, "full (source, target, code)       1      1        1"));
        run_free(&r);
    }
    snprintf(args, sizeof args, "eval --gold %s --dict-dir /nonexistent", x);
    r = run(args, NULL);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "/nonexistent/dyad-cli-verbs.txt"));
    run_free(&r);
    unlink(x);
    unlink(g);
    unlink(v);
    unlink(a);
}

int main(int argc, char **argv) {
    (void)argc;
    find_dyad(argv[0]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_and_help),
        cmocka_unit_test(test_parse_stdin),
        cmocka_unit_test(test_parse_bad_input),
        cmocka_unit_test(test_parse_jsonl),
        cmocka_unit_test(test_code),
        cmocka_unit_test(test_code_many_files),
        cmocka_unit_test(test_same_name_files),
        cmocka_unit_test(test_dict_choice),
        cmocka_unit_test(test_parse_then_code),
        cmocka_unit_test(test_explain),
        cmocka_unit_test(test_beam_options),
        cmocka_unit_test(test_empty_id),
        cmocka_unit_test(test_validate),
        cmocka_unit_test(test_eval),
        cmocka_unit_test(test_code_feed),
    };
    return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}
