/*
** repair_np_test.c - tests of the noun-phrase repairs (repair_np.c): wrong parses that a model
** gives, coded as the right parse of the same sentence is.
*/
#include "code/coder_testing.h"

static const char *verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n";
static const char *actors = "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nDENMARK [DNK]\nRUSSIA [RUS]\n"
                            "ARAGORN [GONGOV]\n";
static const char *agents = "MINISTER [~GOV]\n";

/* The events of spec (coder_testing.h's parsed() notation) with the dictionaries above. */
static const char *code(const char *spec) {
    dyad_dict *d = dyad_dict_new();
    load_snippet(d, DYAD_DICT_VERBS, "v.txt", verbs);
    load_snippet(d, DYAD_DICT_ACTORS, "a.txt", actors);
    load_snippet(d, DYAD_DICT_AGENTS, "g.txt", agents);
    return code_in(d, NULL, spec, NULL);
}

/* "Gondor Prime Minister Aragorn criticized Russia" with Aragorn a case-less nmod of Gondor:
   one name, so the agent counts (GONGOV, as with the flat parse), not GON alone. */
static void test_caseless_name(void **state) {
    (void)state;
    const char *flat = "Gondor/PROPN/5/nsubj Prime/ADJ/3/amod Minister/PROPN/4/compound Aragorn/PROPN/1/flat "
                       "criticized/VERB/0/root Russia/PROPN/5/obj";
    const char *nmod = "Gondor/PROPN/5/nsubj Prime/ADJ/3/amod Minister/PROPN/4/nmod:desc Aragorn/PROPN/1/nmod "
                       "criticized/VERB/0/root Russia/PROPN/5/obj";
    assert_string_equal(code(flat), "GONGOV RUS 111");
    assert_string_equal(code(nmod), "GONGOV RUS 111");
    /* with its preposition, an nmod is a phrase of its own */
    assert_string_equal(code("Minister/PROPN/4/nsubj of/ADP/3/case Gondor/PROPN/1/nmod criticized/VERB/0/root "
                             "Russia/PROPN/4/obj"),
                        "GONGOV RUS 111");
}

/* "Arnor, Gondor, Osgiliath and Denmark criticized Russia" with Osgiliath (and its conjunct
   Denmark) a second subject: all four are the sources, as when all are conjuncts of Arnor;
   a name right after the first subject, with nothing between, is part of its phrase. */
static void test_split_subjects(void **state) {
    (void)state;
    const char *split = "Arnor/PROPN/8/nsubj ,/PUNCT/3/punct Gondor/PROPN/1/conj ,/PUNCT/5/punct "
                        "Osgiliath/PROPN/8/nsubj and/CCONJ/7/cc Denmark/PROPN/5/conj criticized/VERB/0/root "
                        "Russia/PROPN/8/obj";
    assert_string_equal(code(split), "ARN RUS 111, DNK RUS 111, GON RUS 111, OSG RUS 111");
    const char *two = "Arnor/PROPN/3/nsubj Gondor/PROPN/3/nsubj criticized/VERB/0/root Russia/PROPN/3/obj";
    assert_string_equal(code(two), "ARN RUS 111");
    /* a name right after the subject names it: "the minister Aragorn criticized Russia" */
    const char *named = "the/DET/2/det minister/NOUN/4/nsubj Aragorn/PROPN/4/nsubj criticized/VERB/0/root "
                        "Russia/PROPN/4/obj";
    assert_string_equal(code(named), "GONGOV RUS 111");
    /* "and" between them is a list too ("the IMF and World Bank criticised Zambia") */
    const char *and = "Arnor/PROPN/4/nsubj and/CCONJ/3/cc Gondor/PROPN/4/nsubj criticized/VERB/0/root "
                      "Russia/PROPN/4/obj";
    assert_string_equal(code(and), "ARN RUS 111, GON RUS 111");
    /* a comma of a list deeper in the first subject's phrase is not one before the subject:
       "Envoys sent by Arnor, Gondor, Osgiliath and Denmark criticized Russia" gives no
       Osgiliath and Denmark without Arnor and Gondor */
    const char *deep = "Envoys/NOUN/11/nsubj sent/VERB/1/acl by/ADP/4/case Arnor/PROPN/2/obl ,/PUNCT/6/punct "
                       "Gondor/PROPN/4/conj ,/PUNCT/8/punct Osgiliath/PROPN/11/nsubj and/CCONJ/10/cc "
                       "Denmark/PROPN/8/conj criticized/VERB/0/root Russia/PROPN/11/obj";
    assert_string_equal(code(deep), "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caseless_name),
        cmocka_unit_test(test_split_subjects),
    };
    return cmocka_run_group_tests_name("repair_np", tests, NULL, NULL);
}
