/* diag.h — source files, positions, and compile-error collection.
 *
 * Errors are collected, then printed sorted by position as gc does: "file:line:col: message",
 * at most 10, then "too many errors". Columns are 1-based byte columns (gc counts bytes).
 */
#ifndef GORO_DIAG_H
#define GORO_DIAG_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Source {
    const char *path;  /* as the user named it; printed in messages */
    const char *text;  /* NUL-terminated; may contain NULs (len is authoritative) */
    size_t len;
    int index;         /* position in the source table */
} Source;

/* A position: file index in the source table, 1-based line and byte column. 0 line = none. */
typedef struct Pos {
    int file;
    int line;
    int col;
} Pos;

Source *src_add(const char *path, const char *text, size_t len);
Source *src_get(int index);
Source *src_read_file(const char *path); /* NULL (and errno) if unreadable */

/* Record an error. Duplicates (same text on the same line, as gc) are dropped. */
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* An error that stands alone at a position but shouldn't sort (e.g. multi-line have/want). */
int diag_count(void);
/* Print collected errors sorted (at most 10, then "too many errors") to stderr; returns count. */
int diag_flush(void);
void diag_reset(void);
/* When set, diag_error stops recording after the first error (REPL syntax probing). */
extern bool diag_quiet;

static inline int pos_cmp(Pos a, Pos b) {
    if (a.file != b.file) return a.file - b.file;
    if (a.line != b.line) return a.line - b.line;
    return a.col - b.col;
}

#endif
