/*
** coder_testing.h - helpers of the coder tests: a parsed document from a compact dependency
** notation (read through the CoNLL-U reader, so that the tests do not depend on the parser),
** dictionaries from snippets, and the coded events as one sorted string.
*/
#ifndef DYAD_CODER_TESTING_H
#define DYAD_CODER_TESTING_H

#include "util/testing.h"
#include "code/coder.h"
#include "dict/dict.h"
#include "util/util.h"

/* The one document of CoNLL-U text (read through dyad_conllu_read); date may be NULL. */
static inline dyad_document *conllu_document(const char *conllu, const char *date) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/dyad-coder-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    size_t len = strlen(conllu);
    assert_int_equal(write(fd, conllu, len), (ssize_t)len);
    close(fd);
    dyad_document **docs = NULL;
    int nd = dyad_conllu_read(path, &docs);
    unlink(path);
    assert_int_equal(nd, 1);
    dyad_document *doc = docs[0];
    free(docs);
    if (date) doc->date = dyad_arena_strdup(doc->arena, date);
    return doc;
}

/*
** A document from words written "form/UPOS/head/deprel[/lemma[/XPOS]]" separated by spaces
** (heads 1-based, 0 for the root; lemma "_" for none); " | " separates sentences.  date may be NULL.  Free it with
** dyad_document_free().
*/
static inline dyad_document *parsed(const char *spec, const char *date) {
    dyad_buf b = {0};
    int sent = 1, id = 1;
    dyad_buf_printf(&b, "# sent_id = s%d\n", sent);
    for (const char *p = spec; *p;) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 1 && *p == '|') {
            dyad_buf_printf(&b, "\n# sent_id = s%d\n", ++sent);
            id = 1;
        } else {
            char w[256], *f[6] = {0};
            assert_true(n < sizeof w);
            memcpy(w, p, n);
            w[n] = 0;
            int k = 0;
            f[k++] = w;
            for (char *q = w; *q && k < 6; q++)
                if (*q == '/' && q != w) {
                    *q = 0;
                    f[k++] = q + 1;
                }
            assert_true(k >= 4);
            dyad_buf_printf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", id++, f[0], k >= 5 ? f[4] : "_",
                            f[1], k >= 6 ? f[5] : "_", f[2], f[3]);
        }
        p += n;
    }
    dyad_buf_puts(&b, "\n");
    dyad_document *doc = conllu_document(b.data, date);
    dyad_buf_free(&b);
    return doc;
}

/* Load the snippet (NULL: nothing) as a dictionary of kind into d; it must load cleanly. */
static inline void load_snippet(dyad_dict *d, dyad_dict_kind kind, const char *name, const char *text) {
    if (!text) return;
    int n = dyad_dict_load_text(d, kind, name, text, strlen(text));
    assert_int_equal(n, 0);
}

/* The events of doc as "SOURCE TARGET CODE" items, sorted, joined by ", " (static buffer). */
static inline const char *events_text(const dyad_document *doc) {
    static char out[2048];
    char items[64][64];
    int n = 0;
    for (int k = 0; k < doc->n_events && n < 64; k++) {
        const dyad_event *e = &doc->events[k];
        snprintf(items[n++], sizeof items[0], "%s %s %s", e->source.code, e->target.code, e->code);
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && strcmp(items[j - 1], items[j]) > 0; j--) {
            char t[64];
            memcpy(t, items[j], sizeof t);
            memcpy(items[j], items[j - 1], sizeof t);
            memcpy(items[j - 1], t, sizeof t);
        }
    out[0] = 0;
    for (int i = 0; i < n; i++) {
        if (i) strcat(out, ", ");
        strcat(out, items[i]);
    }
    return out;
}

/* The events (events_text) of spec (parsed() notation) coded on date (NULL: 1995-01-01) with
   dictionary d, which is freed, and coder options o (NULL: the defaults); a static buffer. */
static inline const char *code_in(dyad_dict *d, const dyad_coder_options *o, const char *spec, const char *date) {
    static char out[2048];
    dyad_coder *c = dyad_coder_new(d, o);
    dyad_document *doc = parsed(spec, date ? date : "1995-01-01");
    dyad_code_document(c, doc);
    snprintf(out, sizeof out, "%s", events_text(doc));
    dyad_document_free(doc);
    dyad_coder_free(c);
    dyad_dict_free(d);
    return out;
}

#endif
