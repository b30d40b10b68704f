/*
** segment.h - internal interface between the tokenizer (tokenize.c), the word lists it and the
** sentence splitter use (wordlist.c), and the sentence splitter (segment.c).
**
** The tokenizer turns one paragraph of text into surface tokens with byte spans, the split
** points of multiword tokens ("don't" -> "do" + "n't") and a few flags that the sentence
** splitter reads.  Conventions follow UD English EWT (see tokenize.c).
*/
#ifndef DYAD_NLP_SEGMENT_H
#define DYAD_NLP_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flags of a tokenizer token. */
enum {
    TOK_TERM = 1 << 0,       /* sentence-final punctuation: . ! ? ... … and runs of them */
    TOK_ABBR = 1 << 1,       /* a word that ends with its own period ("Mr.", "U.S.", "J.") */
    TOK_OPEN = 1 << 2,       /* opening bracket or quotation mark */
    TOK_CLOSE = 1 << 3,      /* closing bracket or quotation mark */
    TOK_UPPER = 1 << 4,      /* starts with an upper-case letter */
    TOK_LOWER = 1 << 5,      /* starts with a lower-case letter */
    TOK_DIGIT = 1 << 6,      /* starts with a digit */
    TOK_NEWLINE = 1 << 7,    /* a line break comes before the token */
    TOK_WORD = 1 << 8,       /* a word (letters or digits), not punctuation or a symbol */
    TOK_QUOTE = 1 << 9,      /* a quotation mark (with TOK_OPEN or TOK_CLOSE) */
    TOK_EMOTICON = 1 << 10,  /* ":)", ";-)" */
};

#define TOK_MAX_WORDS 4

/* One surface token of a paragraph. */
typedef struct seg_token {
    uint32_t start, end;             /* byte span in the text, end exclusive */
    uint16_t split[TOK_MAX_WORDS];   /* word i spans [start + split[i], start + split[i+1]),
                                        with split[0] = 0 and split[n_words] = end - start */
    uint16_t flags;
    uint8_t n_words;                 /* 1, or more for a multiword token */
    bool space_after;                /* whitespace follows the token */
} seg_token;

/* Reusable tokenizer state: the token array grows as needed and is kept between paragraphs. */
typedef struct seg_tokenizer {
    seg_token *toks;
    int n, cap;
    const char *text;
    size_t text_end;                 /* end of the paragraph being tokenized */
    bool squote_open;                /* a single quotation mark ('/‘) is open */
    bool dquote_open;                /* a straight double quotation mark is open */
} seg_tokenizer;

/*
** Tokenize text[start, end) (one paragraph, any whitespace inside) into tz->toks[0 .. tz->n).
** Returns tz->n.  Never allocates per character; the array is reused across calls.
*/
int seg_tokenize(seg_tokenizer *tz, const char *text, size_t start, size_t end);
/* Release the tokenizer's memory. */
void seg_tokenizer_free(seg_tokenizer *tz);

/* ------------------------------------------------------------- word lists */

/* Is s[0..n) (ending in '.') an abbreviation whose period belongs to it ("Mr.", "e.g.")? */
bool seg_is_abbrev(const char *s, size_t n);
/* Is s[0..n) (ending in '.') a title or other abbreviation that a name follows ("Mr.", "Gen.",
   "St."), so that it never ends a sentence? */
bool seg_is_title(const char *s, size_t n);
/* Is s[0..n) (ending in '.') an abbreviated month ("Feb.", "Sept."), which a day number
   follows? */
bool seg_is_month(const char *s, size_t n);
/* Is s[0..n) a word that often starts a sentence after an abbreviation ("The", "He", "But")? */
bool seg_is_starter(const char *s, size_t n);
/* Is s[0..n) the name of a day or month, in full or abbreviated with its period? */
bool seg_is_date_word(const char *s, size_t n);
/* Is s[0..n) a month's name, in full or abbreviated, with or without a period ("Feb", "Feb.",
   "February")? */
bool seg_is_month_name(const char *s, size_t n);
/* Is s[0..n) a noun that a number names the instance of ("Article", "Phase", "Resolution")? */
bool seg_is_number_noun(const char *s, size_t n);
/* Is s[0..n) a unit or abbreviated noun whose period ends no sentence before a lower-case word
   ("2.5 pct. to", "the 1st Bn. said")? */
bool seg_is_unit_word(const char *s, size_t n);
/* Is s[0..n) (lower case compared) a prefix that keeps its hyphen ("non", "pre", "e")? */
bool seg_is_hyphen_prefix(const char *s, size_t n);
/*
** If s[0..n) is a word that EWT writes as a multiword token without an apostrophe ("cannot",
** "gonna", "dont"), store the word split points (after 0, as in seg_token.split) in split and
** return the number of words; else return 1.
*/
int seg_whole_word_split(const char *s, size_t n, uint16_t *split);
/* Is s[0..n) (lower case compared) a word after which "its" is "it's" ("its a", "its not")? */
bool seg_its_is_it_is(const char *s, size_t n);

#endif
