/* diag.c — source table and error collection (see diag.h). */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "mem.h"
#include "vec.h"

/* The source table grows while goroutines may print traces (REPL, imports at run time):
 * src_lock protects it. */
static VEC(Source *) sources;
static pthread_mutex_t src_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct Diag {
    Pos pos;
    char *msg;
    int seq;
} Diag;
static VEC(Diag) diags;
bool diag_quiet;
/* Only the first 10 errors found are ever printed (diag_flush), so past DIAG_KEEP recorded
 * errors the rest are only counted: the duplicate checks below are linear, and a file of
 * 100,000 stray bytes (one lexical error each) took 9 s, a megabyte of them hours. */
enum { DIAG_KEEP = 100 };
static int diags_dropped;

Source *src_add(const char *path, const char *text, size_t len) {
    Source *s = NEW(Source);
    s->path = mem_strdup(path);
    char *t = mem_alloc_atomic(len + 1);
    memcpy(t, text, len);
    t[len] = 0;
    s->text = t;
    s->len = len;
    pthread_mutex_lock(&src_lock);
    s->index = sources.len;
    vec_push(&sources, s);
    pthread_mutex_unlock(&src_lock);
    return s;
}

Source *src_get(int index) {
    pthread_mutex_lock(&src_lock);
    Source *s = (index < 0 || index >= sources.len) ? NULL : sources.items[index];
    pthread_mutex_unlock(&src_lock);
    return s;
}

Source *src_read_file(const char *path) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return NULL;
    StrBuf b;
    sb_init(&b);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_put(&b, buf, n);
    int err = ferror(f);
    if (f != stdin) fclose(f);
    if (err) { errno = EIO; return NULL; }
    return src_add(path, b.data ? b.data : "", b.len);
}

void diag_error(Pos pos, const char *fmt, ...) {
    StrBuf b;
    sb_init(&b);
    if (diags.len >= DIAG_KEEP) {
        diags_dropped++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    /* gc drops an error whose text repeats one already reported on the same line (`f() + f()`
     * with f without results: one "f() (no value) used as value") */
    for (int i = 0; i < diags.len; i++)
        if (diags.items[i].pos.file == pos.file && diags.items[i].pos.line == pos.line &&
            strcmp(diags.items[i].msg, b.data) == 0)
            return;
    /* gc keeps at most one syntax error per line */
    if (strncmp(b.data, "syntax error", 12) == 0)
        for (int i = 0; i < diags.len; i++)
            if (diags.items[i].pos.file == pos.file && diags.items[i].pos.line == pos.line &&
                strncmp(diags.items[i].msg, "syntax error", 12) == 0)
                return;
    if (diag_quiet && diags.len) return;
    Diag d = {pos, sb_cstr(&b), diags.len};
    vec_push(&diags, d);
}

int diag_count(void) { return diags.len + diags_dropped; }

static int diag_cmp(const void *a, const void *b) {
    const Diag *x = a, *y = b;
    int c = pos_cmp(x->pos, y->pos);
    return c ? c : x->seq - y->seq;
}

int diag_flush(void) {
    int n = diags.len + diags_dropped;
    /* gc stops at the 10th error reported (in the order they were found), prints those
     * sorted by position, then "POS: too many errors" at the 10th error's position */
    Diag tenth = {0};
    bool limited = n >= 10;
    if (limited) {
        tenth = diags.items[9];
        diags.len = 10;
    }
    int shown = diags.len;
    if (shown > 1) qsort(diags.items, (size_t)shown, sizeof(Diag), diag_cmp);
    fflush(stdout);
    for (int i = 0; i < shown; i++) {
        Diag *d = &diags.items[i];
        Source *s = src_get(d->pos.file);
        if (d->pos.line > 0)
            fprintf(stderr, "%s:%d:%d: %s\n", s ? s->path : "?", d->pos.line, d->pos.col, d->msg);
        else
            fprintf(stderr, "%s: %s\n", s ? s->path : "goro", d->msg);
    }
    if (limited) {
        Source *ls = src_get(tenth.pos.file);
        if (tenth.pos.line > 0) fprintf(stderr, "%s:%d:%d: too many errors\n", ls ? ls->path : "?", tenth.pos.line, tenth.pos.col);
        else fprintf(stderr, "too many errors\n");
    }
    return n;
}

void diag_reset(void) { diags.len = 0; diags_dropped = 0; }
