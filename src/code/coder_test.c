/*
** coder_test.c - one test per dictionary syntax feature and per coding convention of the
** coder (coder.h), each on a sentence written as a dependency parse.
*/
#include "code/coder_testing.h"
#include "code/coder_int.h"

/* PETRARCH-1 dialect verbs (the '_' joins make the loader read them so). */
static const char *verbs1 =
    "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n\n"
    "--- RESTORE [064] ---\nRESTORE\n- * FULL_TIES [065]\n- * TIES [066]\n- * &CURRENCY [071]\n\n"
    "--- BURN [---] ---\nBURN\n- * DOWN [222]\n\n"
    "--- CRITICIZE [121] ---\nCRITICIZE\n- HEAVILY * [122]\n\n"
    "--- BREAK [1717] ---\nBREAK {BROKE BROKEN BREAKS}\n- + * IN $ [075]\n\n"
    "--- CELEBRATE [181] ---\nCELEBRATE\n- * EID AT ^ WITH + [043]\n\n"
    "--- DELAY [120] ---\nDELAY\n- % HAVE * [191]\n\n"
    "--- MEET [031:032] ---\nMEET {MET MEETS MEETING}\n\n"
    "--- CORDON [---] ---\n+CORDON_OFF {+CORDONED_OFF} [1721]\nWIRE_+TAP {WIRE_+TAPPED} [1711]\n\n"
    "--- ABANDON [345] ---\nABANDON\n- * EFFORT [+++]\n\n"
    "--- SAY [023] ---\nSAY {SAID SAYS}\n\n"
    "--- ATTACK [190] ---\nATTACK\n- NOT_* [191]\n";

/* PETRARCH-2 dialect verbs. */
static const char *verbs2 =
    "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n\n&ENDSYN\n+(TO THE END)\n\n"
    "--- SEND [070] ---\nSEND {SENT SENDS}\n- * TROOPS [150]\n- * {ARMS SHIPMENT} [072]\n"
    "- * (TO BORDER) [151]\n- * &CURRENCY [071]\n\n"
    "--- CALL [010] ---\nCALL\n- * (FOR) [090]\n\n"
    "--- ATTACK [190] ---\nATTACK\n- POLICE * [180]\n\n"
    "--- FIGHT [190] ---\nFIGHT {FOUGHT}\n- * &ENDSYN [193]\n\n"
    "--- SAY [010] ---\nSAY {SAID SAYS}\n\n"
    "--- CRITICIZE [111] ---\nCRITICIZE\n\n"
    "--- MEET [040:041] ---\nMEET {MET MEETS}\n\n"
    "--- PLEDGE [030] ---\nPLEDGE\n\n"
    "--- DEMAND [100] ---\nDEMAND\n\n"
    "--- KILL [190] ---\nKILL\n";

static const char *actors =
    "ARNOR [ARN]\nGONDOR [GON]\nRUSSIA [RUS]\n+RUSSIAN\nFRANCE [FRA]\n+FRENCH\nMACRON [FRAGOV]\n"
    "SCHOLZ [DEUGOV]\nBIDEN [USAGOV]\nTHE_KREMLIN [RUSGOV]\nLORIEN [ELR/GAL]\nDENMARK [DNK]\n"
    "+DANISH\nOSGILIATH [OSG]\nGOLLUM\n\t[HOB <950601]\n\t[HOBGOV 19950601 - 19990815]\n"
    "\t[HOBREB > 990816]\nWORLD_HEALTH_ORGANIZATION [IGOUNOWHO]\n+WHO\n";

static const char *agents =
    "TROOPS {} [~MIL]\nOFFICIAL [~GOV]\nGOVERNMENT [~GOV]\nMEDIA {} [~MED]\nMSF {} [NGO~]\n"
    "POLICE {} [~COP]\nPROSECUTOR [~JUD]\n";

static const char *discards = "BASEBALL\n+TYPHOON\n";

static dyad_dict *dict(const char *verbs) {
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    load_snippet(d, DYAD_DICT_AGENTS, "g.txt", agents);
    load_snippet(d, DYAD_DICT_DISCARDS, "d.txt", discards);
    return d;
}

/* Code spec with the dictionary of the given dialect; returns the events as text. */
static const char *code_with(int dialect, const char *spec, const char *date, bool require_dyad,
                             int new_actor_length) {
    dyad_coder_options o = dyad_coder_defaults();
    o.require_dyad = require_dyad;
    o.new_actor_length = new_actor_length;
    return code_in(dict(dialect == 1 ? verbs1 : verbs2), &o, spec, date);
}

/* Code spec with verbs2 read as dyad's own dictionaries are (the mood synsets defined). */
static const char *code2own(const char *spec) {
    char verbs[8192];
    snprintf(verbs, sizeof verbs, "&INTENT_AUXILIARY\n+WILL_\n\n%s", verbs2);
    return code_in(dict(verbs), NULL, spec, NULL);
}

/* The events of spec, dated 1995-01-01, coded with the verb dictionary snippet verbs and the
   test actors. */
static const char *code_verbs(const char *verbs, const char *spec) {
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    return code_in(d, NULL, spec, NULL);
}

static const char *code1(const char *spec) { return code_with(1, spec, NULL, true, 0); }
static const char *code2(const char *spec) { return code_with(2, spec, NULL, true, 0); }

/* "Arnor restored ties with Gondor ." with the object words replaced */
#define RESTORED(obj) \
    "Arnor/PROPN/2/nsubj restored/VERB/0/root " obj " with/ADP/6/case Gondor/PROPN/2/obl ./PUNCT/2/punct"

/* ------------------------------------------------------- dictionary syntax */

static void test_block_code(void **state) {
    (void)state;
    /* no pattern matches: the block's code */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj restored/VERB/0/root order/NOUN/2/obj "
                              "with/ADP/5/case Gondor/PROPN/2/obl"),
                        "ARN GON 064");
}

static void test_null_block_needs_pattern(void **state) {
    (void)state;
    /* BURN [---]: nothing without its pattern, 222 with it */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj burned/VERB/0/root Gondor/PROPN/2/obj"), "");
    assert_string_equal(code1("Arnor/PROPN/2/nsubj burned/VERB/0/root down/ADP/2/compound:prt "
                              "Gondor/PROPN/2/obj"),
                        "ARN GON 222");
}

static void test_joined_items(void **state) {
    (void)state;
    /* "* FULL_TIES": adjacent words; with a word between only "* TIES" matches */
    assert_string_equal(code1(RESTORED("full/ADJ/4/amod ties/NOUN/2/obj")), "ARN GON 065");
    assert_string_equal(code1("Arnor/PROPN/2/nsubj restored/VERB/0/root full/ADJ/5/amod "
                              "diplomatic/ADJ/5/amod ties/NOUN/2/obj with/ADP/7/case Gondor/PROPN/2/obl"),
                        "ARN GON 066");
}

static void test_longest_pattern_wins(void **state) {
    (void)state;
    /* "* FULL_TIES" (3 items) and "* TIES" (2) both match: the longer one wins */
    assert_string_equal(code1(RESTORED("full/ADJ/4/amod ties/NOUN/2/obj")), "ARN GON 065");
}

static void test_synset_member(void **state) {
    (void)state;
    /* a two-word member of &CURRENCY */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj restored/VERB/0/root ten/NUM/5/nummod "
                              "Swiss/ADJ/5/amod francs/NOUN/2/obj to/ADP/7/case Gondor/PROPN/2/obl"),
                        "ARN GON 071");
}

static void test_words_before_verb(void **state) {
    (void)state;
    assert_string_equal(code1("Arnor/PROPN/3/nsubj heavily/ADV/3/advmod criticized/VERB/0/root "
                              "Gondor/PROPN/3/obj"),
                        "ARN GON 122");
    assert_string_equal(code1("Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj"),
                        "ARN GON 121");
}

static void test_source_target_items(void **state) {
    (void)state;
    /* "+ * IN $": the subject is the target, the phrase after IN the source; the verb form
       "broke" is one of the irregular forms in {...} */
    assert_string_equal(code1("Gollum/PROPN/2/nsubj broke/VERB/0/root in/ADP/4/case Gondor/PROPN/2/obl"),
                        "GON HOB 075");
}

static void test_skip_item(void **state) {
    (void)state;
    /* "* EID AT ^ WITH +": Osgiliath is skipped, Gondor is the target */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj celebrated/VERB/0/root Eid/PROPN/2/obj "
                              "at/ADP/5/case Osgiliath/PROPN/2/obl with/ADP/7/case Gondor/PROPN/2/obl"),
                        "ARN GON 043");
}

static void test_compound_item(void **state) {
    (void)state;
    /* "% HAVE *": the members of the compound act on each other */
    assert_string_equal(code1("Gondor/PROPN/5/nsubj and/CCONJ/3/cc Osgiliath/PROPN/1/conj "
                              "have/AUX/5/aux delayed/VERB/0/root talks/NOUN/5/obj"),
                        "GON OSG 191, OSG GON 191");
}

static void test_paired_code(void **state) {
    (void)state;
    /* MEET [031:032]: 031 from source to target, 032 back */
    assert_string_equal(code1("Macron/PROPN/2/nsubj met/VERB/0/root Biden/PROPN/2/obj"),
                        "FRAGOV USAGOV 031, USAGOV FRAGOV 032");
}

static void test_multiword_verbs(void **state) {
    (void)state;
    /* a particle after the verb (compound:prt), and a word before it */
    assert_string_equal(code1("Russian/ADJ/2/amod troops/NOUN/3/nsubj cordoned/VERB/0/root "
                              "off/ADP/3/compound:prt Gondor/PROPN/3/obj"),
                        "RUSMIL GON 1721");
    assert_string_equal(code1("Russia/PROPN/3/nsubj wire/NOUN/3/compound tapped/VERB/0/root "
                              "Gondor/PROPN/3/obj"),
                        "RUS GON 1711");
    /* without the particle "cordoned" is no verb of the dictionary */
    assert_string_equal(code1("Russia/PROPN/2/nsubj cordoned/VERB/0/root Gondor/PROPN/2/obj"), "");
}

static void test_complex_code_ignored(void **state) {
    (void)state;
    /* TABARI's [+++] is not an event code: the pattern is not used, the block code applies */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj abandoned/VERB/0/root the/DET/4/det "
                              "effort/NOUN/2/obj with/ADP/6/case Gondor/PROPN/2/obl"),
                        "ARN GON 345");
}

static void test_dialect2_noun(void **state) {
    (void)state;
    assert_string_equal(code2("Russia/PROPN/2/nsubj sent/VERB/0/root troops/NOUN/2/obj "
                              "to/ADP/5/case Gondor/PROPN/2/obl"),
                        "RUS GON 150");
}

static void test_dialect2_noun_phrase(void **state) {
    (void)state;
    /* {ARMS SHIPMENT}: head SHIPMENT with ARMS among its dependents */
    assert_string_equal(code2("Russia/PROPN/2/nsubj sent/VERB/0/root an/DET/5/det arms/NOUN/5/compound "
                              "shipment/NOUN/2/obj to/ADP/7/case Gondor/PROPN/2/obl"),
                        "RUS GON 072");
}

static void test_dialect2_prepositional_phrase(void **state) {
    (void)state;
    /* (TO BORDER): a complement whose case is "to" and whose head is "border" */
    assert_string_equal(code2("Russia/PROPN/2/nsubj sent/VERB/0/root soldiers/NOUN/2/obj "
                              "to/ADP/6/case the/DET/6/det border/NOUN/2/obl of/ADP/8/case "
                              "Gondor/PROPN/6/nmod"),
                        "RUS GON 151");
    /* (FOR): any complement opened by "for" */
    assert_string_equal(code2("Arnor/PROPN/2/nsubj called/VERB/0/root for/ADP/4/case talks/NOUN/2/obl "
                              "with/ADP/6/case Gondor/PROPN/4/nmod"),
                        "ARN GON 090");
}

static void test_dialect2_subject(void **state) {
    (void)state;
    /* "POLICE *": a pattern on the subject's head */
    assert_string_equal(code2("Russian/ADJ/2/amod police/NOUN/3/nsubj attacked/VERB/0/root "
                              "Gondor/PROPN/3/obj"),
                        "RUSCOP GON 180");
}

static void test_dialect2_synsets(void **state) {
    (void)state;
    assert_string_equal(code2("Russia/PROPN/2/nsubj sent/VERB/0/root ten/NUM/4/nummod "
                              "dollars/NOUN/2/obj to/ADP/6/case Gondor/PROPN/2/obl"),
                        "RUS GON 071");
    /* a member that is a whole prepositional phrase: (TO THE END) */
    assert_string_equal(code2("Gondor/PROPN/2/nsubj fought/VERB/0/root Russia/PROPN/2/obj "
                              "to/ADP/6/case the/DET/6/det end/NOUN/2/obl"),
                        "GON RUS 193");
}

/* ------------------------------------------------------------- actors */

static void test_agents(void **state) {
    (void)state;
    /* ~MIL after the country; a possessor country; NGO~ before it */
    assert_string_equal(code1("Russian/ADJ/2/amod troops/NOUN/3/nsubj criticized/VERB/0/root "
                              "Gondor/PROPN/3/obj"),
                        "RUSMIL GON 121");
    assert_string_equal(code1("Gondor/PROPN/3/nmod:poss 's/PART/1/case government/NOUN/4/nsubj "
                              "criticized/VERB/0/root Arnor/PROPN/4/obj"),
                        "GONGOV ARN 121");
    assert_string_equal(code1("MSF/PROPN/2/compound Arnor/PROPN/3/nsubj criticized/VERB/0/root "
                              "Gondor/PROPN/3/obj"),
                        "NGOARN GON 121");
    /* an agent alone */
    assert_string_equal(code1("the/DET/2/det prosecutor/NOUN/3/nsubj criticized/VERB/0/root "
                              "Gondor/PROPN/3/obj"),
                        "---JUD GON 121");
}

static void test_metonym(void **state) {
    (void)state;
    assert_string_equal(code1("The/DET/2/det Kremlin/PROPN/3/nsubj criticized/VERB/0/root "
                              "Gondor/PROPN/3/obj"),
                        "RUSGOV GON 121");
}

static void test_dated_codes(void **state) {
    (void)state;
    const char *s = "Gollum/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj";
    assert_string_equal(code_with(1, s, "1995-01-01", true, 0), "HOB GON 121");
    assert_string_equal(code_with(1, s, "1996-01-01", true, 0), "HOBGOV GON 121");
    assert_string_equal(code_with(1, s, "2000-01-01", true, 0), "HOBREB GON 121");
    /* no document date: the code open towards today */
    dyad_dict *d = dict(verbs1);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed(s, NULL);
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "HOBREB GON 121");
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_multiple_codes(void **state) {
    (void)state;
    /* LORIEN [ELR/GAL] is two actors */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj criticized/VERB/0/root Lorien/PROPN/2/obj"),
                        "ARN ELR 121, ARN GAL 121");
}

static void test_compound_actors(void **state) {
    (void)state;
    assert_string_equal(code1("Macron/PROPN/4/nsubj and/CCONJ/3/cc Scholz/PROPN/1/conj "
                              "met/VERB/0/root Biden/PROPN/4/obj"),
                        "DEUGOV USAGOV 031, FRAGOV USAGOV 031, USAGOV DEUGOV 032, USAGOV FRAGOV 032");
    /* an adjective before the first member is shared; members without an actor drop out */
    assert_string_equal(code1("Danish/ADJ/2/amod media/NOUN/5/nsubj and/CCONJ/4/cc "
                              "government/NOUN/2/conj criticized/VERB/0/root Gondor/PROPN/5/obj"),
                        "DNKGOV GON 121, DNKMED GON 121");
    assert_string_equal(code1("lions/NOUN/5/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj "
                              "criticized/VERB/0/root Arnor/PROPN/4/obj"),
                        "GON ARN 121");
    /* a coordination inside a member */
    assert_string_equal(code1("Gondor/PROPN/6/nsubj ,/PUNCT/3/punct Arnor/PROPN/1/conj and/CCONJ/5/cc "
                              "Russia/PROPN/3/conj criticized/VERB/0/root Osgiliath/PROPN/6/obj"),
                        "ARN OSG 121, GON OSG 121, RUS OSG 121");
}

static void test_apposition(void **state) {
    (void)state;
    /* the apposition is a phrase of its own */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj criticized/VERB/0/root Osgiliath/PROPN/2/obj "
                              ",/PUNCT/6/punct an/DET/6/det ally/NOUN/3/appos of/ADP/8/case "
                              "Gondor/PROPN/6/nmod"),
                        "ARN OSG 121");
    /* a phrase that names no actor takes its apposition's ("the council (Gondor)") */
    assert_string_equal(code2("The/DET/2/det council/NOUN/6/nsubj (/PUNCT/4/punct Gondor/PROPN/2/appos "
                              ")/PUNCT/4/punct criticized/VERB/0/root Arnor/PROPN/6/obj"),
                        "GON ARN 111");
}

static void test_new_actor(void **state) {
    (void)state;
    /* PETRARCH's new_actor_length: an unknown phrase of at most that many words is quoted */
    const char *s = "Gryffindor/PROPN/3/nmod:poss 's/PART/1/case head/NOUN/4/nsubj "
                    "criticized/VERB/0/root Gondor/PROPN/4/obj";
    assert_string_equal(code_with(1, s, NULL, true, 2), "\"GRYFFINDOR HEAD\" GON 121");
    assert_string_equal(code_with(1, s, NULL, true, 1), "");
}

/* ------------------------------------------------------------ conventions */

static void test_passive(void **state) {
    (void)state;
    const char *s = "Gondor/PROPN/3/nsubj:pass was/AUX/3/aux:pass attacked/VERB/0/root by/ADP/5/case "
                    "Russia/PROPN/3/obl:agent";
    assert_string_equal(code1(s), "RUS GON 190");
    assert_string_equal(code2(s), "RUS GON 190");
    /* without an agent, PETRARCH-2 dictionaries make the subject the target */
    assert_string_equal(code_with(2, "Gondor/PROPN/3/nsubj:pass was/AUX/3/aux:pass "
                                     "attacked/VERB/0/root", NULL, false, 0),
                        "--- GON 190");
}

static void test_negation(void **state) {
    (void)state;
    /* a pattern that spells out the negation codes it */
    assert_string_equal(code1("Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod attacked/VERB/0/root "
                              "Gondor/PROPN/4/obj"),
                        "ARN GON 191");
    /* otherwise the event is kept and marked negated */
    dyad_dict *d = dict(verbs1);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed("Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod "
                                "criticize/VERB/0/root Gondor/PROPN/4/obj", "1995-01-01");
    dyad_code_document(c, doc);
    assert_int_equal(doc->n_events, 1);
    assert_true(doc->events[0].negated);
    dyad_document_free(doc);
    doc = parsed("Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj", "1995-01-01");
    dyad_code_document(c, doc);
    assert_int_equal(doc->n_events, 1);
    assert_false(doc->events[0].negated);
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_pronouns(void **state) {
    (void)state;
    /* "it" in the next sentence takes the subject of the previous one */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj met/VERB/0/root Gondor/PROPN/2/obj | "
                              "It/PRON/2/nsubj criticized/VERB/0/root Osgiliath/PROPN/2/obj"),
                        "ARN GON 031, ARN OSG 121, GON ARN 032");
    /* "they" may take a compound; "he" would not */
    assert_string_equal(code1("Gondor/PROPN/4/nsubj and/CCONJ/3/cc Arnor/PROPN/1/conj "
                              "criticized/VERB/0/root Osgiliath/PROPN/4/obj | "
                              "They/PRON/2/nsubj criticized/VERB/0/root Russia/PROPN/2/obj"),
                        "ARN OSG 121, ARN RUS 121, GON OSG 121, GON RUS 121");
    assert_string_equal(code1("Gondor/PROPN/4/nsubj and/CCONJ/3/cc Arnor/PROPN/1/conj "
                              "criticized/VERB/0/root Osgiliath/PROPN/4/obj | "
                              "He/PRON/2/nsubj criticized/VERB/0/root Russia/PROPN/2/obj"),
                        "ARN OSG 121, GON OSG 121");
}

static void test_reflexive_possessive(void **state) {
    (void)state;
    /* "their meeting" refers back to the compound subject: its members act on each other */
    assert_string_equal(code1("Gondor/PROPN/4/nsubj and/CCONJ/3/cc Osgiliath/PROPN/1/conj "
                              "criticized/VERB/0/root their/PRON/6/nmod:poss meeting/NOUN/4/obj"),
                        "GON OSG 121, OSG GON 121");
}

static void test_embedded_clauses(void **state) {
    (void)state;
    const char *s = "Arnor/PROPN/2/nsubj said/VERB/0/root Gondor/PROPN/4/nsubj "
                    "attacked/VERB/2/ccomp Osgiliath/PROPN/4/obj";
    /* PETRARCH-1 dictionaries: the coded say-verb claims its clause */
    assert_string_equal(code1(s), "ARN GON 023");
    /* PETRARCH-2 dictionaries: the embedded event with its own source; the say-verb has no
       target of its own */
    assert_string_equal(code2(s), "GON OSG 190");
}

static void test_complement_subject_target(void **state) {
    (void)state;
    /* "Russia demanded that Gondor withdraw": no object, so the one asked, the subject of the
       clausal complement, is the target (PETRARCH-2 dictionaries) */
    assert_string_equal(code2("Russia/PROPN/2/nsubj demanded/VERB/0/root that/SCONJ/5/mark "
                              "Gondor/PROPN/5/nsubj withdraw/VERB/2/ccomp"),
                        "RUS GON 100");
    /* when the clause has an event of its own, that is the event */
    assert_string_equal(code2("Russia/PROPN/2/nsubj demanded/VERB/0/root that/SCONJ/5/mark "
                              "Gondor/PROPN/5/nsubj attack/VERB/2/ccomp Osgiliath/PROPN/5/obj"),
                        "GON OSG 190");
    /* not for verbs of saying: what "Russia said Gondor withdrew" is about is no addressee */
    assert_string_equal(code2("Russia/PROPN/2/nsubj said/VERB/0/root Gondor/PROPN/4/nsubj "
                              "withdrew/VERB/2/ccomp/withdraw"),
                        "");
    /* an object of its own comes first */
    assert_string_equal(code2("Russia/PROPN/2/nsubj demanded/VERB/0/root of/ADP/4/case "
                              "Arnor/PROPN/2/obl that/SCONJ/7/mark Gondor/PROPN/7/nsubj "
                              "withdraw/VERB/2/ccomp"),
                        "RUS ARN 100");
}

static void test_dialect2_paired_code(void **state) {
    (void)state;
    /* PETRARCH-2: [A:B] is an active and a passive meaning; only A is coded */
    assert_string_equal(code2("Macron/PROPN/2/nsubj met/VERB/0/root Biden/PROPN/2/obj"),
                        "FRAGOV USAGOV 040");
}

static void test_open_clause(void **state) {
    (void)state;
    /* "pledged to attack X": the attack is the event, the pledge adds none with the same actors */
    assert_string_equal(code2("Russia/PROPN/2/nsubj pledged/VERB/0/root to/PART/4/mark "
                              "attack/VERB/2/xcomp Gondor/PROPN/4/obj"),
                        "RUS GON 190");
    /* without its own complement the pledge keeps its event */
    assert_string_equal(code2("Russia/PROPN/2/nsubj pledged/VERB/0/root aid/NOUN/2/obj "
                              "to/ADP/5/case Gondor/PROPN/2/obl"),
                        "RUS GON 030");
}

static void test_passive_participle(void **state) {
    (void)state;
    /* "Russian troops killed by Gondor": the modified noun is what was done to */
    assert_string_equal(code2("Russian/ADJ/2/amod troops/NOUN/0/root killed/VERB/2/acl/kill/VBN "
                              "by/ADP/5/case Gondor/PROPN/3/obl:agent"),
                        "GON RUSMIL 190");
    /* "Gondor killed Russian troops" parsed as a participle on "Gondor": with a direct object of
       its own it is the noun's verb, active */
    assert_string_equal(code2("Gondor/PROPN/0/root killed/VERB/1/acl/kill/VBN Russian/ADJ/4/amod "
                              "troops/NOUN/2/obj"),
                        "GON RUSMIL 190");
}

static void test_transformation(void **state) {
    (void)state;
    /* "~ a (b . ATTACK) SAY = a b 112": X says Y attacked someone -> X accuses Y */
    char verbs[4096];
    snprintf(verbs, sizeof verbs, "%s\n~ a (b . ATTACK) SAY = a b 112\n", verbs2);
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    assert_int_equal(d->n_transforms, 1);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed("Arnor/PROPN/2/nsubj said/VERB/0/root Gondor/PROPN/4/nsubj "
                                "attacked/VERB/2/ccomp Osgiliath/PROPN/4/obj", NULL);
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "ARN GON 112");
    assert_string_equal(doc->events[0].pattern, "~ a (b . ATTACK) SAY = a b 112");
    dyad_document_free(doc);
    /* no clausal complement: the attack stands */
    doc = parsed("Gondor/PROPN/2/nsubj attacked/VERB/0/root Osgiliath/PROPN/2/obj", NULL);
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "GON OSG 190");
    dyad_document_free(doc);
    /* "Gondor attacked Osgiliath, Arnor said": with PETRARCH-2's dictionaries (no mood synsets)
       a report before its attribution stands */
    doc = parsed("Gondor/PROPN/2/nsubj attacked/VERB/6/ccomp Osgiliath/PROPN/2/obj ,/PUNCT/6/punct "
                 "Arnor/PROPN/6/nsubj said/VERB/0/root", NULL);
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "GON OSG 190");
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_relative_pronoun(void **state) {
    (void)state;
    /* "who" stands for the noun its clause modifies (dyad's own reading; PETRARCH-2's
       dictionaries leave a relative clause's verb without subject, as PETRARCH-2 did), and is
       not the WHO */
    assert_string_equal(code2("Macron/PROPN/7/nsubj ,/PUNCT/4/punct who/PRON/4/nsubj "
                              "met/VERB/1/acl:relcl Biden/PROPN/4/obj ,/PUNCT/4/punct "
                              "criticized/VERB/0/root Gondor/PROPN/7/obj"),
                        "FRAGOV GON 111");
    assert_string_equal(code2own("Macron/PROPN/7/nsubj ,/PUNCT/4/punct who/PRON/4/nsubj "
                              "met/VERB/1/acl:relcl Biden/PROPN/4/obj ,/PUNCT/4/punct "
                              "criticized/VERB/0/root Gondor/PROPN/7/obj"),
                        "FRAGOV GON 111, FRAGOV USAGOV 040");
    /* the name itself still is */
    assert_string_equal(code2own("the/DET/2/det WHO/PROPN/3/nsubj criticized/VERB/0/root Gondor/PROPN/3/obj"),
                        "IGOUNOWHO GON 111");
    /* "Scholz, who ..." hung as an adverbial clause: "who" is still Scholz, and so is a later
       "he" (the nearest subject before it is "who", not Macron) */
    assert_string_equal(code2own("Macron/PROPN/2/nsubj met/VERB/0/root Scholz/PROPN/2/obj ,/PUNCT/6/punct "
                              "who/PRON/6/nsubj returned/VERB/2/advcl ,/PUNCT/10/punct "
                              "where/ADV/10/advmod he/PRON/10/nsubj met/VERB/6/advcl Biden/PROPN/10/obj"),
                        "DEUGOV USAGOV 040, FRAGOV DEUGOV 040");
    /* a comma before "that" opens no relative clause */
    assert_string_equal(code2own("Macron/PROPN/2/nsubj criticized/VERB/0/root Scholz/PROPN/2/obj ,/PUNCT/6/punct "
                              "that/PRON/6/nsubj attacked/VERB/2/advcl Gondor/PROPN/6/obj"),
                        "FRAGOV DEUGOV 111");
    assert_string_equal(code2own("Macron/PROPN/2/nsubj criticized/VERB/0/root Scholz/PROPN/2/obj ,/PUNCT/6/punct "
                              "who/PRON/6/nsubj attacked/VERB/2/advcl Gondor/PROPN/6/obj"),
                        "DEUGOV GON 190, FRAGOV DEUGOV 111");
}

static void test_oblique_under_adverb(void **state) {
    (void)state;
    /* "sent troops near to Gondor" with "Gondor" under the adverb "near" */
    assert_string_equal(code2("Russia/PROPN/2/nsubj sent/VERB/0/root troops/NOUN/2/obj near/ADV/2/advmod "
                              "to/ADP/6/case Gondor/PROPN/4/obl"),
                        "RUS GON 150");
}

static void test_spelled_out_phrase(void **state) {
    (void)state;
    /* "sent trainloads of troops into Gondor": the troops the pattern names are no target, even
       inside another phrase */
    assert_string_equal(code2("Russia/PROPN/2/nsubj sent/VERB/0/root trainloads/NOUN/2/obj of/ADP/5/case "
                              "troops/NOUN/3/nmod into/ADP/7/case Gondor/PROPN/2/obl"),
                        "RUS GON 150");
    /* "Russian troops" are not spelled out by TROOPS: "Russian" names the actor */
    assert_string_equal(code2("Gondor/PROPN/2/nsubj sent/VERB/0/root Russian/ADJ/4/amod troops/NOUN/2/obj"),
                        "GON RUSMIL 150");
    /* but a name in a prepositional modifier of place does not make them its troops: "troops
       near the Russian border" are coded as the place, RUS, which is then no spelled-out TROOPS
       but the target, before the oblique */
    assert_string_equal(code2("Gondor/PROPN/2/nsubj sent/VERB/0/root troops/NOUN/2/obj near/ADP/7/case "
                              "the/DET/7/det Russian/ADJ/7/amod border/NOUN/3/nmod to/ADP/9/case Arnor/PROPN/2/obl"),
                        "GON RUS 150");
    assert_string_equal(code2("Gondor/PROPN/2/nsubj sent/VERB/0/root troops/NOUN/2/obj near/ADP/7/case "
                              "the/DET/7/det Russian/ADJ/7/amod border/NOUN/3/nmod"),
                        "GON RUS 150");
    /* a modifier that is no place keeps the old reading: the name spelled out by TROOPS is
       skipped for the oblique ("trainloads of troops into Gondor" above) */
}

/* Code spec (" | " between sentences) with each sentence a paragraph of its own. */
static const char *code_paragraphs(const char *spec) {
    static char out[2048];
    dyad_dict *d = dict(verbs2);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed(spec, "1995-01-01");
    for (int k = 0; k < doc->n_sentences; k++) doc->sentences[k].paragraph = k;
    dyad_code_document(c, doc);
    snprintf(out, sizeof out, "%s", events_text(doc));
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
    return out;
}

static void test_page_furniture(void **state) {
    (void)state;
    /* a paragraph that is one sentence without final punctuation is not coded */
    assert_string_equal(code_paragraphs("Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj ./PUNCT/2/punct | "
                                        "Russia/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj"),
                        "ARN GON 111");
    /* closing quotes after the full stop are fine */
    assert_string_equal(code_paragraphs("Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj ./PUNCT/2/punct | "
                                        "Russia/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj ./PUNCT/2/punct "
                                        "\"/PUNCT/2/punct"),
                        "ARN GON 111, RUS GON 111");
    /* a document of one paragraph is coded as it is */
    assert_string_equal(code2("Russia/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj"), "RUS GON 111");
}

static void test_demonstrative(void **state) {
    (void)state;
    /* "... rejected those": what the previous sentence reported, done by its source */
    assert_string_equal(code2("Russia/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj | "
                              "Arnor/PROPN/2/nsubj criticized/VERB/0/root those/PRON/2/obj/that/DT"),
                        "ARN RUS 111, RUS GON 111");
    /* only the sentence just before; a relative "that" (WDT) is no demonstrative */
    assert_string_equal(code2("Russia/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj | "
                              "Arnor/PROPN/2/nsubj slept/VERB/0/root | "
                              "Arnor/PROPN/2/nsubj criticized/VERB/0/root those/PRON/2/obj/that/DT"),
                        "RUS GON 111");
    assert_string_equal(code2("Russia/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj | "
                              "Arnor/PROPN/2/nsubj criticized/VERB/0/root that/PRON/2/obj/that/WDT"),
                        "RUS GON 111");
}

static void test_former(void **state) {
    (void)state;
    assert_string_equal(code1("former/ADJ/3/amod Russian/ADJ/3/amod prosecutor/NOUN/4/nsubj "
                              "criticized/VERB/0/root Gondor/PROPN/4/obj"),
                        "RUSELI GON 121");
}

static void test_discards(void **state) {
    (void)state;
    dyad_dict *d = dict(verbs1);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed("Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj | "
                                "Arnor/PROPN/2/nsubj criticized/VERB/0/root baseballs/NOUN/2/obj",
                                NULL);
    assert_int_equal(dyad_code_document(c, doc), DYAD_SENTENCE_DISCARD);
    assert_string_equal(events_text(doc), "ARN GON 121");
    dyad_document_free(doc);
    doc = parsed("Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj | "
                 "a/DET/2/det typhoon/NOUN/3/nsubj hit/VERB/0/root Gondor/PROPN/3/obj", NULL);
    assert_int_equal(dyad_code_document(c, doc), DYAD_STORY_DISCARD);
    assert_int_equal(doc->n_events, 0);
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_require_dyad(void **state) {
    (void)state;
    const char *s = "crowds/NOUN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj";
    assert_string_equal(code_with(1, s, NULL, true, 0), "");
    assert_string_equal(code_with(1, s, NULL, false, 0), "--- GON 121");
}

static void test_no_invented_code(void **state) {
    (void)state;
    /* a verb the dictionary does not have, and one whose block has no code */
    assert_string_equal(code1("Arnor/PROPN/2/nsubj greeted/VERB/0/root Gondor/PROPN/2/obj"), "");
    assert_string_equal(code_with(1, "Arnor/PROPN/2/nsubj burned/VERB/0/root Gondor/PROPN/2/obj",
                                  NULL, false, 0), "");
}

static void test_event_fields(void **state) {
    (void)state;
    dyad_dict *d = dict(verbs1);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed("Russian/ADJ/2/amod troops/NOUN/3/nsubj cordoned/VERB/0/root "
                                "off/ADP/3/compound:prt Gondor/PROPN/3/obj yesterday/NOUN/3/obl:tmod",
                                "2022-02-08");
    dyad_code_document(c, doc);
    assert_int_equal(doc->n_events, 1);
    const dyad_event *e = &doc->events[0];
    assert_int_equal(e->sentence, 0);
    assert_string_equal(e->date, "2022-02-07");
    assert_string_equal(e->source.text, "Russian troops");
    assert_string_equal(e->source.entry, "RUSSIA");
    assert_string_equal(e->target.text, "Gondor");
    assert_string_equal(doc->text + e->target.start, "Gondor yesterday");
    assert_int_equal(e->target.end - e->target.start, 6);
    assert_string_equal(e->verb, "cordon off");
    assert_int_equal(e->verb_end - e->verb_start, strlen("cordoned off"));
    assert_null(e->pattern);
    assert_string_equal(e->pattern_origin, "v.txt:35");
    dyad_document_free(doc);
    doc = parsed(RESTORED("full/ADJ/4/amod ties/NOUN/2/obj"), "2022-02-08");
    dyad_code_document(c, doc);
    assert_int_equal(doc->n_events, 1);
    assert_string_equal(doc->events[0].pattern, "- * FULL_TIES [065]");
    assert_string_equal(doc->events[0].pattern_origin, "v.txt:7");
    assert_string_equal(doc->events[0].date, "2022-02-08");
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_trace(void **state) {
    (void)state;
    dyad_dict *d = dict(verbs1);
    dyad_buf trace = {0};
    dyad_coder_options o = dyad_coder_defaults();
    o.trace = &trace;
    dyad_coder *c = dyad_coder_new(d, &o);
    dyad_document *doc = parsed(RESTORED("full/ADJ/4/amod ties/NOUN/2/obj"), NULL);
    dyad_code_document(c, doc);
    assert_non_null(strstr(trace.data, "\"- * FULL_TIES [065]\": matches"));
    /* a pattern that fails next to the verb is only counted... */
    assert_null(strstr(trace.data, "\"- * &CURRENCY [071]\": no match"));
    assert_non_null(strstr(trace.data, "1 more pattern failed on the item next to the verb"));
    assert_non_null(strstr(trace.data, "event ARN -> GON 065"));
    dyad_document_free(doc);
    /* ...unless every pattern is to be shown */
    o.trace_all = true;
    trace.len = 0;
    dyad_coder_set_options(c, &o);
    doc = parsed(RESTORED("full/ADJ/4/amod ties/NOUN/2/obj"), NULL);
    dyad_code_document(c, doc);
    assert_non_null(strstr(trace.data, "\"- * &CURRENCY [071]\": no match: &CURRENCY not found after the verb"));
    dyad_document_free(doc);
    dyad_buf_free(&trace);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_discard_prefilter(void **state) {
    (void)state;
    /* the quick test may only say no where the full search finds nothing */
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs1);
    load_snippet(d, DYAD_DICT_DISCARDS, "d.txt",
                 "BASEBALL\n+TYPHOON\nMONTHS LATER\nWORLD_CUP_\n+Manchester United\nQUEEN'S ANTHEM\n");
    static const char *const sentences[] = {
        "fans/NOUN/2/nsubj watched/VERB/0/root baseballs/NOUN/2/obj",
        "it/PRON/2/nsubj ended/VERB/0/root months/NOUN/4/nmod latest/ADJ/2/obj",
        "it/PRON/2/nsubj ended/VERB/0/root months/NOUN/4/nmod laterally/ADV/2/advmod",
        "the/DET/3/det World/PROPN/3/compound Cup/PROPN/4/nsubj began/VERB/0/root",
        "the/DET/3/det World/PROPN/3/compound Cups/PROPN/4/nsubj began/VERB/0/root",
        "Manchester/PROPN/2/compound United/PROPN/3/nsubj won/VERB/0/root",
        "the/DET/2/det Queen/PROPN/5/nmod:poss 's/PART/2/case anthem/NOUN/5/nsubj played/VERB/0/root",
        "Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj",
        "a/DET/2/det Typhoons/NOUN/3/nsubj hit/VERB/0/root",
    };
    dyad_coder *c = dyad_coder_new(d, NULL);
    int said_no = 0;
    for (size_t k = 0; k < sizeof sentences / sizeof sentences[0]; k++) {
        dyad_document *doc = parsed(sentences[k], NULL);
        coder_sentence_words(c, doc, 0);
        assert_true(coder_sentence(c, doc, 0));
        int start, len;
        int full = dyad_discard_find(d, c->s.forms, c->s.n, &start, &len);
        bool may = coder_may_discard(c->disc, &c->s);
        if (full >= 0) assert_true(may);
        if (!may) said_no++;
        dyad_document_free(doc);
    }
    /* and it does say no where nothing can match */
    assert_true(said_no >= 2);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_odd_trees(void **state) {
    (void)state;
    dyad_dict *d = dict(verbs1);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_buf b = {0};
    /* a chain of 400 prepositional modifiers under the object */
    dyad_buf_puts(&b, "Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj");
    for (int i = 4; i <= 400; i++) dyad_buf_printf(&b, " Osgiliath/PROPN/%d/nmod", i - 1);
    dyad_document *doc = parsed(b.data, NULL);
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "ARN GON 121");
    dyad_document_free(doc);
    /* 300 coordinated subjects */
    b.len = 0;
    dyad_buf_puts(&b, "Gondor/PROPN/302/nsubj");
    for (int i = 2; i <= 300; i++) dyad_buf_printf(&b, " %s/PROPN/1/conj", i % 2 ? "Arnor" : "Russia");
    dyad_buf_puts(&b, " and/CCONJ/1/cc criticized/VERB/0/root Osgiliath/PROPN/302/obj");
    doc = parsed(b.data, NULL);
    dyad_code_document(c, doc);
    assert_true(doc->n_events >= 1);
    dyad_document_free(doc);
    /* every word a verb of the dictionary, attached in a long chain */
    b.len = 0;
    dyad_buf_puts(&b, "criticized/VERB/0/root");
    for (int i = 2; i <= 300; i++) dyad_buf_printf(&b, " criticized/VERB/%d/ccomp", i - 1);
    doc = parsed(b.data, NULL);
    dyad_code_document(c, doc);
    assert_int_equal(doc->n_events, 0);
    dyad_document_free(doc);
    dyad_buf_free(&b);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

static void test_unparsed_sentence(void **state) {
    (void)state;
    /* words without heads (a document not parsed) are skipped, not coded */
    dyad_dict *d = dict(verbs1);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed("Arnor/PROPN/2/nsubj criticized/VERB/0/root Gondor/PROPN/2/obj", NULL);
    for (int i = 0; i < doc->sentences[0].n_words; i++) doc->sentences[0].words[i].head = -1;
    assert_int_equal(dyad_code_document(c, doc), DYAD_CODED);
    assert_int_equal(doc->n_events, 0);
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

/* Code the sentence spec (dated 1995-01-01) with coder a and with coder b, and check the events
   each gives (events_text) against want_a and want_b. */
static void check_two_coders(dyad_coder *a, dyad_coder *b, const char *spec, const char *want_a,
                             const char *want_b) {
    dyad_document *doc = parsed(spec, "1995-01-01");
    dyad_code_document(a, doc);
    assert_string_equal(events_text(doc), want_a);
    dyad_document_free(doc);
    doc = parsed(spec, "1995-01-01");
    dyad_code_document(b, doc);
    assert_string_equal(events_text(doc), want_b);
    dyad_document_free(doc);
}

/* mood.c: intended, negated and demanded acts take CAMEO's codes for them */
static void test_mood(void **state) {
    (void)state;
    char verbs[8192], more[4096];
    snprintf(more, sizeof more, "%s\n--- RELEASE [084] ---\nRELEASE\n\n--- BLOCKADE [191] ---\nBLOCKADE\n", verbs2);
    snprintf(verbs, sizeof verbs, "&INTENT_AUXILIARY\n+WILL_\n+WOULD_\n\n&INTENT_ADJECTIVE\n+WILLING_\n+PREPARED_\n\n"
             "&OBLIGATION_AUXILIARY\n+MUST_\n\n&REFUSAL_VERB\n+REFUSE_\n\n&RELUCTANCE_ADJECTIVE\n+RELUCTANT_\n\n%s",
             more);
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    dyad_dict *plain = dyad_dict_new();     /* no mood synsets, as PETRARCH-2's CAMEO.2.0.txt */
    load_snippet(plain, DYAD_DICT_VERBS, "v.txt", more);
    load_snippet(plain, DYAD_DICT_ACTORS, "a.txt", actors);
    dyad_coder *c = dyad_coder_new(d, NULL), *cp = dyad_coder_new(plain, NULL);
    static const struct {
        const char *spec, *with, *without;
    } cases[] = {
        /* "Arnor will meet Gondor": intent to meet (036) */
        {"Arnor/PROPN/3/nsubj will/AUX/3/aux meet/VERB/0/root Gondor/PROPN/3/obj", "ARN GON 036", "ARN GON 040"},
        /* "Arnor would blockade Gondor": a threat of blockade (1381) */
        {"Arnor/PROPN/3/nsubj would/AUX/3/aux blockade/VERB/0/root Gondor/PROPN/3/obj", "ARN GON 1381",
         "ARN GON 191"},
        /* "Arnor pledged to release Gondor": the release is intended (0353), also without the
           synsets (a pledge with an act in its open clause, transform.c) */
        {"Arnor/PROPN/2/nsubj pledged/VERB/0/root to/PART/4/mark release/VERB/2/xcomp Gondor/PROPN/4/obj",
         "ARN GON 0353", "ARN GON 0353"},
        /* "Arnor is willing to meet Gondor" */
        {"Arnor/PROPN/3/nsubj is/AUX/3/cop willing/ADJ/0/root to/PART/5/mark meet/VERB/3/xcomp "
         "Gondor/PROPN/5/obj", "ARN GON 036", "ARN GON 040"},
        /* "Arnor is prepared to meet Gondor", "prepared" tagged as a passive participle */
        {"Arnor/PROPN/3/nsubj:pass is/AUX/3/aux:pass prepared/VERB/0/root/prepare/VBN to/PART/5/mark "
         "meet/VERB/3/xcomp Gondor/PROPN/5/obj", "ARN GON 036", "ARN GON 040"},
        /* "Arnor will release Gondor unless ...": an ultimatum */
        {"Arnor/PROPN/3/nsubj will/AUX/3/aux release/VERB/0/root Gondor/PROPN/3/obj unless/SCONJ/7/mark "
         "Osgiliath/PROPN/7/nsubj attacks/VERB/3/advcl", "ARN GON 139", "ARN GON 084"},
        /* "Arnor did not meet Gondor": a refusal to meet (125) with either dictionary */
        {"Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod meet/VERB/0/root Gondor/PROPN/4/obj",
         "ARN GON 125", "ARN GON 125"},
        /* a negated conflictual act keeps its code (marked negated) */
        {"Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod criticize/VERB/0/root Gondor/PROPN/4/obj",
         "ARN GON 111", "ARN GON 111"},
        /* "Arnor said Gondor must release Osgiliath": Arnor demands the release (1053) */
        {"Arnor/PROPN/2/nsubj said/VERB/0/root Gondor/PROPN/5/nsubj must/AUX/5/aux release/VERB/2/ccomp "
         "Osgiliath/PROPN/5/obj", "ARN GON 1053", "GON OSG 084"},
        /* ... with the clause hung on "Tuesday" ("said on Tuesday that ...") */
        {"Arnor/PROPN/2/nsubj said/VERB/0/root on/ADP/4/case Tuesday/PROPN/2/obl that/PRON/8/mark "
         "Gondor/PROPN/8/nsubj must/AUX/8/aux release/VERB/4/acl:relcl Osgiliath/PROPN/8/obj",
         "ARN GON 1053", "GON OSG 084"},
        /* ... a clause without an act of the dictionary: a demand (100) */
        {"Arnor/PROPN/2/nsubj said/VERB/0/root Gondor/PROPN/5/nsubj must/AUX/5/aux leave/VERB/2/ccomp",
         "ARN GON 100", ""},
        /* "Arnor refused to meet Gondor": a refusal to meet (125) */
        {"Arnor/PROPN/2/nsubj refused/VERB/0/root/refuse to/PART/4/mark meet/VERB/2/xcomp Gondor/PROPN/4/obj",
         "ARN GON 125", "ARN GON 040"},
        /* "Arnor refused to criticize Gondor": no criticism */
        {"Arnor/PROPN/2/nsubj refused/VERB/0/root/refuse to/PART/4/mark criticize/VERB/2/xcomp Gondor/PROPN/4/obj",
         "", "ARN GON 111"},
        /* "Arnor and Gondor refused to meet on the issue": they reject meeting each other, as
           they would have met each other */
        {"Arnor/PROPN/4/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj refused/VERB/0/root/refuse to/PART/6/mark "
         "meet/VERB/4/xcomp on/ADP/9/case the/DET/9/det issue/NOUN/6/obl", "ARN GON 125, GON ARN 125", "ARN GON 040, GON ARN 040"},
        /* "Arnor is reluctant to meet Gondor": a refusal to meet; the "to" clause parsed as
           adverbial ("reluctant to criticize Gondor"): no criticism */
        {"Arnor/PROPN/3/nsubj is/AUX/3/cop reluctant/ADJ/0/root to/PART/5/mark meet/VERB/3/xcomp "
         "Gondor/PROPN/5/obj", "ARN GON 125", "ARN GON 040"},
        {"Arnor/PROPN/3/nsubj is/AUX/3/cop reluctant/ADJ/0/root to/PART/5/mark criticize/VERB/3/advcl "
         "Gondor/PROPN/5/obj", "", "ARN GON 111"},
        /* "Arnor is too weak to criticize Gondor" */
        {"Arnor/PROPN/4/nsubj is/AUX/4/cop too/ADV/4/advmod weak/ADJ/0/root to/PART/6/mark "
         "criticize/VERB/4/xcomp Gondor/PROPN/6/obj", "", "ARN GON 111"},
        /* the act itself, done: no change */
        {"Arnor/PROPN/2/nsubj met/VERB/0/root Gondor/PROPN/2/obj", "ARN GON 040", "ARN GON 040"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_two_coders(c, cp, cases[i].spec, cases[i].with, cases[i].without);
    dyad_coder_free(c);
    dyad_coder_free(cp);
    dyad_dict_free(d);
    dyad_dict_free(plain);
}

/* a time expression is no actor slot: "(ON +)" does not bind "on Tuesday", and the target is
   found inside it ("on Tuesday in Gondor", as parsers attach it) */
static void test_time_expression(void **state) {
    (void)state;
    const char *verbs = "--- MARCH [141] ---\nMARCH\n- * (ON +) [1411]\n";
    assert_string_equal(code_verbs(verbs, "Arnor/PROPN/2/nsubj marched/VERB/0/root on/ADP/4/case Tuesday/PROPN/2/obl "
                                "in/ADP/6/case Gondor/PROPN/4/nmod"),
                        "ARN GON 141");
    /* a phrase that is no time still fills the slot */
    assert_string_equal(code_verbs(verbs, "Arnor/PROPN/2/nsubj marched/VERB/0/root on/ADP/4/case Gondor/PROPN/2/obl"),
                        "ARN GON 1411");
}

/* a verb without a target takes it from the complements of its purpose or participle clause
   ("Arnor demonstrated to demand the release of Gondor") */
static void test_purpose_clause_target(void **state) {
    (void)state;
    const char *verbs = "--- MARCH [141] ---\nMARCH\n- * (ON +) [1411]\n";
    assert_string_equal(code_verbs(verbs, "Arnor/PROPN/2/nsubj marched/VERB/0/root to/PART/4/mark demand/VERB/2/advcl "
                                "the/DET/6/det release/NOUN/4/obj of/ADP/8/case Gondor/PROPN/6/nmod"),
                        "ARN GON 141");
    /* a clause with its own subject is no purpose clause */
    assert_string_equal(code_verbs(verbs, "Arnor/PROPN/2/nsubj marched/VERB/0/root because/SCONJ/5/mark Osgiliath/PROPN/5/nsubj "
                 "attacked/VERB/2/advcl Gondor/PROPN/5/obj"),
                        "");
}

/* the subject of a verb acts in its purpose clause; in a participle clause only with dictionaries
   that define the mood synsets (dyad's own), as PETRARCH-2 read its dictionaries; with PETRARCH-2's
   a purpose clause of the same kind of act as its verb is no second event ("met Gondor to discuss
   Osgiliath") */
static void test_adverbial_clause_subject(void **state) {
    (void)state;
    static const char *verbs =
        "--- ATTACK [190] ---\nATTACK\n\n--- KILL [190] ---\nKILL\n\n--- MEET [040] ---\nMEET\n\n"
        "--- DISCUSS [040] ---\nDISCUSS\n\n--- CRITICIZE [111] ---\nCRITICIZE\n";
    char own[4096];
    snprintf(own, sizeof own, "&INTENT_AUXILIARY\n+WILL_\n\n%s", verbs);
    dyad_dict *d = dyad_dict_new(), *o = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    load_snippet(o, DYAD_DICT_VERBS, "v.txt", own);
    load_snippet(o, DYAD_DICT_ACTORS, "a.txt", actors);
    dyad_coder *c = dyad_coder_new(d, NULL), *co = dyad_coder_new(o, NULL);
    static const struct {
        const char *spec, *plain, *own;
    } cases[] = {
        /* "Arnor attacked Gondor, killing Osgiliath" */
        {"Arnor/PROPN/2/nsubj attacked/VERB/0/root Gondor/PROPN/2/obj ,/PUNCT/5/punct "
         "killing/VERB/2/advcl/kill/VBG Osgiliath/PROPN/5/obj", "ARN GON 190", "ARN GON 190, ARN OSG 190"},
        /* "Arnor met Gondor to criticize Osgiliath" */
        {"Arnor/PROPN/2/nsubj met/VERB/0/root/meet Gondor/PROPN/2/obj to/PART/5/mark "
         "criticize/VERB/2/advcl Osgiliath/PROPN/5/obj", "ARN GON 040, ARN OSG 111", "ARN GON 040, ARN OSG 111"},
        /* "Arnor did not meet Gondor to criticize Osgiliath": a refusal to meet (125); the criticism
           is not made either */
        {"Arnor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod meet/VERB/0/root/meet Gondor/PROPN/4/obj "
         "to/PART/7/mark criticize/VERB/4/advcl Osgiliath/PROPN/7/obj", "ARN GON 125", "ARN GON 125"},
        /* "Arnor met Gondor to discuss Osgiliath": one consultation for PETRARCH-2's reading;
           dyad's own keeps both acts */
        {"Arnor/PROPN/2/nsubj met/VERB/0/root/meet Gondor/PROPN/2/obj to/PART/5/mark "
         "discuss/VERB/2/advcl Osgiliath/PROPN/5/obj", "ARN GON 040", "ARN GON 040, ARN OSG 040"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_two_coders(c, co, cases[i].spec, cases[i].plain, cases[i].own);
    dyad_coder_free(c);
    dyad_coder_free(co);
    dyad_dict_free(d);
    dyad_dict_free(o);
}

/* "Arnor demanded that Gondor leave" parsed with "that" as the object: the target is found in
   what it stands for */
static void test_complementizer_object(void **state) {
    (void)state;
    assert_string_equal(code2("Arnor/PROPN/2/nsubj demanded/VERB/0/root/demand that/SCONJ/2/obj "
                              "Gondor/PROPN/3/obj leave/ADP/4/case"),
                        "ARN GON 100");
}


/* "Arnor attacked a government-held part of Gondor": an agent word that begins a hyphenated
   compound is no sector of the phrase (GON, not GONGOV) */
static void test_hyphen_agent(void **state) {
    (void)state;
    static const char conllu[] =
        "# sent_id = s1\n"
        "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
        "4\tgovernment\tgovernment\tNOUN\tNN\t_\t6\tcompound\t_\tSpaceAfter=No\n"
        "5\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n"
        "6\theld\thold\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
        "7\tpart\tpart\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
        "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
        "9\tGondor\tGondor\tPROPN\tNNP\t_\t7\tnmod\t_\t_\n\n";
    dyad_document *doc = conllu_document(conllu, "1995-01-01");
    dyad_dict *d = dict(verbs2);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "ARN GON 190");
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

/* "Arnor will draw wide-reaching consequences for Gondor", with "reaching" parsed as a verb whose
   object is "consequences": the words written together make an adjective of the noun, which is
   the object of "draw" (the hyphen's SpaceAfter=No tells the words are written together) */
static void test_hyphen_participle(void **state) {
    (void)state;
    static const char conllu[] =
        "# sent_id = s1\n"
        "1\tArnor\tArnor\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
        "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
        "3\tdraw\tdraw\tVERB\tVB\t_\t0\troot\t_\t_\n"
        "4\twide\twide\tADV\tRB\t_\t3\tadvmod\t_\tSpaceAfter=No\n"
        "5\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n"
        "6\treaching\treach\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
        "7\tconsequences\tconsequence\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
        "8\tfor\tfor\tADP\tIN\t_\t9\tcase\t_\t_\n"
        "9\tGondor\tGondor\tPROPN\tNNP\t_\t7\tnmod\t_\t_\n\n";
    dyad_document *doc = conllu_document(conllu, "1995-01-01");
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", "--- DRAW [---] ---\nDRAW\n- * CONSEQUENCE [130]\n");
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "ARN GON 130");
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

/* "Rights watchdog Gondor criticized Arnor" with "watchdog" tagged as a gerund (VBG without
   "ing") taking "Gondor" as its object: the name heads the subject */
static void test_false_gerund(void **state) {
    (void)state;
    assert_string_equal(code2("Rights/NOUN/4/nsubj/right watchdog/VERB/1/acl/watchdog/VBG Gondor/PROPN/2/obj "
                              "criticized/VERB/0/root Arnor/PROPN/4/obj"),
                        "GON ARN 111");
    /* a real gerund keeps its object */
    assert_string_equal(code2("Rights/NOUN/4/nsubj/right watching/VERB/1/acl/watch/VBG Gondor/PROPN/2/obj "
                              "criticized/VERB/0/root Arnor/PROPN/4/obj"),
                        "");
}

/* "Gondor again criticized Arnor" with "Gondor" tagged as an adverb: a known actor first in the
   sentence is the subject of a verb that has none */
static void test_adverb_subject(void **state) {
    (void)state;
    assert_string_equal(code2("Gondor/ADV/3/advmod again/ADV/3/advmod criticized/VERB/0/root Arnor/PROPN/3/obj"),
                        "GON ARN 111");
    /* an adverb that names no actor stays one */
    assert_string_equal(code2("Meanwhile/ADV/2/advmod criticized/VERB/0/root Arnor/PROPN/2/obj"), "");
}

/* "Gondor spoke as Arnor criticized Osgiliath" parsed with "as Arnor" a phrase and "criticized" a
   clause without subject beside it: Arnor is the clause's subject */
static void test_clause_as_phrase(void **state) {
    (void)state;
    assert_string_equal(code2("Gondor/PROPN/2/nsubj spoke/VERB/0/root as/ADP/4/case Arnor/PROPN/2/obl "
                              "criticized/VERB/2/advcl Osgiliath/PROPN/5/obj"),
                        "ARN OSG 111");
    /* a phrase apart from the verb stays one */
    assert_string_equal(code2("Gondor/PROPN/2/nsubj spoke/VERB/0/root as/ADP/4/case Arnor/PROPN/2/obl ,/PUNCT/6/punct "
                              "criticizing/VERB/2/advcl/criticize/VBG Osgiliath/PROPN/6/obj"),
                        "");
}

/* With PETRARCH-2's reading a bare noun item matches a noun phrase, not a prepositional one
   ("made remarks at the start of a trip to Gondor" is no "- * TRIP"); dyad's own reading (the
   mood synsets defined) matches either */
static void test_noun_item_phrase(void **state) {
    (void)state;
    static const char *verbs = "--- MAKE [---] ---\nMAKE\n- * TRIP [036]\n";
    char own[1024];
    snprintf(own, sizeof own, "&INTENT_AUXILIARY\n+WILL_\n\n%s", verbs);
    static const char *spec = "Arnor/PROPN/2/nsubj made/VERB/0/root/make remarks/NOUN/2/obj at/ADP/6/case "
                              "the/DET/6/det start/NOUN/2/obl of/ADP/9/case a/DET/9/det trip/NOUN/6/nmod "
                              "to/ADP/11/case Gondor/PROPN/9/nmod";
    const char *want[2] = {"", "ARN GON 036"};
    const char *text[2] = {verbs, own};
    for (int i = 0; i < 2; i++) {
        dyad_dict *d = dyad_dict_new();
        load_snippet(d, DYAD_DICT_VERBS, "v.txt", text[i]);
        load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
        dyad_coder *c = dyad_coder_new(d, NULL);
        dyad_document *doc = parsed(spec, "1995-01-01");
        dyad_code_document(c, doc);
        assert_string_equal(events_text(doc), want[i]);
        dyad_document_free(doc);
        /* a noun phrase matches with either: "made a trip to Gondor" */
        doc = parsed("Arnor/PROPN/2/nsubj made/VERB/0/root/make a/DET/4/det trip/NOUN/2/obj to/ADP/6/case "
                     "Gondor/PROPN/4/nmod", "1995-01-01");
        dyad_code_document(c, doc);
        assert_string_equal(events_text(doc), "ARN GON 036");
        dyad_document_free(doc);
        dyad_coder_free(c);
        dyad_dict_free(d);
    }
}

/* PETRARCH-2's passives: "There were Russian troops killed by Gondor" is passive; and with its
   dictionaries a passive without "by" takes its source from "in" or "from" ("Russian troops were
   killed in Gondor"), as PETRARCH-2 did, which dyad's own reading does not */
static void test_petrarch2_passives(void **state) {
    (void)state;
    assert_string_equal(code2("There/PRON/2/expl were/VERB/0/root/be Russian/ADJ/4/amod troops/NOUN/5/nsubj "
                              "killed/VERB/2/csubj/kill/VBD by/ADP/7/case Gondor/PROPN/5/obl"),
                        "GON RUSMIL 190");
    static const char *spec = "Russian/ADJ/2/amod troops/NOUN/4/nsubj:pass were/AUX/4/aux:pass "
                              "killed/VERB/0/root/kill/VBN in/ADP/6/case Gondor/PROPN/4/obl";
    assert_string_equal(code2(spec), "GON RUSMIL 190");
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", "&INTENT_AUXILIARY\n+WILL_\n\n--- KILL [190] ---\nKILL\n");
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    load_snippet(d, DYAD_DICT_AGENTS, "g.txt", agents);
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed(spec, "1995-01-01");
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "");
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

/* an unmarked noun phrase of the verb (obl:unmarked, obl:npmod) is searched for the target as
   prepositional objects are ("met with Gondor Tuesday" parsed as one such phrase) */
static void test_unmarked_oblique_target(void **state) {
    (void)state;
    assert_string_equal(code2("Arnor/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case Gondor/PROPN/5/compound "
                              "Tuesday/PROPN/2/obl:unmarked"),
                        "ARN GON 040");
}

/* "The French minister of state criticized Arnor" parsed with "of state" a second subject: an
   "of" phrase is no argument of the verb but a modifier of the noun before it */
static void test_of_phrase_argument(void **state) {
    (void)state;
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs2);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", "MINISTER_OF_STATE [GONGOV]\nARNOR [ARN]\n");
    dyad_coder *c = dyad_coder_new(d, NULL);
    dyad_document *doc = parsed("The/DET/2/det minister/NOUN/5/nsubj of/ADP/4/case state/NOUN/5/nsubj "
                                "criticized/VERB/0/root Arnor/PROPN/5/obj", "1995-01-01");
    dyad_code_document(c, doc);
    assert_string_equal(events_text(doc), "GONGOV ARN 111");
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
}

/* "Arnor criticized Gondor" parsed as "Gondor" modified by "criticized", which has a subject: the
   verb heads the clause, the noun is its object */
static void test_verb_modifier_clause(void **state) {
    (void)state;
    assert_string_equal(code2("Arnor/PROPN/2/nsubj criticized/VERB/3/amod Gondor/PROPN/0/root ./PUNCT/3/punct"),
                        "ARN GON 111");
}

/* "Arnor criticized the two exiled leaders from Gondor" parsed with "exiled" a verb that has a
   determiner: the participle modifies the noun after it, which is the object */
static void test_determined_participle(void **state) {
    (void)state;
    assert_string_equal(code2("Arnor/PROPN/2/nsubj criticized/VERB/0/root the/DET/5/det two/NUM/5/nsubj "
                              "exiled/VERB/2/ccomp/exile/VBN leaders/NOUN/5/obj/leader from/ADP/8/case "
                              "Gondor/PROPN/5/obl"),
                        "ARN GON 111");
}

/* "Gondor prisoners were released by Arnor": a pattern's object item names the passive's subject
   ("released prisoners") */
static void test_passive_subject_item(void **state) {
    (void)state;
    assert_string_equal(code_verbs("--- RELEASE [084] ---\nRELEASE\n- * PRISONER [0841]\n",
                                   "Gondor/PROPN/2/compound prisoners/NOUN/4/nsubj:pass/prisoner were/AUX/4/aux:pass "
                                "released/VERB/0/root/release/VBN by/ADP/6/case Arnor/PROPN/4/obl:agent"),
                        "ARN GON 0841");
}

/* a number or a noun of quantity names no one: "tens of thousands of Gondorians" are Gondor */
static void test_quantity_phrase(void **state) {
    (void)state;
    assert_string_equal(code2("Tens/NOUN/6/nsubj/ten of/ADP/3/case thousands/NOUN/1/nmod/thousand of/ADP/5/case "
                              "Gondor/PROPN/3/nmod criticized/VERB/0/root Arnor/PROPN/6/obj"),
                        "GON ARN 111");
    /* so is a part: "Arnor criticized part of Gondor" */
    assert_string_equal(code2("Arnor/PROPN/2/nsubj criticized/VERB/0/root part/NOUN/2/obj of/ADP/5/case "
                              "Gondor/PROPN/3/nmod"),
                        "ARN GON 111");
    /* a noun that names someone keeps its own (unknown) actor */
    assert_string_equal(code2("Leaders/NOUN/6/nsubj of/ADP/3/case clubs/NOUN/1/nmod of/ADP/5/case "
                              "Gondor/PROPN/3/nmod criticized/VERB/0/root Arnor/PROPN/6/obj"),
                        "");
}

/* a '%' compound acts on its members and needs no target phrase ("Arnor and Gondor held
   exercises") */
static void test_compound_without_target(void **state) {
    (void)state;
    const char *verbs = "--- HOLD [---] ---\nHOLD\n- % * (WITH +) [040]\n- % * EXERCISE [062]\n";
    assert_string_equal(code_verbs(verbs, "Arnor/PROPN/4/nsubj and/CCONJ/3/cc Gondor/PROPN/1/conj held/VERB/0/root/hold "
                                "exercises/NOUN/4/obj/exercise"),
                        "ARN GON 062, GON ARN 062");
    /* a single source is no compound */
    assert_string_equal(code_verbs(verbs, "Arnor/PROPN/2/nsubj held/VERB/0/root/hold exercises/NOUN/2/obj/exercise"),
                        "");
}

/* "Arnor issued a statement criticizing Gondor": the statement speaks for Arnor */
static void test_statement_participle(void **state) {
    (void)state;
    assert_string_equal(code2("Arnor/PROPN/2/nsubj issued/VERB/0/root a/DET/4/det statement/NOUN/2/obj "
                              "criticizing/VERB/4/acl/criticize/VBG Gondor/PROPN/5/obj"),
                        "ARN GON 111");
    /* a noun with an actor of its own acts itself ("Arnor met troops of Osgiliath criticizing
       Gondor") */
    assert_string_equal(code2("Arnor/PROPN/2/nsubj saw/VERB/0/root Osgiliath/PROPN/2/obj "
                              "criticizing/VERB/3/acl/criticize/VBG Gondor/PROPN/4/obj"),
                        "OSG GON 111");
}

/* an appeal, intent, demand, refusal or threat with an act in its open clause is one event,
   CAMEO's counterpart of the act (transform.c) */
static void test_open_clause_counterpart(void **state) {
    (void)state;
    char verbs[8192];
    snprintf(verbs, sizeof verbs, "%s\n--- ASK [020] ---\nASK\n\n--- HELP [070] ---\nHELP\n\n"
             "--- THREATEN [130] ---\nTHREATEN\n\n--- SANCTION [163] ---\nSANCTION\n\n"
             "--- WANT [030] ---\nWANT\n- * HELP [023]\n", verbs2);
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    dyad_coder *c = dyad_coder_new(d, NULL);
    static const struct {
        const char *spec, *events;
    } cases[] = {
        /* "Arnor asked Gondor to help Osgiliath": an appeal to Gondor for aid */
        {"Arnor/PROPN/2/nsubj asked/VERB/0/root/ask Gondor/PROPN/2/obj to/PART/5/mark help/VERB/2/xcomp "
         "Osgiliath/PROPN/5/obj", "ARN GON 023"},
        /* "Arnor pledged to help Gondor": intent to give aid */
        {"Arnor/PROPN/2/nsubj pledged/VERB/0/root/pledge to/PART/4/mark help/VERB/2/xcomp Gondor/PROPN/4/obj",
         "ARN GON 033"},
        /* "Arnor threatened to sanction Gondor" */
        {"Arnor/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART/4/mark sanction/VERB/2/xcomp "
         "Gondor/PROPN/4/obj", "ARN GON 1312"},
        /* "Arnor asked Gondor to help Osgiliath" with "to help" parsed as an adverbial clause */
        {"Arnor/PROPN/2/nsubj asked/VERB/0/root/ask Gondor/PROPN/2/obj to/PART/5/mark help/VERB/2/advcl "
         "Osgiliath/PROPN/5/obj", "ARN GON 023"},
        /* PETRARCH-2's reading (no mood synsets): an act of a modal category stands, by the
           outer verb's source ("pledged to meet": a meeting) */
        {"Arnor/PROPN/2/nsubj pledged/VERB/0/root/pledge to/PART/4/mark meet/VERB/2/xcomp Gondor/PROPN/4/obj",
         "ARN GON 040"},
        /* ... and a pattern's noun does not match the verb of a clause ("wants to help": no
           "- * HELP" appeal, but an intent to help) */
        {"Arnor/PROPN/2/nsubj wants/VERB/0/root/want to/PART/4/mark help/VERB/2/xcomp Gondor/PROPN/4/obj",
         "ARN GON 033"},
        /* "Arnor wants Gondor to meet": its object is to act, an act of a modal root: PETRARCH-2
           output no event */
        {"Arnor/PROPN/2/nsubj wants/VERB/0/root/want Gondor/PROPN/2/obj to/PART/5/mark meet/VERB/2/xcomp",
         ""},
        /* an act with no counterpart under the root stays ("pledged to criticize") */
        {"Arnor/PROPN/2/nsubj pledged/VERB/0/root/pledge to/PART/4/mark criticize/VERB/2/xcomp Gondor/PROPN/4/obj",
         "ARN GON 111"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dyad_document *doc = parsed(cases[i].spec, "1995-01-01");
        dyad_code_document(c, doc);
        assert_string_equal(events_text(doc), cases[i].events);
        dyad_document_free(doc);
    }
    dyad_coder_free(c);
    dyad_dict_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_block_code),
        cmocka_unit_test(test_null_block_needs_pattern),
        cmocka_unit_test(test_joined_items),
        cmocka_unit_test(test_longest_pattern_wins),
        cmocka_unit_test(test_synset_member),
        cmocka_unit_test(test_words_before_verb),
        cmocka_unit_test(test_source_target_items),
        cmocka_unit_test(test_skip_item),
        cmocka_unit_test(test_compound_item),
        cmocka_unit_test(test_paired_code),
        cmocka_unit_test(test_multiword_verbs),
        cmocka_unit_test(test_complex_code_ignored),
        cmocka_unit_test(test_dialect2_noun),
        cmocka_unit_test(test_dialect2_noun_phrase),
        cmocka_unit_test(test_dialect2_prepositional_phrase),
        cmocka_unit_test(test_dialect2_subject),
        cmocka_unit_test(test_dialect2_synsets),
        cmocka_unit_test(test_agents),
        cmocka_unit_test(test_metonym),
        cmocka_unit_test(test_dated_codes),
        cmocka_unit_test(test_multiple_codes),
        cmocka_unit_test(test_compound_actors),
        cmocka_unit_test(test_apposition),
        cmocka_unit_test(test_new_actor),
        cmocka_unit_test(test_passive),
        cmocka_unit_test(test_negation),
        cmocka_unit_test(test_pronouns),
        cmocka_unit_test(test_reflexive_possessive),
        cmocka_unit_test(test_embedded_clauses),
        cmocka_unit_test(test_complement_subject_target),
        cmocka_unit_test(test_dialect2_paired_code),
        cmocka_unit_test(test_open_clause),
        cmocka_unit_test(test_passive_participle),
        cmocka_unit_test(test_transformation),
        cmocka_unit_test(test_mood),
        cmocka_unit_test(test_time_expression),
        cmocka_unit_test(test_purpose_clause_target),
        cmocka_unit_test(test_adverbial_clause_subject),
        cmocka_unit_test(test_complementizer_object),
        cmocka_unit_test(test_hyphen_participle),
        cmocka_unit_test(test_hyphen_agent),
        cmocka_unit_test(test_false_gerund),
        cmocka_unit_test(test_adverb_subject),
        cmocka_unit_test(test_clause_as_phrase),
        cmocka_unit_test(test_noun_item_phrase),
        cmocka_unit_test(test_petrarch2_passives),
        cmocka_unit_test(test_unmarked_oblique_target),
        cmocka_unit_test(test_of_phrase_argument),
        cmocka_unit_test(test_verb_modifier_clause),
        cmocka_unit_test(test_passive_subject_item),
        cmocka_unit_test(test_determined_participle),
        cmocka_unit_test(test_quantity_phrase),
        cmocka_unit_test(test_compound_without_target),
        cmocka_unit_test(test_statement_participle),
        cmocka_unit_test(test_open_clause_counterpart),
        cmocka_unit_test(test_relative_pronoun),
        cmocka_unit_test(test_former),
        cmocka_unit_test(test_discards),
        cmocka_unit_test(test_require_dyad),
        cmocka_unit_test(test_no_invented_code),
        cmocka_unit_test(test_event_fields),
        cmocka_unit_test(test_trace),
        cmocka_unit_test(test_discard_prefilter),
        cmocka_unit_test(test_odd_trees),
        cmocka_unit_test(test_unparsed_sentence),
        cmocka_unit_test(test_demonstrative),
        cmocka_unit_test(test_page_furniture),
        cmocka_unit_test(test_oblique_under_adverb),
        cmocka_unit_test(test_spelled_out_phrase),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
