/*
** robust_test.c - tests of the dyad command on bad input and bad conditions, as a new user's
** trial found them: a full disk, unreadable files among good ones, options written
** "--opt=value" or without their value, repaired text, and the exit status of each case.
*/
#include "util/testing.h"
#include "cli/cli_check.h"
#include "util/util.h"

/* A PETRARCH validation file without <Environment>: coded with dyad's own dictionaries. */
static const char *validation_xml =
    "<Validation><Sentences>\n"
    "<Sentence date=\"20220208\" id=\"A-01\" category=\"A\">\n"
    "<EventCoding sourcecode=\"USA\" targetcode=\"DEU\" eventcode=\"040\"></EventCoding>\n"
    "<Text>The United States met Germany.</Text>\n"
    "</Sentence>\n"
    "</Sentences></Validation>\n";

/* Every command that writes results reports a write error (here a full disk) and exits 3. */
static void test_write_errors(void **state) {
    (void)state;
    char xml[256], args[1024];
    snprintf(xml, sizeof xml, "%s", write_tmp("dyad-robust-v.xml", validation_xml, strlen(validation_xml)));
    const struct {
        const char *args, *in, *cmd;
    } cases[] = {
        {"code --date 2022-02-08", "Biden met Scholz in Berlin.", "code"},
        {"code --format tsv", "Biden met Scholz in Berlin.", "code"},
        {"explain \"Biden met Scholz.\"", NULL, "explain"},
        {"validate %s", NULL, "validate"},
        {"eval --gold %s", NULL, "eval"},
        {"parse", "Biden met Scholz.", "parse"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(args, sizeof args, cases[i].args, xml);
        run_result r = run_with(NULL, args, cases[i].in, "/dev/full");
        char want[128];
        snprintf(want, sizeof want, "dyad %s: writing the output: No space left on device", cases[i].cmd);
        if (r.status != 3 || !strstr(r.err, want)) fail_msg("%s: status %d, stderr: %s", args, r.status, r.err);
        run_free(&r);
    }
    unlink(xml);
}

/* A file that cannot be read is an error; the other files are still coded, and the exit status
   is 1; 3 only when no file at all could be read. */
static void test_unreadable_files(void **state) {
    (void)state;
    char good[256], args[1024];
    snprintf(good, sizeof good, "%s", write_tmp("dyad-robust-good.txt", "Biden met Scholz.\n", 18));
    snprintf(args, sizeof args, "code /nonexistent/a.txt /tmp %s /nonexistent/b.txt", good);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "/nonexistent/a.txt: error: cannot read: No such file or directory"));
    assert_non_null(strstr(r.err, "/tmp: error: cannot read: Is a directory"));
    assert_non_null(strstr(r.err, "/nonexistent/b.txt: error: cannot read"));
    assert_non_null(strstr(r.out, "\"event_code\":\"040\""));
    run_free(&r);
    snprintf(args, sizeof args, "parse /nonexistent/a.txt %s", good);
    r = run(args, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.out, "# text = Biden met Scholz."));
    run_free(&r);
    r = run("code /nonexistent/a.txt /tmp", NULL);
    assert_int_equal(r.status, 3);
    run_free(&r);
    unlink(good);
}

/* Options: "--opt=value", a missing value, "--", --input, a date with trailing text. */
static void test_options(void **state) {
    (void)state;
    const struct {
        const char *args, *err;
    } usage[] = {
        {"code --id", "dyad code: --id needs a value"},
        {"code --format", "dyad code: --format needs a value"},
        {"code --id x a.txt b.txt", "dyad code: --id names one document, but 2 files were given"},
        {"code --date 2022-02-08x", "dyad code: --date wants YYYY-MM-DD, not '2022-02-08x'"},
        {"code --input pdf", "dyad code: --input is text, jsonl, html, feed or conllu, not 'pdf'"},
        {"explain --date", "dyad explain: --date needs a value"},
        {"eval --gold", "dyad eval: --gold needs a value"},
        {"validate --verbs", "dyad validate: --verbs needs a value"},
        {"code --actors", "dyad: --actors needs a value"},
        {"parse --date 2022-02-08x", "dyad parse: --date wants YYYY-MM-DD, not '2022-02-08x'"},
        {"train --explore 150 -o m.model t.conllu", "dyad train: --explore is a percentage, 0 to 100"},
        {"train --folds 1 -o m.model t.conllu", "dyad train: --folds is 0 (gold tags) or 2 to 50"},
        {"eval --gold=x.json -- y.json", "dyad eval: unexpected argument 'y.json' (files are given with --gold "
                                         "and --pred)"},
    };
    for (size_t i = 0; i < sizeof usage / sizeof usage[0]; i++) {
        run_result r = run(usage[i].args, "x");
        if (r.status != 2 || !strstr(r.err, usage[i].err)) fail_msg("%s: %d %s", usage[i].args, r.status, r.err);
        run_free(&r);
    }
    run_result r = run("code --date=2022-02-08 --format=tsv --id=wire-1", "Biden met Scholz on Monday.");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "wire-1\t0\t2022-02-07\t2022-02-08\t"));
    run_free(&r);
    /* text that starts with '{' is still text with --input text */
    r = run("code --input text", "{\"id\":\"x\"} is what Biden told Scholz.");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"target\":{\"text\":\"Scholz\""));
    run_free(&r);
    r = run("code --input=conllu", "1\tBiden\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                   "3\tScholz\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"event_code\":\"040\""));
    run_free(&r);
    /* empty CoNLL-U input is reported, as empty text is */
    r = run("code --input conllu", "");
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "-: warning: no sentences in this CoNLL-U input; nothing coded"));
    run_free(&r);
    /* after "--", an argument that starts with '-' is a file */
    write_tmp("-dyad-robust-dash.txt", "Biden met Scholz.\n", 18);
    r = run_with("/tmp", "code -- -dyad-robust-dash.txt", NULL, NULL);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"doc_id\":\"-dyad-robust-dash\""));
    run_free(&r);
    unlink("/tmp/-dyad-robust-dash.txt");
}

/* Invalid UTF-8 is repaired the same way by code, parse and explain: the text is kept, one
   warning, exit status 1. */
static void test_invalid_utf8(void **state) {
    (void)state;
    const char *text = "Russia invaded \xff Ukraine. Biden met \xe2\x82 Scholz.\n";
    run_result r = run("code", text);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "-:1:16: warning: invalid UTF-8 (byte 0xFF); 2 bad sequences replaced by U+FFFD "
                                  "in the text document"));
    /* spans count the U+FFFD as one character, as Python's errors="replace" decoding does */
    assert_non_null(strstr(r.out, "\"text\":\"Scholz\",\"code\":\"DEUELI\",\"country\":\"DEU\",\"sectors\":[\"ELI\"],"
                                  "\"entry\":\"OLAF_SCHOLZ\",\"span\":[38,44]"));
    run_free(&r);
    r = run("parse", text);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "-:1:16: warning: invalid UTF-8 (byte 0xFF)"));
    run_free(&r);
    r = run("explain \"$(printf 'Russia \\377 invaded Ukraine.')\"", NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "(sentence):1:8: warning: invalid UTF-8 (byte 0xFF); 1 bad sequence replaced"));
    assert_non_null(strstr(r.out, "RUS -> UKR  190"));
    run_free(&r);
}

/* The exit status when the input was bad: 1 done but something was wrong, 2 a bad argument,
   3 nothing to do. */
static void test_exit_status(void **state) {
    (void)state;
    char path[256], args[1024];
    /* validate and eval: bad XML is 1; a file without records is an error */
    const char *trunc = "<Validation><Sentences>\n<Sentence date=\"20220208\" id=\"A-01\" category=\"A\">\n"
                        "<EventCoding sourcecode=\"USA\" targetcode=\"DEU\" eventcode=\"040\"></EventCoding>\n"
                        "<Text>The United States met Germany.</Text>\n</Sentence>\n<Sentence";
    snprintf(path, sizeof path, "%s", write_tmp("dyad-robust-trunc.xml", trunc, strlen(trunc)));
    snprintf(args, sizeof args, "validate %s", path);
    run_result r = run(args, NULL);
    assert_int_equal(r.status, 1);
    run_free(&r);
    snprintf(args, sizeof args, "eval --gold %s", path);
    r = run(args, NULL);
    assert_int_equal(r.status, 1);
    run_free(&r);
    /* train: a model that cannot be written is an error before training */
    r = run("train -q -o /nonexistent/dir/m.model /nonexistent.conllu", NULL);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "dyad train: cannot write /nonexistent/dir/m.model: No such file"));
    run_free(&r);
    const char *empty = "<Validation></Validation>\n";
    snprintf(path, sizeof path, "%s", write_tmp("dyad-robust-trunc.xml", empty, strlen(empty)));
    snprintf(args, sizeof args, "validate %s", path);
    r = run(args, NULL);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "dyad-robust-trunc.xml holds no <Sentence> record"));
    run_free(&r);
    unlink(path);
    snprintf(path, sizeof path, "%s", write_tmp("dyad-robust-v.xml", validation_xml, strlen(validation_xml)));
    snprintf(args, sizeof args, "validate %s", path);
    r = run(args, NULL);
    assert_int_equal(r.status, 0);
    run_free(&r);
    unlink(path);
    /* explain: a bad tree is a bad argument, reported once with its column */
    r = run("explain --penn \"(ROOT\"", NULL);
    assert_int_equal(r.status, 2);
    assert_string_equal(r.err, "--penn:1:1: warning: bad bracketed tree: bracket opened here is never closed\n");
    run_free(&r);
    /* explain --conllu with a skipped sentence */
    const char *conllu = "1\tRussia\t_\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n2\tinvaded\t_\tVERB\tVBD\t_\t1\tccomp\t_\t_\n"
                         "3\tUkraine\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n"
                         "1\tBiden\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                         "3\tScholz\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n";
    snprintf(path, sizeof path, "%s", write_tmp("dyad-robust.conllu", conllu, strlen(conllu)));
    snprintf(args, sizeof args, "explain --conllu %s", path);
    r = run(args, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "dyad-robust.conllu:1:24: warning: no word has HEAD 0"));
    assert_non_null(strstr(r.out, "USAELI -> DEUELI  040"));
    run_free(&r);
    /* an empty treebank: nothing to score or train on */
    snprintf(path, sizeof path, "%s", write_tmp("dyad-robust-empty.conllu", "", 0));
    snprintf(args, sizeof args, "parse --eval %s", path);
    r = run(args, NULL);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "dyad-robust-empty.conllu holds no sentence"));
    run_free(&r);
    snprintf(args, sizeof args, "train -q -o /tmp/dyad-robust.model %s", path);
    r = run(args, NULL);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "dyad train: the training files hold no sentence; no model written"));
    assert_int_equal(access("/tmp/dyad-robust.model", F_OK), -1);
    run_free(&r);
    unlink(path);
}

/* /dev/zero read as JSON Lines (one endless line of NUL bytes) ends after its first 64 MiB with
   exit status 1: records were skipped.  It read for ever; alarm() makes a hang fail. */
static void test_jsonl_dev_zero(void **state) {
    (void)state;
    alarm(600); /* only a guard against the old endless read, not a measure of speed */
    run_result r = run("code --input jsonl /dev/zero", NULL);
    alarm(0);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "/dev/zero:1:1: warning: NUL byte in a JSON record; record skipped"));
    assert_non_null(strstr(r.err, "/dev/zero:1: warning: no line end within 64 MiB after a NUL byte: binary "
                                  "input; the rest of it is skipped"));
    assert_string_equal(r.out, "");
    run_free(&r);
}

/* A parsed sentence longer than 256 words (CoNLL-U input) is cut into pieces with a note; that
   is no problem with the input, so the exit status is 0. */
static void test_long_conllu(void **state) {
    (void)state;
    dyad_buf b = {0};
    dyad_buf_puts(&b, "# newdoc id = long\n");
    for (int i = 1; i <= 300; i++) dyad_buf_printf(&b, "%d\tw\t_\tX\tFW\t_\t%d\tdep\t_\t_\n", i, i - 1);
    dyad_buf_putc(&b, 0);
    run_result r = run("code --input conllu", b.data);
    dyad_buf_free(&b);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "-: note: 1 sentence of document long longer than 256 words cut into pieces\n");
    run_free(&r);
}

/* Counts of one are singular. */
static void test_singular(void **state) {
    (void)state;
    char path[256], args[1024];
    snprintf(path, sizeof path, "%s", write_tmp("dyad-robust.agents.txt", "BOY [~PPL\nGIRL [~PPL]\n", 22));
    snprintf(args, sizeof args, "code --stats --agents %s", path);
    run_result r = run(args, "Biden met Scholz.");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "dyad code: 1 problem in the dictionaries was skipped"));
    assert_non_null(strstr(r.err, "dyad code: 1 document, 1 sentence, 1 event in "));
    run_free(&r);
    unlink(path);
}

int main(int argc, char **argv) {
    (void)argc;
    find_dyad(argv[0]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_write_errors),
        cmocka_unit_test(test_unreadable_files),
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_exit_status),
        cmocka_unit_test(test_jsonl_dev_zero),
        cmocka_unit_test(test_long_conllu),
        cmocka_unit_test(test_singular),
    };
    return cmocka_run_group_tests_name("robust", tests, NULL, NULL);
}
