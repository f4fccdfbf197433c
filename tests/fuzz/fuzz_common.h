/* fuzz_common.h — shared set-up of goro's libFuzzer targets (tests/fuzz/fuzz_*.c).
 *
 * Each target runs one front-end stage on arbitrary bytes, in one process, for millions of
 * inputs, so per-input state must not pile up:
 *  - the input is not added to the source table (src_add keeps every text forever): one
 *    Source, registered once as "fuzz.go", gets each input's text (a NUL-terminated copy,
 *    the lexer's sentinel) in place;
 *  - collected compile errors are dropped (diag_reset) after each input, never printed;
 *  - the checker's list of checked packages forgets user packages (check_reset, at the end of
 *    compiler/check.c); the stdlib package cache stays, as in one goro run with many imports.
 * What still grows: the identifier intern table (one entry per distinct name seen) and, for
 * the compiler target, compiler/gen.c's proto and global tables — run.sh restarts each
 * target every FUZZ_ROUND seconds on the same corpus to bound both.
 */
#ifndef GORO_FUZZ_COMMON_H
#define GORO_FUZZ_COMMON_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "util/diag.h"
#include "util/mem.h"

static Source *fuzz_src;
static char *fuzz_buf; /* the lexer/parser targets' input copy, freed after each input */

/* Once per process: the collector (before any allocation) and the input's Source. */
static void fuzz_init(void) {
    mem_init();
    fuzz_src = src_add("fuzz.go", "", 0);
}

/* Point the Source at a NUL-terminated copy of data (the NUL is the lexer's sentinel).
 * exact: an exactly sized malloc block, freed by fuzz_done, so ASan catches any read past the
 * end; for the lexer and parser, whose results die with the input. Otherwise a collected
 * block: the checker and compiler keep what they like (types, constants) and goro never
 * frees source text, so a freed buffer would report its own use-after-free. */
static Source *fuzz_input(const uint8_t *data, size_t size, int exact) {
    char *t = exact ? malloc(size + 1) : mem_alloc_atomic(size + 1);
    if (!t) abort();
    memcpy(t, data, size);
    t[size] = 0;
    if (exact) fuzz_buf = t;
    fuzz_src->text = t;
    fuzz_src->len = size;
    return fuzz_src;
}

/* After each input: drop its errors and its exact buffer. */
static void fuzz_done(void) {
    diag_reset();
    fuzz_src->text = "";
    fuzz_src->len = 0;
    free(fuzz_buf);
    fuzz_buf = NULL;
}

#endif
