/*
** lint_test.c - the rules dyad's own dictionaries (dictionaries/, built into libdyad) promise to
** keep, checked with the real reader: every file loads with zero warnings; each actor's dated
** codes are in order and do not overlap (ranges include both ends, dict.h); the undated default
** comes last; no single-holder office (a role line's comment tag "# @USA.HOS") is held by two
** people on one day; every code is made of known CAMEO parts; and the day a term ends and the
** day the next begins code as they should.
*/
#include "util/testing.h"
#include "dict/dict.h"

/* The whole set, loaded once. */
static dyad_dict *all;

static int setup(void **state) {
    (void)state;
    all = dyad_dict_new();
    return dyad_dict_load_builtin(all) == 0 ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    dyad_dict_free(all);
    return 0;
}

static void test_zero_warnings(void **state) {
    (void)state;
    for (int i = 0; i < dyad_dict_builtin_count(); i++) {
        dyad_dict_builtin b = dyad_dict_builtin_file(i);
        dyad_dict *d = dyad_dict_new();
        /* agents and actors stand alone; the warnings, if any, are printed */
        int n = dyad_dict_load_text(d, b.kind, b.name, b.text, b.len);
        if (n != 0) printf("%s: %d warnings\n", b.name, n);
        assert_int_equal(n, 0);
        assert_true(b.kind != DYAD_DICT_VERBS || (d->n_blocks > 0 && d->n_patterns > 0));
        assert_true(b.kind != DYAD_DICT_ACTORS || d->n_actors > 0);
        dyad_dict_free(d);
    }
    assert_null(dyad_dict_builtin_file(dyad_dict_builtin_count()).name);
}

static bool dated(const dyad_actor_code *c) {
    return c->from != DYAD_DAY_MIN || c->to != DYAD_DAY_MAX;
}

/* Dated codes of an entry in file order, each before the next, none overlapping; the default
   (undated) code written after them all. */
static void test_dated_terms(void **state) {
    (void)state;
    int problems = 0, terms = 0;
    for (int32_t a = 0; a < all->n_actors; a++) {
        const dyad_actor_entry *e = &all->actors[a];
        int last_dated_line = 0;
        for (int i = 0; i < e->n_codes; i++) {
            const dyad_actor_code *c = &e->codes[i];
            if (!dated(c)) {
                if (c->line < last_dated_line) {
                    printf("%s:%d: the default code of %s is not its last role line\n", e->file, c->line, e->name);
                    problems++;
                }
                continue;
            }
            terms++;
            last_dated_line = c->line;
            if (i + 1 < e->n_codes && dated(&e->codes[i + 1]) && e->codes[i + 1].from <= c->to) {
                printf("%s:%d: %s: this term overlaps or precedes the one at line %d\n", e->file,
                       e->codes[i + 1].line, e->name, c->line);
                problems++;
            }
        }
    }
    assert_true(terms > 500);
    assert_int_equal(problems, 0);
}

/* ----------------------------------------------------------------- offices */

/* One term of a tagged office. */
typedef struct term {
    char tag[32];
    int32_t from, to;
    const char *entry, *file;
    int line;
} term;

static int by_tag_from(const void *x, const void *y) {
    const term *a = x, *b = y;
    int c = strcmp(a->tag, b->tag);
    if (c) return c;
    return a->from < b->from ? -1 : a->from > b->from;
}

/* Line `line` (1-based) of the built-in file called name, copied into buf. */
static const char *file_line(const char *name, int line, char *buf, size_t n) {
    buf[0] = 0;
    for (int i = 0; i < dyad_dict_builtin_count(); i++) {
        dyad_dict_builtin b = dyad_dict_builtin_file(i);
        if (strcmp(b.name, name) != 0) continue;
        const char *p = b.text, *end = b.text + b.len;
        for (int k = 1; k < line && p < end; k++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
        }
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = (size_t)((nl ? nl : end) - p);
        if (len >= n) len = n - 1;
        memcpy(buf, p, len);
        buf[len] = 0;
    }
    return buf;
}

/* No two people hold a single-holder office (tag "@X.Y" in a role line's comment; a tag ending
   in '+' is an office with several holders) on the same day. */
static void test_offices(void **state) {
    (void)state;
    term *t = NULL;
    int n = 0, cap = 0, problems = 0;
    char buf[1024];
    for (int32_t a = 0; a < all->n_actors; a++) {
        const dyad_actor_entry *e = &all->actors[a];
        for (int i = 0; i < e->n_codes; i++) {
            const dyad_actor_code *c = &e->codes[i];
            const char *hash = strchr(file_line(e->file, c->line, buf, sizeof buf), '#');
            for (const char *p = hash ? strchr(hash, '@') : NULL; p; p = strchr(p + 1, '@')) {
                size_t k = strcspn(p + 1, " \t,;)");
                if (k == 0 || k >= sizeof t->tag || p[k] == '+') continue;
                if (!dated(c)) {
                    printf("%s:%d: office tag on an undated role line\n", e->file, c->line);
                    problems++;
                    continue;
                }
                if (n == cap) {
                    cap = cap ? 2 * cap : 256;
                    t = realloc(t, (size_t)cap * sizeof *t);
                    assert_non_null(t);
                }
                memcpy(t[n].tag, p + 1, k);
                t[n].tag[k] = 0;
                t[n].from = c->from;
                t[n].to = c->to;
                t[n].entry = e->name;
                t[n].file = e->file;
                t[n++].line = c->line;
            }
        }
    }
    qsort(t, (size_t)n, sizeof *t, by_tag_from);
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n && strcmp(t[j].tag, t[i].tag) == 0 && t[j].from <= t[i].to; j++)
            if (strcmp(t[i].entry, t[j].entry) != 0) {
                printf("%s:%d: office @%s of %s overlaps that of %s (%s:%d)\n", t[j].file, t[j].line,
                       t[j].tag, t[j].entry, t[i].entry, t[i].file, t[i].line);
                problems++;
            }
    assert_true(n > 100);
    free(t);
    assert_int_equal(problems, 0);
}

/* ------------------------------------------------------------------- codes */

/* CAMEO parts an actor code may have after its first (CAMEO 1.1b3 actor codebook: sectors and
   types, known groups, religions; and regions).  Countries come from countries.actors.txt. */
static const char later_parts[] =
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED "
    "REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET PTY "
    "AAM ABD ACC ADB AEU AFB ALQ AMF AML ANO APE ARL ASL ASN ATD BCA BIS BTH CEM CFA CIS CMN COE "
    "CPA CPC CRC CSS CWN DFL EBR ECA EEC EFT ENN FAO FID FIS FLN FTA GCC GIA GOE GOS GSP GSS HCH "
    "HCR HEZ HIP HMS HRW IAC IAD IAE IAF ICC ICG ICJ ICO IDB IGC IHF ILO IMF IOM IPU ISJ ITP JUR "
    "KDP KID LBA LKD MBR MRZ MSF MSP NAT NEP NON OAS OAU OIC OPC PAP PFL PLF PLO PLS PMD PRC PSE "
    "RCR RND SAA SAD SCE SHA SOT TAL UEM WAD WAM WAS WBK WCT WEF WFP WHO WTO XFM "
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG PRO "
    "SFI SHI SHN SIK SUN TAO UDX ZRO "
    "WSB BAG GZS AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM "
    "SAS SEA SAF WAF WST ";

static bool listed(const char *list, const char *p) {
    for (const char *t = list; *t; t += 4)
        if (strncmp(t, p, 3) == 0) return true;
    return false;
}

/* The country codes countries.actors.txt gives its entries, as "XXX " items. */
static void countries(char *out, size_t n) {
    size_t used = 0;
    out[0] = 0;
    for (int32_t a = 0; a < all->n_actors; a++) {
        const dyad_actor_entry *e = &all->actors[a];
        if (!strstr(e->file, "countries.actors.txt")) continue;
        for (int i = 0; i < e->n_codes; i++)
            if (strlen(e->codes[i].code) == 3 && !listed(out, e->codes[i].code) && used + 5 < n) {
                memcpy(out + used, e->codes[i].code, 3);
                out[used + 3] = ' ';
                used += 4;
                out[used] = 0;
            }
    }
}

static bool good_code(const char *code, const char *known_countries, bool agent) {
    size_t n = strlen(code);
    if (n == 0 || n % 3) return false;
    for (size_t i = 0; i < n; i++)
        if (code[i] < 'A' || code[i] > 'Z') return false;
    for (size_t i = 0; i < n; i += 3) {
        bool ok = listed(later_parts, code + i) || listed(known_countries, code + i);
        if (i == 0 && !agent) ok = listed(known_countries, code) || listed(later_parts, code);
        if (!ok) return false;
    }
    return true;
}

static void test_codes(void **state) {
    (void)state;
    static char known[4096];
    countries(known, sizeof known);
    assert_true(strlen(known) / 4 >= 190);     /* the UN members and more */
    int problems = 0;
    for (int32_t a = 0; a < all->n_actors; a++) {
        const dyad_actor_entry *e = &all->actors[a];
        for (int i = 0; i < e->n_codes; i++)
            if (!good_code(e->codes[i].code, known, false)) {
                printf("%s:%d: %s: code %s has an unknown part\n", e->file, e->codes[i].line, e->name,
                       e->codes[i].code);
                problems++;
            }
    }
    for (int32_t g = 0; g < all->n_agents; g++)
        if (!good_code(all->agents[g].code, known, true)) {
            printf("%s:%d: agent code %s has an unknown part\n", all->agents[g].file, all->agents[g].line,
                   all->agents[g].code);
            problems++;
        }
    assert_int_equal(problems, 0);
}

/* ------------------------------------------------------------- boundary day */

static const char *code_on(const char *name, const char *date) {
    const char *words[8];
    char buf[128];
    snprintf(buf, sizeof buf, "%s", name);
    int n = 0;
    for (char *p = strtok(buf, " "); p && n < 8; p = strtok(NULL, " ")) words[n++] = p;
    int len;
    const char *code = NULL;
    int a = dyad_actor_lookup(all, words, n, 0, date, &len, &code);
    assert_true(a >= 0);
    assert_int_equal(len, n);
    return code;
}

/* A term's last day and the successor's first: Merkel was chancellor to 7 December 2021, Scholz
   from 8 December; Macron president from 14 May 2017. */
static void test_boundary_day(void **state) {
    (void)state;
    assert_string_equal(code_on("Angela Merkel", "2021-12-07"), "DEUGOV");
    assert_string_equal(code_on("Angela Merkel", "2021-12-08"), "DEUELI");
    assert_string_equal(code_on("Olaf Scholz", "2021-12-08"), "DEUGOV");
    assert_string_equal(code_on("Emmanuel Macron", "2017-05-13"), "FRAELI");
    assert_string_equal(code_on("Emmanuel Macron", "2017-05-14"), "FRAGOV");
    assert_string_equal(code_on("Joe Biden", "2021-01-19"), "USAELI");
    assert_string_equal(code_on("Joe Biden", "2021-01-20"), "USAGOV");
    assert_string_equal(code_on("Donald Trump", "2021-01-19"), "USAGOV");
    assert_string_equal(code_on("Donald Trump", "2021-01-20"), "USAELI");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zero_warnings),
        cmocka_unit_test(test_dated_terms),
        cmocka_unit_test(test_offices),
        cmocka_unit_test(test_codes),
        cmocka_unit_test(test_boundary_day),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
