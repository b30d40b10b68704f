/*
** reader.h - internal interface of the document readers (src/document): the per-format readers
** that dyad_reader_next() calls, and the helpers they share (UTF-8 checking, positions,
** headline and dateline detection, dates, ids).
*/
#ifndef DYAD_DOCUMENT_READER_H
#define DYAD_DOCUMENT_READER_H

#include <stdbool.h>
#include <stddef.h>
#include "dyad.h"
#include "util/util.h"

/* ----------------------------------------------- helpers (text.c, utf8.c) */

/* Offset of the first byte of s[0..n) that is not part of valid UTF-8 (RFC 3629: no overlong
   forms, no surrogates, nothing above U+10FFFF), or n when all of it is valid (utf8.c). */
size_t dyad_utf8_invalid(const char *s, size_t n);
/* 1-based line and column (in bytes) of offset off in s. */
void dyad_text_position(const char *s, size_t off, long *line, long *col);
/*
** Normalize a date to YYYY-MM-DD into out (11 bytes).  Accepts "2022-02-08", ISO timestamps
** ("2022-02-08T10:00:00Z", the time is dropped), "2022/02/08", "20220208" and GDELT's
** timestamps, "20220208103000" (YYYYMMDDhhmmss, GDELT 2.0 codebooks).  Returns false
** when s is not such a date (or not a valid calendar date).
*/
bool dyad_normalize_date(const char *s, char out[11]);
/*
** Replace each ill-formed UTF-8 sequence (maximal subpart, as Python's errors="replace") and
** each NUL byte of data[0..len) by U+FFFD.  Returns how many were replaced; when some were, out
** holds the repaired bytes and *first_bad the offset of the first bad byte (utf8.c).
*/
size_t dyad_utf8_repair(const char *data, size_t len, dyad_buf *out, size_t *first_bad);
/* Offset in data[0..len) of the byte that is at offset off of its repair (dyad_utf8_repair):
   each U+FFFD put in stands for the bad bytes it replaced, so messages about repaired text can
   point into the original (utf8.c). */
size_t dyad_utf8_original_offset(const char *data, size_t len, size_t off);
/*
** Check data[0..len), the text of a "what" (e.g. "text document") read from origin.  When it is
** empty, only white space or binary (a NUL byte in its first KB, or in more than 1% of its
** bytes), warn (dyad_warn, with line and column) and return false: it is skipped.  Else return
** true; when it held invalid UTF-8 or NUL bytes, they are replaced by U+FFFD into fixed (which
** the caller frees), with one warning at the first bad byte (utf8.c).
*/
bool dyad_text_prepare(const char *origin, const char *data, size_t len, const char *what, dyad_buf *fixed);
/* Does s[0..n) start with a UTF-8 byte-order mark (EF BB BF)? */
bool dyad_bom_at(const char *s, size_t n);
/* When the first bytes of data (at least 16) look like UTF-16 text without a byte-order mark,
   warn at line:col of origin that the "what" is skipped, naming the iconv command that converts
   it, and return true (utf8.c). */
bool dyad_warn_utf16(const char *origin, long line, long col, const char *data, size_t len, const char *what);
/* A NUL byte in this many first bytes makes a file binary (dyad_text_prepare). */
#define DYAD_BINARY_PREFIX 1024
/* The default id of a document read from path: its file name without folder and extension
   ("news/kyiv.txt" -> "kyiv"); "stdin" for standard input.  Copied into arena a. */
const char *dyad_default_id(dyad_arena *a, const char *path);



/* -------------------------------------------------------- headline, dateline (dateline.c) */

/*
** If the text at doc->body_start begins with a headline - one line of at most 300 bytes not
** ending in a period, comma or colon, followed by a blank line and more text, or by a date
** line, or (dateline.c, headline_before_text) directly by a longer line of body text when the
** line is short, unpunctuated and plainly no hard-wrapped prose; or, in hard-wrapped text, a
** paragraph of two or three such lines (dateline.c, wrapped_headline) - store it in doc->title
** (a wrapped one's lines joined by spaces) and move doc->body_start to the text after it.
** Returns whether it did.
*/
bool dyad_find_headline(dyad_document *doc);
/*
** If the body at doc->body_start begins with a news dateline ("KYIV —", "WASHINGTON (Reuters) -",
** "KYIV, Feb 8 (Reuters) -", "LONDON, March 3 -", "KABUL:"), store it without the dash in
** doc->dateline and move doc->body_start past the dash.  A dateline is a place in capitals, or a
** capitalized place with a date or a news agency in brackets, before a dash (em, en, "-", "--")
** or, for a place in capitals, a colon; or CNN's form without a dash, a place (and state) and a
** known news organisation in brackets right before the text ("Washington (CNN)The ...").
** Returns whether it found one.  Later paragraphs that open with a wire dateline (stories run
** together) get it recorded in doc->later_datelines, and the first becomes doc->dateline when
** the top has none.
*/
bool dyad_find_dateline(dyad_document *doc);

/* ------------------------------------------------------------- reading (reader.c) */

/* Bytes of the longest JSON Lines line that dyad_reader_next() reads: 64 MiB.  A longer line
   is reported with its file and line, passed over without being kept, and counted as skipped;
   a line with NUL bytes is skipped too, and when no line end comes within this many bytes
   after its NUL, the input is taken for binary and the rest of it skipped (/dev/zero). */
#define DYAD_MAX_JSONL_LINE ((size_t)64 << 20)
/* Set the longest JSON Lines line that r reads to max_bytes (> 0; DYAD_MAX_JSONL_LINE until
   set): for tests, which need no 64 MiB lines to check the cap. */
void dyad_reader_set_max_line(dyad_reader *r, size_t max_bytes);

/* ---------------------------------------------------------------- formats */

/*
** Make a plain-text document from the file's bytes data[0..len) (copied), or return NULL after
** a warning when they are empty, binary (NUL bytes) or not UTF-8.
*/
dyad_document *dyad_read_text(const char *origin, const char *data, size_t len, const dyad_read_options *opt);
/*
** Make a document from one JSON record text[0..len) that starts at line, col (1-based) of origin
** (a JSON Lines line, or an element of a JSON array), or return NULL after a warning with the
** line and column of the fault when it is not a JSON object with a non-empty string text.  nth
** counts the records that start on that line (1 for the first); a record without an id gets
** "<file>-<line>", or "<file>-<line>.<nth>" after the first.
*/
dyad_document *dyad_read_json_record(const char *origin, long line, long col, int nth, const char *text,
                                     size_t len, const dyad_read_options *opt);
/*
** Where the first of several JSON objects on one line ends: s[0..n) starts with '{'; returns the
** offset just past the object's closing brace when another object follows it (after spaces,
** tabs, commas and carriage returns: "{..} {..}", "{..},{..}", old Mac line ends), else n.  Strings and nesting are respected, not
** validated.
*/
size_t dyad_json_record_end(const char *s, size_t n);
/*
** Find the next element of a JSON array in data[*pos..len) (*pos is after the '[' or after the
** previous element): skips white space and commas, and returns false at the closing ']' or the
** end; else stores the element's extent in *start, *end (strings and nesting respected, not
** validated) and moves *pos past it.
*/
bool dyad_json_array_next(const char *data, size_t len, size_t *pos, size_t *start, size_t *end);
/* ------------------------------------------- literal text of JSON fields (json_raw.c) */

/* Where one field of a JSON object is in its text: [key_start, key_end) is the quoted key,
   [value_start, value_end) the value as written. */
typedef struct dyad_json_field {
    size_t key_start, key_end, value_start, value_end;
} dyad_json_field;
/*
** The next field of the JSON object s[0..len), which cJSON has accepted: *pos starts at 0 (the
** opening brace) and moves past each field.  Returns false after the last one.  The fields come
** in the order of cJSON's children.
*/
bool dyad_json_next_field(const char *s, size_t len, size_t *pos, dyad_json_field *f);
/* Append the JSON text s[0..n) to b without white space outside strings, control characters
   inside strings escaped (so it fits on one line), and numbers exactly as written. */
void dyad_json_compact(dyad_buf *b, const char *s, size_t n);
/* Does the JSON text s[0..len) nest arrays and objects deeper than cJSON reads (its
   CJSON_NESTING_LIMIT)? */
bool dyad_json_too_deep(const char *s, size_t len);

/*
** Copy the HTML page data[0..len) to out without the start tags (and their end tags) that an
** estimate of the open elements puts deeper than max_depth; their text stays (html_flat.c).
** Returns how many tags were left out (0: out is untouched), and the offset of the first in
** *first.
*/
size_t dyad_html_flatten(const char *data, size_t len, int max_depth, dyad_buf *out, size_t *first);
/*
** Make a document from the main article text of an HTML page data[0..len), or return NULL after
** a warning when the page is empty, binary, not UTF-8 (nor declared Latin-1/Windows-1252), or
** has no article text.  A live blog is read as one document too (dyad_read_html_page splits it).
*/
dyad_document *dyad_read_html(const char *origin, const char *data, size_t len, const dyad_read_options *opt);
/*
** Make the documents of an HTML page data[0..len): one per entry of a live blog (html_live.c:
** a JSON-LD LiveBlogPosting's liveBlogUpdate, else repeated entries with a <time datetime>
** each), in the order the page lists them, each with its own date (its date and time as
** written in extra, "published"), the id "PAGE#ANCHOR" (or "PAGE#N", N its 1-based place in the
** list), its headline (else the page's title), and the page's url with "#ANCHOR"; any other
** page gives the one document of dyad_read_html.  Stores a malloc'd array in *docs (the caller
** frees it and each document; NULL when there are none) and returns how many; 0 after the
** warning of dyad_read_html.
*/
size_t dyad_read_html_page(const char *origin, const char *data, size_t len, const dyad_read_options *opt,
                           dyad_document ***docs);
/*
** Internal, for HTML inside another format (a feed item's body): dyad_read_html, but a fragment
** without article text gives NULL without a warning, so that the caller can read it otherwise.
** Its other warnings (empty, binary, invalid UTF-8, tags left out for nesting) are still given.
*/
dyad_document *dyad_read_html_fragment(const char *origin, const char *data, size_t len,
                                       const dyad_read_options *opt);

/* ---------------------------------------------------------------- news feeds (feed.c) */

/*
** The text of the HTML fragment html (fragment.c): the HTML reader's article text (the fragment
** read as an <article>), else, when that finds none, every text node, without a warning; its
** warnings point at where ("file:line").  malloc'd, or NULL when the fragment holds no text.
*/
char *dyad_fragment_text(const char *where, const char *html);
/* The text of the HTML s with every text node kept (libxml2's HTML parser, not the article
   rules), white space collapsed, on one line when one_line; malloc'd, or NULL when it has no
   text.  Markup errors are not reported: a fragment is not a page. */
char *dyad_markup_text(const char *s, bool one_line);
/* Does s[0..n) hold HTML markup: an end tag of article text ("</p>", "</a>") or a bare start
   tag ("<p>", "<br/>") of a known element?  A "<" alone ("a <5% rise", "a<b held") is no
   markup (fragment.c). */
bool dyad_holds_markup(const char *s, size_t n);

/* Warn at file:line:col about libxml2's message (NULL: "XML error") without its line end,
   after prefix ("" for none). */
void dyad_warn_xml(const char *file, long line, long col, const char *prefix, const char *message);

/* An RSS or Atom feed being read, an item at a time. */
typedef struct dyad_feed dyad_feed;
/*
** Open the feed data[0..len) read from origin (RSS 2.0 <rss>, RSS 1.0 <rdf:RDF>, Atom <feed>),
** read item by item with libxml2's streaming reader, or whole in its recovery mode when the
** feed is malformed; libxml2's errors are passed on as warnings with line and column.  Returns
** the feed, whose items dyad_feed_next() hands out, or NULL after a warning when the input is
** empty, binary, no XML, has another root element or no items.  data, origin and opt's
** strings must outlive the feed.
*/
dyad_feed *dyad_feed_open(const char *origin, const char *data, size_t len, const dyad_read_options *opt);
/*
** The document of the next item (RSS <item>, Atom <entry>) that has text, owned by the caller,
** or NULL after the last; each item without text is reported with its line and counted in
** *skipped (which may be NULL).
*/
dyad_document *dyad_feed_next(dyad_feed *f, long *skipped);
/* Release the feed; NULL is allowed. */
void dyad_feed_free(dyad_feed *f);
/*
** Read the day of an RFC 822 date-time (section 5: "Thu, 24 Feb 2022 23:30:00 GMT",
** "24 Feb 2022 10:00 +0100"; also two-digit years as RFC 5322 4.3 reads them, full month
** names and "24-Feb-2022"; and US long dates, "Thursday, February 24, 2022", "Feb 24, 2022")
** into out as YYYY-MM-DD: the day as written, whatever the zone.
** Returns false when s is not such a date or not a day of the calendar (feed_date.c).
*/
bool dyad_rfc822_date(const char *s, char out[11]);
/* The day of s, as dyad_normalize_date or else dyad_rfc822_date reads it, into out; false
   when neither does (or s is NULL) (feed_date.c). */
bool dyad_any_date(const char *s, char out[11]);

#endif
