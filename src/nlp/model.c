/*
** model.c - the public face of the NLP model: loading (from a file, or the model embedded in
** libdyad by model_data.S), tagging with lemmas, and parsing.
*/
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "nlp/nlp.h"

/* The shipped model (models/en-ud.model), from model_data.S. */
extern const unsigned char dyad_embedded_model[];
extern const uint64_t dyad_embedded_model_size;

static dyad_model *load_image(dyad_model *m, const char **err) {
    size_t n;
    const void *p;
    if (!dyad_modelfile_open(&m->mf, m->image ? m->image : dyad_embedded_model, m->image_size, err))
        goto fail;
    if (!(p = dyad_modelfile_section(&m->mf, "tagger", &n))) {
        *err = "model has no tagger section";
        goto fail;
    }
    if (!(m->tagger = nlp_tagger_load(p, n, err))) goto fail;
    if (!(p = dyad_modelfile_section(&m->mf, "lemmatizer", &n))) {
        *err = "model has no lemmatizer section";
        goto fail;
    }
    if (!(m->lemmatizer = nlp_lemmatizer_load(p, n, err))) goto fail;
    if (!(p = dyad_modelfile_section(&m->mf, "parser", &n))) {
        *err = "model has no parser section";
        goto fail;
    }
    if (!(m->parser = nlp_parser_load(p, n, err))) goto fail;
    return m;
fail:
    dyad_model_free(m);
    return NULL;
}

dyad_model *dyad_model_load(const char *path, const char **err) {
    dyad_model *m = dyad_xcalloc(1, sizeof *m);
    if (!path) {
        m->image_size = (size_t)dyad_embedded_model_size;
        return load_image(m, err);
    }
    /* Map the file: the weight tables are used in place, so loading reads almost nothing. */
    int fd = open(path, O_RDONLY);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        if (fd >= 0) close(fd);
        free(m);
        *err = "cannot open the model file";
        return NULL;
    }
    if (sb.st_size > 0 && S_ISREG(sb.st_mode)) {
        void *p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            m->image = p;
            m->image_size = (size_t)sb.st_size;
            m->mapped = true;
        }
    }
    close(fd);
    if (!m->image) {
        m->image = dyad_read_file(path, &m->image_size, err);
        if (!m->image) {
            free(m);
            return NULL;
        }
    }
    return load_image(m, err);
}

void dyad_model_free(dyad_model *m) {
    if (!m) return;
    nlp_tagger_free(m->tagger);
    nlp_lemmatizer_free(m->lemmatizer);
    nlp_parser_free(m->parser);
    dyad_modelfile_close(&m->mf);
    if (m->mapped) munmap(m->image, m->image_size);
    else free(m->image);
    free(m);
}

void dyad_tag(const dyad_model *m, dyad_sentence *s, dyad_arena *a) {
    nlp_tagger_tag(m->tagger, s, true);
    char buf[1024];
    for (int i = 0; i < s->n_words; i++) {
        dyad_word *w = &s->words[i];
        if (strlen(w->form) * 4 + 8 > sizeof buf) {
            w->lemma = dyad_arena_strdup(a, w->form);
            continue;
        }
        const char *lemma = nlp_lemmatize(m->lemmatizer, w->form, w->upos, w->xpos, buf, sizeof buf);
        /* a lemma the model stores is used in place, as the tagger's xpos are */
        w->lemma = lemma != buf ? lemma : strcmp(buf, w->form) == 0 ? w->form : dyad_arena_strdup(a, buf);
    }
}

void dyad_parse(const dyad_model *m, dyad_sentence *s) {
    nlp_parser_parse(m->parser, s, m->beam);
}

bool dyad_model_set_beam(dyad_model *m, int width) {
    if (width < 0 || width > 64 || (width > 1 && !nlp_parser_has_beam(m->parser))) return false;
    m->beam = width > 1 ? width : 0;
    return true;
}
