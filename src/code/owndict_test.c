/*
** owndict_test.c - dyad's own dictionaries (dictionaries/, built into libdyad) through the whole
** pipeline: raw text -> sentences, tags and parse (the shipped model) -> coded events.  Sentences
** written for this test, at least one per CAMEO root category (01-20), each with the event it
** must give; and the events of the seed article (../shared/data/news/seed-article.txt, read
** from there and skipped when absent).
*/
#include "util/testing.h"
#include "code/coder.h"
#include "dict/dict.h"
#include "document/reader.h"

static dyad_model *model;
static dyad_dict *dict;
static dyad_coder *coder;

static int setup(void **state) {
    (void)state;
    const char *err = NULL;
    model = dyad_model_load(NULL, &err);
    if (!model) {
        fprintf(stderr, "cannot load the built-in model: %s\n", err);
        return -1;
    }
    dict = dyad_dict_new();
    if (dyad_dict_load_builtin(dict) != 0) return -1;
    coder = dyad_coder_new(dict, NULL);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    dyad_model_free(model);
    return 0;
}

/* The document of text (a plain-text file's bytes) dated date, analysed and coded. */
static dyad_document *coded(const char *text, const char *date) {
    dyad_read_options opt = {.date = date, .id = "test"};
    dyad_document *doc = dyad_read_text("test", text, strlen(text), &opt);
    assert_non_null(doc);
    dyad_analyze(model, doc);
    dyad_code_document(coder, doc);
    return doc;
}

/* Is an event's code in the family of want: the same code, or a code under a root ("04")? */
static bool code_in(const char *code, const char *want) {
    return strncmp(code, want, strlen(want)) == 0;
}

/* Does an actor code equal one of the '|'-separated codes of want? */
static bool actor_in(const char *code, const char *want) {
    size_t n = strlen(code);
    for (const char *p = want; *p;) {
        size_t k = strcspn(p, "|");
        if (k == n && strncmp(p, code, n) == 0) return true;
        p += k + (p[k] == '|');
    }
    return false;
}

/* The first event of doc from src to tgt (alternatives separated by '|') whose code is in the
   family of code; date, when not NULL, must be the event date.  NULL when there is none. */
static const dyad_event *find(const dyad_document *doc, const char *src, const char *tgt,
                              const char *code, const char *date) {
    for (int k = 0; k < doc->n_events; k++) {
        const dyad_event *e = &doc->events[k];
        if (actor_in(e->source.code, src) && actor_in(e->target.code, tgt) && code_in(e->code, code) &&
            (!date || strcmp(e->date, date) == 0))
            return e;
    }
    return NULL;
}

static void print_events(const dyad_document *doc) {
    for (int k = 0; k < doc->n_events; k++) {
        const dyad_event *e = &doc->events[k];
        printf("  %d %s %s %s %s (%s)\n", e->sentence, e->date, e->source.code, e->code, e->target.code,
               e->verb ? e->verb : "");
    }
}

/* ------------------------------------------------------------ own sentences */

/* A sentence written for this test and the event it must give (source, target, exact code). */
typedef struct own {
    const char *code, *source, *target, *text;
} own;

static const own sentences[] = {
    /* 01 make public statement */
    {"010", "FRAGOV", "RUSGOV", "The French foreign minister told the Russian ambassador that Paris would not recognise the vote."},
    /* 02 appeal */
    {"0232", "UKR", "DEU", "Ukraine urged Germany to send more air defence systems."},
    /* 03 express intent to cooperate */
    {"0333", "JPN", "UKR", "Japan pledged humanitarian aid to Ukraine."},
    /* 04 consult */
    {"040", "FRAGOV", "UKRGOV", "Macron met with Zelensky in Kyiv on Tuesday."},
    {"042", "DEUGOV", "USA", "Scholz flew to Washington to meet Biden."},
    /* 05 diplomatic cooperation */
    {"051", "IGOEUREEC", "KAZ", "The European Union praised Kazakhstan for its reforms."},
    {"057", "ISR", "ARE", "Israel and the United Arab Emirates signed a trade agreement on Monday."},
    /* 06 material cooperation */
    {"064", "POL", "UKR", "Poland agreed to share intelligence with Ukraine."},
    /* 07 provide aid */
    {"072", "USA", "UKR", "The United States sent weapons to Ukraine last week."},
    /* 08 yield */
    {"0841", "IRN", "FRACVL", "Iran released two French citizens on Friday."},
    /* 09 investigate */
    {"094", "IGOJUDICC", "SDN", "The International Criminal Court is investigating war crimes in Sudan."},
    /* 10 demand */
    {"1056", "ARM", "AZEMIL", "Armenia demanded the withdrawal of Azerbaijani troops from its territory."},
    /* 11 disapprove */
    {"111", "CHN", "USA", "China condemned the United States for the sanctions."},
    {"1123", "POL", "BLR", "Poland accused Belarus of aggression."},
    /* 12 reject */
    {"127", "ISR", "PSEREBHMS", "Israel rejected the ceasefire proposal of Hamas."},
    /* 13 threaten */
    {"1312", "RUS", "MDA", "Russia threatened Moldova with sanctions."},
    {"130", "PRK", "KOR", "North Korea warned South Korea of consequences."},
    {"130", "DEUGOV", "RUS", "\"Any further attack on the sovereignty of Ukraine is unacceptable and will "
                             "draw severe consequences for Russia,\" Scholz said."},
    /* 14 protest */
    {"141", "---OPP", "GEOGOV", "Protesters rallied against the government in Tbilisi yesterday."},
    /* 15 exhibit force posture */
    {"154", "RUS", "UKR", "Russia massed troops near the border with Ukraine."},
    /* 16 reduce relations */
    {"163", "GBR", "IRN", "The United Kingdom imposed sanctions on Iran."},
    {"161", "NER", "FRAGOV", "Niger expelled the French ambassador."},
    /* 17 coerce */
    {"173", "TURCOP", "TURMED", "Turkish police arrested dozens of journalists in Istanbul."}, /* a city names its state, as the capital does */
    /* 18 assault */
    {"181", "---UAF", "NGAEDU", "Gunmen kidnapped ten Nigerian students."},
    /* 19 fight */
    {"194", "RUSMIL", "UKR", "Russian forces shelled Kyiv on Monday."},
    {"195", "ISR", "PSE", "Israel launched air strikes on Gaza."},
    /* 20 unconventional mass violence */
    {"2041", "SYRMIL", "---CVL", "The Syrian army has used chemical weapons against civilians."},
};

/* Sentences for the mood of an act (mood.c), for time expressions, quantities and purpose
   clauses (coder.h) and for the verbs and patterns added with them to verbs.txt. */
static const own mood_sentences[] = {
    /* intent (03) of a cooperative act announced or offered */
    {"0331", "JPN", "KEN", "Japan will give Kenya a loan of 200 million dollars."},
    {"036", "TUR", "SYR", "Turkey offered to negotiate with Syria."},
    {"0356", "RUS", "UKR", "Russia is ready to withdraw from Ukraine."},
    /* threat (13) of a conflictual act announced */
    {"138", "IRN", "ISR", "Iran said it would attack Israel."},
    {"136", "IGOUNO", "IRQ", "The United Nations will withdraw its inspectors from Iraq."},
    /* rejection (12): refused or negated cooperation */
    {"125", "PRK", "KOR", "North Korea refused to meet South Korea."},
    {"120", "POL", "BLRREF", "Poland will not accept the migrants from Belarus."},
    /* demand (10): "X said Y must ..." */
    {"1053", "GBR", "RUS", "Britain said Russia must release the detained sailors."},
    /* verbs and patterns */
    {"144", "---AGR", "POL", "Farmers blocked the border crossing with Poland."},
    {"054", "SAU", "ISR", "Saudi Arabia established diplomatic ties with Israel."},
    {"0863", "ISR", "PSE", "Israel allowed the delivery of aid to Gaza."},
    {"165", "EGY", "ISR", "Egypt ended its mediation efforts between Israel and Hamas."},
    {"064", "ISR", "USA", "Israel shared evidence with the United States."},
    {"062", "FRA", "EGY", "France and Egypt began joint naval exercises."},
    {"171", "---REB", "SYR", "Rebels blew up a gas pipeline in northern Syria on Friday."},
    {"075", "POL", "UKRREF", "Poland opened its borders to refugees from Ukraine."},
    /* a time expression is no target; a quantity is what it counts; a purpose clause names
       whom a protest is aimed at */
    {"141", "---OPP", "SRB", "Thousands of protesters demonstrated on Sunday in Belgrade."},
    {"141", "KENHLH", "---GOV|KENGOV", "Tens of thousands of Kenyan doctors protested against the government in Nairobi."},
    {"141", "---EDU", "IDNGOV", "Students staged protests to demand the resignation of the Indonesian president."},
    /* troops sent somewhere are not that place's troops; troops from somewhere are */
    {"154", "RUS", "SYR", "Russia sent troops to Syria."},
    {"190", "TCDMIL", "---REB", "Troops from Chad attacked rebels."},
    /* an object pronoun is not its own verb's subject ("him" is Macron, not Putin) */
    {"030", "RUSGOV", "FRAGOV", "Macron said Putin had assured him that Russia would not escalate."},
};

/* A leader named with nationality and title as object (names.c makes the phrase one, headed
   by the name; mention.c takes the person over the country: CHNGOV, not CHN). */
static const own leader_sentences[] = {
    {"040", "USAGOV", "CHNGOV", "Biden met Chinese President Xi Jinping in Bali."},
    {"111", "USAGOV", "RUSGOV", "Biden criticized Russian President Vladimir Putin on Monday."},
    {"036", "USAGOV", "FRAGOV", "Biden invited French President Emmanuel Macron to Washington."},
    {"036", "USAGOV", "RUSGOV", "Blinken will meet Russian Foreign Minister Sergei Lavrov on Friday."},
    {"051", "DEUGOV", "UKRGOV", "Scholz praised Ukrainian President Volodymyr Zelensky."},
    {"112", "TURGOV", "ISRGOV", "Erdogan accused Israeli Prime Minister Naftali Bennett of lying."},
    /* the object of "blame X for V-ing" did it */
    {"190", "ISR", "---CVL", "Erdogan blamed Israel for killing civilians."},
    /* ... but only after a verb of judging: here the subject did it */
    {"190", "RUS", "UKR", "Russia used drones for attacking Kyiv."},
    /* parse repairs (subjects.c): a clause's own subject, two clauses joined by "and", a day
       before the verb */
    {"190", "RUS", "UKR", "Macron told reporters Russia had attacked Ukraine."},
    {"138", "RUS", "UKR", "Biden told Zelensky Russia would invade Ukraine."},
    {"111", "POL", "RUS", "Russia attacked Ukraine and Poland condemned Russia."},
    {"190", "RUS", "UKR", "Russia attacked Ukraine and Poland condemned Russia."},
    {"190", "RUSMIL", "UKR", "Russian troops Thursday attacked Ukraine."},
    /* a two-word country after a verb of telling is no addressee and subject */
    {"130", "USAGOV", "PRK", "Biden warned North Korea would face severe consequences."},
    {"1032", "USAELI", "PRK", "Trump told Kim Jong Un North Korea must give up its nuclear weapons."},
    /* the actor naming the phrase's head wins, not one inside a modifier */
    {"1121", "RUSOPP", "RUSGOV", "Russian Kremlin critic Alexei Navalny accused Putin of corruption."},
    {"111", "PSEFTA", "ISR", "Palestinian Hamas rival Fatah criticized Israel."},
};

/* Does the sentence give its event (the exact code, not only its family)?  Prints what it gave
   when not. */
static bool gives(const own *o) {
    dyad_document *doc = coded(o->text, "2022-02-08");
    const dyad_event *e = find(doc, o->source, o->target, o->code, NULL);
    bool ok = e && strcmp(e->code, o->code) == 0;
    if (!ok) {
        printf("no %s -> %s %s in \"%s\"; events:\n", o->source, o->target, o->code, o->text);
        print_events(doc);
    }
    dyad_document_free(doc);
    return ok;
}

static void test_mood_sentences(void **state) {
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < sizeof mood_sentences / sizeof mood_sentences[0]; i++)
        if (!gives(&mood_sentences[i])) failed++;
    assert_int_equal(failed, 0);
}

static void test_leader_sentences(void **state) {
    (void)state;
    int failed = 0;
    for (size_t i = 0; i < sizeof leader_sentences / sizeof leader_sentences[0]; i++)
        if (!gives(&leader_sentences[i])) failed++;
    assert_int_equal(failed, 0);
    /* "call on" is an appeal; "called Putin on Monday" (a time's "on") is none */
    const own appeal = {"026", "USAGOV", "RUSGOV", "Biden called on Putin to negotiate."};
    assert_true(gives(&appeal));
    dyad_document *doc = coded("Biden called Putin on Monday.", "2022-02-08");
    assert_null(find(doc, "USAGOV", "RUSGOV", "02", NULL));
    dyad_document_free(doc);
    /* a time after "of V-ing" dates the accusation (2022-02-08 was a Tuesday) */
    doc = coded("China accused the United States of lying on Monday.", "2022-02-08");
    assert_non_null(find(doc, "CHN", "USA", "112", "2022-02-07"));
    dyad_document_free(doc);
}

static void test_own_sentences(void **state) {
    (void)state;
    int failed = 0;
    bool root[21] = {false};
    for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
        const own *o = &sentences[i];
        if (!gives(o)) failed++;
        root[(o->code[0] - '0') * 10 + (o->code[1] - '0')] = true;
    }
    for (int r = 1; r <= 20; r++) assert_true(root[r]);     /* every root has a sentence */
    assert_int_equal(failed, 0);
}

/* Relative dates: "on Monday", "yesterday", "last week", "on Feb. 20" against the document date,
   which the events keep as well. */
static void test_event_dates(void **state) {
    (void)state;
    static const struct {
        const char *text, *date;
    } cases[] = {
        {"Russia criticized Ukraine on Monday.", "2022-02-07"},
        {"Russia criticized Ukraine yesterday.", "2022-02-07"},
        {"Russia criticized Ukraine last week.", "2022-02-01"},
        {"Russia criticized Ukraine on Feb. 3.", "2022-02-03"},
        {"Russia criticized Ukraine.", "2022-02-08"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dyad_document *doc = coded(cases[i].text, "2022-02-08");
        const dyad_event *e = find(doc, "RUS", "UKR", "111", NULL);
        if (!e) print_events(doc);
        assert_non_null(e);
        if (strcmp(e->date, cases[i].date) != 0) printf("%s: %s\n", cases[i].text, e->date);
        assert_string_equal(e->date, cases[i].date);
        assert_string_equal(doc->date, "2022-02-08");
        dyad_document_free(doc);
    }
}

/* ------------------------------------------------------------ the seed article */

static void test_seed_article(void **state) {
    (void)state;
    const char *path = dyad_test_shared("news/seed-article.txt");
    if (!path) skip();
    dyad_read_options opt = {.date = "2022-02-08"};
    dyad_reader *r = dyad_reader_open(path, &opt);
    assert_non_null(r);
    dyad_document *doc = dyad_reader_next(r);
    assert_non_null(doc);
    dyad_analyze(model, doc);
    dyad_code_document(coder, doc);
    static const struct {
        const char *what, *src, *tgt, *code, *date;
    } want[] = {
        {"Macron's talks with Putin in Moscow on Monday", "FRAGOV", "RUSGOV", "04", "2022-02-07"},
        {"Putin's assurance to Macron", "RUSGOV", "FRAGOV", "03", NULL},
        {"Macron's visit to Kyiv to meet Zelensky", "FRAGOV", "UKRGOV|UKR", "04", NULL},
        {"Russia's troop build-up near Ukraine", "RUS|RUSMIL", "UKR", "15", NULL},
        {"the United States' rejection of Russia's demands", "USA", "RUS|RUSGOV", "12", NULL},
        {"NATO's rejection of Russia's demands", "IGOWSTNAT", "RUS|RUSGOV", "12", NULL},
        {"Macron's meeting with Scholz in Berlin", "FRAGOV", "DEUGOV|DEU", "04", NULL},
        {"Scholz's meeting with Biden in Washington", "DEUGOV", "USAGOV", "04", "2022-02-07"},
    };
    int missing = 0;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (!find(doc, want[i].src, want[i].tgt, want[i].code, want[i].date)) {
            printf("missing: %s (%s -> %s %sx%s%s)\n", want[i].what, want[i].src, want[i].tgt,
                   want[i].code, want[i].date ? " on " : "", want[i].date ? want[i].date : "");
            missing++;
        }
    /* Scholz's warning: "... will draw wide-reaching consequences for Russia," Scholz said: a
       threat (DRAW * CONSEQUENCE (FOR +)) whose own source is unknown, made Scholz's by the
       SAY transformation.  It needs "consequences" to be the object of "draw"; the shipped model
       hangs it under "reaching" (the tokenizer splits "wide-reaching" as UD does), which the coder
       repairs (sentence.c); when a parse has it elsewhere, this check is skipped with a note
       rather than passed by another sentence's event. */
    int quote = -1, cons = -1;
    for (int k = 0; k < doc->n_sentences && quote < 0; k++) {
        const dyad_sentence *s = &doc->sentences[k];
        for (int w = 0; w + 2 < s->n_words; w++)
            if (strcmp(s->words[w].form, "consequences") == 0 && strcmp(s->words[w + 2].form, "Russia") == 0) {
                quote = k;
                cons = w;
            }
    }
    assert_true(quote >= 0);
    bool warned = false;
    for (int k = 0; k < doc->n_events; k++) {
        const dyad_event *e = &doc->events[k];
        warned |= e->sentence == quote && strcmp(e->source.code, "DEUGOV") == 0 &&
                  strcmp(e->target.code, "RUS") == 0 && code_in(e->code, "13");
    }
    const dyad_sentence *qs = &doc->sentences[quote];
    int head = qs->words[cons].head;
    if (!warned && head > 0 && strcmp(qs->words[head - 1].lemma, "draw") != 0)
        printf("skip: Scholz's warning (DEUGOV -> RUS 13x): the parser hangs \"consequences\" under "
               "\"%s\", not \"draw\"\n", qs->words[head - 1].form);
    else if (!warned) {
        printf("missing: Scholz's warning of consequences for Russia (DEUGOV -> RUS 13x)\n");
        missing++;
    }
    /* Scholz, "criticized as being too reluctant to threaten painful sanctions on Russia", made
       no threat of sanctions (1312) */
    for (int k = 0; k < doc->n_events; k++) {
        const dyad_sentence *s = &doc->sentences[doc->events[k].sentence];
        bool reluctant = strstr(doc->text + s->start, "reluctant to threaten") &&
                         strstr(doc->text + s->start, "reluctant to threaten") < doc->text + s->end;
        if (reluctant && strcmp(doc->events[k].code, "1312") == 0) {
            printf("false threat: %s -> %s 1312 in the \"reluctant to threaten\" sentence\n",
                   doc->events[k].source.code, doc->events[k].target.code);
            missing++;
        }
    }
    /* nothing from the page furniture after the last paragraph ("Leave a Comment") */
    for (int k = 0; k < doc->n_events; k++) {
        const dyad_sentence *s = &doc->sentences[doc->events[k].sentence];
        assert_true(s->end <= doc->text_len);
        assert_null(strstr(doc->text + s->start, "Leave a Comment") == doc->text + s->start ? "furniture" : NULL);
    }
    if (missing) print_events(doc);
    assert_int_equal(missing, 0);
    dyad_document_free(doc);
    dyad_reader_close(r);
}

/* dyad_code_with_model tags and parses only the sentences the coder can use, and its events are
   those of coding the fully analysed document. */
static void test_parses_what_it_uses(void **state) {
    (void)state;
    const char *text = "Russia criticised the plan on Monday. It was cold. It said it was ready. "
                       "The weather improved later. France and Germany welcomed the talks. "
                       "They met on Tuesday. The talks ended. Germany praised him. "
                       "Germany condemned Russia. He rejected that.";
    /* 0: names an actor; 1, 2: one or two pronouns, for a single-actor subject; 3: neither;
       4: names; 5: one pronoun for a subject of two actors; 6: neither; 7, 8: names; 9: a
       pronoun and a demonstrative after a sentence with an event */
    const bool parsed[] = {true, false, false, false, true, true, false, true, true, true};
    dyad_document *full = coded(text, "2022-02-08");
    dyad_read_options opt = {.date = "2022-02-08", .id = "test"};
    dyad_document *lazy = dyad_read_text("test", text, strlen(text), &opt);
    assert_non_null(lazy);
    dyad_code_with_model(coder, lazy, model);
    assert_int_equal(lazy->n_sentences, 10);
    for (int i = 0; i < lazy->n_sentences; i++) {
        const dyad_word *w = &lazy->sentences[i].words[0];
        if ((w->head >= 0) != parsed[i])
            printf("sentence %d: %s\n", i, parsed[i] ? "not parsed" : "parsed");
        assert_int_equal(w->head >= 0, parsed[i]);
        assert_int_equal(w->xpos != NULL, parsed[i]);
    }
    assert_true(full->n_events > 0);
    assert_int_equal(lazy->n_events, full->n_events);
    for (int k = 0; k < full->n_events; k++) {
        const dyad_event *a = &full->events[k], *b = &lazy->events[k];
        assert_int_equal(a->sentence, b->sentence);
        assert_string_equal(a->code, b->code);
        assert_string_equal(a->source.code, b->source.code);
        assert_string_equal(a->target.code, b->target.code);
    }
    dyad_document_free(full);
    dyad_document_free(lazy);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parses_what_it_uses),
        cmocka_unit_test(test_own_sentences),
        cmocka_unit_test(test_mood_sentences),
        cmocka_unit_test(test_leader_sentences),
        cmocka_unit_test(test_event_dates),
        cmocka_unit_test(test_seed_article),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
