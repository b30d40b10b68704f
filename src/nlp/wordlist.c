/*
** wordlist.c - the word lists of the tokenizer and sentence splitter: abbreviations, titles,
** sentence starters, hyphen prefixes and the multiword tokens that EWT writes without an
** apostrophe.  The lists were written for dyad from the conventions of UD English EWT (r2.16)
** and AP/Reuters news style; the EWT counts quoted are from its train and dev files.
*/
#include <string.h>
#include "nlp/segment.h"

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Is s[0..n) equal to the NUL-terminated w? With fold, ASCII case is ignored. */
static bool same(const char *s, size_t n, const char *w, bool fold) {
    size_t i = 0;
    for (; i < n; i++) {
        if (!w[i]) return false;
        if (fold ? lower((unsigned char)s[i]) != w[i] : s[i] != w[i]) return false;
    }
    return w[i] == 0;
}

static bool in_list(const char *const *list, const char *s, size_t n, bool fold) {
    for (; *list; list++)
        if (same(s, n, *list, fold)) return true;
    return false;
}

/* Abbreviations written with a period (without it here), case as written.  Titles first. */
static const char *const titles[] = {
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Rev", "Fr",
    "Msgr", "Hon", "Pres", "Gen", "Gens", "Col", "Lt", "Sgt", "Capt", "Cpt", "Maj", "Adm",
    "Cmdr", "Cdr", "Brig", "Cpl", "Pvt", "Pfc", "Spc", "Gov", "Govs", "Sen", "Sens", "Rep",
    "Reps", "Supt", "Insp", "Det", "Amb", "Atty", "St", "Ste", "Mt", "Ft", "No", "Nos", "Nr",
    "Vol", "vs", "v", "cf", "viz", "ca", "approx", "Approx", "Fig", "fig", "Figs", "p", "pp",
    "Op", "Art", "Sec", "P.S",
    NULL,
};

/* Abbreviated months (AP style). */
static const char *const months[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", NULL,
};

/* Abbreviated days (AP style). */
static const char *const days[] = {
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", NULL,
};

static const char *const others[] = {
    /* companies and institutions */
    "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Intl", "Dept", "Govt", "Univ",
    /* US states (AP style) */
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
    "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    /* places and addresses */
    "Ave", "Blvd", "Rd", "Hwy", "Ln", "Sq", "Apt", "Bldg",
    /* after names */
    "Jr", "Sr", "Esq",
    /* Latin and general */
    "etc", "al", "ie", "eg", "vs", "ibid", "Ph", "esp", "est", "incl", "max", "min", "misc",
    "approx", "dept", "div", "arrv", "Arrv", "attn", "Attn", "tel", "Tel", "ext", "Ext",
    "ed", "eds", "Ed", "Eds", "ref", "Ref", "Re", "yr", "yrs", "hr", "hrs", "mos", "sq",
    "ft", "oz", "lb", "lbs", "Bhd", "Pty", "Plc", "Cie", "nos", "no",
    NULL,
};

bool seg_is_title(const char *s, size_t n) {
    if (n < 2 || s[n - 1] != '.') return false;
    return in_list(titles, s, n - 1, false);
}

bool seg_is_month(const char *s, size_t n) {
    if (n < 2 || s[n - 1] != '.') return false;
    return in_list(months, s, n - 1, false);
}

/* Letters only in s[0..n)? (ASCII; an abbreviation made of other scripts is not listed) */
static bool ascii_letters(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) < 'a' || lower((unsigned char)s[i]) > 'z') return false;
    return n > 0;
}

bool seg_is_abbrev(const char *s, size_t n) {
    if (n < 2 || s[n - 1] != '.') return false;
    /* "J." - an initial, or a list letter */
    if (n == 2) return ascii_letters(s, 1);
    /* "U.S.", "p.m.", "e.g.", "Ph.D.", "J.R.R.": segments of one or two letters, each with
       its period, at least two segments */
    size_t i = 0;
    int segments = 0;
    bool dotted = true;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '.') j++;
        if (j == n || j - i < 1 || j - i > 2 || !ascii_letters(s + i, j - i)) {
            dotted = false;
            break;
        }
        segments++;
        i = j + 1;
    }
    if (dotted && segments >= 2) return true;
    return in_list(titles, s, n - 1, false) || in_list(months, s, n - 1, false) ||
           in_list(days, s, n - 1, false) || in_list(others, s, n - 1, false);
}

/* Names of days and months in full, which date a clock time ("4 p.m. Monday"). */
static const char *const day_names[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL,
};
static const char *const month_names[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", NULL,
};

bool seg_is_month_name(const char *s, size_t n) {
    if (n > 1 && s[n - 1] == '.') n--;
    return in_list(months, s, n, false) || in_list(month_names, s, n, false);
}

bool seg_is_date_word(const char *s, size_t n) {
    if (in_list(day_names, s, n, false) || in_list(month_names, s, n, false) || seg_is_month(s, n)) return true;
    return n >= 2 && s[n - 1] == '.' && in_list(days, s, n - 1, false);
}

/*
** Units and abbreviated nouns that news writes with a period inside a sentence (Reuters: "rose
** 2.5 pct. to 3.75 dlrs"; "the 1st Bn. said"); before a lower-case word their period ends no
** sentence.  Before a capital it may, so they are not abbreviations.
*/
static const char *const unit_words[] = {
    "pct", "km", "kms", "kg", "kgs", "mln", "bln", "dlrs", "dlr", "cts", "mths", "qtr", "qtrs",
    "mi", "cm", "mm", "ha", "Bn", "Bde", "Regt", "Div", "Coy", "Sqn", "Bns", NULL,
};

bool seg_is_unit_word(const char *s, size_t n) {
    return in_list(unit_words, s, n, false);
}

/* Nouns that a number names the instance of ("Article 5", "Phase 2", "Resolution 2334"). */
static const char *const number_nouns[] = {
    "Article", "Chapter", "Section", "Part", "Paragraph", "Clause", "Annex", "Appendix", "Protocol",
    "Resolution", "Amendment", "Phase", "Stage", "Step", "Round", "Level", "Category", "Class",
    "Grade", "Number", "No", "Page", "Day", "Week", "Flight", "Route", "Highway", "Unit", "Block",
    "Gate", "Terminal", "Platform", "Building", "Room", "Floor", "Zone", "Sector", "District",
    "Division", "Brigade", "Battalion", "Regiment", "Corps", "Army", "Fleet", "Group", "Team",
    "Item", "Point", "Question", "Rule", "Game", "Episode", "Season", "Volume", "Vol", "Issue",
    "Apollo", "Windows", "Version", NULL,
};

bool seg_is_number_noun(const char *s, size_t n) {
    return in_list(number_nouns, s, n, false);
}

/* Words that, capitalized after an abbreviation's period, start a new sentence. */
static const char *const starters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
    "This", "That", "These", "Those", "There", "Here", "His", "Her", "Their", "Our", "My",
    "Its", "Your", "If", "When", "While", "As", "After", "Before", "Meanwhile", "However",
    "Then", "Also", "Now", "Yet", "At", "On", "In", "Some", "Many", "Most", "All", "No",
    "Yes", "What", "Who", "Why", "How", "Where", "Although", "Though", "Since", "Because",
    "Still", "Both", "Each", "Such", "Other", "Thus", "Instead", "Please", "Thanks", "Thank",
    "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would",
    "Should", "May", "Any", "Every", "One", "Two", "Three", "Last", "Earlier", "Later",
    "Under", "Until", "With", "Without", "By", "From", "For", "To", "Of", "Not", "Only",
    "Even", "Just", "Well", "Oh", "OK", "Ok", "Okay", "Hi", "Hello", "Dear", "Thus", "Nor",
    NULL,
};

bool seg_is_starter(const char *s, size_t n) {
    return in_list(starters, s, n, false);
}

/* Prefixes after which EWT keeps the hyphen inside the word ("e-mail", "non-profit");
   EWT splits most other hyphens off as HYPH tokens ("long - running"). */
static const char *const hyphen_prefixes[] = {
    "e", "non", "re", "anti", "pre", "co", "mid", "pro", "cross", "post", "counter", "semi",
    "over", "ex", "sub", "multi", "mini", "inter", "un", "socio", "psycho", "neo", "micro",
    "intra", "mis", "de", "ultra", "bi", "tri",
    NULL,
};

bool seg_is_hyphen_prefix(const char *s, size_t n) {
    return in_list(hyphen_prefixes, s, n, true);
}

/* Multiword tokens without an apostrophe, with the length of each word but the last. */
static const struct {
    const char *word;
    unsigned char len[3];
} whole_words[] = {
    {"cannot", {3}}, {"gonna", {3}}, {"wanna", {3}}, {"gotta", {3}}, {"outta", {3}},
    {"dunno", {2, 1}}, {"lemme", {3}}, {"gimme", {3}},
    /* EWT's typo contractions ("dont" = do + nt) */
    {"dont", {2}}, {"didnt", {3}}, {"doesnt", {4}}, {"isnt", {2}}, {"wasnt", {3}},
    {"werent", {4}}, {"arent", {3}}, {"havent", {4}}, {"hasnt", {3}}, {"hadnt", {3}},
    {"couldnt", {5}}, {"wouldnt", {5}}, {"shouldnt", {6}}, {"aint", {2}}, {"wont", {2}},
    {"cant", {2}}, {"im", {1}}, {"ive", {1}}, {"youre", {3}}, {"theyre", {4}}, {"thats", {4}},
    {"whats", {4}}, {"theres", {5}}, {"heres", {4}}, {"hes", {2}}, {"shes", {3}},
    {"youll", {3}}, {"itll", {2}},
};

int seg_whole_word_split(const char *s, size_t n, uint16_t *split) {
    if (n < 2 || n > 8) return 1;
    int c0 = lower((unsigned char)s[0]);
    for (size_t k = 0; k < sizeof whole_words / sizeof *whole_words; k++) {
        const char *w = whole_words[k].word;
        if (w[0] != c0 || !same(s, n, w, true)) continue;
        /* "IM", "HES" and the like in capitals are other words; "DONT" is not */
        if (n <= 3 && s[1] >= 'A' && s[1] <= 'Z') return 1;
        int nw = 1;
        uint16_t at = 0;
        split[0] = 0;
        for (int i = 0; i < 3 && whole_words[k].len[i]; i++) {
            at = (uint16_t)(at + whole_words[k].len[i]);
            split[nw++] = at;
        }
        split[nw] = (uint16_t)n;
        return nw;
    }
    return 1;
}

/* Words after which EWT reads "its" as "it's" (it + s). */
static const char *const its_next[] = {
    "a", "an", "the", "not", "really", "like", "very", "still", "simply", "just", "only",
    "now", "been", "all", "that", "too", "always", "never", "gonna", "going", "getting",
    "in", "your", "my", "no", "about", "definitely", "pretty", "also", "kind", "called",
    NULL,
};

bool seg_its_is_it_is(const char *s, size_t n) {
    return in_list(its_next, s, n, true);
}
