/*
** lemma.c - the lemmatizer.  In order: the lexicon of (form, XPOS) -> lemma seen in training;
** a hand-written table of irregular forms (for words training did not see); suffix rules by
** XPOS learned from the training words (the longest suffix with a rule wins: "-ies" NNS ->
** "-y").  Lemmas are lower-cased except for proper nouns (NNP, NNPS) and words with digits,
** as in UD English EWT.
**
** Section "lemmatizer": block 1 u32 version; block 2 the string pool; block 3 the lexicon
** (key table to pool offsets of lemmas); block 4 the rules (key table from XPOS and suffix to
** pool offsets of a rule: one byte '0' + number of bytes to strip, then the bytes to append).
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "nlp/nlp.h"

#define LEMMA_VERSION 1
#define MAX_SUFFIX 6
#define RULE_MIN 2 /* a rule needs this many training words */

enum { L_FORM = 101, L_LOWER, L_RULE };

struct nlp_lemmatizer {
    const char *pool;
    size_t pool_size;
    nlp_ktab lex, rules;
};

/*
** Irregular English forms that training may not have seen, from the irregular verb and noun
** lists of standard grammars (Quirk et al. 1985, appendix); class V for verb tags, N for noun
** tags, J for adjective and adverb tags.
*/
static const struct irregular { const char *form; char cls; const char *lemma; } irregulars[] = {
    {"am", 'V', "be"}, {"is", 'V', "be"}, {"are", 'V', "be"}, {"was", 'V', "be"}, {"were", 'V', "be"},
    {"been", 'V', "be"}, {"being", 'V', "be"}, {"'s", 'V', "be"}, {"'re", 'V', "be"}, {"'m", 'V', "be"},
    {"has", 'V', "have"}, {"had", 'V', "have"}, {"'ve", 'V', "have"}, {"'d", 'V', "would"},
    {"does", 'V', "do"}, {"did", 'V', "do"}, {"done", 'V', "do"},
    {"arose", 'V', "arise"}, {"arisen", 'V', "arise"}, {"ate", 'V', "eat"}, {"eaten", 'V', "eat"},
    {"awoke", 'V', "awake"}, {"bore", 'V', "bear"}, {"borne", 'V', "bear"}, {"beat", 'V', "beat"},
    {"beaten", 'V', "beat"}, {"became", 'V', "become"}, {"began", 'V', "begin"}, {"begun", 'V', "begin"},
    {"bent", 'V', "bend"}, {"bet", 'V', "bet"}, {"bid", 'V', "bid"}, {"bit", 'V', "bite"},
    {"bitten", 'V', "bite"}, {"bled", 'V', "bleed"}, {"blew", 'V', "blow"}, {"blown", 'V', "blow"},
    {"broke", 'V', "break"}, {"broken", 'V', "break"}, {"bred", 'V', "breed"}, {"brought", 'V', "bring"},
    {"built", 'V', "build"}, {"burnt", 'V', "burn"}, {"burst", 'V', "burst"}, {"bought", 'V', "buy"},
    {"cast", 'V', "cast"}, {"caught", 'V', "catch"}, {"chose", 'V', "choose"}, {"chosen", 'V', "choose"},
    {"clung", 'V', "cling"}, {"came", 'V', "come"}, {"cost", 'V', "cost"}, {"crept", 'V', "creep"},
    {"cut", 'V', "cut"}, {"dealt", 'V', "deal"}, {"dug", 'V', "dig"}, {"drew", 'V', "draw"},
    {"drawn", 'V', "draw"}, {"dreamt", 'V', "dream"}, {"drank", 'V', "drink"}, {"drunk", 'V', "drink"},
    {"drove", 'V', "drive"}, {"driven", 'V', "drive"}, {"dwelt", 'V', "dwell"}, {"fell", 'V', "fall"},
    {"fallen", 'V', "fall"}, {"fed", 'V', "feed"}, {"felt", 'V', "feel"}, {"fought", 'V', "fight"},
    {"found", 'V', "find"}, {"fled", 'V', "flee"}, {"flung", 'V', "fling"}, {"flew", 'V', "fly"},
    {"flown", 'V', "fly"}, {"forbade", 'V', "forbid"}, {"forbidden", 'V', "forbid"},
    {"forecast", 'V', "forecast"}, {"foresaw", 'V', "foresee"}, {"foreseen", 'V', "foresee"},
    {"forgot", 'V', "forget"}, {"forgotten", 'V', "forget"}, {"forgave", 'V', "forgive"},
    {"forgiven", 'V', "forgive"}, {"froze", 'V', "freeze"}, {"frozen", 'V', "freeze"},
    {"got", 'V', "get"}, {"gotten", 'V', "get"}, {"gave", 'V', "give"}, {"given", 'V', "give"},
    {"went", 'V', "go"}, {"gone", 'V', "go"}, {"goes", 'V', "go"}, {"ground", 'V', "grind"},
    {"grew", 'V', "grow"}, {"grown", 'V', "grow"}, {"hung", 'V', "hang"}, {"heard", 'V', "hear"},
    {"hid", 'V', "hide"}, {"hidden", 'V', "hide"}, {"hit", 'V', "hit"}, {"held", 'V', "hold"},
    {"hurt", 'V', "hurt"}, {"kept", 'V', "keep"}, {"knelt", 'V', "kneel"}, {"knew", 'V', "know"},
    {"known", 'V', "know"}, {"laid", 'V', "lay"}, {"led", 'V', "lead"}, {"leapt", 'V', "leap"},
    {"learnt", 'V', "learn"}, {"left", 'V', "leave"}, {"lent", 'V', "lend"}, {"let", 'V', "let"},
    {"lay", 'V', "lie"}, {"lain", 'V', "lie"}, {"lit", 'V', "light"}, {"lost", 'V', "lose"},
    {"made", 'V', "make"}, {"meant", 'V', "mean"}, {"met", 'V', "meet"}, {"mistook", 'V', "mistake"},
    {"mistaken", 'V', "mistake"}, {"overcame", 'V', "overcome"}, {"overran", 'V', "overrun"},
    {"overtook", 'V', "overtake"}, {"overtaken", 'V', "overtake"}, {"overthrew", 'V', "overthrow"},
    {"overthrown", 'V', "overthrow"}, {"paid", 'V', "pay"}, {"put", 'V', "put"}, {"quit", 'V', "quit"},
    {"read", 'V', "read"}, {"rid", 'V', "rid"}, {"rode", 'V', "ride"}, {"ridden", 'V', "ride"},
    {"rang", 'V', "ring"}, {"rung", 'V', "ring"}, {"rose", 'V', "rise"}, {"risen", 'V', "rise"},
    {"ran", 'V', "run"}, {"said", 'V', "say"}, {"saw", 'V', "see"}, {"seen", 'V', "see"},
    {"sought", 'V', "seek"}, {"sold", 'V', "sell"}, {"sent", 'V', "send"}, {"set", 'V', "set"},
    {"shook", 'V', "shake"}, {"shaken", 'V', "shake"}, {"shed", 'V', "shed"}, {"shone", 'V', "shine"},
    {"shot", 'V', "shoot"}, {"shown", 'V', "show"}, {"shrank", 'V', "shrink"}, {"shrunk", 'V', "shrink"},
    {"shut", 'V', "shut"}, {"sang", 'V', "sing"}, {"sung", 'V', "sing"}, {"sank", 'V', "sink"},
    {"sunk", 'V', "sink"}, {"sat", 'V', "sit"}, {"slept", 'V', "sleep"}, {"slid", 'V', "slide"},
    {"spoke", 'V', "speak"}, {"spoken", 'V', "speak"}, {"sped", 'V', "speed"}, {"spent", 'V', "spend"},
    {"spun", 'V', "spin"}, {"spat", 'V', "spit"}, {"split", 'V', "split"}, {"spread", 'V', "spread"},
    {"sprang", 'V', "spring"}, {"sprung", 'V', "spring"}, {"stood", 'V', "stand"}, {"stole", 'V', "steal"},
    {"stolen", 'V', "steal"}, {"stuck", 'V', "stick"}, {"stung", 'V', "sting"}, {"struck", 'V', "strike"},
    {"stricken", 'V', "strike"}, {"strove", 'V', "strive"}, {"striven", 'V', "strive"},
    {"swore", 'V', "swear"}, {"sworn", 'V', "swear"}, {"swept", 'V', "sweep"}, {"swam", 'V', "swim"},
    {"swum", 'V', "swim"}, {"swung", 'V', "swing"}, {"took", 'V', "take"}, {"taken", 'V', "take"},
    {"taught", 'V', "teach"}, {"tore", 'V', "tear"}, {"torn", 'V', "tear"}, {"told", 'V', "tell"},
    {"thought", 'V', "think"}, {"threw", 'V', "throw"}, {"thrown", 'V', "throw"},
    {"thrust", 'V', "thrust"}, {"trod", 'V', "tread"}, {"understood", 'V', "understand"},
    {"undertook", 'V', "undertake"}, {"undertaken", 'V', "undertake"}, {"upheld", 'V', "uphold"},
    {"upset", 'V', "upset"}, {"woke", 'V', "wake"}, {"woken", 'V', "wake"}, {"wore", 'V', "wear"},
    {"worn", 'V', "wear"}, {"wove", 'V', "weave"}, {"woven", 'V', "weave"}, {"wept", 'V', "weep"},
    {"won", 'V', "win"}, {"wound", 'V', "wind"}, {"withdrew", 'V', "withdraw"},
    {"withdrawn", 'V', "withdraw"}, {"withheld", 'V', "withhold"}, {"withstood", 'V', "withstand"},
    {"wrung", 'V', "wring"}, {"wrote", 'V', "write"}, {"written", 'V', "write"},
    {"men", 'N', "man"}, {"women", 'N', "woman"}, {"children", 'N', "child"}, {"feet", 'N', "foot"},
    {"teeth", 'N', "tooth"}, {"geese", 'N', "goose"}, {"mice", 'N', "mouse"}, {"lice", 'N', "louse"},
    {"oxen", 'N', "ox"}, {"criteria", 'N', "criterion"}, {"phenomena", 'N', "phenomenon"},
    {"analyses", 'N', "analysis"}, {"crises", 'N', "crisis"}, {"theses", 'N', "thesis"},
    {"hypotheses", 'N', "hypothesis"}, {"diagnoses", 'N', "diagnosis"}, {"bases", 'N', "basis"},
    {"wives", 'N', "wife"}, {"lives", 'N', "life"}, {"knives", 'N', "knife"}, {"wolves", 'N', "wolf"},
    {"halves", 'N', "half"}, {"leaves", 'N', "leaf"}, {"thieves", 'N', "thief"}, {"shelves", 'N', "shelf"},
    {"selves", 'N', "self"}, {"calves", 'N', "calf"}, {"loaves", 'N', "loaf"},
    {"better", 'J', "good"}, {"best", 'J', "good"}, {"worse", 'J', "bad"}, {"worst", 'J', "bad"},
    {"further", 'J', "far"}, {"farther", 'J', "far"}, {"furthest", 'J', "far"}, {"farthest", 'J', "far"},
};

/*
** Lemmas that dyad wants where the treebanks disagree or keep the plural (EWT has "troops" as
** its own lemma, GUM "troop"; event coding wants the singular) or where the suffix rules go
** wrong for news words ("-elled" -> "-el" as in "labelled").  Consulted before the lexicon.
*/
static const struct irregular corrections[] = {
    {"troops", 'N', "troop"}, {"shelled", 'V', "shell"}, {"shelling", 'V', "shell"},
};

/* Lower-case UTF-8 text into out (size cap); returns the length. */
static size_t lower_utf8(const char *s, char *out, size_t cap) {
    size_t n = 0, len = strlen(s);
    size_t ascii = 0;
    while (ascii < len && (unsigned char)s[ascii] < 0x80) ascii++;
    if (ascii == len && len < cap) return nlp_lower(s, out, cap);
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    while (len > 0 && n + 5 < cap) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(p, (utf8proc_ssize_t)len, &c);
        if (k <= 0) { /* not UTF-8: copy the byte */
            out[n++] = (char)*p;
            p++;
            len--;
            continue;
        }
        n += (size_t)utf8proc_encode_char(utf8proc_tolower(c), (utf8proc_uint8_t *)out + n);
        p += k;
        len -= (size_t)k;
    }
    out[n] = 0;
    return n;
}

static bool is_proper(const char *xpos, int upos) {
    return upos == DYAD_PROPN || (xpos && strncmp(xpos, "NNP", 3) == 0);
}

static uint64_t xpos_hash(const char *xpos) {
    return xpos ? nlp_hs(xpos, strlen(xpos)) : 0;
}

static char irregular_class(const char *xpos) {
    if (!xpos) return 0;
    if (xpos[0] == 'V' || strcmp(xpos, "MD") == 0) return 'V';
    if (strcmp(xpos, "NNS") == 0 || strcmp(xpos, "NN") == 0) return 'N';
    if (strncmp(xpos, "JJ", 2) == 0 || strncmp(xpos, "RB", 2) == 0) return 'J';
    return 0;
}

static void copy_out(char *out, size_t cap, const char *s, size_t n) {
    if (n >= cap) n = cap - 1;
    memcpy(out, s, n);
    out[n] = 0;
}

const char *nlp_lemmatize(const nlp_lemmatizer *l, const char *form, int upos, const char *xpos,
                          char *out, size_t cap) {
    uint64_t xh = xpos_hash(xpos);
    char low[512];
    size_t ln = lower_utf8(form, low, sizeof low);
    char cls = irregular_class(xpos);
    for (size_t i = 0; cls && i < sizeof corrections / sizeof *corrections; i++)
        if (corrections[i].cls == cls && strcmp(corrections[i].form, low) == 0) return corrections[i].lemma;
    uint32_t v = l ? nlp_ktab_get(&l->lex, nlp_fk2(L_FORM, nlp_hs(form, strlen(form)), xh)) : UINT32_MAX;
    if (l && v == UINT32_MAX) v = nlp_ktab_get(&l->lex, nlp_fk2(L_LOWER, nlp_hs(low, ln), xh));
    if (v != UINT32_MAX) return l->pool + v;
    /* Numbers and codes keep their form; digit-group commas go ("2,000" -> "2000", as EWT). */
    if (strpbrk(form, "0123456789")) {
        size_t n = 0, len = strlen(form);
        bool number = strspn(form, "0123456789,.") == len;
        for (size_t i = 0; i < len && n + 1 < cap; i++)
            if (!number || form[i] != ',') out[n++] = form[i];
        out[n] = 0;
        return out;
    }
    bool proper = is_proper(xpos, upos);
    if (proper) cls = 0;
    for (size_t i = 0; cls && i < sizeof irregulars / sizeof *irregulars; i++)
        if (irregulars[i].cls == cls && strcmp(irregulars[i].form, low) == 0) return irregulars[i].lemma;
    const char *base = proper ? form : low;
    size_t bn = proper ? strlen(form) : ln;
    size_t top = bn < ln ? bn : ln;
    for (size_t k = top < MAX_SUFFIX ? top : MAX_SUFFIX; l && k >= 1; k--) {
        v = nlp_ktab_get(&l->rules, nlp_fk2(L_RULE, xh, nlp_hs(low + ln - k, k)));
        if (v == UINT32_MAX) continue;
        const char *rule = l->pool + v;
        size_t strip = (size_t)(rule[0] - '0');
        if (strip > bn) continue;
        size_t keep = bn - strip, add = strlen(rule + 1);
        if (keep + add == 0) break;
        copy_out(out, cap, base, keep);
        if (keep < cap - 1) copy_out(out + keep, cap - keep, rule + 1, add);
        return out;
    }
    copy_out(out, cap, base, bn);
    return out;
}

nlp_lemmatizer *nlp_lemmatizer_load(const void *p, size_t n, const char **err) {
    nlp_blocks r = {p, (const unsigned char *)p + n, false};
    size_t len;
    const uint32_t *h = nlp_block(&r, &len);
    if (!h || len != 4 || h[0] != LEMMA_VERSION) {
        *err = "lemmatizer section has an unknown version";
        return NULL;
    }
    nlp_lemmatizer *l = dyad_xcalloc(1, sizeof *l);
    l->pool = nlp_block(&r, &l->pool_size);
    bool ok = l->pool && l->pool_size > 0 && l->pool[l->pool_size - 1] == 0 &&
              nlp_block_ktab(&r, &l->lex) && nlp_block_ktab(&r, &l->rules);
    /* Every value must point into the pool, at a rule or lemma that ends there. */
    const nlp_ktab *tabs[2] = {&l->lex, &l->rules};
    for (int t = 0; ok && t < 2; t++) ok = nlp_ktab_values_below(tabs[t], (uint32_t)l->pool_size);
    if (!ok) {
        free(l);
        *err = "lemmatizer section is malformed";
        return NULL;
    }
    return l;
}

void nlp_lemmatizer_free(nlp_lemmatizer *l) {
    free(l);
}

/* ------------------------------------------------------------------- training */

typedef struct triple {
    uint64_t group;    /* what is being decided: (form, XPOS) or (XPOS, suffix) */
    uint32_t value;    /* pool offset of a lemma or rule */
    uint32_t count;
} triple;

typedef struct counter {
    nlp_map map;       /* hash(group, value) -> index into v */
    triple *v;
    size_t n, cap;
} counter;

static void count(counter *c, uint64_t group, uint32_t value, uint32_t k) {
    uint32_t *slot = nlp_map_get(&c->map, dyad_hash_mix(group, value), true);
    if (*slot == UINT32_MAX) {
        if (c->n == c->cap) {
            c->cap = c->cap ? 2 * c->cap : 4096;
            c->v = dyad_xrealloc(c->v, c->cap * sizeof *c->v);
        }
        c->v[c->n] = (triple){group, value, 0};
        *slot = (uint32_t)c->n++;
    }
    c->v[*slot].count += k;
}

static int cmp_triple(const void *a, const void *b) {
    const triple *x = a, *y = b;
    if (x->group != y->group) return x->group < y->group ? -1 : 1;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return x->value < y->value ? -1 : x->value > y->value;
}

/* Add the most frequent value of each group with at least min_count to a key table. */
static void best_of_groups(counter *c, uint32_t min_count, dyad_buf *out) {
    qsort(c->v, c->n, sizeof *c->v, cmp_triple);
    nlp_ktab_builder b = {0};
    for (size_t i = 0; i < c->n; i++)
        if ((i == 0 || c->v[i].group != c->v[i - 1].group) && c->v[i].count >= min_count)
            nlp_ktab_add(&b, c->v[i].group, c->v[i].value);
    nlp_ktab_write(&b, out);
    nlp_map_free(&c->map);
    free(c->v);
}

/* Pool offset of string s (interned). */
static uint32_t intern(nlp_map *seen, dyad_buf *pool, const char *s, size_t n) {
    uint32_t *v = nlp_map_get(seen, nlp_hs(s, n), true);
    if (*v == UINT32_MAX) {
        *v = (uint32_t)pool->len;
        dyad_buf_add(pool, s, n);
        dyad_buf_add(pool, "", 1);
    }
    return *v;
}

void nlp_lemmatizer_train(const nlp_corpus *c, dyad_buf *out) {
    dyad_buf pool = {0};
    nlp_map seen = {0}, types = {0};
    dyad_buf_add(&pool, "", 1); /* offset 0: the empty string */
    counter lex = {0}, rules = {0};
    char low[512], lemlow[512], rule[520];
    for (int si = 0; si < c->n; si++) {
        const dyad_sentence *s = c->sents[si];
        for (int i = 0; i < s->n_words; i++) {
            const dyad_word *w = &s->words[i];
            if (!w->lemma || !w->form || strcmp(w->lemma, "_") == 0) continue;
            uint64_t xh = xpos_hash(w->xpos);
            size_t ln = lower_utf8(w->form, low, sizeof low);
            uint32_t lem = intern(&seen, &pool, w->lemma, strlen(w->lemma));
            count(&lex, nlp_fk2(L_FORM, nlp_hs(w->form, strlen(w->form)), xh), lem, 1);
            count(&lex, nlp_fk2(L_LOWER, nlp_hs(low, ln), xh), lem, 1);
            /* Suffix rules are learned from word types: the rare words are like unknown ones. */
            uint32_t *t = nlp_map_get(&types, nlp_fk3(L_RULE, nlp_hs(w->form, strlen(w->form)), xh,
                                                      nlp_hs(w->lemma, strlen(w->lemma))), true);
            if (*t != UINT32_MAX) continue;
            *t = 1;
            bool proper = is_proper(w->xpos, w->upos);
            const char *base = proper ? w->form : low;
            size_t bn = strlen(base);
            const char *lemma = w->lemma;
            if (!proper) {
                lower_utf8(w->lemma, lemlow, sizeof lemlow);
                lemma = lemlow;
            }
            size_t lcp = 0;
            while (base[lcp] && base[lcp] == lemma[lcp]) lcp++;
            size_t strip = bn - lcp;
            if (strip > 9 || bn != ln) continue;
            snprintf(rule, sizeof rule, "%c%s", (char)('0' + strip), lemma + lcp);
            uint32_t r = intern(&seen, &pool, rule, strlen(rule));
            for (size_t k = strip > 1 ? strip : 1; k <= MAX_SUFFIX && k <= ln; k++)
                count(&rules, nlp_fk2(L_RULE, xh, nlp_hs(low + ln - k, k)), r, 1);
        }
    }
    uint32_t h = LEMMA_VERSION;
    nlp_block_add(out, &h, 4);
    nlp_block_add(out, pool.data, pool.len);
    best_of_groups(&lex, 1, out);
    best_of_groups(&rules, RULE_MIN, out);
    dyad_buf_free(&pool);
    nlp_map_free(&seen);
    nlp_map_free(&types);
}
