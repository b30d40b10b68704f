/*
** mention.c - noun-phrase mentions and their actors.
**
** A mention is a nominal head (NOUN, PROPN, PRON, NUM, or an adjective used as an argument,
** "an Eriadorian") that is not itself a modifier inside a noun phrase, with the words that
** belong to it: determiners, adjectives, compounds, names, possessors, prepositional modifiers
** (nmod, with their prepositions), coordinated members and their conjunctions; not clauses
** (acl, relative clauses), appositions or punctuation.  Mentions are found from the top of the
** tree down, so a noun phrase inside another belongs to the outer mention.
**
** Coding a mention (coder.h explains the rules): every way of choosing one member of each
** coordination gives a word list; the first actor in the list and every agent after or around
** it make the code.  Adjectives and determiners before the first member and modifiers after the
** last one are shared by all members ("the Danish media and government", "lawmakers and
** officials in Fornost and Gondor"), as PETRARCH-1's compound expansion did.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include "code/coder_int.h"

#define MAX_VARIANTS 64
#define MAX_COORD 16

/* Nouns that name a time ("on Tuesday", "last week"): such a phrase is a time expression, not
   an actor (UD obl:tmod, or obl with a preposition), whatever the parser made of it.  Sorted,
   for bsearch. */
static const char *const temporal_nouns[] = {
    "afternoon", "april", "august", "day", "decade", "december", "evening", "february",
    "friday", "hour", "january", "july", "june", "march", "may", "monday", "month", "morning",
    "night", "november", "october", "saturday", "september", "sunday", "thursday", "today",
    "tomorrow", "tonight", "tuesday", "wednesday", "week", "weekend", "year", "yesterday"
};

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Is w (any case) one of temporal_nouns? */
bool coder_temporal_word(const char *w) {
    char b[16];
    size_t n = 0;
    for (; w && w[n]; n++) {
        if (n == sizeof b - 1) return false;
        b[n] = (char)(w[n] >= 'A' && w[n] <= 'Z' ? w[n] + 32 : w[n]);
    }
    b[n] = 0;
    const char *key = b;
    return n > 0 && bsearch(&key, temporal_nouns, sizeof temporal_nouns / sizeof temporal_nouns[0],
                            sizeof temporal_nouns[0], cmp_str) != NULL;
}

static bool is_pronoun(const csent *s, int i) {
    return s->w[i].upos == DYAD_PRON && (s->w[i].flags & F_PRON);
}

static bool mention_head(const csent *s, int i) {
    const cword *w = &s->w[i];
    switch (w->rel) {
    case R_OBL_TMOD:        /* "today", "next week": times are not actors */
    case R_COMPOUND: case R_FLAT: case R_FIXED: case R_AMOD: case R_DET: case R_NUMMOD:
    case R_CASE: case R_PUNCT: case R_ADVMOD: case R_MARK: case R_AUX: case R_AUX_PASS:
    case R_COP: case R_CC: case R_PRT: case R_DISCOURSE: case R_EXPL:
        return false;
    default:
        break;
    }
    switch (w->upos) {
    case DYAD_NOUN: case DYAD_PROPN: case DYAD_NUM:
        return true;
    case DYAD_PRON:
        return true;
    case DYAD_ADJ: case DYAD_X: case DYAD_SYM:
        return w->rel == R_NSUBJ || w->rel == R_NSUBJ_PASS || w->rel == R_OBJ ||
               w->rel == R_IOBJ || w->rel == R_OBL || w->rel == R_OBL_AGENT;
    default:
        return false;
    }
}

/* Relations whose subtrees are not part of the noun phrase of their head. */
static bool outside_np(int rel) {
    switch (rel) {
    case R_ACL: case R_RELCL: case R_ADVCL: case R_CCOMP: case R_XCOMP: case R_CSUBJ:
    case R_PARATAXIS: case R_APPOS: case R_PUNCT: case R_DISCOURSE: case R_NSUBJ:
    case R_NSUBJ_PASS: case R_COP: case R_AUX: case R_AUX_PASS: case R_MARK: case R_EXPL:
    case R_OBJ: case R_IOBJ: case R_DEP: case R_OBL: case R_OBL_AGENT: case R_OBL_TMOD:
        return true;
    default:
        return false;
    }
}

static void add_word(csent *s, int i) {
    coder_grow((void **)&s->mw, &s->cap_mw, s->nmw + 1, sizeof *s->mw);
    s->mw[s->nmw++] = i;
}

/* Does the noun phrase of x hold a prepositional modifier (nmod) below x? */
static bool nmod_below(const csent *s, int x, int depth) {
    if (depth > 200) return false;
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (outside_np(s->w[y].rel)) continue;
        if (s->w[y].rel == R_NMOD || nmod_below(s, y, depth + 1)) return true;
    }
    return false;
}

/* The words of the noun phrase headed by x.  As in PETRARCH-1's noun phrases, a prepositional
   modifier is part of it only when it holds no further one ("the parliament of Gondor in
   Eriador" is "the parliament" and "Gondor in Eriador"): the deeper phrases are mentions of
   their own. */
static void collect(csent *s, int x, int head, int depth) {
    add_word(s, x);
    if (depth > 200) return;
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (outside_np(s->w[y].rel)) continue;
        if (x == head && y < x && s->w[y].rel == R_CASE && !(s->w[y].flags & F_POSS)) continue;
        if (s->w[y].rel == R_NMOD && nmod_below(s, y, 0)) continue;
        collect(s, y, head, depth + 1);
    }
}

static int cmp_int(const void *a, const void *b) {
    return *(const int *)a - *(const int *)b;
}

/* A new mention headed by h with its words (s->nm is its index until the next one). */
static mention *add_mention(csent *s, int h) {
    coder_grow((void **)&s->m, &s->cap_m, s->nm + 1, sizeof *s->m);
    mention *m = &s->m[s->nm];
    memset(m, 0, sizeof *m);
    m->head = h;
    m->w0 = s->nmw;
    collect(s, h, h, 0);
    m->nw = s->nmw - m->w0;
    qsort(s->mw + m->w0, (size_t)m->nw, sizeof *s->mw, cmp_int);
    m->lo = s->mw[m->w0];
    m->hi = s->mw[m->w0 + m->nw - 1];
    m->pron = m->nw == 1 && is_pronoun(s, h);
    m->temporal = (s->w[h].upos == DYAD_NOUN || s->w[h].upos == DYAD_PROPN) &&
                  (coder_temporal_word(s->forms[h]) || coder_temporal_word(s->s->words[h].lemma));
    s->w[h].mention = s->nm;
    for (int k = 0; k < m->nw; k++) {
        int x = s->mw[m->w0 + k];
        if (s->w[x].rel == R_CONJ && x != h) m->compound = true;
    }
    return m;
}

void coder_mentions(csent *s) {
    int n = s->n;
    s->nm = s->nmw = s->nact = 0;
    /* heads from the top of the tree down */
    int maxd = 0;
    for (int i = 0; i < n; i++)
        if (s->w[i].depth > maxd) maxd = s->w[i].depth;
    for (int d = 0; d <= maxd; d++)
        for (int h = 0; h < n; h++) {
            if (s->w[h].depth != d || s->w[h].top >= 0 || !mention_head(s, h)) continue;
            const mention *m = add_mention(s, h);
            /* the span's words belong to it, unless another mention holds them */
            for (int x = m->lo; x <= m->hi; x++)
                if (s->w[x].top < 0) s->w[x].top = s->nm;
            s->nm++;
        }
    /* words inside a mention's span that lie in clauses (relative clauses, acl) are not part
       of it: give them back, so that mentions inside those clauses can be found */
    for (int i = 0; i < n; i++) {
        int t = s->w[i].top;
        if (t < 0) continue;
        const mention *m = &s->m[t];
        bool member = false;
        for (int k = 0; k < m->nw && !member; k++) member = s->mw[m->w0 + k] == i;
        if (!member && s->w[i].rel != R_PUNCT && s->w[i].rel != R_CC) s->w[i].top = -1;
    }
    /* mentions inside clauses that sit in another mention's span */
    for (int d = 0; d <= maxd; d++)
        for (int h = 0; h < n; h++) {
            if (s->w[h].depth != d || s->w[h].top >= 0 || !mention_head(s, h)) continue;
            const mention *m = add_mention(s, h);
            for (int k = 0; k < m->nw; k++) s->w[s->mw[m->w0 + k]].top = s->nm;
            s->nm++;
        }
}

int coder_mention_of(const csent *s, int word) {
    if (word < 0 || word >= s->n) return -1;
    if (s->w[word].mention >= 0) return s->w[word].mention;
    return s->w[word].top;
}

/* ------------------------------------------------------------- coding */

typedef struct coord {
    int node;               /* the first member; its conj children are the others */
    int alt[MAX_COORD];     /* members: node first */
    int nalt;
} coord;

typedef struct vctx {
    csent *s;
    const mention *m;
    coord co[MAX_COORD];
    int nco;
    int choice[MAX_COORD];
    bool *mark;             /* per sentence word */
} vctx;

static int coord_of(const vctx *v, int x) {
    for (int k = 0; k < v->nco; k++)
        if (v->co[k].node == x) return k;
    return -1;
}

static bool in_mention(const vctx *v, int x) {
    for (int k = 0; k < v->m->nw; k++)
        if (v->s->mw[v->m->w0 + k] == x) return true;
    return false;
}

static void mark_tree(vctx *v, int x, int depth);

/* Mark the children of x (members of the mention) that pass the filter. */
static void mark_kids(vctx *v, int x, int lo, int hi, bool shared_only, int depth) {
    const csent *s = v->s;
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (y < lo || y > hi || !in_mention(v, y)) continue;
        int r = s->w[y].rel;
        if (r == R_CONJ || r == R_CC || r == R_PUNCT) continue;
        if (shared_only && !(r == R_AMOD || r == R_DET || r == R_NUMMOD || y > lo)) continue;
        mark_tree(v, y, depth + 1);
    }
}

static void mark_tree(vctx *v, int x, int depth) {
    const csent *s = v->s;
    if (depth > 200) return;
    int c = coord_of(v, x);
    if (c < 0) {
        v->mark[x] = true;
        mark_kids(v, x, 0, s->n - 1, false, depth);
        return;
    }
    const coord *co = &v->co[c];
    int a = co->alt[v->choice[c]];
    int last = co->alt[co->nalt - 1];
    int end = s->w[last].hi;
    if (a == x) {
        v->mark[x] = true;
        mark_kids(v, x, 0, s->n - 1, false, depth);
        return;
    }
    /* another member: x's shared modifiers (adjectives, determiners before x; anything after
       the last member), then the member's own words */
    mark_kids(v, x, 0, x - 1, true, depth);
    for (int k = 0; k < s->w[x].nkids; k++) {
        int y = s->kids[s->w[x].kid0 + k];
        if (y > end && in_mention(v, y) && s->w[y].rel != R_CONJ && s->w[y].rel != R_CC &&
            s->w[y].rel != R_PUNCT)
            mark_tree(v, y, depth + 1);
    }
    /* the member may be a coordination itself ("Mordor, Rohan, Fornost and Bree" parsed with
       Bree under Fornost) */
    mark_tree(v, a, depth + 1);
}

/* Combine an actor code with agent codes (PETRARCH: "~X" after, "X~" before, each once). */
static const char *combine(csent *s, const char *base, const int *agents, int nag, bool former) {
    const dyad_dict *d = s->c->d;
    if (nag == 0) return base;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", base ? base : "---");
    if (former) {
        /* CAMEO (1.1b3, actor types): former office holders are elites, ELI */
        if (strlen(buf) + 4 < sizeof buf && !strstr(buf, "ELI")) strcat(buf, "ELI");
        return dyad_arena_strdup(s->doc->arena, buf);
    }
    int real = 0;
    for (int k = 0; k < nag; k++)
        if (strcmp(d->agents[agents[k]].code, "PPL") != 0) real++;
    for (int k = 0; k < nag; k++) {
        const dyad_agent *ag = &d->agents[agents[k]];
        size_t al = strlen(ag->code), bl = strlen(buf);
        if (al == 0 || (real > 0 && strcmp(ag->code, "PPL") == 0)) continue;
        bool dup = false;
        for (size_t p = 0; p + al <= bl && !dup; p += 3) dup = strncmp(buf + p, ag->code, al) == 0;
        if (dup || bl + al + 1 > sizeof buf) continue;
        if (ag->before) {
            memmove(buf + al, buf, bl + 1);
            memcpy(buf, ag->code, al);
        } else {
            memcpy(buf + bl, ag->code, al + 1);
        }
    }
    return dyad_arena_strdup(s->doc->arena, buf);
}

/* Add an actor like proto (code, entry, file, line) named by words first..last to mention m. */
static void push_actor(csent *s, const cactor *proto, int first, int last, int m) {
    /* the same code twice in a mention (two members with one code) is one actor */
    const mention *mm = &s->m[m];
    const char *code = proto ? proto->code : NULL;
    for (int k = mm->a0; k < s->nact; k++)
        if ((code == NULL) == (s->act[k].code == NULL) && (!code || strcmp(code, s->act[k].code) == 0))
            return;
    coder_grow((void **)&s->act, &s->cap_act, s->nact + 1, sizeof *s->act);
    cactor *a = &s->act[s->nact++];
    memset(a, 0, sizeof *a);
    if (proto) *a = *proto;
    a->first = first;
    a->last = last;
    /* the entry's words lie among the naming words, or there are none */
    if (!proto || a->efirst < first || a->elast > last || a->efirst < 0) a->efirst = a->elast = -1;
    a->mention = m;
}

/* Quoted upper-case text of the words (PETRARCH's new actor), or NULL when too long. */
static const char *new_actor(csent *s, const int *w, int n) {
    int limit = s->c->opt.new_actor_length, words = 0;
    dyad_buf b = {0};
    dyad_buf_putc(&b, '"');
    for (int k = 0; k < n; k++) {
        int i = w[k];
        if (s->w[i].upos == DYAD_PUNCT || (s->w[i].flags & F_POSS)) continue;
        if (words++) dyad_buf_putc(&b, ' ');
        for (const char *p = s->forms[i]; *p; p++) dyad_buf_putc(&b, toupper((unsigned char)*p));
    }
    dyad_buf_putc(&b, '"');
    const char *r = words > 0 && words <= limit ? dyad_arena_strdup(s->doc->arena, b.data) : NULL;
    dyad_buf_free(&b);
    return r;
}

static int resolve_pronoun(csent *s, int m, int word, cactor *out, int max);

/* The first known mention among the prepositional modifiers of the words w[0..n) that are
   mentions of their own ("the mayor of the city of Nablus": "the city of Nablus"), or -1.
   PETRARCH-2 takes such a phrase's actor when the noun phrase has none of its own. */
static int nested_actor(const csent *s, int m, const int *w, int n) {
    for (int k = 0; k < n; k++) {
        int x = w[k];
        for (int j = 0; j < s->w[x].nkids; j++) {
            int y = s->kids[s->w[x].kid0 + j];
            int my = s->w[y].mention;
            if (s->w[y].rel != R_NMOD || my < 0 || my == m || !s->m[my].coded) continue;
            if (s->m[my].known) return my;
        }
    }
    return -1;
}

/* Is word x a number or a noun of quantity or of a group ("thousands", "a group"), which names
   no one itself: "thousands of students" are the students. */
static bool quantity(const csent *s, int x) {
    return s->w[x].upos == DYAD_NUM ||
           ((s->w[x].upos == DYAD_NOUN || s->w[x].upos == DYAD_PRON) &&
            coder_word_in(s, x, "ten hundred thousand million dozen score group number crowd handful "
                                "majority some many most all several part half portion"));
}

/* A possessive pronoun names the actor of its noun phrase only in a subject ("its troops
   attacked"); elsewhere it is taken to refer to the clause's own subject ("X burned down its
   embassy", "X and Y delayed their meeting"): the phrase is then reflexive (coder.c). */
static bool subject_phrase(const csent *s, int m) {
    int r = s->w[s->m[m].head].rel;
    return r == R_NSUBJ || r == R_NSUBJ_PASS;
}

/* Is word i a pronoun, determiner, preposition, auxiliary, conjunction or particle? */
static bool function_word(const csent *s, int i) {
    switch (s->w[i].upos) {
    case DYAD_PRON: case DYAD_DET: case DYAD_ADP: case DYAD_AUX: case DYAD_CCONJ:
    case DYAD_SCONJ: case DYAD_PART:
        return true;
    default:
        return false;
    }
}

/* Is word x written together with a hyphen and a word after it ("government-held")? */
static bool hyphen_compound(const csent *s, int x) {
    if (x + 2 >= s->n || strcmp(s->forms[x + 1], "-") != 0) return false;
    const dyad_word *dw = s->s->words;
    return dw[x].end > dw[x].start && dw[x].end == dw[x + 1].start && dw[x + 1].end == dw[x + 2].start;
}

/*
** Does word x reach the head h of its noun phrase through a prepositional modifier of place or
** direction ("troops near its border with Ukraine", "soldiers to Belarus")?  Such a name says
** where the people of the phrase are or go, not whose they are (as "of", "from", a possessive
** or an adjective would): it gives them no country.
*/
static bool place_modifier(const csent *s, int x, int h) {
    for (int steps = 0; x >= 0 && x != h && steps < 64; steps++, x = s->w[x].head) {
        if (s->w[x].rel != R_NMOD) continue;
        int c = coder_child(s, x, R_CASE);
        if (c >= 0 && coder_word_in(s, c, "to toward towards into near with along across against onto "
                                          "around beyond outside"))
            return true;
    }
    return false;
}

/* Do the words w[pos..pos+len) name the head of mention m: hold it, or a word of its flat
   name ("Xi" of "Xi Jinping")?  "Kremlin" in "Russian Kremlin critic Alexei Navalny" does not. */
static bool names_head(const csent *s, int m, const int *w, int pos, int len) {
    int h = s->m[m].head;
    for (int k = pos; k < pos + len; k++) {
        int x = w[k];
        if (x == h || (s->w[x].rel == R_FLAT && s->w[x].head == h) || (s->w[h].rel == R_FLAT && s->w[h].head == x))
            return true;
    }
    return false;
}

/*
** Does actor b, named at w[pos], refine actor a, whose words end before w[end]: on the
** document's day b's code begins with a's and is longer (CHN, CHNGOV), and the words between
** are one name, in sentence order with no preposition or mark but a possessive ("Chinese
** President Xi Jinping", "Iran's Supreme Leader Ali Khamenei"; not "a Chinese ally of Xi")?
** And does b name the phrase's head ("Russian Kremlin critic Alexei Navalny" is no Kremlin)?
** Then b is the phrase's actor, as a reader would take it; PETRARCH-2 keeps the first actor,
** CHN.
*/
static bool refines(csent *s, int m, const int *w, int a, int b, int end, int pos, int len) {
    const dyad_dict *d = s->c->d;
    if (!names_head(s, m, w, pos, len)) return false;
    const char *ca = dyad_actor_code_on(&d->actors[a], s->c->day);
    const char *cb = dyad_actor_code_on(&d->actors[b], s->c->day);
    if (!ca || !cb || end < 1 || strlen(cb) <= strlen(ca) || strncmp(ca, cb, strlen(ca)) != 0)
        return false;
    for (int k = end; k <= pos; k++) {
        int u = s->w[w[k]].upos;
        bool possessive = s->w[w[k]].rel == R_CASE && (!strcmp(s->forms[w[k]], "'s") ||
                                                       !strcmp(s->forms[w[k]], "\u2019s"));
        if (w[k] != w[k - 1] + 1 || (u != DYAD_PROPN && u != DYAD_NOUN && u != DYAD_ADJ && !possessive))
            return false;
    }
    return true;
}

/* Code the words w[0..n) (sentence order) of a member of mention m; adds actors. */
static bool code_words(csent *s, int m, const int *w, int n) {
    dyad_coder *c = s->c;
    const dyad_dict *d = c->d;
    coder_grow((void **)&c->tmp, &c->cap_tmp, n + 1, sizeof *c->tmp);
    int32_t *ids = c->tmp;
    for (int k = 0; k < n; k++) ids[k] = s->ids[w[k]];
    int actor = -1, agents[16], nag = 0, poss = -1;
    int first = -1, last = -1;      /* the words naming the actor and agents */
    int efirst = -1, elast = -1;    /* those naming the actor entry */
    int eend = -1;                  /* the position in w after the actor entry's words */
    bool former = false, reflexive = false, agent_head = false; /* an agent names the head */
    for (int pos = 0; pos < n;) {
        int len = 0;
        int a = dyad_actor_match(d, ids, n, pos, &len);
        /* a function word is no name: "who" is not WHO, "us" not the US */
        if (a >= 0 && len == 1 && function_word(s, w[pos])) a = -1;
        int g = a < 0 ? dyad_agent_match(d, ids, n, pos, &len) : -1;
        if (g >= 0 && len == 1 && function_word(s, w[pos])) g = -1;
        /* "a government-held part of Syria": an agent word that begins a hyphenated compound
           describes the phrase; it is not its sector */
        if (g >= 0 && hyphen_compound(s, w[pos + len - 1])) g = -1;
        if (a >= 0 && actor >= 0 && a != actor && refines(s, m, w, actor, a, eend, pos, len)) {
            actor = a; /* "Chinese President Xi Jinping": the person, not the country */
            efirst = elast = -1;
        }
        if (a >= 0 || g >= 0) {
            if (a >= 0 && actor < 0) actor = a;
            if (g >= 0 && nag < 16) agents[nag++] = g;
            for (int k = pos; g >= 0 && k < pos + len; k++) agent_head |= w[k] == s->m[m].head;
            if ((a >= 0 && actor == a) || g >= 0) {
                if (first < 0) first = w[pos];
                last = w[pos + len - 1];
            }
            if (a >= 0 && actor == a && efirst < 0) {
                efirst = w[pos];
                elast = w[pos + len - 1];
                eend = pos + len;
            }
            pos += len;
            continue;
        }
        if (poss < 0 && w[pos] != s->m[m].head && s->w[w[pos]].rel == R_NMOD_POSS &&
            is_pronoun(s, w[pos])) {
            if (subject_phrase(s, m)) poss = w[pos];
            else reflexive = true;
        }
        if (s->w[w[pos]].rel == R_AMOD && (s->w[w[pos]].flags & F_FORMER))
            former = true;
        pos++;
    }
    /* the rest of the name the entry matched part of: "Chinese President Xi Jinping" (the entry
       PRESIDENT_XI), "Crown Prince Mohammed bin Salman", so that the evidence shows all of it */
    for (int k = eend; actor >= 0 && k > 0 && k < n && w[k] == w[k - 1] + 1 && w[k - 1] == elast; k++) {
        if (s->w[w[k]].upos != DYAD_PROPN || coder_temporal_word(s->forms[w[k]])) break;
        elast = w[k];
        if (last < elast) last = elast;
    }
    /* the place alone: "troops near Ukraine" is UKR, not UKRMIL; the place's words name it, so
       a pattern's TROOPS does not spell the phrase out (target.c, named_by) */
    if (actor >= 0 && agent_head && place_modifier(s, efirst, s->m[m].head)) {
        nag = 0;
        first = efirst;
        last = elast;
    }
    cactor base[8];
    int nb = 0;
    memset(base, 0, sizeof base);
    for (int k = 0; k < 8; k++) base[k].efirst = base[k].elast = -1;
    if (actor >= 0) {
        const dyad_actor_entry *e = &d->actors[actor];
        const char *code = dyad_actor_code_on(e, c->day);
        /* no document date and no undated code: the current one, open towards today */
        for (int k = 0; !code && c->day == DYAD_NO_DAY && k < e->n_codes; k++)
            if (e->codes[k].to == DYAD_DAY_MAX) code = e->codes[k].code;
        /* "ELR/GAL": one actor per part */
        for (const char *p = code; p && *p && nb < 8;) {
            size_t k = strchr(code, '/') ? strcspn(p, "/") : strlen(p);
            base[nb].code = k == 3 && strncmp(p, "---", 3) == 0 ? NULL
                                                                : dyad_arena_strndup(s->doc->arena, p, k);
            base[nb].entry = e->name;
            base[nb].file = e->file;
            base[nb].efirst = efirst;
            base[nb].elast = elast;
            base[nb++].line = e->line;
            p += k;
            if (*p == '/') p++;
        }
        if (nb == 0) {
            base[0].entry = e->name;
            base[0].file = e->file;
            base[0].efirst = efirst;
            base[0].elast = elast;
            base[nb++].line = e->line;
        }
    } else if (poss >= 0) {
        nb = resolve_pronoun(s, m, poss, base, 8);
        if (nb > 0 && first < 0) first = last = poss;
        if (nb == 0) poss = -1;
    } else if (nag > 0 || quantity(s, s->m[m].head)) {
        /* agents without an actor, or a quantity ("tens of thousands of students"): the actor
           of a deeper prepositional phrase */
        int k = nested_actor(s, m, w, n);
        if (k >= 0) {
            const mention *mk = &s->m[k];
            for (int j = mk->a0; j < mk->a0 + mk->na && nb < 8; j++)
                if (s->act[j].code) base[nb++] = s->act[j];
        }
    }
    if (actor < 0 && poss < 0 && nag == 0 && nb == 0) {
        if (reflexive) s->m[m].reflexive = true;
        if (c->opt.new_actor_length > 0) {
            cactor q = {.code = new_actor(s, w, n), .efirst = -1, .elast = -1};
            if (q.code) {
                push_actor(s, &q, w[0], w[n - 1], m);
                return true;
            }
        }
        return false;
    }
    if (nb == 0) {
        const dyad_agent *g = &d->agents[agents[0]];
        base[0].entry = g->name;
        base[0].file = g->file;
        base[nb++].line = g->line;
    }
    for (int k = 0; k < nb; k++) {
        base[k].code = combine(s, base[k].code, agents, nag, former);
        /* a quantity names no one: the nested phrase's words name the actor */
        push_actor(s, &base[k], first >= 0 ? first : base[k].first, first >= 0 ? last : base[k].last, m);
    }
    return true;
}

static void code_plain(csent *s, int m) {
    mention *mm = &s->m[m];
    vctx v = {.s = s, .m = mm};
    bool markbuf[512];
    bool *mark = s->n <= 512 ? markbuf : dyad_xcalloc((size_t)s->n, 1);
    v.mark = mark;
    for (int k = 0; k < mm->nw && v.nco < MAX_COORD; k++) {
        int x = s->mw[mm->w0 + k];
        coord co = {.node = x, .nalt = 1};
        co.alt[0] = x;
        for (int j = 0; j < s->w[x].nkids; j++) {
            int y = s->kids[s->w[x].kid0 + j];
            if (s->w[y].rel == R_CONJ && in_mention(&v, y) && co.nalt < MAX_COORD) co.alt[co.nalt++] = y;
        }
        if (co.nalt > 1) v.co[v.nco++] = co;
    }
    int total = 1;
    for (int k = 0; k < v.nco; k++) {
        total *= v.co[k].nalt;
        if (total > MAX_VARIANTS) {
            total = MAX_VARIANTS;
            break;
        }
    }
    int *words = dyad_xmalloc((size_t)mm->nw * sizeof *words);
    bool any = false;
    for (int t = 0; t < total; t++) {
        int r = t;
        for (int k = 0; k < v.nco; k++) {
            v.choice[k] = r % v.co[k].nalt;
            r /= v.co[k].nalt;
        }
        for (int k = 0; k < mm->nw; k++) mark[s->mw[mm->w0 + k]] = false;
        mark_tree(&v, mm->head, 0);
        int n = 0;
        for (int k = 0; k < mm->nw; k++) {
            int x = s->mw[mm->w0 + k];
            if (mark[x] && s->w[x].rel != R_CC && s->w[x].upos != DYAD_PUNCT) words[n++] = x;
        }
        if (n > 0 && code_words(s, m, words, n)) any = true;
    }
    free(words);
    if (mark != markbuf) free(mark);
    /* an unknown actor: its naming words are the whole phrase */
    if (!any) push_actor(s, NULL, s->m[m].lo, s->m[m].hi, m);
}

/* The actors of the nearest suitable antecedent of the pronoun at word (at most max, into out);
   returns their number. */
static int resolve_pronoun(csent *s, int m, int word, cactor *out, int max) {
    dyad_coder *c = s->c;
    int n = 0, best = -1, best_at = -1;
    bool singular = !(s->w[word].flags & F_PLURAL);
    /* an object pronoun that is not reflexive never stands for the subject of its own verb
       (binding theory's principle B: in "Putin assured him", "him" is not Putin) */
    int wr = s->w[word].rel;
    const char *form = s->forms[word];
    size_t fl = strlen(form);
    bool reflexive = (fl > 4 && strcasecmp(form + fl - 4, "self") == 0) ||
                     (fl > 6 && strcasecmp(form + fl - 6, "selves") == 0);
    int clause = (wr == R_OBJ || wr == R_IOBJ) && !reflexive ? s->w[word].head : -1;
    /* subjects first, then objects; obliques and modifiers are not antecedents */
    for (int pass = 0; pass < 2 && best < 0; pass++)
        for (int k = 0; k < s->nm; k++) {
            const mention *a = &s->m[k];
            if (k == m || a->head >= word || (word >= a->lo && word <= a->hi) || a->pron) continue;
            int r = s->w[a->head].rel;
            if (pass == 0 && r != R_NSUBJ && r != R_NSUBJ_PASS) continue;
            if (clause >= 0 && s->w[a->head].head == clause) continue;
            /* "it", "he", "him" do not stand for a plural common noun ("forces"); a plural
               name may still be one actor ("the United States ... it") */
            const char *xpos = s->s->words[a->head].xpos;
            if (singular && xpos && strcmp(xpos, "NNS") == 0) continue;
            if (pass == 1 && r != R_OBJ && r != R_IOBJ && r != R_APPOS) continue;
            /* a relative pronoun subject is the noun it stands for, at the pronoun's place
               ("Scholz, who returned from Washington, where he met Biden") */
            int use = k, ante = coder_relative_antecedent(s, a->head);
            if (ante >= 0) use = coder_mention_of(s, ante);
            if (use < 0 || use == m) continue;
            coder_code_mention(s, use);
            if (!s->m[use].known || (singular && s->m[use].na > 1)) continue;
            if (best < 0 || a->head > best_at) {
                best = use;
                best_at = a->head;
            }
        }
    if (best >= 0) {
        const mention *a = &s->m[best];
        for (int k = a->a0; k < a->a0 + a->na && n < max; k++)
            if (s->act[k].code) out[n++] = s->act[k];
        coder_trace(c, "  pronoun \"%s\" -> ", s->forms[word]);
        coder_trace_words(c, s, a->lo, a->hi);
        coder_trace(c, " (earlier in the sentence)\n");
        return n;
    }
    const antecedent *prev = &c->prev_subject;
    if (singular && prev->n > 1) return 0;
    for (int k = 0; k < prev->n && n < max; k++) out[n++] = prev->a[k];
    if (n) coder_trace(c, "  pronoun \"%s\" -> %s (an earlier sentence)\n", s->forms[word], out[0].code);
    return n;
}

/* A demonstrative pronoun as an object ("have rejected those", "condemned this") refers to what
   the previous sentence reported; the actor it stands for is the one who did that: the source
   of that sentence's last event (src/code/coder.h).  Like a pronoun, it is known by its form
   (what usable() in coder.c counts on).  Returns 1 with the actor in *out, else 0. */
static int demonstrative(csent *s, int m, cactor *out) {
    const mention *mm = &s->m[m];
    int h = mm->head;
    const char *xpos = s->s->words[h].xpos;
    if (mm->nw != 1 || s->w[h].upos != DYAD_PRON || s->w[h].rel != R_OBJ || !xpos ||
        strcmp(xpos, "DT") != 0 || coder_referring_word(s->forms[h]) != 2)
        return 0;
    const dyad_coder *c = s->c;
    for (int k = c->nev - 1; k >= 0; k--) {
        const dyad_event *e = &c->ev[k];
        if (e->sentence >= s->si) continue;
        if (e->sentence != s->si - 1 || !e->code || strcmp(e->source.code, "---") == 0) return 0;
        memset(out, 0, sizeof *out);
        out->efirst = out->elast = -1;
        out->code = e->source.code;
        out->entry = e->source.entry;
        coder_trace(s->c, "  \"%s\" -> %s: the source of the previous sentence's last event (%s)\n",
                    s->forms[h], e->source.code, e->verb ? e->verb : "?");
        return 1;
    }
    return 0;
}

/* Code the mentions of the prepositional modifiers split off from m first, so that their actors
   do not come between m's own. */
static void code_nested(csent *s, int m, int depth) {
    const mention *mm = &s->m[m];
    for (int k = 0; k < mm->nw && depth < 20; k++) {
        int x = s->mw[mm->w0 + k];
        for (int j = 0; j < s->w[x].nkids; j++) {
            int y = s->kids[s->w[x].kid0 + j];
            int my = s->w[y].mention;
            if (s->w[y].rel == R_NMOD && my >= 0 && my != m && !s->m[my].coded) {
                code_nested(s, my, depth + 1);
                coder_code_mention(s, my);
                mm = &s->m[m];
            }
        }
    }
}

void coder_code_mention(csent *s, int m) {
    mention *mm = &s->m[m];
    if (mm->coded) return;
    code_nested(s, m, 0);
    /* "The International Labour Office (ILO)": an apposition names the actor of a phrase that
       names none itself; coded first, so that its actors do not come between ours */
    int ap = -1;
    if (!s->m[m].pron) {
        int h = s->m[m].head;
        for (int k = 0; k < s->w[h].nkids && ap < 0; k++) {
            int y = s->kids[s->w[h].kid0 + k];
            int my = s->w[y].mention;
            if (s->w[y].rel == R_APPOS && my >= 0 && my != m && !s->m[my].coded && !s->m[my].pron) ap = my;
        }
        s->m[m].coded = true;
        if (ap >= 0) coder_code_mention(s, ap);
    }
    mm = &s->m[m];
    mm->coded = true;       /* set first: pronoun resolution must not come back here */
    mm->a0 = s->nact;
    if (mm->pron) {
        cactor ante[8];
        int n = resolve_pronoun(s, m, mm->head, ante, 8);
        /* resolution may have coded other mentions: our actors start here */
        mm = &s->m[m];
        mm->a0 = s->nact;
        for (int k = 0; k < n; k++) push_actor(s, &ante[k], mm->head, mm->head, m);
        if (n == 0) push_actor(s, NULL, mm->head, mm->head, m);
    } else {
        cactor ante;
        if (demonstrative(s, m, &ante)) push_actor(s, &ante, mm->head, mm->head, m);
        else code_plain(s, m);
        mm = &s->m[m];
    }
    /* code_plain may have resolved possessive pronouns, coding other mentions first */
    int first = mm->a0;
    mm->na = s->nact - first;
    mm->known = false;
    for (int k = first; k < s->nact; k++)
        if (s->act[k].code) mm->known = true;
    if (!mm->known && ap >= 0 && s->m[ap].known && s->m[ap].a0 + s->m[ap].na <= first) {
        coder_trace(s->c, "  \"%s\" names no actor: its apposition's\n", s->forms[mm->head]);
        s->nact = first;
        const mention *am = &s->m[ap];
        for (int k = am->a0; k < am->a0 + am->na; k++) {
            cactor a = s->act[k];
            push_actor(s, &a, a.first, a.last, m);
        }
        mm = &s->m[m];
        mm->na = s->nact - first;
        mm->known = true;
    }
    /* drop unknown members when some are known ("lions, tigers and Gondor") */
    if (mm->known) {
        int out = first;
        for (int k = first; k < s->nact; k++)
            if (s->act[k].code) s->act[out++] = s->act[k];
        s->nact = out;
        mm->na = out - first;
    }
}

void coder_remember(csent *s) {
    dyad_coder *c = s->c;
    int subj = -1;
    for (int k = 0; k < s->nm; k++) {
        const mention *m = &s->m[k];
        if (!m->coded || !m->known) continue;
        int r = s->w[m->head].rel;
        if ((r == R_NSUBJ || r == R_NSUBJ_PASS) && (subj < 0 || m->head < s->m[subj].head)) subj = k;
    }
    if (subj < 0) return;
    const mention *m = &s->m[subj];
    c->prev_subject.n = 0;
    for (int k = m->a0; k < m->a0 + m->na && c->prev_subject.n < 8; k++) {
        if (!s->act[k].code) continue;
        /* word positions mean nothing in another sentence */
        cactor *a = &c->prev_subject.a[c->prev_subject.n++];
        *a = s->act[k];
        a->first = a->last = a->efirst = a->elast = a->mention = -1;
    }
}
