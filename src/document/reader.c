/*
** reader.c - dyad_reader: opens an input file, picks its format and hands out its documents
** one at a time (text and HTML: one per file, but one per entry of a live blog; JSON Lines: one
** per line; RSS and Atom feeds: one per item).
**
** The format comes from the file name (.txt; .jsonl, .json, .ndjson, .jl; .html, .htm,
** .xhtml; .rss, .atom), else from the content: a first line starting with a JSON object ('{'
** then '"') is JSON Lines, one starting with "<!DOCTYPE html", a comment or an HTML element
** ("<html", "<p>", "<div ...") is HTML, anything else plain text.  XML ("<?xml ...?>", or a
** doctype that is not HTML's) is read by its root element, found past the declaration,
** comments, processing instructions and doctype: <html> is HTML (XHTML), <rss>, <rdf:RDF> and
** <feed> a news feed (also without the declaration), any other root is reported and the file
** skipped.  A JSON file whose first character is '[' is read as one array of records instead of
** JSON Lines.  Bad records are reported with dyad_warn() and counted in dyad_reader_skipped().
**
** JSON Lines are read as they come, a chunk at a time, so that a feed on standard input is
** coded record by record and memory stays that of one record however long the input; text,
** HTML, JSON arrays and news feeds are read whole.
*/
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "document/reader.h"
#include "util/util.h"

#define MAX_ID_WARNINGS 20     /* reused ids reported one by one; the rest are counted */
#define MAX_PROLOG (1 << 20)   /* bytes of XML before the root element that are looked through */

/* The ids of a file's records, as 64-bit hashes with the line of their first record (open
   addressing, grown at half full), so that an id used twice can be reported. */
typedef struct id_set {
    uint64_t *hash;          /* 0: empty slot */
    long *line;
    size_t cap, used;
} id_set;

/* The line of the record that first had id, or 0 after adding it with line. */
static long id_seen(id_set *set, const char *id, long line) {
    if (2 * (set->used + 1) > set->cap) {
        id_set bigger = {NULL, NULL, set->cap ? 2 * set->cap : 1024, 0};
        bigger.hash = dyad_xcalloc(bigger.cap, sizeof *bigger.hash);
        bigger.line = dyad_xcalloc(bigger.cap, sizeof *bigger.line);
        for (size_t i = 0; i < set->cap; i++) {
            if (!set->hash[i]) continue;
            size_t k = set->hash[i] & (bigger.cap - 1);
            while (bigger.hash[k]) k = (k + 1) & (bigger.cap - 1);
            bigger.hash[k] = set->hash[i];
            bigger.line[k] = set->line[i];
        }
        bigger.used = set->used;
        free(set->hash);
        free(set->line);
        *set = bigger;
    }
    uint64_t h = dyad_hash(id, strlen(id), 17) | 1;
    size_t k = h & (set->cap - 1);
    for (; set->hash[k]; k = (k + 1) & (set->cap - 1))
        if (set->hash[k] == h) return set->line[k];
    set->hash[k] = h;
    set->line[k] = line;
    set->used++;
    return 0;
}

struct dyad_reader {
    char *origin;            /* the file name, "-" for standard input */
    char *data;              /* the whole file, or (JSON Lines) the part read and not yet used */
    size_t len, cap, pos;    /* pos: where the next JSON record starts */
    size_t scanned;          /* bytes from pos known to hold no line end */
    FILE *in;                /* JSON Lines still being read, else NULL */
    int read_errno;          /* the error that ended the input early, else 0 */
    long line;               /* JSON Lines: line number of pos; arrays: line of counted */
    size_t counted;          /* arrays: lines are counted up to here */
    size_t line_start;       /* arrays: offset where the current line starts */
    bool array;              /* the JSON file is one array of records */
    bool started;            /* next_json() has looked for the array's '[', next_item() parsed the feed,
                                the HTML page was read */
    dyad_format format;
    bool done;
    bool any_record;         /* a JSON Lines file had at least one non-blank line */
    bool other_xml;          /* XML whose root is no format dyad reads (named in xml_root) */
    char xml_root[64];
    dyad_feed *feed;         /* a news feed once parsed */
    dyad_document **html;    /* HTML: the page's documents once read (one per live blog entry) */
    size_t n_html, next_html; /* how many, and the next to hand out */
    id_set ids;              /* JSON Lines and feeds: the ids of the records so far */
    long reused_ids;         /* records whose id an earlier one had */
    long skipped;
    size_t max_line;         /* JSON Lines: bytes of the longest line read (DYAD_MAX_JSONL_LINE) */
    dyad_decoder *dec;       /* gzip or UTF-16 input: what turns the bytes read into UTF-8 */
    size_t line_col;         /* JSON Lines: bytes of the line before pos (records on it so far) */
    long rec_line;           /* JSON: the line the last record started on ... */
    int rec_nth;             /* ... and how many records started on it */
    dyad_read_options opt;
};

static bool has_suffix(const char *path, const char *suffix) {
    size_t n = strlen(path), k = strlen(suffix);
    return n > k && strcasecmp(path + n - k, suffix) == 0;
}

static dyad_format format_by_name(const char *path) {
    if (!path) return DYAD_FORMAT_AUTO;
    static const char *const jsonl[] = {".jsonl", ".json", ".ndjson", ".jl", NULL};
    static const char *const html[] = {".html", ".htm", ".xhtml", ".shtml", NULL};
    for (int i = 0; jsonl[i]; i++)
        if (has_suffix(path, jsonl[i])) return DYAD_FORMAT_JSONL;
    for (int i = 0; html[i]; i++)
        if (has_suffix(path, html[i])) return DYAD_FORMAT_HTML;
    if (has_suffix(path, ".rss") || has_suffix(path, ".atom")) return DYAD_FORMAT_FEED;
    if (has_suffix(path, ".txt") || has_suffix(path, ".text")) return DYAD_FORMAT_TEXT;
    return DYAD_FORMAT_AUTO;
}

/* Offset of the first byte of s[i..n) that is not white space, or n. */
static size_t skip_space(const char *s, size_t i, size_t n) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
    return i;
}

/* Does s[i..n) open an HTML element of an article page ("<p>", "<div class=...")? */
static bool html_element_at(const char *s, size_t i, size_t n) {
    static const char *const tags[] = {"html", "head", "body", "div", "p", "article", "section", "main",
                                       "span", "h1", "h2", "h3", "h4", "h5", "h6", "table", "header",
                                       "nav", "title", "meta", "br", "ul", "ol", "li", "a", "b", "i",
                                       "em", "strong", "blockquote", "figure", "time", "script",
                                       "style", NULL};
    if (i >= n || s[i] != '<') return false;
    size_t k = i + 1;
    while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                     (s[k] >= '0' && s[k] <= '9')))
        k++;
    if (k >= n || !strchr(" \t\r\n>/", s[k])) return false;
    for (int t = 0; tags[t]; t++)
        if (strlen(tags[t]) == k - i - 1 && strncasecmp(s + i + 1, tags[t], k - i - 1) == 0) return true;
    return false;
}

/* Offset just past the first occurrence of end in s[i..n), or n when there is none. */
static size_t past(const char *s, size_t i, size_t n, const char *end) {
    size_t k = strlen(end);
    for (; i + k <= n; i++)
        if (memcmp(s + i, end, k) == 0) return i + k;
    return n;
}

/* Offset just past the doctype at s[i..n) ("<!DOCTYPE"), whose internal subset ("[...]") and
   quoted strings may hold '>'; n when it does not end. */
static size_t past_doctype(const char *s, size_t i, size_t n) {
    int depth = 0;
    for (i += 2; i < n; i++) {
        if (s[i] == '"' || s[i] == '\'') {
            const char *q = memchr(s + i + 1, s[i], n - i - 1);
            if (!q) return n;
            i = (size_t)(q - s);
        } else if (s[i] == '<' && n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            i = past(s, i + 4, n, "-->") - 1;
        } else if (s[i] == '[') {
            depth++;
        } else if (s[i] == ']') {
            depth--;
        } else if (s[i] == '>' && depth <= 0) {
            return i + 1;
        }
    }
    return n;
}

/* Does a byte belong to an XML name (ASCII letters, digits, "_-.:" or any non-ASCII byte)? */
static bool name_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':' || (unsigned char)c >= 0x80;
}

/*
** The first element of markup s[i..n) (XML 1.0 section 2.8: declaration, comments, processing
** instructions and a doctype may come before the root): its name, cut to cap - 1 bytes, into
** name.  Returns 1 when found, 0 when s ends before it, -1 when text comes first.  *xml tells
** whether an XML declaration, a processing instruction or a doctype other than HTML's came first.
*/
static int first_element(const char *s, size_t i, size_t n, char *name, size_t cap, bool *xml) {
    for (;;) {
        i = skip_space(s, i, n);
        if (i >= n) return 0;
        if (s[i] != '<') return -1;
        size_t end;
        if (n - i < 2) {
            return 0;
        } else if (s[i + 1] == '?') {
            *xml = true;
            end = past(s, i + 2, n, "?>");
        } else if (n - i < 4 && s[i + 1] == '!') {
            return 0;
        } else if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            end = past(s, i + 4, n, "-->");
        } else if (n - i >= 9 && strncasecmp(s + i, "<!doctype", 9) == 0) {
            if (n - i < 14) return 0;
            if (strncasecmp(s + skip_space(s, i + 9, n), "html", 4) != 0) *xml = true;
            end = past_doctype(s, i, n);
        } else if (name_byte(s[i + 1])) {
            size_t k = i + 1;
            while (k < n && name_byte(s[k])) k++;
            if (k >= n) return 0;
            snprintf(name, cap, "%.*s", (int)(k - i - 1), s + i + 1);
            return 1;
        } else {
            return -1;
        }
        if (end >= n) return 0;
        i = end;
    }
}

/* Is the element name a news feed's root: RSS 2.0 <rss>, RSS 1.0 <rdf:RDF>, Atom <feed>
   (with or without a prefix)? */
static bool feed_root(const char *name) {
    const char *colon = strrchr(name, ':');
    const char *local = colon ? colon + 1 : name;
    return strcmp(name, "rss") == 0 || strcmp(local, "feed") == 0 || (colon && strcmp(local, "RDF") == 0);
}

/*
** The format of an input from its first bytes: JSON Lines when it starts with an object ('{'
** and then '"' or '}': "{UPDATE 2} Russia ..." is text) or an array of them; for markup, see
** markup_format; else plain text.  AUTO: XML of another kind, whose root element goes into root
** ("" when none was found).
*/
static dyad_format format_by_content(const char *s, size_t n, char root[64]) {
    size_t i = 0;
    if (dyad_bom_at(s, n)) i = 3;
    i = skip_space(s, i, n);
    if (i < n && s[i] == '[') { /* a JSON array of records */
        size_t k = skip_space(s, i + 1, n);
        if (k < n && s[k] == '{') i = k;
    }
    if (i < n && s[i] == '{') {
        size_t k = skip_space(s, i + 1, n);
        if (k >= n || s[k] == '"' || s[k] == '}') return DYAD_FORMAT_JSONL;
        return DYAD_FORMAT_TEXT;
    }
    bool xml = false;
    int found = first_element(s, i, n, root, 64, &xml);
    if (found > 0 && strcasecmp(root, "html") == 0) return DYAD_FORMAT_HTML;
    if (found > 0 && feed_root(root)) return DYAD_FORMAT_FEED;
    if (xml) {
        if (found <= 0) root[0] = 0;
        return DYAD_FORMAT_AUTO;
    }
    static const char *const html[] = {"<!doctype html", "<!--", NULL};
    for (int k = 0; html[k]; k++) {
        size_t m = strlen(html[k]);
        if (n - i >= m && strncasecmp(s + i, html[k], m) == 0) return DYAD_FORMAT_HTML;
    }
    return html_element_at(s, i, n) ? DYAD_FORMAT_HTML : DYAD_FORMAT_TEXT;
}

/* Read up to chunk bytes of r->in into buf, waiting on a non-blocking input; -1 on an error. */
static ssize_t read_chunk(dyad_reader *r, char *buf, size_t chunk) {
    for (;;) {
        ssize_t n = read(fileno(r->in), buf, chunk);
        if (n >= 0) return n;
        if (errno == EINTR) continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) return -1;
        struct pollfd pf = {fileno(r->in), POLLIN, 0}; /* a non-blocking input: wait for data */
        if (poll(&pf, 1, -1) < 0 && errno != EINTR) return -1;
    }
}

/* read_more() for compressed or UTF-16 input: reads until the decoder gives bytes or the input
   ends; corrupt data ends the input (the decoder has said so, and the exit status will). */
static bool read_decoded(dyad_reader *r, size_t chunk) {
    char raw[16384]; /* small: 16 KB of gzip may give 16 MB of text */
    dyad_buf out = {0};
    while (out.len == 0) {
        ssize_t n = read_chunk(r, raw, chunk < sizeof raw ? chunk : sizeof raw);
        if (n < 0) r->read_errno = errno;
        bool ok = dyad_decoder_feed(r->dec, raw, n > 0 ? (size_t)n : 0, n <= 0, &out);
        if (!ok) r->skipped++;
        if (n <= 0 || !ok) break;
    }
    if (out.len) {
        if (r->cap - r->len < out.len + 1) {
            r->cap = r->len + out.len + 1 + chunk;
            r->data = dyad_xrealloc(r->data, r->cap);
        }
        memcpy(r->data + r->len, out.data, out.len);
        r->len += out.len;
        r->data[r->len] = 0;
        dyad_buf_free(&out);
        return true;
    }
    dyad_buf_free(&out); /* the decoder may have made room for nothing */
    if (r->in != stdin) fclose(r->in);
    r->in = NULL;
    return false;
}

/*
** Append up to one chunk of r->in to r->data, first dropping the bytes before r->pos when they
** are half of it; false at the end of the input, or at a read error (kept in r->read_errno),
** after which r->in is closed.
*/
static bool read_more(dyad_reader *r) {
    if (!r->in) return false;
    if (r->pos > 0 && r->pos == r->len) r->len = r->pos = 0;
    if (r->pos > 0 && r->pos >= r->len / 2) {
        memmove(r->data, r->data + r->pos, r->len - r->pos);
        r->len -= r->pos;
        r->pos = 0;
    }
    const size_t chunk = 65536;
    if (r->cap - r->len < chunk + 1) {
        r->cap = 2 * r->cap + chunk + 1;
        r->data = dyad_xrealloc(r->data, r->cap);
    }
    /* read(), not fread(): it returns what a pipe holds now rather than wait for a full chunk */
    if (r->dec) return read_decoded(r, chunk);
    ssize_t n = read_chunk(r, r->data + r->len, chunk);
    if (n > 0) {
        r->len += (size_t)n;
        r->data[r->len] = 0;
        return true;
    }
    if (n < 0) r->read_errno = errno;
    if (r->in != stdin) fclose(r->in);
    r->in = NULL;
    return false;
}

/* Read the rest of r->in. */
static void read_all(dyad_reader *r) {
    while (read_more(r)) {
    }
}

/*
** Offset of the first byte of the input that is not a BOM or white space; r->len when none.
** Known JSON Lines drop the blank lines before it (counted in r->line), so that a feed that
** begins with keep-alive blank lines is not held in memory.
*/
static size_t first_byte(dyad_reader *r) {
    size_t i = 0;
    bool bom = false;
    for (;;) {
        /* a BOM can arrive in pieces on a pipe */
        if (!bom && r->line == 1 && r->len < 3 && r->len > 0 && memcmp(r->data, "\xEF\xBB\xBF", r->len) == 0 &&
            read_more(r))
            continue;
        if (!bom && i == 0 && r->line == 1 && dyad_bom_at(r->data, r->len)) i = 3;
        bom = r->len > 0; /* looked for, once there are bytes */
        while (i < r->len && strchr(" \t\r\n", r->data[i]) && r->data[i]) i++;
        if (i < r->len) return i;
        if (r->format == DYAD_FORMAT_JSONL && r->len > 0) { /* all white space so far: counted, dropped */
            for (size_t k = 0; k < r->len; k++) r->line += r->data[k] == '\n';
            i = r->len = 0;
        }
        if (!read_more(r)) return i;
    }
}

/*
** Blank out the encoding="..." of an XML declaration at the start of data[0..n), which now is
** UTF-8: a feed that was UTF-16 still says so, and libxml2 would read it as UTF-16 again.  Same
** length, so offsets stay.
*/
static void drop_xml_encoding(char *data, size_t n) {
    if (n < 6 || memcmp(data, "<?xml", 5) != 0) return;
    const char *end = memchr(data, '>', n < 256 ? n : 256);
    if (!end) return;
    char *e = data;
    while ((e = memchr(e, 'e', (size_t)(end - e))) && strncmp(e, "encoding", 8) != 0) e++;
    if (!e) return;
    char *q = e + 8;
    while (q < end && (*q == ' ' || *q == '=')) q++;
    if (q >= end || (*q != '"' && *q != '\'')) return;
    char *close = memchr(q + 1, *q, (size_t)(end - q - 1));
    if (close) memset(e, ' ', (size_t)(close + 1 - e));
}

dyad_reader *dyad_reader_open(const char *path, const dyad_read_options *opt) {
    bool is_stdin = !path || strcmp(path, "-") == 0;
    const char *origin = is_stdin ? "-" : path;
    FILE *in = is_stdin ? stdin : fopen(path, "rb");
    if (!in) {
        dyad_error(origin, 0, 0, "cannot read: %s", strerror(errno));
        return NULL;
    }
    dyad_reader *r = dyad_xcalloc(1, sizeof *r);
    r->origin = dyad_xstrdup(origin);
    r->in = in;
    r->line = 1;
    r->max_line = DYAD_MAX_JSONL_LINE;
    if (opt) r->opt = *opt;
    r->opt.id = opt && opt->id ? dyad_xstrdup(opt->id) : NULL;
    r->opt.date = opt && opt->date ? dyad_xstrdup(opt->date) : NULL;
    /* gzip-compressed or UTF-16 input is decoded from its first bytes on */
    while (r->len < 2 && read_more(r)) {
    }
    if ((r->dec = dyad_decoder_for(r->data ? r->data : "", r->len, r->origin))) {
        dyad_buf out = {0};
        if (!dyad_decoder_feed(r->dec, r->data, r->len, r->in == NULL, &out)) r->skipped++;
        free(r->data);
        r->data = out.data;
        r->len = out.len;
        r->cap = out.cap;
        if (!r->data) { /* nothing decoded yet */
            r->cap = 65536 + 1;
            r->data = dyad_xmalloc(r->cap);
        }
        if (r->cap == r->len) r->data = dyad_xrealloc(r->data, ++r->cap);
        r->data[r->len] = 0;
        if (r->len == 0) read_more(r);
        if (dyad_decoder_recodes(r->dec)) drop_xml_encoding(r->data, r->len);
    }
    const char *stem = path ? path : "";
    bool gz = has_suffix(stem, ".gz");
    char *plain = gz ? dyad_xstrdup(stem) : NULL; /* "a.jsonl.gz" goes by "a.jsonl" */
    if (plain) plain[strlen(plain) - 3] = 0;
    r->format = opt && opt->format ? opt->format : format_by_name(gz ? plain : path);
    free(plain);
    size_t i = r->format == DYAD_FORMAT_AUTO || r->format == DYAD_FORMAT_JSONL ? first_byte(r) : 0;
    /* the content decides from its first bytes: for '<', enough of them for "<!doctype html";
       for '{' or '[', up to the next byte that is not white space */
    while (r->format == DYAD_FORMAT_AUTO && i < r->len && r->data[i] == '<' && r->len - i < 16 && read_more(r)) {
    }
    while (r->format == DYAD_FORMAT_AUTO && i < r->len && strchr("{[", r->data[i]) &&
           skip_space(r->data, i + 1, r->len) + 2 > r->len && r->len - i < 4096 && read_more(r)) {
    }
    /* markup: up to its first element */
    bool xml = false;
    while (r->format == DYAD_FORMAT_AUTO && i < r->len && r->data[i] == '<' && r->len < MAX_PROLOG &&
           first_element(r->data, i, r->len, r->xml_root, sizeof r->xml_root, &xml) == 0 && read_more(r)) {
    }
    if (r->format == DYAD_FORMAT_AUTO) {
        r->format = format_by_content(r->data ? r->data : "", r->len, r->xml_root);
        r->other_xml = r->format == DYAD_FORMAT_AUTO;
    } else if (!(opt && opt->format) && r->format == DYAD_FORMAT_TEXT) {
        /* a file named as text that holds JSON records is read as its name says, with a hint */
        char root[64];
        if (format_by_content(r->data ? r->data : "", r->len, root) == DYAD_FORMAT_JSONL)
            dyad_warn(origin, 1, 1, "this looks like JSON Lines, but its name says plain text, as which it is read; "
                      "give --input jsonl to read its records");
    }
    bool stream = r->format == DYAD_FORMAT_JSONL && !(i < r->len && r->data[i] == '[');
    /* JSON Lines in UTF-16 without a byte-order mark: every record would be skipped for its
       NUL bytes, a warning each; one warning says what the file is instead (judged on the bytes
       read so far, not waiting for more: a pipe may be a live feed) */
    if (stream && !r->dec && dyad_warn_utf16(origin, 1, 1, r->data ? r->data : "", r->len, "file")) {
        r->skipped++;
        r->done = true;
    }
    while (!stream && r->len < DYAD_BINARY_PREFIX && read_more(r)) {
    }
    /* a binary file is skipped for its first KB (/dev/zero too): the rest need not be read */
    bool binary = !stream && r->format != DYAD_FORMAT_JSONL &&
                  memchr(r->data ? r->data : "", 0, r->len < DYAD_BINARY_PREFIX ? r->len : DYAD_BINARY_PREFIX);
    if (!stream && !binary) read_all(r);
    if (binary && r->in && r->in != stdin) fclose(r->in);
    if (binary) r->in = NULL;
    if (r->read_errno) { /* a folder, say: nothing of it is read */
        dyad_error(origin, 0, 0, "cannot read: %s", strerror(r->read_errno));
        dyad_reader_close(r);
        return NULL;
    }
    if (!r->data) {
        r->data = dyad_xmalloc(1);
        r->data[0] = 0;
    }
    return r;
}

/* Advance r->line and r->line_start to cover the bytes before offset off. */
static void count_lines(dyad_reader *r, size_t off) {
    for (; r->counted < off; r->counted++)
        if (r->data[r->counted] == '\n') {
            r->line++;
            r->line_start = r->counted + 1;
        }
}

/* The count of records that start on line, this one included (1 for the first). */
static int nth_on_line(dyad_reader *r, long line) {
    if (line == r->rec_line) return ++r->rec_nth;
    r->rec_line = line;
    return r->rec_nth = 1;
}

/* The next good element of a JSON array file, or NULL at the end. */
static dyad_document *next_element(dyad_reader *r) {
    size_t start, end;
    while (dyad_json_array_next(r->data, r->len, &r->pos, &start, &end)) {
        r->any_record = true;
        count_lines(r, start);
        dyad_document *doc = dyad_read_json_record(r->origin, r->line, (long)(start - r->line_start) + 1,
                                                   nth_on_line(r, r->line), r->data + start, end - start, &r->opt);
        if (doc) return doc;
        r->skipped++;
    }
    return NULL;
}

/* Report, once, an error that ended the input before its end. */
static void report_read_error(dyad_reader *r) {
    if (!r->read_errno) return;
    /* a warning, not an error: the records before it were read, and the exit status must say
       that the rest is lost */
    dyad_warn(r->origin, r->line, 0, "cannot read further: %s; the rest of the input is lost",
              strerror(r->read_errno));
    r->read_errno = 0;
    r->skipped++;
}

/* Write bytes n into buf as "64 MiB" when it is whole MiB, else as "1000 bytes". */
static void format_size(char *buf, size_t size, size_t n) {
    if (n >= (1 << 20) && n % (1 << 20) == 0) snprintf(buf, size, "%zu MiB", n >> 20);
    else snprintf(buf, size, "%zu bytes", n);
}

/*
** Pass over the rest of the current line (up to its end, included) without keeping it: bytes
** are dropped as they are read, so memory stays that of one chunk however long the line.  When
** the line holds a NUL byte (nul) and no line end comes within r->max_line bytes, the input is
** binary (/dev/zero, a disk image): that is reported, the rest of the input is skipped and
** false returned.  A long line of text is read to its end, however long.
*/
static bool skip_line(dyad_reader *r, bool nul) {
    size_t passed = 0;
    for (;;) {
        const char *nl = memchr(r->data + r->pos, '\n', r->len - r->pos);
        if (nl) {
            r->pos = (size_t)(nl - r->data) + 1;
            break;
        }
        passed += r->len - r->pos;
        r->pos = r->len;
        if (nul && passed > r->max_line) {
            char cap[32];
            format_size(cap, sizeof cap, r->max_line);
            dyad_warn(r->origin, r->line, 0, "no line end within %s after a NUL byte: binary input; the rest "
                      "of it is skipped", cap);
            r->skipped++;
            if (r->in && r->in != stdin) fclose(r->in);
            r->in = NULL;
            r->pos = r->len = r->scanned = 0;
            return false;
        }
        if (!read_more(r)) break;
    }
    r->scanned = 0;
    r->line++;
    r->line_col = 0;
    return true;
}

/* Report the line at r->pos, which is longer than r->max_line, and pass over it. */
static void skip_long_line(dyad_reader *r) {
    char cap[32];
    format_size(cap, sizeof cap, r->max_line);
    dyad_warn(r->origin, r->line, 1, "JSON Lines line longer than %s; record skipped", cap);
    r->skipped++;
    r->any_record = true;
    skip_line(r, false);
}

/*
** The end of the line at r->pos, searched from r->pos + r->scanned: its '\n', or a lone '\r' (old
** Mac line ends); NULL when the buffer holds none yet (a '\r' as its last byte may be half of a
** "\r\n" still to come).
*/
static const char *line_end(const dyad_reader *r) {
    const char *p = r->data + r->pos + r->scanned, *e = r->data + r->len;
    const char *nl = memchr(p, '\n', (size_t)(e - p)), *stop = nl ? nl : e;
    for (const char *cr = memchr(p, '\r', (size_t)(stop - p)); cr; cr = memchr(cr + 1, '\r', (size_t)(stop - cr - 1))) {
        if (cr + 1 == e) return r->in ? NULL : cr;
        if (cr[1] != '\n') return cr;
    }
    return nl;
}

/* The next good JSON Lines record, or NULL at the end. */
static dyad_document *next_record(dyad_reader *r) {
    for (;;) {
        if (r->pos >= r->len && !read_more(r)) {
            report_read_error(r);
            return NULL;
        }
        const char *nl = line_end(r);
        if (!nl) {
            const char *nul = memchr(r->data + r->pos + r->scanned, 0, r->len - r->pos - r->scanned);
            if (nul) { /* no record: do not keep reading it */
                dyad_warn(r->origin, r->line, (long)(r->line_col + (size_t)(nul - (r->data + r->pos))) + 1,
                          "NUL byte in a JSON record; record skipped");
                r->skipped++;
                r->any_record = true;
                if (!skip_line(r, true)) return NULL;
                continue;
            }
            if (r->len - r->pos > r->max_line) {
                skip_long_line(r);
                continue;
            }
            r->scanned = r->len - r->pos;
            if (r->scanned > 0 && r->data[r->len - 1] == '\r') r->scanned--; /* looked at again */
            if (read_more(r)) continue; /* the line goes on in the next chunk */
            report_read_error(r);
        }
        r->scanned = 0;
        const char *line = r->data + r->pos;
        size_t n = nl ? (size_t)(nl - line) : r->len - r->pos;
        if (n > r->max_line) {
            skip_long_line(r);
            continue;
        }
        long lineno = r->line;
        size_t col = r->line_col, a = 0, b = n;
        if (lineno == 1 && col == 0 && dyad_bom_at(line, b)) a = 3;
        /* a comma between records, as when an array's lines were taken for JSON Lines, is passed
           over, as is white space */
        while (b > a && strchr("\r \t,", line[b - 1])) b--;
        while (a < b && strchr(" \t,\r", line[a])) a++; /* a lone '\r': old Mac line ends */
        size_t end = a + dyad_json_record_end(line + a, b - a);
        if (end < b) { /* another record follows on this line: it is read next time */
            r->pos += end;
            r->line_col += end;
            b = end;
        } else {
            r->pos += n + (nl ? 1 : 0);
            r->line++;
            r->line_col = 0;
        }
        if (a == b) continue; /* blank lines are allowed */
        r->any_record = true;
        dyad_document *doc = dyad_read_json_record(r->origin, lineno, (long)(col + a) + 1, nth_on_line(r, lineno),
                                                   line + a, b - a, &r->opt);
        if (doc) return doc;
        r->skipped++;
    }
}

/* The next good record of a JSON Lines or JSON array file; reports an empty file once. */
static dyad_document *next_json(dyad_reader *r) {
    if (!r->started) {
        r->started = true;
        size_t i = dyad_bom_at(r->data, r->len) ? 3 : 0;
        while (i < r->len && strchr(" \t\r\n", r->data[i]) && r->data[i]) i++;
        if (i < r->len && r->data[i] == '[') {
            r->array = true;
            r->pos = i + 1;
        }
    }
    dyad_document *doc = r->array ? next_element(r) : next_record(r);
    if (!doc && !r->any_record) {
        r->any_record = true;
        dyad_warn(r->origin, 0, 0, "empty JSON file: no records");
        r->skipped++;
    }
    return doc;
}

/* The next item of a news feed that has text, or NULL at the end; the feed is parsed at the
   first call. */
static dyad_document *next_item(dyad_reader *r) {
    if (!r->feed && !r->started) {
        r->started = true;
        r->feed = dyad_feed_open(r->origin, r->data, r->len, &r->opt);
        if (!r->feed) r->skipped++;
    }
    return dyad_feed_next(r->feed, &r->skipped);
}

dyad_document *dyad_reader_next(dyad_reader *r) {
    if (!r || r->done) return NULL;
    if (r->format == DYAD_FORMAT_JSONL || r->format == DYAD_FORMAT_FEED) {
        dyad_document *doc = r->format == DYAD_FORMAT_FEED ? next_item(r) : next_json(r);
        if (!doc) r->done = true;
        long first = doc && doc->id ? id_seen(&r->ids, doc->id, doc->origin_line) : 0;
        /* kept: its events are there, but a doc_id no longer names one document */
        if (first && ++r->reused_ids <= MAX_ID_WARNINGS)
            dyad_warn(r->origin, doc->origin_line, 0, "document id \"%s\" was already used by the record at line %ld",
                      doc->id, first);
        if (!doc && r->reused_ids > MAX_ID_WARNINGS)
            dyad_warn(r->origin, 0, 0, "%ld more records reused the id of an earlier record",
                      r->reused_ids - MAX_ID_WARNINGS);
        return doc;
    }
    if (r->format == DYAD_FORMAT_HTML) {
        if (!r->started) {
            r->started = true;
            r->n_html = dyad_read_html_page(r->origin, r->data, r->len, &r->opt, &r->html);
            if (r->n_html == 0) r->skipped++;
        }
        if (r->next_html < r->n_html) return r->html[r->next_html++];
        r->done = true;
        return NULL;
    }
    r->done = true;
    if (r->other_xml) {
        if (r->xml_root[0])
            dyad_warn(r->origin, 0, 0, "not a news format dyad reads: XML root <%s>; file skipped", r->xml_root);
        else
            dyad_warn(r->origin, 0, 0, "not a news format dyad reads: XML without a root element; file skipped");
        r->skipped++;
        return NULL;
    }
    dyad_document *doc = dyad_read_text(r->origin, r->data, r->len, &r->opt);
    if (!doc) r->skipped++;
    return doc;
}

void dyad_reader_set_max_line(dyad_reader *r, size_t max_bytes) {
    if (r && max_bytes > 0) r->max_line = max_bytes;
}

long dyad_reader_skipped(const dyad_reader *r) {
    return r ? r->skipped : 0;
}

void dyad_reader_close(dyad_reader *r) {
    if (!r) return;
    if (r->in && r->in != stdin) fclose(r->in);
    dyad_decoder_free(r->dec);
    dyad_feed_free(r->feed);
    for (size_t i = r->next_html; i < r->n_html; i++) dyad_document_free(r->html[i]);
    free(r->html);
    free(r->ids.hash);
    free(r->ids.line);
    free(r->origin);
    free(r->data);
    free((char *)r->opt.id);
    free((char *)r->opt.date);
    free(r);
}
