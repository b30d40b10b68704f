/*
** penn_test.c - tests of the bracketed-tree reader, the conversion to UD dependencies and the
** alignment with the text.
*/
#include "util/testing.h"
#include "dyad.h"
#include "nlp/penn.h"
#include "document/petrxml.h"

/* Warnings of the code under test go here, so that tests can look at them. */
static char *msgs;
static size_t msgs_len;
static FILE *msgs_file;

static void capture(void) {
    msgs_file = open_memstream(&msgs, &msgs_len);
    dyad_warn_to(msgs_file);
}

static void release(void) {
    dyad_warn_to(NULL);
    fclose(msgs_file);
    free(msgs);
    msgs = NULL;
}

/*
** Convert tree, align it with text, and compare every word with expected: one "head:deprel"
** per word, separated by spaces ("2:nsubj 0:root 2:obj 2:punct").
*/
static dyad_document *check(const char *tree, const char *text, const char *expected) {
    dyad_document *d = dyad_document_new();
    d->text = text;
    d->text_len = strlen(text);
    bool aligned;
    capture();
    dyad_sentence *s = dyad_penn_add_sentence(d, tree, strlen(tree), 0, "test", 1, &aligned);
    fflush(msgs_file);
    if (!s || !aligned) fail_msg("not converted or not aligned: %s", msgs);
    release();
    char want[1024];
    snprintf(want, sizeof want, "%s", expected);
    char *save = NULL, *item = strtok_r(want, " ", &save);
    for (int i = 0; i < s->n_words; i++, item = strtok_r(NULL, " ", &save)) {
        if (!item) fail_msg("more words than expected: %s", s->words[i].form);
        char got[64];
        snprintf(got, sizeof got, "%d:%s", s->words[i].head, s->words[i].deprel);
        if (strcmp(got, item) != 0)
            fail_msg("word %d \"%s\": %s, expected %s", i + 1, s->words[i].form, got, item);
    }
    if (item) fail_msg("fewer words than expected");
    return d;
}

/* A tree has no lemmas: irregular forms get theirs from the lemmatizer's tables, so that the
   verb dictionaries, which list lemmas, find "met" (trial finding: no event from a tree). */
static void test_irregular_lemmas(void **state) {
    (void)state;
    dyad_document *d = check("(ROOT (S (NP (NNS Troops)) (VP (VBD met) (NP (NNP France))) (. .)))",
                             "Troops met France.", "2:nsubj 0:root 2:obj 2:punct");
    assert_string_equal(d->sentences[0].words[0].lemma, "troop");
    assert_string_equal(d->sentences[0].words[1].lemma, "meet");
    dyad_document_free(d);
}

static void test_subject_object(void **state) {
    (void)state;
    dyad_document *d = check("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))",
                             "Russia attacked Ukraine.", "2:nsubj 0:root 2:obj 2:punct");
    dyad_sentence *s = &d->sentences[0];
    assert_int_equal(s->words[0].upos, DYAD_PROPN);
    assert_int_equal(s->words[1].upos, DYAD_VERB);
    assert_string_equal(s->words[1].xpos, "VBD");
    assert_int_equal(s->words[3].upos, DYAD_PUNCT);
    assert_string_equal(s->words[0].lemma, "Russia");
    assert_int_equal(s->words[2].start, 16);
    assert_int_equal(s->words[2].end, 23);
    assert_int_equal(s->n_tokens, 4);
    assert_false(s->tokens[2].space_after);
    assert_true(s->tokens[1].space_after);
    assert_int_equal(s->start, 0);
    assert_int_equal(s->end, 24);
    dyad_document_free(d);
}

static void test_passive_agent(void **state) {
    (void)state;
    dyad_document *d = check(
        "(ROOT (S (NP (DT The) (NN embassy)) (VP (VBD was) (VP (VBN attacked) "
        "(PP (IN by) (NP (NNS protesters))))) (. .)))",
        "The embassy was attacked by protesters.",
        "2:det 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl:agent 4:punct");
    assert_int_equal(d->sentences[0].words[2].upos, DYAD_AUX);
    dyad_document_free(d);
    /* Perfect "has attacked" is active; "has been attacked" passive. */
    dyad_document_free(check(
        "(ROOT (S (NP (NNP Iran)) (VP (VBZ has) (VP (VBN attacked) (NP (NNP Iraq)))) (. .)))",
        "Iran has attacked Iraq.", "3:nsubj 3:aux 0:root 3:obj 3:punct"));
    dyad_document_free(check(
        "(ROOT (S (NP (NNP Iraq)) (VP (VBZ has) (VP (VBN been) (VP (VBN attacked) "
        "(PP (IN by) (NP (NNP Iran)))))) (. .)))",
        "Iraq has been attacked by Iran.", "4:nsubj:pass 4:aux 4:aux:pass 0:root 6:case 4:obl:agent 4:punct"));
    /* A reduced relative is passive too: "men sought by police". */
    dyad_document_free(check(
        "(ROOT (NP (NP (NNS men)) (VP (VBN sought) (PP (IN by) (NP (NNS police))))))",
        "men sought by police", "0:root 1:acl 4:case 2:obl:agent"));
}

static void test_pp_attachment(void **state) {
    (void)state;
    dyad_document_free(check(
        "(ROOT (S (NP (NNS Police)) (VP (VBD arrested) (NP (NP (NNS leaders)) (PP (IN of) "
        "(NP (DT the) (NN opposition)))) (PP (IN in) (NP (NNP Kyiv)))) (. .)))",
        "Police arrested leaders of the opposition in Kyiv.",
        "2:nsubj 0:root 2:obj 6:case 6:det 3:nmod 8:case 2:obl 2:punct"));
}

static void test_coordination(void **state) {
    (void)state;
    dyad_document_free(check(
        "(ROOT (S (NP (NNP Russia) (CC and) (NNP China)) (VP (VBD signed) (NP (DT an) (NN agreement))) (. .)))",
        "Russia and China signed an agreement.", "4:nsubj 3:cc 1:conj 0:root 6:det 4:obj 4:punct"));
    dyad_document_free(check(
        "(ROOT (S (NP (NNS Protesters)) (VP (VP (VBD burned) (NP (NNS cars))) (CC and) "
        "(VP (VBD attacked) (NP (NNS police)))) (. .)))",
        "Protesters burned cars and attacked police.", "2:nsubj 0:root 2:obj 5:cc 2:conj 5:obj 2:punct"));
    /* Three conjuncts with commas; each separator attaches to the conjunct after it. */
    dyad_document_free(check(
        "(ROOT (NP (NP (NNP France)) (, ,) (NP (NNP Germany)) (, ,) (CC and) (NP (NNP Italy))))",
        "France, Germany, and Italy", "0:root 3:punct 1:conj 6:punct 6:cc 1:conj"));
    /* Coordinated modifiers of a noun. */
    dyad_document_free(check("(ROOT (NP (NP (JJ full) (CC and) (JJ diplomatic) (NNS ties)) (. .)))",
                             "full and diplomatic ties.", "4:amod 3:cc 1:conj 0:root 4:punct"));
}

static void test_said(void **state) {
    (void)state;
    dyad_document_free(check(
        "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Iran)) "
        "(VP (VBD had) (VP (VBN fired) (NP (NNS missiles))))))) (. .)))",
        "Officials said that Iran had fired missiles.",
        "2:nsubj 0:root 6:mark 6:nsubj 6:aux 2:ccomp 6:obj 2:punct"));
    /* The quotation first, the speaker after: the quoted clause is still said's ccomp. */
    dyad_document_free(check(
        "(ROOT (S (S (NP (NNP Arnor)) (VP (MD will) (VP (VB restore) (NP (NNS ties))))) (, ,) "
        "(NP (DT an) (NN official)) (VP (VBD said) (NP (NNP Wednesday))) (. .)))",
        "Arnor will restore ties, an official said Wednesday.",
        "3:nsubj 3:aux 8:ccomp 3:obj 8:punct 7:det 8:nsubj 0:root 8:obl:tmp 8:punct"));
}

static void test_copula_relative_names(void **state) {
    (void)state;
    dyad_document_free(check(
        "(ROOT (S (NP (DT The) (NN attack)) (VP (VBD was) (NP (NP (DT a) (NN violation)) "
        "(PP (IN of) (NP (DT the) (NN truce))))) (. .)))",
        "The attack was a violation of the truce.", "2:det 5:nsubj 5:cop 5:det 0:root 8:case 8:det 5:nmod 5:punct"));
    dyad_document *d = check(
        "(ROOT (S (NP (NP (NNP Barack) (NNP Obama)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBD visited) "
        "(NP (NP (NNP Israel) (POS 's)) (NN capital))))) (, ,)) (VP (VBD met) (NP (NNP Netanyahu))) (. .)))",
        "Barack Obama, who visited Israel's capital, met Netanyahu.",
        "10:nsubj 1:flat 1:punct 5:nsubj 1:acl:relcl 8:nmod:poss 6:case 5:obj 1:punct 0:root 10:obj 10:punct");
    assert_int_equal(d->sentences[0].words[3].upos, DYAD_PRON);
    assert_int_equal(d->sentences[0].words[6].start, 32);
    dyad_document_free(d);
}

static void test_complements(void **state) {
    (void)state;
    dyad_document_free(check(
        "(ROOT (S (NP (NNP Obama)) (VP (VBD urged) (NP (NNP Russia)) (S (VP (TO to) (VP (VB withdraw) "
        "(NP (NNS troops)))))) (. .)))",
        "Obama urged Russia to withdraw troops.", "2:nsubj 0:root 2:obj 5:mark 2:xcomp 5:obj 2:punct"));
    /* The subject of an infinitival clause becomes the object of the verb above it. */
    dyad_document_free(check(
        "(ROOT (S (NP (NNP Obama)) (VP (VBZ wants) (S (NP (NNP Putin)) (VP (TO to) (VP (VB attack))))) (. .)))",
        "Obama wants Putin to attack.", "2:nsubj 0:root 2:obj 5:mark 2:xcomp 2:punct"));
    dyad_document_free(check(
        "(ROOT (S (NP (NNP Iran)) (VP (VBD gave) (NP (NNP Syria)) (NP (NNS weapons)) (PP (IN on) "
        "(NP (NNP Monday)))) (. .)))",
        "Iran gave Syria weapons on Monday.", "2:nsubj 0:root 2:iobj 2:obj 6:case 2:obl 2:punct"));
    dyad_document_free(check(
        "(ROOT (S (NP (NNS Troops)) (VP (VBD withdrew) (SBAR (IN after) (S (NP (NNS talks)) "
        "(VP (VBD failed))))) (. .)))",
        "Troops withdrew after talks failed.", "2:nsubj 0:root 5:mark 5:nsubj 2:advcl 2:punct"));
    dyad_document_free(check(
        "(ROOT (S (NP (EX There)) (VP (VBD were) (NP (NP (NNS clashes)) (PP (IN in) (NP (NNP Aleppo))))) (. .)))",
        "There were clashes in Aleppo.", "2:expl 0:root 2:nsubj 5:case 3:nmod 2:punct"));
}

/* PETRARCH's conventions: an unlabelled wrapper, AUX tags, -LRB-/-RRB-, a curly apostrophe. */
static void test_petrarch_conventions(void **state) {
    (void)state;
    dyad_document *d = check(
        "( (S (NP (NNP Gondor) (PRN (-LRB- -LRB-) (NNP GON) (-RRB- -RRB-))) (VP (AUXZ has) "
        "(VP (VBN denied) (NP (NP (DT the) (NNS nations) (POS ')) (NN report)))) (. .)))",
        "Gondor (GON) has denied the nations\xe2\x80\x99 report.",
        "6:nsubj 3:punct 1:appos 3:punct 6:aux 0:root 8:det 10:nmod:poss 8:case 6:obj 6:punct");
    dyad_sentence *s = &d->sentences[0];
    assert_string_equal(s->words[1].form, "(");
    assert_string_equal(s->words[1].xpos, "-LRB-");
    assert_int_equal(s->words[1].start, 7);
    assert_false(s->tokens[1].space_after);
    assert_string_equal(s->words[4].xpos, "VBZ");
    assert_int_equal(s->words[4].upos, DYAD_AUX);
    assert_string_equal(s->words[8].form, "\xe2\x80\x99");
    assert_int_equal(s->words[8].end - s->words[8].start, 3);
    dyad_document_free(d);
}

/* Tree and text that differ: what can be found gets a span, the rest is reported. */
static void test_alignment_differences(void **state) {
    (void)state;
    const char *tree = "(ROOT (S (NP (DT The) (NNP Calenardhon) (NNS Congresses)) (VP (VBD condemned) "
                       "(NP (DT an) (NN attack))) (. .)))";
    const char *text = "The Calenardhon government condemned, at once, an attack";
    dyad_document *d = dyad_document_new();
    d->text = text;
    d->text_len = strlen(text);
    bool aligned = true;
    capture();
    dyad_sentence *s = dyad_penn_add_sentence(d, tree, strlen(tree), 0, "recs.xml", 40, &aligned);
    fflush(msgs_file);
    assert_non_null(s);
    assert_false(aligned);
    assert_non_null(strstr(msgs, "recs.xml:40: warning: 2 of the tree's 7 words are not in the text "
                                 "(first: word 3 \"Congresses\" at byte 16)"));
    release();
    assert_string_equal(s->words[2].form, "Congresses"); /* in place of "government" */
    assert_int_equal(s->words[2].start, 16);
    assert_int_equal(s->words[2].end, 26);
    assert_int_equal(s->words[3].start, 27);          /* condemned */
    assert_int_equal(s->words[4].start, 47);          /* "an", after the extra words */
    assert_int_equal(s->words[6].start, s->words[6].end); /* "." is not in the text */
    assert_int_equal(s->words[6].start, strlen(text));
    dyad_document_free(d);
}

static void test_bad_trees(void **state) {
    (void)state;
    const struct { const char *tree, *message; } bad[] = {
        {"(ROOT (S (NP (NNP Arnor)) (VP (VBD left))", "test:1:7: warning: bad bracketed tree: bracket opened here is never closed"},
        {"(ROOT (S (NP (NNP Arnor))) (VP (VBD left))) (. .)))", "test:1: warning: bad bracketed tree: text after the end"},
        {"(ROOT\n(S ()\n))", "test:2:4: warning: bad bracketed tree: empty bracket"},
        {"(ROOT (S (Arnor)))", "bad bracketed tree: empty bracket"},
        {"(ROOT (NP (NNP New York)))", "bad bracketed tree: a tag holds more than one word"},
        {"(ROOT (NP (NNP Kyiv) talks))", "bad bracketed tree: a word among phrases"},
        {"Arnor left", "bad bracketed tree: a tree must start with '('"},
        {"   \n ", "bad bracketed tree: no tree"},
        {"(ROOT (-NONE- *))", "bad bracketed tree: no words"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dyad_document *d = dyad_document_new();
        capture();
        dyad_sentence *s = dyad_penn_add_sentence(d, bad[i].tree, strlen(bad[i].tree), 0, "test", 1, NULL);
        fflush(msgs_file);
        assert_null(s);
        if (!strstr(msgs, bad[i].message)) fail_msg("%s: got \"%s\"", bad[i].tree, msgs);
        release();
        assert_int_equal(d->n_sentences, 0);
        dyad_document_free(d);
    }
    /* Nesting deeper than the reader allows is refused, not a stack overflow. */
    char deep[2 * 2000 + 32];
    size_t n = 0;
    for (int i = 0; i < 1000; i++) deep[n++] = '(', deep[n++] = 'X', deep[n++] = ' ';
    n += (size_t)sprintf(deep + n, "(NN a)");
    for (int i = 0; i < 1000; i++) deep[n++] = ')';
    deep[n] = 0;
    dyad_arena *a = dyad_arena_new();
    size_t used;
    capture();
    assert_null(dyad_penn_read(deep, n, a, "test", 1, &used));
    fflush(msgs_file);
    assert_non_null(strstr(msgs, "nested deeper than 500"));
    release();
    dyad_arena_free(a);
}

/* One root, every other word headed by a word of the sentence, no cycles. */
static void assert_tree(const dyad_sentence *s, const char *id) {
    int roots = 0;
    for (int i = 0; i < s->n_words; i++) {
        const dyad_word *w = &s->words[i];
        if (w->head < 0 || w->head > s->n_words) fail_msg("%s: word %d has head %d", id, i + 1, w->head);
        if (w->head == 0) roots++;
        if (!w->deprel || !w->xpos || !w->form || w->upos == DYAD_UPOS_NONE)
            fail_msg("%s: word %d lacks an annotation", id, i + 1);
        if ((w->head == 0) != (strcmp(w->deprel, "root") == 0))
            fail_msg("%s: word %d: head %d with deprel %s", id, i + 1, w->head, w->deprel);
        if (strcmp(w->deprel, "dep") == 0) fail_msg("%s: word %d \"%s\" is only dep", id, i + 1, w->form);
        int h = w->head, steps = 0;
        while (h != 0 && steps++ <= s->n_words) h = s->words[h - 1].head;
        if (h != 0) fail_msg("%s: word %d is on a cycle", id, i + 1);
        if (i > 0 && w->start < s->words[i - 1].end) fail_msg("%s: spans overlap at word %d", id, i + 1);
    }
    if (roots != 1) fail_msg("%s: %d roots", id, roots);
}

/* Every <Parse> of a PETRARCH file converts, except the records that must be rejected. */
static void convert_file(const char *path, int expected_trees) {
    capture();
    dyad_petr_file *f = dyad_petr_read(path);
    assert_non_null(f);
    int converted = 0, rejected = 0, aligned_all = 0;
    for (int i = 0; i < f->n_sentences; i++) {
        const dyad_petr_sentence *ps = &f->sentences[i];
        assert_int_equal(ps->parse_kind, DYAD_PETR_PARSE_PENN);
        dyad_document *d = dyad_petr_document(f, ps);
        bool aligned;
        dyad_sentence *s = dyad_penn_add_sentence(d, ps->parse, strlen(ps->parse), 0, f->path,
                                                  ps->parse_line, &aligned);
        bool must_fail = ps->error && strcmp(ps->error, "bad_input_parse") == 0;
        if (must_fail) {
            if (s) fail_msg("%s: a bad parse was accepted", ps->id);
            rejected++;
        } else {
            if (!s) fail_msg("%s: not converted", ps->id);
            assert_tree(s, ps->id);
            assert_true(s->words[s->n_words - 1].end <= d->text_len);
            converted++;
            aligned_all += aligned;
        }
        dyad_document_free(d);
    }
    assert_int_equal(converted + rejected, expected_trees);
    /* The texts of a few test records differ from their trees; most align completely. */
    assert_true(aligned_all >= converted * 9 / 10 - 5);
    printf("%s: %d trees converted, %d rejected, %d aligned with their text completely\n",
           path, converted, rejected, aligned_all);
    dyad_petr_free(f);
    release();
}

static void test_petrarch_unit_records(void **state) {
    (void)state;
    const char *path = dyad_test_shared("petrarch2/PETR.UnitTest.records.xml");
    if (!path) skip();
    convert_file(path, 284);
}

static void test_gigaword_sample(void **state) {
    (void)state;
    const char *path = dyad_test_shared("petrarch2/GigaWord.sample.PETR.xml");
    if (!path) skip();
    convert_file(path, 32);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_object),
        cmocka_unit_test(test_irregular_lemmas),
        cmocka_unit_test(test_passive_agent),
        cmocka_unit_test(test_pp_attachment),
        cmocka_unit_test(test_coordination),
        cmocka_unit_test(test_said),
        cmocka_unit_test(test_copula_relative_names),
        cmocka_unit_test(test_complements),
        cmocka_unit_test(test_petrarch_conventions),
        cmocka_unit_test(test_alignment_differences),
        cmocka_unit_test(test_bad_trees),
        cmocka_unit_test(test_petrarch_unit_records),
        cmocka_unit_test(test_gigaword_sample),
    };
    return cmocka_run_group_tests_name("penn", tests, NULL, NULL);
}
