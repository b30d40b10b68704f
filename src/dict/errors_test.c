/*
** errors_test.c - bad dictionaries: a fixture per kind whose every message (file:line:col:
** warning: reason) is checked, a file that cannot be read, and garbage lines (random bytes
** and mutated snippets), which must be reported, never crash.
*/
#include "dict/dict_testing.h"
#include "util/util.h"

/* Load text; the warnings must be exactly messages, and the loader must count them. */
static void expect(dyad_dict_kind kind, const char *text, const char *messages) {
    char *msgs;
    int n, count = 0;
    for (const char *p = messages; *p; p++) count += *p == '\n';
    dyad_dict *d = load_into(NULL, kind, text, &msgs, &n);
    if (strcmp(msgs, messages) != 0) fprintf(stderr, "got:\n%s", msgs);
    assert_string_equal(msgs, messages);
    assert_int_equal(n, count);
    free(msgs);
    dyad_dict_free(d);
}

static void test_bad_verbs(void **state) {
    (void)state;
    expect(DYAD_DICT_VERBS,
        "&GOOD\n"                       /* 1 */
        "+WORD\n"
        "&\n"
        "&DUP extra\n"
        "+(OPEN\n"                      /* 5 */
        "+()\n"
        "+&GOOD more\n"
        "+&NOWHERE\n"
        "&DUP\n"
        "+&DUP\n"                       /* 10 */
        "+\n"
        "- * WORD [010]\n"
        "LONELY\n"
        "--- [010] ---\n"
        "--- NAMED [010] junk ---\n"    /* 15 */
        "--- TWICE [010] [020] ---\n"
        "TWICE {TWICED\n"
        "+A_+B\n"
        "A_B\n"
        "WORD [010] extra\n"            /* 20 */
        "+PUT_OUT {+PUTS_UP}\n"
        "+ \n"
        "- * &NOWHERE [010]\n"
        "- * & [010]\n"
        "- * WO$RD [010]\n"             /* 25 */
        "- * {A {B}} [010]\n"
        "- * (A {B)} [010]\n"
        "- * B} [010]\n"
        "- * {} [010]\n"
        "- * () [010]\n"                /* 30 */
        "- * {*} [010]\n"
        "- * ($ A) [010]\n"
        "- * {A [010]\n"
        "- * WORD\n"
        "- * WORD [010] junk\n"         /* 35 */
        "- * * [010]\n"
        "- WORD [010]\n"
        "- * X [04 2]\n"
        "- * X [1:2:3]\n"
        "- * X []\n"                    /* 40 */
        "- * X [010\n"
        "~ a (a b WORD) = a b 010\n"
        "~ a (a b NOVERB) WORD = a b 010\n"
        "- * ({A B} C) [010]\n",
        "t.txt:3:1: warning: '&' without a synset name; line skipped\n"
        "t.txt:4:6: warning: text after the synset name ignored\n"
        "t.txt:9:1: warning: synset &DUP is defined again (first at line 4); the members are "
        "merged\n"
        "t.txt:11:1: warning: empty synset member\n"
        "t.txt:7:2: warning: a synset member \"&NAME\" cannot have other words; skipped\n"
        "t.txt:8:2: warning: synset &NOWHERE is not defined; member skipped\n"
        "t.txt:10:2: warning: synset &DUP includes itself; member skipped\n"
        "t.txt:5:2: warning: '(' without ')'; member skipped\n"
        "t.txt:6:2: warning: empty synset member\n"
        "t.txt:12:1: warning: pattern outside a verb block; skipped\n"
        "t.txt:13:1: warning: verb outside a verb block; line skipped\n"
        "t.txt:14:5: warning: verb block without a name\n"
        "t.txt:15:17: warning: unexpected text in the block header ignored\n"
        "t.txt:16:17: warning: second code of the block ignored\n"
        "t.txt:17:7: warning: '{' without '}'; line skipped\n"
        "t.txt:18:1: warning: more than one word marked '+' as the verb\n"
        "t.txt:19:1: warning: multi-word verb without '+' on the verb; the first word is taken\n"
        "t.txt:20:12: warning: text after the verb ignored\n"
        "t.txt:21:11: warning: form \"+PUTS_UP\" does not have the verb's other words; ignored\n"
        "t.txt:22:2: warning: '+' without a word\n"
        "t.txt:23:5: warning: synset &NOWHERE is not defined; pattern skipped\n"
        "t.txt:24:5: warning: bad synset name; pattern skipped\n"
        "t.txt:25:7: warning: unexpected '$' in a pattern word; pattern skipped\n"
        "t.txt:26:8: warning: '{' inside {...}; pattern skipped\n"
        "t.txt:27:10: warning: ')' before '}'; pattern skipped\n"
        "t.txt:28:6: warning: '}' without its opening bracket; pattern skipped\n"
        "t.txt:29:6: warning: empty {}; pattern skipped\n"
        "t.txt:30:6: warning: empty (); pattern skipped\n"
        "t.txt:31:6: warning: '*' inside brackets; pattern skipped\n"
        "t.txt:32:6: warning: a prepositional phrase must start with a preposition; pattern "
        "skipped\n"
        "t.txt:33:5: warning: '{' is not closed; pattern skipped\n"
        "t.txt:34:1: warning: pattern has no [code]; skipped\n"
        "t.txt:35:16: warning: text after the code ignored\n"
        "t.txt:36:1: warning: pattern has more than one '*'; skipped\n"
        "t.txt:37:1: warning: pattern has no '*' for the verb; skipped\n"
        "t.txt:38:8: warning: bad event code \"04 2\"\n"
        "t.txt:39:7: warning: event code with more than one ':'; line skipped\n"
        "t.txt:40:7: warning: empty event code []; line skipped\n"
        "t.txt:41:7: warning: '[' without ']'; line skipped\n"
        "t.txt:42:1: warning: transformation must read \"~ a (b c VERB) VERB = x y CODE\"; line "
        "skipped\n"
        "t.txt:43:10: warning: verb NOVERB is not in the dictionary; line skipped\n"
        "t.txt:44:6: warning: a prepositional phrase must start with a preposition; pattern "
        "skipped\n");
}

static void test_bad_actors(void **state) {
    (void)state;
    expect(DYAD_DICT_ACTORS,
        "[ABC]\n"                       /* 1 */
        "+SYN\n"
        "GOOD_NAME [GNM]\n"
        "+\n"
        "\t[ ]\n"                       /* 5 */
        "\t[XY <12345]\n"
        "\t[XY 120101]\n"
        "\t[XY 120101-110101]\n"
        "\t[XY <120101] tail\n"
        "\t[XY >120101\n"               /* 10 */
        "NO_CODE_HERE\n"
        "GOOD_NAME [OTHER]\n"
        "BAD\001NAME [BNM]\n"
        "CAF\xe9 [CAF]\n"
        "DOUBLE [[DBL]]\n"              /* 15 */
        "LONG [ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG]\n"
        "\t[XY 20221399]\n"
        "<!-- not closed\n",
        "t.txt:1:1: warning: actor code before any actor; ignored\n"
        "t.txt:2:1: warning: synonym before any actor; ignored\n"
        "t.txt:4:2: warning: empty actor name\n"
        "t.txt:5:3: warning: empty actor code; ignored\n"
        "t.txt:6:5: warning: \"12345\" is not a date (YYMMDD or YYYYMMDD); code ignored\n"
        "t.txt:7:5: warning: date restriction \"120101\" needs '<', '>' or a range date-date; "
        "code ignored\n"
        "t.txt:8:5: warning: date range \"120101-110101\" ends before it begins; code ignored\n"
        "t.txt:9:15: warning: text after the actor code ignored\n"
        "t.txt:10:2: warning: '[' without ']'; code ignored\n"
        "t.txt:11:1: warning: actor NO_CODE_HERE has no code; its names are not used\n"
        "t.txt:13:4: warning: control character 0x01 replaced by '?'\n"
        "t.txt:12:1: warning: actor name already given other codes by GOOD_NAME (t.txt:3); this "
        "entry replaces it\n"
        "t.txt:14:4: warning: byte 0xe9 is not UTF-8; replaced by '?'\n"
        "t.txt:15:9: warning: '[' cannot be part of an actor code; code ignored\n"
        "t.txt:15:14: warning: text after the actor code ignored\n"
        "t.txt:15:1: warning: actor DOUBLE has no code; its names are not used\n"
        "t.txt:16:7: warning: actor code of 33 characters (at most 30); code ignored\n"
        "t.txt:17:5: warning: \"20221399\" is not a date (YYMMDD or YYYYMMDD), and a date "
        "restriction needs '<', '>' or a range date-date; code ignored\n"
        "t.txt:18:1: warning: comment \"<!\" is not closed by \"-->\"\n"
        "t.txt:16:1: warning: actor LONG has no code; its names are not used\n");
}

static void test_bad_agents(void **state) {
    (void)state;
    expect(DYAD_DICT_AGENTS,
        "!X!\n"                         /* 1 */
        "!Y! junk = A\n"
        "!Z! = ,\n"
        "!P! = MAN, WOMAN\n"
        "CHAIR!P [~GOV]\n"              /* 5 */
        "CHAIR!Q! [~GOV]\n"
        "JUDGE\n"
        "JUDGE [~JUD\n"
        "JUDGE [JUD]\n"
        "JUDGE [~J D]\n"                /* 10 */
        "JUDGE [~JUD] extra\n"
        "JUDGE {JUDGES [~JUD]\n"
        "JUDGE {JUDGES} x [~JUD]\n"
        "[~JUD]\n"
        "JUDGE [~COURT]\n",             /* 15 */
        "t.txt:1:1: warning: agent has no [code]; line skipped\n"
        "t.txt:2:5: warning: expected '=' after the marker; line skipped\n"
        "t.txt:3:5: warning: substitution marker has no items\n"
        "t.txt:5:6: warning: substitution marker is not closed by '!'; line skipped\n"
        "t.txt:6:6: warning: substitution marker !Q! is not defined; line skipped\n"
        "t.txt:7:1: warning: agent has no [code]; line skipped\n"
        "t.txt:8:7: warning: '[' without ']'; line skipped\n"
        "t.txt:9:7: warning: agent code must be \"~CODE\" or \"CODE~\"; line skipped\n"
        "t.txt:10:10: warning: bad character in agent code; line skipped\n"
        "t.txt:11:14: warning: text after the agent code ignored\n"
        "t.txt:12:7: warning: '{' without '}'; line skipped\n"
        "t.txt:13:16: warning: text between the plural and the code; line skipped\n"
        "t.txt:14:1: warning: empty agent phrase; line skipped\n"
        "t.txt:15:1: warning: agent phrase already given another code by JUDGE (t.txt:11); this "
        "line replaces it\n");
}

static void test_bad_discards(void **state) {
    (void)state;
    expect(DYAD_DICT_DISCARDS,
        "+\n"
        "_\n"
        "RAIN\n"
        "+ RAIN\n",
        "t.txt:1:2: warning: empty discard phrase\n"
        "t.txt:2:1: warning: empty discard phrase\n"
        "t.txt:4:3: warning: discard phrase repeats line 3 at the other level; the story-level "
        "one is kept\n");
}

static void test_bad_issues(void **state) {
    (void)state;
    expect(DYAD_DICT_ISSUES,
        "</ISSUE>\n"                    /* 1 */
        "<TAG>\n"
        "<ISSUE TYPE=\"X\">\n"
        "<ISSUE CATEGORY=\"A\">\n"
        "<ISSUE CATEGORY=\"B\">\n"      /* 5 */
        "oil\n"
        "oil [BAD CODE]\n"
        "oil [OIL\n"
        "oil [OIL] tail\n"
        "~oil [OIL]\n"                  /* 10 */
        "[OIL]\n"
        "a+b+c+d+e+f+g+h+i+j+k+l [X]\n",
        "t.txt:1:1: warning: </ISSUE> without <ISSUE>\n"
        "t.txt:2:1: warning: unknown tag; line skipped\n"
        "t.txt:3:1: warning: <ISSUE> without CATEGORY=\"...\"; line skipped\n"
        "t.txt:5:1: warning: <ISSUE> of line 4 is not closed by </ISSUE>\n"
        "t.txt:6:1: warning: issue phrase has no [CODE]; line skipped\n"
        "t.txt:7:5: warning: bad issue code; line skipped\n"
        "t.txt:8:5: warning: '[' without ']'; line skipped\n"
        "t.txt:9:11: warning: text after the issue code ignored\n"
        "t.txt:10:6: warning: ignore phrase with a code; line skipped\n"
        "t.txt:11:1: warning: empty issue phrase; line skipped\n"
        "t.txt:12:1: warning: issue phrase has more than 1024 spellings; line skipped\n"
        "t.txt:5:1: warning: <ISSUE> is not closed by </ISSUE>\n");
}

/* Phrases and patterns longer than 64 words are refused, not truncated. */
static void test_limits(void **state) {
    (void)state;
    dyad_buf words = {0}, text = {0};
    for (int i = 0; i < 70; i++) dyad_buf_printf(&words, "W%d_", i);
    dyad_buf_printf(&text, "%s [AAA]\nOK [BBB]\n", words.data);
    expect(DYAD_DICT_ACTORS, text.data,
           "t.txt:1:1: warning: actor name longer than 64 words; ignored\n");
    text.len = 0;
    dyad_buf_printf(&text, "%s\n", words.data);
    expect(DYAD_DICT_DISCARDS, text.data,
           "t.txt:1:1: warning: discard phrase longer than 64 words; ignored\n");
    text.len = 0;
    dyad_buf_printf(&text, "--- B [010] ---\n+%s\n- * %s [011]\n", words.data, words.data);
    expect(DYAD_DICT_VERBS, text.data,
           "t.txt:2:248: warning: verb longer than 64 words\n"
           "t.txt:3:1: warning: pattern longer than 64 items; skipped\n");
    dyad_buf_free(&words);
    dyad_buf_free(&text);
}

static void test_unreadable_file(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    assert_int_equal(dyad_dict_load_file(d, DYAD_DICT_ACTORS, "/nonexistent/x.actors.txt"), -1);
    assert_string_equal(d->error, "/nonexistent/x.actors.txt: cannot read dictionary: No such "
                        "file or directory");
    assert_int_equal(dyad_dict_load_dir(d, "/nonexistent"), -1);
    assert_string_equal(d->error, "/nonexistent: cannot read the dictionary folder: No such file or directory");
    assert_int_equal(dyad_dict_load_text(d, (dyad_dict_kind)99, "x", "", 0), -1);
    assert_int_equal(d->n_actors, 0);
    dyad_dict_free(d);
}

static uint32_t rnd(uint32_t *s) {
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

static const char *const seeds[] = {
    /* verbs */
    "&SYN\n+A_B\n+(TO X)\n+&SYN2\n&SYN2_\n+C\n--- BLOCK [010:011] ---\nVERB {VERBED}\n"
    "+PUT_OUT [012]\n- &SYN * {A B} (TO $) [013]\n- % * + (FROM ^) [---]\n"
    "~ a (a b VERB) VERB = a b 010\n",
    /* actors */
    "NAME_ONE [AAA]\n+SYN_ONE\n\t[BBB 100101-110101]\n\t[CCC <990101]\n\t[DDD >20200101]\n"
    "<!-- x -->\nNAME_TWO\n\t[EEE]\n",
    /* agents */
    "!P! = MAN, MEN\nCHAIR!P! [~GOV]\nJUDGE {JUDGES} [~JUD]\nBODY [NGO~]\n",
    /* discards */
    "+STORY PHRASE_\nSENTENCE PHRASE\nSTEM\n",
    /* issues */
    "<ISSUE CATEGORY=\"A\" TYPE=\"B\">\nn:x+y v:z [C]\n~w\n~~v\n</ISSUE>\n",
};

/* Garbage never crashes a loader: random lines, and snippets with random bytes changed. */
static void test_garbage(void **state) {
    (void)state;
    static const char syntax[] = "[]{}()&+*-_~!<>#:;$%^=\"/ \t\n\r,.'0123456789AZaz\x80\xc3\xff";
    uint32_t s = 12345;
    FILE *null = fopen("/dev/null", "w");
    assert_non_null(null);
    dyad_warn_to(null);
    for (int round = 0; round < 200; round++) {
        dyad_dict_kind kind = (dyad_dict_kind)(round % 5);
        char text[600];
        size_t n;
        if (round % 2) {
            n = strlen(seeds[kind]);
            memcpy(text, seeds[kind], n);
            for (int k = 0; k < 6; k++) text[rnd(&s) % n] = syntax[rnd(&s) % (sizeof syntax - 1)];
        } else {
            n = 50 + rnd(&s) % 500;
            for (size_t i = 0; i < n; i++)
                text[i] = rnd(&s) % 3 ? syntax[rnd(&s) % (sizeof syntax - 1)] : (char)rnd(&s);
        }
        dyad_dict *d = dyad_dict_new();
        int w = dyad_dict_load_text(d, kind, "g.txt", text, n);
        assert_true(w >= 0);
        /* the result can be searched */
        const char *words[3] = {"name", "ONE", "judges"};
        int32_t ids[3];
        dyad_dict_word_ids(d, words, 3, ids);
        int len, start;
        dyad_actor_match(d, ids, 3, 0, &len);
        dyad_agent_match(d, ids, 3, 2, &len);
        dyad_issue_match(d, ids, 3, 1, &len);
        dyad_discard_find(d, words, 3, &start, &len);
        for (int i = 0; i < d->n_synsets; i++) dyad_synset_match(d, i, ids, 3, 0, &len);
        dyad_dict_free(d);
    }
    dyad_warn_to(NULL);
    fclose(null);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_verbs),
        cmocka_unit_test(test_bad_actors),
        cmocka_unit_test(test_bad_agents),
        cmocka_unit_test(test_bad_discards),
        cmocka_unit_test(test_bad_issues),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_unreadable_file),
        cmocka_unit_test(test_garbage),
    };
    return cmocka_run_group_tests_name("dict errors", tests, NULL, NULL);
}
