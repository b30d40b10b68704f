/*
** verbs_test.c - tests of the verb dictionary reader: one test per syntax feature (synsets,
** verb blocks, forms, multi-word verbs, patterns of both dialects, codes, comments,
** transformations, repeated patterns), each on a snippet written for the test.
*/
#include "dict/dict_testing.h"

static int verb_of(const dyad_dict *d, const char *form) {
    int f = dyad_verb_find(d, dyad_dict_word_id(d, form));
    return f < 0 ? -1 : d->forms[f].verb;
}

/* Does synset s (by name) have the member phrase text? */
static bool has_member(const dyad_dict *d, const char *name, const char *text) {
    int s = dyad_synset_find(d, name);
    assert_true(s >= 0);
    for (int i = 0; i < d->synsets[s].n_members; i++)
        if (strcmp(member_text(d, &d->members[d->synsets[s].first_member + i]), text) == 0)
            return true;
    return false;
}

static void test_synset_members_and_plurals(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "&VEHICLE\n"
        "+TRUCK\n"
        "+ARMORED_CAR\n"
        "+Supply Ship\n"
        "+BUS\n"
        "+CLASS\n"
        "+LORRY_\n"
        "+FERRY\n"
        "\n"
        "&PLACE_\n"
        "+CITY\n"
        "+PORT\n");
    assert_int_equal(d->n_synsets, 2);
    assert_string_equal(d->synsets[0].name, "VEHICLE");
    assert_string_equal(d->synsets[1].name, "PLACE");
    assert_true(has_member(d, "VEHICLE", "truck"));
    assert_true(has_member(d, "VEHICLE", "trucks"));
    assert_true(has_member(d, "VEHICLE", "armored car"));
    assert_true(has_member(d, "VEHICLE", "armored cars"));
    assert_true(has_member(d, "VEHICLE", "supply ships"));
    assert_true(has_member(d, "VEHICLE", "bus"));
    assert_false(has_member(d, "VEHICLE", "buss"));     /* a final single s: no plural */
    assert_true(has_member(d, "VEHICLE", "classes"));
    assert_true(has_member(d, "VEHICLE", "lorry"));
    assert_false(has_member(d, "VEHICLE", "lorries"));  /* member ends in '_' */
    assert_true(has_member(d, "VEHICLE", "ferries"));
    assert_true(has_member(d, "PLACE", "city"));
    assert_false(has_member(d, "PLACE", "cities"));     /* name ends in '_' */
    assert_int_equal(d->synsets[1].n_members, 2);

    /* longest member at a position */
    int32_t ids[64];
    int n = sentence(d, "two armored cars left", ids), len;
    int m = dyad_synset_match(d, dyad_synset_find(d, "VEHICLE"), ids, n, 1, &len);
    assert_true(m >= 0);
    assert_int_equal(len, 2);
    assert_true(d->members[m].plural);
    assert_int_equal(dyad_synset_match(d, 0, ids, n, 0, &len), -1);
    assert_int_equal(len, 0);
    /* by the head word: the longest member ending there */
    assert_int_equal(dyad_synset_match_end(d, 0, ids, 2, &len), m);
    assert_int_equal(len, 2);
    assert_int_equal(dyad_synset_match_end(d, 0, ids, 1, &len), -1);
    n = sentence(d, "cars", ids);
    assert_int_equal(dyad_synset_match_end(d, 0, ids, 0, &len), -1);
    n = sentence(d, "old trucks", ids);
    m = dyad_synset_match_end(d, 0, ids, 1, &len);
    assert_string_equal(member_text(d, &d->members[m]), "trucks");
    assert_int_equal(len, 1);
    assert_int_equal(d->synsets[0].max_words, 2);
    dyad_dict_free(d);
}

static void test_synset_nested_and_pp_members(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "&CRAFT\n"
        "+&BOATS\n"              /* defined below: synsets may be used before their definition */
        "+GLIDER_\n"
        "&BOATS\n"
        "+SKIFF_\n"
        "+CANOE_\n"
        "&ENDLESS\n"
        "+(TO THE END)\n"
        "+(UNTIL DAWN)\n");
    assert_true(has_member(d, "CRAFT", "skiff"));
    assert_true(has_member(d, "CRAFT", "canoe"));
    assert_true(has_member(d, "CRAFT", "glider"));
    int s = dyad_synset_find(d, "CRAFT");
    assert_int_equal(d->synsets[s].n_members, 3);
    s = dyad_synset_find(d, "ENDLESS");
    assert_int_equal(d->synsets[s].n_members, 2);
    const dyad_synset_member *m = &d->members[d->synsets[s].first_member];
    assert_true(m->pp);
    assert_string_equal(member_text(d, m), "to the end");
    assert_false(has_member(d, "ENDLESS", "to the ends"));
    dyad_dict_free(d);
}

static void test_block_header_codes(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "---  CONSULT   [040]  ---\n"
        "CONSULT\n"
        "--- VISIT [042:043] ---\n"
        "VISIT\n"
        "--- OFFEND [:110] ---\n"
        "OFFEND\n"
        "--- WONDER [---] ---\n"
        "WONDER\n"
        "--- MUSE ---\n"
        "MUSE\n");
    assert_int_equal(d->n_blocks, 5);
    assert_string_equal(d->blocks[0].name, "CONSULT");
    assert_string_equal(d->blocks[0].code.fwd, "040");
    assert_null(d->blocks[0].code.rev);
    assert_string_equal(d->blocks[1].code.fwd, "042");
    assert_string_equal(d->blocks[1].code.rev, "043");
    assert_null(d->blocks[2].code.fwd);
    assert_string_equal(d->blocks[2].code.rev, "110");
    assert_null(d->blocks[3].code.fwd);
    assert_null(d->blocks[3].code.rev);
    assert_null(d->blocks[4].code.fwd);
    /* a verb without a code of its own takes its block's */
    assert_string_equal(d->verbs[verb_of(d, "visited")].code.rev, "043");
    assert_false(d->verbs[verb_of(d, "visited")].own_code);
    assert_int_equal(d->blocks[1].first_verb, 1);
    assert_int_equal(d->blocks[1].n_verbs, 1);
    dyad_dict_free(d);
}

static void test_verb_forms(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "--- DEPART [---] ---\n"
        "LEAVE {LEFT LEAVES LEAVING}\n"
        "DEPART\n"
        "HURRY\n"
        "FLEE {FLED, FLEES, FLEEING}\n"
        "RETREAT [0874]\n"
        "ACCEPT {}\n"
        "TIE\n");
    int leave = verb_of(d, "leave");
    assert_true(leave >= 0);
    assert_int_equal(verb_of(d, "left"), leave);
    assert_int_equal(verb_of(d, "LEAVING"), leave);
    assert_int_equal(verb_of(d, "leaved"), -1);   /* braces list all the other forms */
    int depart = verb_of(d, "depart");
    assert_int_equal(verb_of(d, "departs"), depart);
    assert_int_equal(verb_of(d, "departed"), depart);
    assert_int_equal(verb_of(d, "departing"), depart);
    assert_int_equal(verb_of(d, "hurries"), verb_of(d, "hurry"));
    assert_int_equal(verb_of(d, "hurried"), verb_of(d, "hurry"));
    assert_int_equal(verb_of(d, "hurrying"), verb_of(d, "hurry"));
    assert_int_equal(verb_of(d, "fled"), verb_of(d, "flee"));
    assert_int_equal(verb_of(d, "tying"), verb_of(d, "tie"));
    assert_int_equal(verb_of(d, "tied"), verb_of(d, "tie"));
    assert_true(verb_of(d, "accept") >= 0);
    assert_int_equal(verb_of(d, "accepts"), -1);  /* {} : no other forms */
    const dyad_verb *v = &d->verbs[verb_of(d, "retreated")];
    assert_true(v->own_code);
    assert_string_equal(v->code.fwd, "0874");
    assert_null(d->verbs[depart].code.fwd);
    assert_int_equal(v->n_pre + v->n_post, 0);
    dyad_dict_free(d);
}

static void test_multiword_verbs(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "--- HALT [160] ---\n"
        "+CALL_OFF [161]\n"
        "+SHUT_DOWN {+SHUTS_DOWN +SHUTTING_DOWN}\n"
        "RE_+ARREST\n"
        "+GET_HOLD_OF {+GOT_HOLD_OF}\n");
    const dyad_verb *v = &d->verbs[verb_of(d, "call")];
    assert_string_equal(dyad_dict_word(d, v->word), "call");
    assert_int_equal(v->n_pre, 0);
    assert_int_equal(v->n_post, 1);
    assert_string_equal(dyad_dict_word(d, v->post[0]), "off");
    assert_string_equal(v->code.fwd, "161");
    assert_int_equal(verb_of(d, "called"), verb_of(d, "call"));   /* regular forms of CALL */
    int shut = verb_of(d, "shut");
    assert_int_equal(verb_of(d, "shutting"), shut);
    assert_int_equal(verb_of(d, "shutted"), -1);
    assert_string_equal(d->verbs[shut].code.fwd, "160");
    v = &d->verbs[verb_of(d, "arrested")];
    assert_int_equal(v->n_pre, 1);
    assert_string_equal(dyad_dict_word(d, v->pre[0]), "re");
    assert_int_equal(v->n_post, 0);
    v = &d->verbs[verb_of(d, "got")];
    assert_int_equal(v->n_post, 2);
    assert_string_equal(dyad_dict_word(d, v->post[1]), "of");
    dyad_dict_free(d);
}

static const dyad_pattern *pattern_at(const dyad_dict *d, int line) {
    for (int i = 0; i < d->n_patterns; i++)
        if (d->patterns[i].line == line) return &d->patterns[i];
    fail_msg("no pattern from line %d", line);
    return NULL;
}

static void check_item(const dyad_dict *d, const dyad_pat_item *it, int kind, int role, int in_pp,
                       const char *word) {
    assert_int_equal(it->kind, kind);
    assert_int_equal(it->role, role);
    assert_int_equal(it->in_pp, in_pp);
    if (word && kind == DYAD_PAT_WORD) assert_string_equal(dyad_dict_word(d, it->id), word);
    if (word && kind == DYAD_PAT_SYNSET) assert_string_equal(d->synsets[it->id].name, word);
}

static void test_patterns_petrarch2(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "&ARMY\n"
        "+SOLDIER\n"
        "--- SEND [070] ---\n"
        "SEND {SENT SENDS SENDING}\n"
        "- &ARMY * {URGENT RELIEF SUPPLIES} (TO BORDER) [073]\n"     /* line 5 */
        "- * (FOR) [042:043]\n"
        "- $ * + (FROM ^) [:110]\n"
        "- % * [---]\n"
        "- * OFF_COURSE [020]\n"
        "- *AID (TO {REFUGEE CAMPS}) [071]\n");                       /* line 10 */
    assert_int_equal(d->n_patterns, 6);
    assert_int_equal(d->blocks[0].n_patterns, 6);
    assert_int_equal(d->blocks[0].dialect, 2);
    const dyad_pattern *p = pattern_at(d, 5);
    assert_int_equal(p->n_items, 7);
    assert_int_equal(p->verb, 1);
    check_item(d, &p->items[0], DYAD_PAT_SYNSET, DYAD_ROLE_HEAD, 0, "ARMY");
    check_item(d, &p->items[1], DYAD_PAT_VERB, DYAD_ROLE_HEAD, 0, NULL);
    check_item(d, &p->items[2], DYAD_PAT_WORD, DYAD_ROLE_MOD, 0, "urgent");
    check_item(d, &p->items[3], DYAD_PAT_WORD, DYAD_ROLE_MOD, 0, "relief");
    check_item(d, &p->items[4], DYAD_PAT_WORD, DYAD_ROLE_HEAD, 0, "supplies");
    check_item(d, &p->items[5], DYAD_PAT_WORD, DYAD_ROLE_PREP, 1, "to");
    check_item(d, &p->items[6], DYAD_PAT_WORD, DYAD_ROLE_HEAD, 1, "border");
    assert_string_equal(p->code.fwd, "073");
    assert_string_equal(p->text, "- &ARMY * {URGENT RELIEF SUPPLIES} (TO BORDER) [073]");

    p = pattern_at(d, 6);
    assert_int_equal(p->n_items, 2);
    check_item(d, &p->items[1], DYAD_PAT_WORD, DYAD_ROLE_PREP, 1, "for");
    assert_string_equal(p->code.fwd, "042");
    assert_string_equal(p->code.rev, "043");

    p = pattern_at(d, 7);
    assert_int_equal(p->n_items, 5);
    check_item(d, &p->items[0], DYAD_PAT_SOURCE, DYAD_ROLE_HEAD, 0, NULL);
    check_item(d, &p->items[2], DYAD_PAT_TARGET, DYAD_ROLE_HEAD, 0, NULL);
    check_item(d, &p->items[3], DYAD_PAT_WORD, DYAD_ROLE_PREP, 1, "from");
    check_item(d, &p->items[4], DYAD_PAT_SKIP, DYAD_ROLE_HEAD, 1, NULL);
    assert_null(p->code.fwd);
    assert_string_equal(p->code.rev, "110");

    p = pattern_at(d, 8);
    check_item(d, &p->items[0], DYAD_PAT_COMPOUND, DYAD_ROLE_HEAD, 0, NULL);
    assert_null(p->code.fwd);
    assert_null(p->code.rev);

    p = pattern_at(d, 9);   /* "A_B" outside braces is the noun phrase {A B} */
    check_item(d, &p->items[1], DYAD_PAT_WORD, DYAD_ROLE_MOD, 0, "off");
    check_item(d, &p->items[2], DYAD_PAT_WORD, DYAD_ROLE_HEAD, 0, "course");

    p = pattern_at(d, 10);  /* "*AID": the verb, then AID, as PETRARCH-2 splits at '*' */
    assert_int_equal(p->n_items, 5);
    check_item(d, &p->items[1], DYAD_PAT_WORD, DYAD_ROLE_HEAD, 0, "aid");
    check_item(d, &p->items[3], DYAD_PAT_WORD, DYAD_ROLE_MOD, 1, "refugee");
    check_item(d, &p->items[4], DYAD_PAT_WORD, DYAD_ROLE_HEAD, 1, "camps");
    dyad_dict_free(d);
}

static void test_patterns_petrarch1(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "&TIES\n"
        "+TRADE\n"
        "--- ACKNOWLEDGE [023] ---\n"
        "ACKNOWLEDGE\n"
        "- SO IN_AND_*_OUT_AGAIN NOW [074]\n"     /* line 5 */
        "- IN_ * [075]\n"
        "- * NEW_&TIES_RELATIONS [076]\n");
    assert_int_equal(d->blocks[0].dialect, 1);
    const dyad_pattern *p = pattern_at(d, 5);
    assert_int_equal(p->n_items, 7);
    assert_int_equal(p->verb, 3);
    static const int joined[7] = {0, 0, 1, 1, 1, 1, 0};
    static const char *const words[7] = {"so", "in", "and", NULL, "out", "again", "now"};
    for (int i = 0; i < 7; i++) {
        check_item(d, &p->items[i], i == 3 ? DYAD_PAT_VERB : DYAD_PAT_WORD, DYAD_ROLE_WORD, 0,
                   words[i]);
        assert_int_equal(p->items[i].joined, joined[i]);
    }
    p = pattern_at(d, 6);   /* "IN_ *": a '_' before a space joins nothing */
    assert_int_equal(p->n_items, 2);
    assert_int_equal(p->items[1].joined, 0);
    p = pattern_at(d, 7);
    assert_int_equal(p->n_items, 4);
    check_item(d, &p->items[2], DYAD_PAT_SYNSET, DYAD_ROLE_WORD, 0, "TIES");
    assert_int_equal(p->items[2].joined, 1);
    assert_int_equal(p->items[3].joined, 1);
    dyad_dict_free(d);
}

static void test_comments(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "<!-- A VERB DICTIONARY -->\n"
        "<!-- this comment spans lines\n"
        "--- HIDDEN [010] ---\n"
        "- * NOTHING [011]\n"
        "ends here -->\n"
        "# a comment line\n"
        "--- PLEAD [020] ---   # a comment after the header\n"
        "PLEAD ;tony 4/29/91\n"
        "BEG <!-- inline --> [021]\n"
        "- * MERCY [022]  # EXCUSE <ab 02 Dec 2005>\n");
    assert_int_equal(d->n_blocks, 1);
    assert_string_equal(d->blocks[0].name, "PLEAD");
    assert_int_equal(d->n_verbs, 2);
    assert_string_equal(d->verbs[verb_of(d, "beg")].code.fwd, "021");
    assert_int_equal(d->n_patterns, 1);
    assert_int_equal(d->patterns[0].line, 10);
    assert_int_equal(verb_of(d, "hidden"), -1);
    dyad_dict_free(d);
}

static void test_crlf(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "&FOE\r\n+ENEMY\r\n\r\n--- FIGHT [190] ---\r\nFIGHT {FOUGHT FIGHTS FIGHTING}\r\n"
        "- * &FOE [193]\r\n");
    assert_true(has_member(d, "FOE", "enemies"));
    assert_true(verb_of(d, "fought") >= 0);
    assert_string_equal(d->patterns[0].code.fwd, "193");
    assert_int_equal(d->patterns[0].line, 6);
    dyad_dict_free(d);
}

static void test_repeated_patterns(void **state) {
    (void)state;
    char *msgs;
    int n;
    dyad_dict *d = load_into(NULL, DYAD_DICT_VERBS,
        "--- ASK [020] ---\n"
        "ASK\n"
        "- * MEETING [026]\n"
        "- * MEETING                [026]\n"     /* the same again: dropped quietly */
        "- * MEETING [036]\n"                    /* another code: reported, the later wins */
        "--- GRANT [070] ---\n"
        "GRANT\n"
        "- * MEETING [040]\n",                   /* another block: not a repeat */
        &msgs, &n);
    assert_int_equal(n, 1);
    assert_string_equal(msgs, "t.txt:5:13: warning: pattern repeats line 3 with another code "
                              "[026]; the later code [036] is used\n");
    assert_int_equal(d->n_patterns, 2);
    assert_string_equal(d->patterns[0].code.fwd, "036");
    assert_int_equal(d->patterns[0].line, 5);
    assert_int_equal(d->blocks[0].n_patterns, 1);
    assert_string_equal(d->patterns[1].code.fwd, "040");
    free(msgs);
    dyad_dict_free(d);
}

static void test_transformations(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "--- SAY [010] ---\n"
        "SAY {SAID SAYS SAYING}\n"
        "--- ATTACK [190] ---\n"
        "ATTACK\n"
        "~ a (a b ATTACK) SAY = a b 015\n"
        "~ a (b . Q ) SAY = a b Q\n");
    assert_int_equal(d->n_transforms, 2);
    const dyad_transform *t = &d->transforms[0];
    assert_string_equal(t->outer_source, "a");
    assert_string_equal(t->inner_source, "a");
    assert_string_equal(t->inner_target, "b");
    assert_string_equal(t->inner_verb, "ATTACK");
    assert_string_equal(t->outer_verb, "SAY");
    assert_string_equal(dyad_dict_word(d, t->inner_word), "attack");
    assert_string_equal(t->result_source, "a");
    assert_string_equal(t->result_target, "b");
    assert_string_equal(t->result_code, "015");
    t = &d->transforms[1];
    assert_string_equal(t->inner_target, ".");
    assert_int_equal(t->inner_word, DYAD_NO_WORD);
    assert_string_equal(t->result_code, "Q");
    dyad_dict_free(d);
}

static void test_verb_in_two_blocks(void **state) {
    (void)state;
    dyad_dict *d = load_clean(DYAD_DICT_VERBS,
        "--- ADD [---] ---\nADD\n--- GRANT [070] ---\nGRANT\nADD\n");
    int f = dyad_verb_find(d, dyad_dict_word_id(d, "adds"));
    assert_true(f >= 0);
    assert_int_equal(d->verbs[d->forms[f].verb].block, 0);   /* file order */
    f = d->forms[f].next;
    assert_true(f >= 0);
    assert_int_equal(d->verbs[d->forms[f].verb].block, 1);
    assert_int_equal(d->forms[f].next, -1);
    dyad_dict_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_synset_members_and_plurals),
        cmocka_unit_test(test_synset_nested_and_pp_members),
        cmocka_unit_test(test_block_header_codes),
        cmocka_unit_test(test_verb_forms),
        cmocka_unit_test(test_multiword_verbs),
        cmocka_unit_test(test_patterns_petrarch2),
        cmocka_unit_test(test_patterns_petrarch1),
        cmocka_unit_test(test_comments),
        cmocka_unit_test(test_crlf),
        cmocka_unit_test(test_repeated_patterns),
        cmocka_unit_test(test_transformations),
        cmocka_unit_test(test_verb_in_two_blocks),
    };
    return cmocka_run_group_tests_name("dict verbs", tests, NULL, NULL);
}
