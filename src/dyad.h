/*
** dyad.h - the public interface of libdyad, a political event coder.
**
** Data flows one way through plain structs:
**
**   dyad_document  (text and metadata, from src/document)
**     -> dyad_sentence / dyad_token / dyad_word  (src/nlp: split, tokenize, tag, parse)
**     -> events  (src/code, with dictionaries from src/dict)
**
** All memory of a document, its sentences and words lives in the document's arena and is
** released by dyad_document_free().  Byte offsets always point into dyad_document.text.
*/
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>

#define DYAD_VERSION "0.1.0"

/* ---------------------------------------------------------------- memory */

typedef struct dyad_arena dyad_arena;

/* Make an empty arena; returns NULL when out of memory. */
dyad_arena *dyad_arena_new(void);
/* Allocate n bytes aligned to 16, zero-filled; never returns NULL (aborts when out of memory). */
void *dyad_arena_alloc(dyad_arena *a, size_t n);
/* Copy n bytes of s into the arena and add a NUL; returns the copy. */
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);
/* Copy the NUL-terminated s into the arena; NULL gives NULL. */
char *dyad_arena_strdup(dyad_arena *a, const char *s);
/* Release the arena and everything allocated from it; NULL is allowed. */
void dyad_arena_free(dyad_arena *a);

/* ------------------------------------------------------------ documents */

/* Universal POS tags, UD v2 (https://universaldependencies.org/u/pos/). 0 means untagged. */
typedef enum {
    DYAD_UPOS_NONE = 0,
    DYAD_ADJ, DYAD_ADP, DYAD_ADV, DYAD_AUX, DYAD_CCONJ, DYAD_DET, DYAD_INTJ, DYAD_NOUN,
    DYAD_NUM, DYAD_PART, DYAD_PRON, DYAD_PROPN, DYAD_PUNCT, DYAD_SCONJ, DYAD_SYM,
    DYAD_VERB, DYAD_X,
    DYAD_UPOS_COUNT
} dyad_upos;

/* Name of a UPOS tag ("NOUN"), or "_" for DYAD_UPOS_NONE. */
const char *dyad_upos_name(int upos);
/* UPOS tag for its name, or DYAD_UPOS_NONE when the name is not a UD tag. */
int dyad_upos_from_name(const char *name);

/*
** A syntactic word, as in a CoNLL-U word line.  Usually one per surface token; a multiword
** token such as "don't" gives two words ("do", "n't") that share the token's span.
*/
typedef struct dyad_word {
    const char *form;    /* word form, NUL-terminated */
    const char *lemma;   /* lemma; NULL until tagged */
    const char *xpos;    /* Penn Treebank tag, interned; NULL until tagged */
    const char *deprel;  /* UD relation ("nsubj", "obl:tmod"), interned; NULL until parsed */
    uint32_t start, end; /* byte span in the document text, end exclusive */
    int head;            /* 1-based index of the head word, 0 for the root, -1 until parsed */
    uint8_t upos;        /* dyad_upos */
} dyad_word;

/* A surface token: a span of text that holds one or more words. */
typedef struct dyad_token {
    uint32_t start, end; /* byte span in the document text, end exclusive */
    int first_word;      /* index into dyad_sentence.words (0-based) */
    int n_words;         /* 1, or more for a multiword token */
    bool space_after;    /* false when the next token follows with no space */
} dyad_token;

typedef struct dyad_sentence {
    const char *id;      /* sent_id from CoNLL-U input, or NULL */
    uint32_t start, end; /* byte span in the document text */
    int paragraph;       /* 0-based index of the paragraph the sentence is in */
    int n_tokens, n_words;
    dyad_token *tokens;
    dyad_word *words;
} dyad_sentence;

/*
** An actor as coded in an event: the words that name it and its CAMEO actor code.  Codes are
** sequences of three-letter parts: a country or region ("RUS"), or an international or
** transnational type ("IGO", "NGO"), followed by sector parts ("GOV", "MIL", "REB").
*/
typedef struct dyad_actor {
    const char *text;       /* the naming words as in the sentence, or NULL when implied */
    const char *code;       /* full actor code ("RUSGOV"); "---" when the coder knows nothing */
    const char *entry;      /* the dictionary entry that matched, e.g. "VLADIMIR_PUTIN" */
    uint32_t start, end;    /* byte span of the naming words in the document text */
} dyad_actor;

/*
** One coded event: source did event code to target, as said in one sentence.  Root code,
** QuadClass, Goldstein value and PLOVER category follow from the code (src/code/cameo.h).
*/
typedef struct dyad_event {
    int sentence;           /* index into dyad_document.sentences */
    char date[11];          /* event date, YYYY-MM-DD, or "" when the document has no date */
    bool date_in_text;      /* a time expression of the sentence gave date ("on Monday"); else
                               date is the document's */
    dyad_actor source, target;
    const char *code;       /* CAMEO event code with leading zeros, e.g. "042" */
    const char *verb;       /* the verb's lemma (with particle, e.g. "build up") */
    uint32_t verb_start, verb_end; /* byte span of the verb in the document text */
    const char *pattern;    /* the verb pattern that matched, as written in its dictionary */
    const char *pattern_origin; /* "file:line" of that pattern */
    bool negated;           /* the verb is negated ("did not attack"); see the coder's notes */
} dyad_event;

/*
** A document: text plus metadata.  Strings are NUL-terminated UTF-8 or NULL when absent.
** `extra` holds the fields of a JSON Lines record that dyad does not know, as the text of a
** JSON object, so that they can be passed through to the output.
*/
typedef struct dyad_document {
    const char *id;
    const char *date;       /* YYYY-MM-DD */
    const char *source;     /* publisher or news agency */
    const char *url;
    const char *title;      /* headline */
    const char *dateline;   /* "KYIV", "WASHINGTON (Reuters)" */
    const char *extra;      /* JSON object text, or NULL */
    const char *text;       /* the document's text (a plain-text file's bytes as they are);
                               every offset in the document refers to it */
    size_t text_len;
    size_t body_start;      /* where the body begins in text, after a headline and dateline */
    uint32_t (*later_datelines)[2]; /* [start, end) in text of the datelines that open later
                               paragraphs (stories run together: "PARIS, Feb 8 (Reuters) - "),
                               up to the story's text; no sentence holds them */
    int n_later_datelines;
    const char *origin;     /* file the document came from ("-" for standard input) */
    long origin_line;       /* line in that file where the document starts, 1-based */
    long origin_col;        /* column (in bytes, 1-based) where text starts in that file when
                               text is the file's bytes (plain text); 0 when it is not (HTML,
                               a JSON string), so that positions in it are not positions there */
    int n_sentences;
    dyad_sentence *sentences;
    int n_events;
    dyad_event *events;     /* filled by the coder */
    dyad_arena *arena;      /* owns everything above */
} dyad_document;

/* Make an empty document with its own arena; never returns NULL. */
dyad_document *dyad_document_new(void);
/* Release a document and everything it owns; NULL is allowed. */
void dyad_document_free(dyad_document *doc);

/* -------------------------------------------------------------- reading */

/* Input formats.  AUTO picks by file name (.txt, .jsonl/.json, .html/.htm/.xhtml, .rss/.atom),
   then by content.  FEED is an RSS 2.0, RSS 1.0 (RDF) or Atom news feed: one document per
   item or entry. */
typedef enum {
    DYAD_FORMAT_AUTO = 0, DYAD_FORMAT_TEXT, DYAD_FORMAT_JSONL, DYAD_FORMAT_HTML, DYAD_FORMAT_FEED
} dyad_format;

typedef struct dyad_read_options {
    dyad_format format;
    const char *id;    /* id for a plain-text or HTML document (default: the file name) */
    const char *date;  /* YYYY-MM-DD for documents that carry no date of their own */
} dyad_read_options;

typedef struct dyad_reader dyad_reader;

/*
** Open a file (NULL or "-" for standard input) for reading documents.  Returns NULL after
** reporting the reason with dyad_error() when the file cannot be opened or read.
*/
dyad_reader *dyad_reader_open(const char *path, const dyad_read_options *opt);
/*
** The next document, owned by the caller (free it with dyad_document_free()), or NULL at the
** end.  A bad record (malformed JSON, no text, a binary file) is reported with file and line
** through dyad_warn() and skipped; reading goes on with the next one.  A JSON Lines line longer
** than 64 MiB, or holding a NUL byte, is such a record (passed over without being kept); after a
** NUL byte with no line end in the next 64 MiB the rest of the input is skipped as binary.
** Invalid UTF-8 is replaced by U+FFFD with a warning, and the document kept.
*/
dyad_document *dyad_reader_next(dyad_reader *r);
/* Number of records skipped so far because they were bad. */
long dyad_reader_skipped(const dyad_reader *r);
/* Close the reader; NULL is allowed. */
void dyad_reader_close(dyad_reader *r);

/* ------------------------------------------------------------------ NLP */

/* No sentence that dyad_segment() makes has more words than this (see there). */
#define DYAD_MAX_SENTENCE_WORDS 256

/*
** Split doc->text into sentences, surface tokens and words (form and span; no tags yet),
** following UD English (EWT) tokenization.  Replaces doc->sentences; returns their number.
** A sentence that would be longer than DYAD_MAX_SENTENCE_WORDS words (scraped junk without
** punctuation, say) is split - after a comma, semicolon or colon, or before a line break, near
** the limit when there is one - so that tagging, parsing and coding stay linear in the length
** of the text; the first such split in a document is reported with dyad_warn().
*/
int dyad_segment(dyad_document *doc);
/*
** Cut every sentence of doc (already parsed, from CoNLL-U) with more than max_words words into
** pieces of at most max_words words at token boundaries; a word whose head is in another piece
** becomes a root of its own (head 0).  Call before coding.  Returns the number of sentences
** cut (split.c).
*/
int dyad_split_long_sentences(dyad_document *doc, int max_words);

typedef struct dyad_model dyad_model;

/*
** Load a tagger/lemmatizer/parser model from path, or the model embedded in libdyad when path
** is NULL.  Returns NULL and sets *err (a static message) when the model cannot be used.
** A loaded model is read-only and may be shared by threads.
*/
dyad_model *dyad_model_load(const char *path, const char **err);
/* Release a model; NULL is allowed. */
void dyad_model_free(dyad_model *m);
/* Tag and lemmatize every word of s (upos, xpos, lemma).  The xpos strings, and the lemmas that
   the model stores, are the model's (keep it loaded while s is used); other lemmas go into
   arena a. */
void dyad_tag(const dyad_model *m, dyad_sentence *s, dyad_arena *a);
/* Parse s (head, deprel); s must be tagged.  Greedy unless dyad_model_set_beam chose a beam. */
void dyad_parse(const dyad_model *m, dyad_sentence *s);
/*
** Parse with a beam of width words from now on (2 to 64; 0 or 1: greedily, the default).  A
** beam of 8 parses about a sixth as fast as greedy parsing and is more accurate (README,
** "Parsing with a beam").  Returns false, changing nothing, when the model holds no weights
** for beam search (a model trained without --beam) or width is out of range.  Set it before
** threads share the model.
*/
bool dyad_model_set_beam(dyad_model *m, int width);
/* Segment (when not yet segmented), tag and parse a whole document. */
void dyad_analyze(const dyad_model *m, dyad_document *doc);
/*
** Write doc as CoNLL-U: "# newdoc id", "# sent_id", "# text" comments, multiword token lines,
** and TokenRange=start:end (offsets in Unicode characters of the document text, end
** exclusive) and SpaceAfter=No in MISC.
*/
void dyad_write_conllu(FILE *f, const dyad_document *doc);
/*
** Read a CoNLL-U file (a treebank) into documents, one per "# newdoc" (one in all when the file
** has none).  Each document's text is rebuilt from its tokens the way UD's raw-text files are:
** SpaceAfter=No honoured, sentences of a paragraph joined by a space, paragraphs ("# newpar")
** separated by a blank line; every token and word gets its span in that text.  The words keep
** the file's annotation (lemma, UPOS, XPOS, head, deprel).  A malformed sentence is reported
** with file and line and skipped.  Returns the number of documents and stores a malloc'd
** array of them in *docs (free each with dyad_document_free, then the array), or -1 when the
** file cannot be read.
*/
int dyad_conllu_read(const char *path, dyad_document ***docs);

/* --------------------------------------------------------- event output */

/*
** Write doc's events as JSON Lines, one object per event, with the fields documented in
** docs/event-format.md (spans there are in Unicode characters of the document text).
*/
void dyad_write_events_json(FILE *f, const dyad_document *doc);
/* Write the header row of the TSV event format (docs/event-format.md). */
void dyad_write_events_tsv_header(FILE *f);
/* Write doc's events as TSV rows, one per event; tabs and newlines in text become spaces. */
void dyad_write_events_tsv(FILE *f, const dyad_document *doc);

/* ---------------------------------------------------------- diagnostics */

/*
** Report a problem in an input as "file:line:col: warning: message" on standard error and
** count it.  line or col <= 0 leaves that part out.  Safe to call from several threads.
*/
void dyad_warn(const char *file, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/*
** Report something about an input that is neither bad nor lost, only handled in a way the user
** may want to know of (an overlong sentence split), as "file:line:col: note: message", to the
** same place as warnings; notes are not counted as warnings.  Safe to call from several threads.
*/
void dyad_note(const char *file, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/*
** Report an input that cannot be used at all (a file that cannot be read) as
** "file:line:col: error: message", to the same place as warnings.  Errors are not counted as
** warnings.  Safe to call from several threads.
*/
void dyad_error(const char *file, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Number of warnings reported so far by dyad_warn(). */
long dyad_warning_count(void);
/* Send warnings to f instead of stderr (tests use this to check messages); NULL restores stderr. */
void dyad_warn_to(FILE *f);
/*
** Stop showing warnings (they are still counted), e.g. while dictionaries load; returns what
** dyad_warn_restore() takes back (NULL when /dev/null cannot be opened: warnings still show).
*/
FILE *dyad_warn_silence(void);
/* Show warnings on standard error again after dyad_warn_silence(); closes sink. */
void dyad_warn_restore(FILE *sink);

#endif
