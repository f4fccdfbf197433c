/* value.h — C views of Go values (layout in compiler/types.h) and type-driven operations.
 *
 * Registers and memory hold untyped 8-byte words; these structs give names to the
 * multi-word shapes. Everything here is safe to call from any worker thread.
 */
#ifndef GORO_VALUE_H
#define GORO_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../compiler/types.h"

typedef union Word {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Word;

typedef struct GoString { const uint8_t *ptr; int64_t len; } GoString;
typedef struct GoSlice { void *ptr; int64_t len, cap; } GoSlice;
typedef struct GoIface { Type *type; uint64_t data; } GoIface;

/* Go ==: a and b point to values of type t. Comparing interfaces whose dynamic type is not
 * comparable raises the run-time panic "runtime error: comparing uncomparable type T"
 * (rt_panic_*) and returns false. */
bool val_equal(Type *t, const void *a, const void *b);
/* Hash consistent with val_equal (+0 and -0 equal; NaN hashes randomly as in Go). Unhashable
 * dynamic types raise "runtime error: hash of unhashable type T". */
uint64_t val_hash(Type *t, const void *p, uint64_t seed);

/* Interface boxing: the data word for a value of type t stored at p (copies when t->size != 8). */
uint64_t val_box(Type *t, const void *p);
/* Pointer to the value held by an interface with dynamic type t and data word *data. */
const void *val_unbox_ptr(Type *t, const uint64_t *data);

/* Load/store one element of a packed array (esize 1/2/4/8 or a multi-word copy). */
void val_load_elem(Type *elem, const void *src, void *dst_words);
void val_store_elem(Type *elem, void *dst, const void *src_words);

/* Allocation of values of type t: scanned when t has pointers, atomic otherwise. */
void *val_alloc(Type *t, int64_t count_bytes);

GoString gostr_from_c(const char *s);
GoString gostr_from_buf(const char *s, size_t n); /* copies */
bool gostr_eq(GoString a, GoString b);
int gostr_cmp(GoString a, GoString b); /* bytewise, like Go's string < */

/* ---- helpers shared by maps, fmt and the VM (value.c) ---- */

/* wyhash of n bytes. Deterministic for a given seed. */
uint64_t val_hash_bytes(const void *p, size_t n, uint64_t seed);
/* Hash of one 64-bit word (int-like keys). */
uint64_t val_hash_word(uint64_t w, uint64_t seed);
/* Whether == on t is plain bitwise equality of its t->size bytes (ints, bools, pointers,
 * chans, and structs/unpadded arrays of those): such values hash and compare as memory. */
bool val_is_memequal(Type *t);
/* Whether t's values can hold an interface (hashing/comparing them may panic). */
bool val_has_iface(Type *t);
/* Random numbers: a per-thread generator seeded once per process (map iteration starts,
 * NaN hashes, select order). Never returns the same sequence in two runs. */
uint64_t val_rand64(void);
/* The per-process hash seed (random, fixed for the process lifetime). */
uint64_t val_hash_seed(void);

#endif
