/*
** petrxml.c - reading PETRARCH validation files (see petrxml.h) with libxml2.
**
** The published files are not all well-formed: UniversalPetrarch's PETR2_GSR_validation.xml
** self-closes most <Sentence .../> tags and then closes them again with </Sentence>, and its
** header holds "<EventCoding...>" as plain text.  Before parsing, a self-closed <Sentence/>
** that is followed by a </Sentence> (before any other <Sentence>) is turned into an opening
** tag by overwriting its "/" with a space, which keeps every line and column; the rest is
** left to libxml2's recovery mode, whose complaints are passed on as warnings.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "document/petrxml.h"
#include "document/reader.h"
#include "code/cameo.h"
#include "util/util.h"

#define MAX_XML_WARNINGS 20

typedef struct reader {
    dyad_petr_file *f;
    dyad_arena *a;
    const char *path;
    bool validation;          /* root is <Validation>: records are expected to carry codings */
    bool stopped;
    dyad_petr_sentence *sents;
    int n_sents, cap_sents;
    dyad_petr_option *opts;   /* the options in force (malloc'd) */
    int n_opts, cap_opts;
    const dyad_petr_option *opts_copy; /* arena copy of opts, NULL when opts changed since */
    int xml_errors;
    int unknown_codes;        /* <EventCoding>s whose eventcode is not CAMEO */
    const char *first_unknown;
    long first_unknown_line;
} reader;

/* ------------------------------------------------------------ pre-pass */

static bool starts(const char *p, const char *end, const char *s) {
    size_t n = strlen(s);
    return (size_t)(end - p) >= n && memcmp(p, s, n) == 0;
}

static bool name_ends(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/';
}

/* Skip a comment starting at p ("<!--"); returns the position after "-->" or end. */
static char *skip_comment(char *p, char *end) {
    for (p += 4; p + 3 <= end; p++)
        if (memcmp(p, "-->", 3) == 0) return p + 3;
    return end;
}

/* The '>' that ends the tag starting at p, skipping quoted attribute values; NULL if none. */
static char *tag_end(char *p, char *end) {
    char quote = 0;
    for (; p < end; p++) {
        if (quote) {
            if (*p == quote) quote = 0;
        } else if (*p == '"' || *p == '\'') {
            quote = *p;
        } else if (*p == '>') {
            return p;
        }
    }
    return NULL;
}

/* Is the next <Sentence> or </Sentence> tag after p a closing one? */
static bool closed_again(char *p, char *end) {
    while (p < end) {
        if (starts(p, end, "<!--")) {
            p = skip_comment(p, end);
        } else if (starts(p, end, "</Sentence") && p + 10 < end && name_ends(p[10])) {
            return true;
        } else if (starts(p, end, "<Sentence") && p + 9 < end && name_ends(p[9])) {
            return false;
        } else {
            p++;
        }
    }
    return false;
}

/*
** Turn every self-closed <Sentence .../> that is closed again later into an opening tag.
** Returns how many were changed; *first_line gets the line of the first.
*/
static int reopen_sentences(char *text, size_t len, long *first_line) {
    char *p = text, *end = text + len;
    int n = 0;
    long line = 1;
    while (p < end) {
        if (*p == '\n') {
            line++;
            p++;
        } else if (starts(p, end, "<!--")) {
            char *q = skip_comment(p, end);
            for (; p < q; p++) line += *p == '\n';
        } else if (starts(p, end, "<Sentence") && p + 9 < end && name_ends(p[9])) {
            char *gt = tag_end(p, end);
            if (!gt) break;
            if (gt[-1] == '/' && closed_again(gt + 1, end)) {
                gt[-1] = ' ';
                if (n++ == 0) *first_line = line;
            }
            for (; p <= gt; p++) line += *p == '\n';
        } else {
            p++;
        }
    }
    return n;
}

/* ------------------------------------------------------------- helpers */

static void xml_error(void *ctx, xmlErrorPtr e) {
    reader *r = ctx;
    if (++r->xml_errors > MAX_XML_WARNINGS) return;
    dyad_warn_xml(r->path, e->line, e->int2, "", e->message);
}

static bool is(const xmlNode *n, const char *name) {
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static long line_of(const xmlNode *n) {
    return xmlGetLineNo(n);
}

/* Attribute name of n copied into the arena, or NULL when absent. */
static const char *attr(reader *r, xmlNode *n, const char *name) {
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v) return NULL;
    const char *s = dyad_arena_strdup(r->a, (const char *)v);
    xmlFree(v);
    return s;
}

static bool is_space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The text content of n with whitespace runs collapsed to one space and trimmed. */
static const char *normalised_content(reader *r, xmlNode *n) {
    xmlChar *v = xmlNodeGetContent(n);
    char *out = dyad_arena_strdup(r->a, v ? (const char *)v : "");
    xmlFree(v);
    return dyad_collapse_space(out);
}

/* Split s at any of the bytes in seps into an arena array of trimmed, non-empty items;
   returns the count. */
static int split(reader *r, const char *s, const char *seps, const char ***out) {
    int n = 0;
    const char **v = dyad_arena_alloc(r->a, sizeof(*v) * (strlen(s) / 2 + 1));
    while (*s) {
        s += strspn(s, seps);
        size_t len = strcspn(s, seps), skip = 0;
        while (skip < len && s[skip] == ' ') skip++;
        while (len > skip && s[len - 1] == ' ') len--;
        if (len > skip) v[n++] = dyad_arena_strndup(r->a, s + skip, len - skip);
        s += strcspn(s, seps);
    }
    *out = v;
    return n;
}

/* "YYYYMMDD" as "YYYY-MM-DD" in the arena, or NULL when s is not such a date.  A six-digit date
   is read as PETRARCH-2 read it (PETRreader.dstr_to_ordate): YYMMDD, YY up to 30 meaning 20YY
   and above it 19YY. */
static const char *iso_date(reader *r, const char *s) {
    char full[9];
    size_t len = strlen(s);
    if (len == 6) {
        bool digits = true;
        for (int i = 0; i < 6; i++) digits &= s[i] >= '0' && s[i] <= '9';
        if (!digits) return NULL;
        int yy = (s[0] - '0') * 10 + (s[1] - '0');
        snprintf(full, sizeof full, "%s%s", yy <= 30 ? "20" : "19", s);
        s = full;
    } else if (len != 8) {
        return NULL;
    }
    for (int i = 0; i < 8; i++)
        if (s[i] < '0' || s[i] > '9') return NULL;
    int month = (s[4] - '0') * 10 + (s[5] - '0'), day = (s[6] - '0') * 10 + (s[7] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31) return NULL;
    char buf[11];
    snprintf(buf, sizeof buf, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
    return dyad_arena_strdup(r->a, buf);
}

static bool is_true(const char *s) {
    return s && strcasecmp(s, "true") == 0;
}

/* ------------------------------------------------------------- options */

static void set_option(reader *r, xmlNode *n) {
    const char *name = attr(r, n, "option"), *value = attr(r, n, "value");
    if (!name || !value) {
        dyad_warn(r->path, line_of(n), 0, "<Config> without option= and value=; ignored");
        return;
    }
    r->opts_copy = NULL;
    for (int i = 0; i < r->n_opts; i++)
        if (strcmp(r->opts[i].name, name) == 0) {
            r->opts[i].value = value;
            return;
        }
    if (r->n_opts == r->cap_opts) {
        r->cap_opts = r->cap_opts ? 2 * r->cap_opts : 8;
        r->opts = dyad_xrealloc(r->opts, sizeof(*r->opts) * (size_t)r->cap_opts);
    }
    r->opts[r->n_opts++] = (dyad_petr_option){name, value};
}

/* The options in force as an arena array shared by every record until the next change. */
static const dyad_petr_option *options_now(reader *r) {
    if (!r->opts_copy && r->n_opts) {
        dyad_petr_option *c = dyad_arena_alloc(r->a, sizeof(*c) * (size_t)r->n_opts);
        memcpy(c, r->opts, sizeof(*c) * (size_t)r->n_opts);
        r->opts_copy = c;
    }
    return r->opts_copy;
}

const char *dyad_petr_option_value(const dyad_petr_sentence *s, const char *name) {
    for (int i = s->n_options - 1; i >= 0; i--)
        if (strcmp(s->options[i].name, name) == 0) return s->options[i].value;
    return NULL;
}

/* ---------------------------------------------------------- environment */

static void read_environment(reader *r, xmlNode *env) {
    dyad_petr_environment *e = &r->f->env;
    r->f->has_environment = true;
    for (xmlNode *n = env->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const char *v = is(n, "Config") ? NULL : normalised_content(r, n);
        if (is(n, "Verbfile")) e->verbfile = v;
        else if (is(n, "Actorfile")) e->n_actorfiles = split(r, v, ",", &e->actorfiles);
        else if (is(n, "Agentfile")) e->agentfile = v;
        else if (is(n, "Discardfile")) e->discardfile = v;
        else if (is(n, "Errorfile")) e->errorfile = v;
        else if (is(n, "PICOfile")) e->picofile = v;
        else if (is(n, "Pause")) e->pause = v;
        else if (is(n, "Include")) e->n_include = split(r, v, " ", &e->include);
        else if (is(n, "Exclude")) e->n_exclude = split(r, v, " ", &e->exclude);
        else if (is(n, "Config")) set_option(r, n);
        else dyad_warn(r->path, line_of(n), 0, "unknown element <%s> in <Environment>; ignored", n->name);
    }
    e->options = options_now(r);
    e->n_options = r->n_opts;
}

/* ------------------------------------------------------------- records */

static void read_coding(reader *r, xmlNode *n, dyad_petr_sentence *s, dyad_buf *codings) {
    const char *source = attr(r, n, "sourcecode"), *target = attr(r, n, "targetcode");
    const char *event = attr(r, n, "eventcode"), *error = attr(r, n, "error");
    const char *noevents = attr(r, n, "noevents");
    if (event || source || target) {
        if (!event || !source || !target)
            dyad_warn(r->path, line_of(n), 0, "<EventCoding> lacks %s%s%s%s%s; kept with %s empty",
                      !source ? "sourcecode" : "", !source && (!target || !event) ? " and " : "",
                      !target ? "targetcode" : "", !target && !event ? " and " : "", !event ? "eventcode" : "",
                      (!source) + (!target) + (!event) > 1 ? "those parts" : "that part");
        else if (!dyad_cameo_lookup(event) && r->unknown_codes++ == 0) {
            r->first_unknown = event;
            r->first_unknown_line = line_of(n);
        }
        dyad_petr_coding c = {source, target, event, line_of(n)};
        dyad_buf_add(codings, &c, sizeof c);
    } else if (error) {
        s->error = error;
    } else if (noevents) {
        if (is_true(noevents)) s->noevents = true;
        else dyad_warn(r->path, line_of(n), 0, "noevents=\"%s\" is not \"True\"; ignored", noevents);
    } else {
        dyad_warn(r->path, line_of(n), 0, "<EventCoding> with no codes, noevents or error; ignored");
    }
}

static void read_parse(reader *r, xmlNode *n, dyad_petr_sentence *s) {
    xmlChar *v = xmlNodeGetContent(n);
    const char *p = v ? (const char *)v : "";
    long line = line_of(n);
    while (is_space((unsigned char)*p)) line += *p++ == '\n';
    size_t len = strlen(p);
    while (len > 0 && is_space((unsigned char)p[len - 1])) len--;
    s->parse = dyad_arena_strndup(r->a, p, len);
    s->parse_line = line;
    s->parse_kind = len == 0 ? DYAD_PETR_PARSE_NONE
                  : p[0] == '(' ? DYAD_PETR_PARSE_PENN
                  : p[0] >= '0' && p[0] <= '9' ? DYAD_PETR_PARSE_CONLLU
                  : DYAD_PETR_PARSE_NONE;
    if (len && s->parse_kind == DYAD_PETR_PARSE_NONE)
        dyad_warn(r->path, line, 0, "<Parse> is neither a bracketed tree nor CoNLL-U lines");
    xmlFree(v);
}

static void walk(reader *r, xmlNode *n);

static void read_sentence(reader *r, xmlNode *sn) {
    dyad_petr_sentence s = {0};
    s.line = line_of(sn);
    s.id = attr(r, sn, "id");
    s.category = attr(r, sn, "category");
    s.source = attr(r, sn, "source");
    const char *date = attr(r, sn, "date");
    if (!s.id) dyad_warn(r->path, s.line, 0, "<Sentence> without id=");
    if (date) {
        s.date = iso_date(r, date);
        if (!s.date)
            dyad_warn(r->path, s.line, 0, "sentence %s: date \"%s\" is not YYYYMMDD (or YYMMDD); left empty",
                      s.id ? s.id : "?", date);
    }
    dyad_buf codings = {0};
    xmlNode *rest = NULL; /* a record nested in this one by libxml2's recovery, and after */
    for (xmlNode *n = sn->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is(n, "Sentence") || is(n, "Config") || is(n, "Stop")) {
            rest = n;
            break;
        } else if (is(n, "EventCoding")) {
            read_coding(r, n, &s, &codings);
        } else if (is(n, "Text") || is(n, "Parse")) {
            if (is(n, "Text") ? s.text != NULL : s.parse != NULL) {
                dyad_warn(r->path, line_of(n), 0, "second <%s> in a <Sentence>; ignored", n->name);
                continue;
            }
            if (is(n, "Text")) s.text = normalised_content(r, n);
            else read_parse(r, n, &s);
        } else {
            dyad_warn(r->path, line_of(n), 0, "unknown element <%s> in <Sentence>; ignored", n->name);
        }
    }
    s.n_codings = (int)(codings.len / sizeof(dyad_petr_coding));
    if (s.n_codings) {
        s.codings = dyad_arena_alloc(r->a, codings.len);
        memcpy(s.codings, codings.data, codings.len);
    }
    dyad_buf_free(&codings);
    if (!s.text) dyad_warn(r->path, s.line, 0, "sentence %s has no <Text>", s.id ? s.id : "?");
    if (r->validation && !s.n_codings && !s.noevents && !s.error)
        dyad_warn(r->path, s.line, 0, "sentence %s has no <EventCoding>; nothing to check it against",
                  s.id ? s.id : "?");
    s.options = options_now(r);
    s.n_options = r->n_opts;
    if (r->n_sents == r->cap_sents) {
        r->cap_sents = r->cap_sents ? 2 * r->cap_sents : 64;
        r->sents = dyad_xrealloc(r->sents, sizeof(*r->sents) * (size_t)r->cap_sents);
    }
    r->sents[r->n_sents++] = s;
    if (rest) walk(r, rest);
}

/* Walk the elements in document order; records may sit at any depth after recovery. */
static void walk(reader *r, xmlNode *n) {
    for (; n && !r->stopped; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is(n, "Sentence")) {
            read_sentence(r, n);
        } else if (is(n, "Environment")) {
            read_environment(r, n);
        } else if (is(n, "Config")) {
            set_option(r, n);
        } else if (is(n, "Stop")) {
            r->f->stop_line = line_of(n);
            r->stopped = true;
        } else {
            if (!is(n, "Validation") && !is(n, "Sentences"))
                dyad_warn(r->path, line_of(n), 0, "unknown element <%s>; looking inside it", n->name);
            walk(r, n->children);
        }
    }
}

/* ------------------------------------------------------- duplicate ids */

static int by_id_then_line(const void *pa, const void *pb) {
    const dyad_petr_sentence *a = *(dyad_petr_sentence *const *)pa, *b = *(dyad_petr_sentence *const *)pb;
    int c = strcmp(a->id, b->id);
    return c ? c : (a->line > b->line) - (a->line < b->line);
}

static void report_duplicate_ids(reader *r) {
    dyad_petr_sentence **v = dyad_xmalloc(sizeof(*v) * (size_t)(r->n_sents + 1));
    int n = 0;
    for (int i = 0; i < r->n_sents; i++)
        if (r->sents[i].id) v[n++] = &r->sents[i];
    qsort(v, (size_t)n, sizeof(*v), by_id_then_line);
    for (int i = 1; i < n; i++)
        if (strcmp(v[i]->id, v[i - 1]->id) == 0)
            dyad_warn(r->path, v[i]->line, 0, "sentence id %s was used before, at line %ld",
                      v[i]->id, v[i - 1]->line);
    free(v);
}

/* ---------------------------------------------------------- public API */

dyad_petr_file *dyad_petr_read(const char *path) {
    size_t len;
    const char *err;
    char *text = dyad_read_file(path, &len, &err);
    if (!text) {
        dyad_error(path, 0, 0, "cannot read: %s", err);
        return NULL;
    }
    long first = 0;
    int reopened = reopen_sentences(text, len, &first);
    if (reopened)
        dyad_warn(path, first, 0, "%d <Sentence .../> tags are closed again by </Sentence>; "
                  "read as opening tags", reopened);

    reader r = {0};
    r.path = path;
    long warnings = dyad_warning_count();
    xmlSetStructuredErrorFunc(&r, xml_error);
    xmlDoc *doc = len > (size_t)INT_MAX ? NULL
        : xmlReadMemory(text, (int)len, path, NULL,
                        XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    xmlSetStructuredErrorFunc(NULL, NULL);
    free(text);
    if (r.xml_errors > MAX_XML_WARNINGS)
        dyad_warn(path, 0, 0, "%d more XML errors not shown", r.xml_errors - MAX_XML_WARNINGS);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        dyad_warn(path, 0, 0, "no XML document found");
        xmlFreeDoc(doc);
        return NULL;
    }
    dyad_arena *a = dyad_arena_new();
    if (!a) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    dyad_petr_file *f = dyad_arena_alloc(a, sizeof *f);
    f->arena = a;
    f->path = dyad_arena_strdup(a, path);
    r.f = f;
    r.a = a;
    r.validation = is(root, "Validation");
    walk(&r, root);
    xmlFreeDoc(doc);
    report_duplicate_ids(&r);
    f->problems = dyad_warning_count() - warnings;
    if (r.unknown_codes == 1)
        dyad_warn(path, r.first_unknown_line, 0, "eventcode=\"%s\" is not a CAMEO event code; kept",
                  r.first_unknown);
    else if (r.unknown_codes > 1)
        dyad_warn(path, r.first_unknown_line, 0, "eventcode=\"%s\" is not a CAMEO event code (%d "
                  "<EventCoding>s have such codes); kept", r.first_unknown, r.unknown_codes);
    f->n_sentences = r.n_sents;
    f->sentences = dyad_arena_alloc(a, sizeof(*f->sentences) * (size_t)(r.n_sents ? r.n_sents : 1));
    if (r.n_sents) memcpy(f->sentences, r.sents, sizeof(*f->sentences) * (size_t)r.n_sents);
    free(r.sents);
    free(r.opts);
    return f;
}

void dyad_petr_free(dyad_petr_file *f) {
    if (f) dyad_arena_free(f->arena);
}

dyad_document *dyad_petr_document(const dyad_petr_file *f, const dyad_petr_sentence *s) {
    dyad_document *d = dyad_document_new();
    dyad_arena *a = d->arena;
    d->id = dyad_arena_strdup(a, s->id);
    d->date = dyad_arena_strdup(a, s->date);
    d->source = dyad_arena_strdup(a, s->source);
    const char *text = s->text ? s->text : "";
    d->text_len = strlen(text);
    d->text = dyad_arena_strndup(a, text, d->text_len);
    d->origin = dyad_arena_strdup(a, f->path);
    d->origin_line = s->line;
    return d;
}
