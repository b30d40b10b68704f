/*
** events_test.c - tests of the JSON Lines and TSV event writers.
*/
#include "util/testing.h"
#include <cjson/cJSON.h>
#include "dyad.h"
#include "code/actor_code.h"

/* "Macron met Putin" after a curly-quoted word, so that character and byte offsets differ. */
static dyad_document *one_event(void) {
    dyad_document *d = dyad_document_new();
    d->id = "doc-1";
    d->date = "2022-02-08";
    d->source = "dyad example";
    d->dateline = "MOSCOW";
    d->extra = "{\"feed\":\"wire\",\"rank\":3,\"big\":12345678901234567890}";
    d->text = "\xe2\x80\x9cYes.\xe2\x80\x9d\tMacron met Putin in Moscow.";
    d->text_len = strlen(d->text);
    d->n_sentences = 2;
    d->sentences = dyad_arena_alloc(d->arena, 2 * sizeof(dyad_sentence));
    d->sentences[0].start = 0;
    d->sentences[0].end = 10;
    d->sentences[1].start = 11;
    d->sentences[1].end = (uint32_t)d->text_len;
    d->n_events = 1;
    d->events = dyad_arena_alloc(d->arena, sizeof(dyad_event));
    dyad_event *e = d->events;
    e->sentence = 1;
    strcpy(e->date, "2022-02-07");
    e->date_in_text = true; /* "on Monday" */
    e->source = (dyad_actor){"Macron", "FRAGOV", "EMMANUEL_MACRON", 11, 17};
    e->target = (dyad_actor){"Putin", "RUSGOV", "VLADIMIR_PUTIN", 22, 27};
    e->code = "042";
    e->verb = "meet";
    e->verb_start = 18;
    e->verb_end = 21;
    e->pattern = "* +";
    e->pattern_origin = "verbs.txt:12";
    return d;
}

static char *capture(void (*write)(FILE *, const dyad_document *), const dyad_document *d) {
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    write(f, d);
    fclose(f);
    return out;
}

static void test_json(void **state) {
    (void)state;
    dyad_document *d = one_event();
    char *out = capture(dyad_write_events_json, d);
    assert_int_equal(out[strlen(out) - 1], '\n');
    cJSON *o = cJSON_Parse(out);
    assert_non_null(o);
    assert_string_equal(cJSON_GetObjectItem(o, "doc_id")->valuestring, "doc-1");
    assert_string_equal(cJSON_GetObjectItem(o, "event_date")->valuestring, "2022-02-07");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(o, "date_in_text")));
    assert_string_equal(cJSON_GetObjectItem(o, "doc_date")->valuestring, "2022-02-08");
    assert_string_equal(cJSON_GetObjectItem(o, "event_code")->valuestring, "042");
    assert_string_equal(cJSON_GetObjectItem(o, "root_code")->valuestring, "04");
    assert_string_equal(cJSON_GetObjectItem(o, "event_name")->valuestring, "Make a visit");
    assert_int_equal(cJSON_GetObjectItem(o, "quad_class")->valueint, 1);
    assert_true(cJSON_GetObjectItem(o, "goldstein")->valuedouble == 1.9);
    assert_string_equal(cJSON_GetObjectItem(o, "plover")->valuestring, "CONSULT");
    cJSON *src = cJSON_GetObjectItem(o, "source");
    assert_string_equal(cJSON_GetObjectItem(src, "code")->valuestring, "FRAGOV");
    assert_string_equal(cJSON_GetObjectItem(src, "country")->valuestring, "FRA");
    assert_string_equal(cJSON_GetArrayItem(cJSON_GetObjectItem(src, "sectors"), 0)->valuestring, "GOV");
    /* Spans count characters: the curly quotes are 3 bytes each but one character. */
    cJSON *sp = cJSON_GetObjectItem(src, "span");
    assert_int_equal(cJSON_GetArrayItem(sp, 0)->valueint, 7);
    assert_int_equal(cJSON_GetArrayItem(sp, 1)->valueint, 13);
    cJSON *verb = cJSON_GetObjectItem(o, "verb");
    assert_string_equal(cJSON_GetObjectItem(verb, "lemma")->valuestring, "meet");
    assert_string_equal(cJSON_GetObjectItem(o, "sentence_text")->valuestring, "Macron met Putin in Moscow.");
    assert_string_equal(cJSON_GetObjectItem(o, "pattern_origin")->valuestring, "verbs.txt:12");
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "extra"), "rank")->valueint, 3);
    /* extra is written as it was read: numbers keep every digit */
    assert_non_null(strstr(out, "\"extra\":{\"feed\":\"wire\",\"rank\":3,\"big\":12345678901234567890}"));
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(o, "url")));
    assert_string_equal(cJSON_GetObjectItem(o, "dateline")->valuestring, "MOSCOW");
    cJSON_Delete(o);
    free(out);
    dyad_document_free(d);
}

/* An actor named across a line break: its text on one line, its span where it is written. */
static void test_json_actor_text(void **state) {
    (void)state;
    dyad_document *d = one_event();
    d->text = "\xe2\x80\x9cYes.\xe2\x80\x9d\tMacron met Vladimir\r\n  Putin in Moscow.";
    d->text_len = strlen(d->text);
    d->sentences[1].end = (uint32_t)d->text_len;
    d->events[0].target = (dyad_actor){"Vladimir\r\n  Putin", "RUSGOV", "VLADIMIR_PUTIN", 22, 39};
    char *out = capture(dyad_write_events_json, d);
    cJSON *o = cJSON_Parse(out);
    cJSON *tgt = cJSON_GetObjectItem(o, "target");
    assert_string_equal(cJSON_GetObjectItem(tgt, "text")->valuestring, "Vladimir Putin");
    cJSON *sp = cJSON_GetObjectItem(tgt, "span");
    assert_int_equal(cJSON_GetArrayItem(sp, 0)->valueint, 18);
    assert_int_equal(cJSON_GetArrayItem(sp, 1)->valueint, 35);
    cJSON_Delete(o);
    free(out);
    dyad_document_free(d);
}

static void test_tsv(void **state) {
    (void)state;
    dyad_document *d = one_event();
    char *head = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&head, &len);
    dyad_write_events_tsv_header(f);
    fclose(f);
    char *out = capture(dyad_write_events_tsv, d);
    assert_string_equal(out, "doc-1\t1\t2022-02-07\t2022-02-08\tFRAGOV\tFRA\tGOV\tMacron\t042\t04\t1\t1.9\t"
                             "CONSULT\tRUSGOV\tRUS\tGOV\tPutin\tmeet\t0\t7:13\t14:17\t18:23\t* +\t"
                             "Macron met Putin in Moscow.\t1\n");
    /* Header and rows have the same number of columns. */
    int tabs_head = 0, tabs_row = 0;
    for (char *p = head; *p; p++) tabs_head += *p == '\t';
    for (char *p = out; *p; p++) tabs_row += *p == '\t';
    assert_int_equal(tabs_head, tabs_row);
    free(head);
    free(out);
    /* line and page breaks of any kind inside a field become spaces */
    d->events[0].source.text = "Mac\xe2\x80\xa8ron\vE.\xc2\x85M\f";
    out = capture(dyad_write_events_tsv, d);
    assert_non_null(strstr(out, "\tMac ron E. M \t"));
    free(out);
    /* the sentence too */
    d->text = "\xe2\x80\x9cYes.\xe2\x80\x9d\tMacron\vmet Putin in\xe2\x80\xa8Moscow.";
    d->text_len = strlen(d->text);
    d->sentences[1].end = (uint32_t)d->text_len;
    out = capture(dyad_write_events_tsv, d);
    assert_non_null(strstr(out, "\tMacron met Putin in Moscow.\t1\n"));
    free(out);
    dyad_document_free(d);
}

static void test_actor_code_split(void **state) {
    (void)state;
    char country[4], sectors[64];
    dyad_actor_code_split("PSEREBHMS", country, sectors, sizeof sectors);
    assert_string_equal(country, "PSE");
    assert_string_equal(sectors, "REB");
    dyad_actor_code_split("IGOEEU", country, sectors, sizeof sectors);
    assert_string_equal(country, "");
    assert_string_equal(sectors, "IGO");
    dyad_actor_code_split("---GOV", country, sectors, sizeof sectors);
    assert_string_equal(country, "");
    assert_string_equal(sectors, "GOV");
    dyad_actor_code_split("USAGOVMIL", country, sectors, sizeof sectors);
    assert_string_equal(sectors, "GOV MIL");
    dyad_actor_code_split("US", country, sectors, sizeof sectors);
    assert_string_equal(country, "");
    assert_string_equal(sectors, "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_json_actor_text),
        cmocka_unit_test(test_tsv),
        cmocka_unit_test(test_actor_code_split),
    };
    return cmocka_run_group_tests_name("events", tests, NULL, NULL);
}
