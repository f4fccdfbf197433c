/* natives_util.h — small helpers shared by the stdlib natives_*.c files: reading argument
 * words as Go values and writing results (calling convention in vm/vm.h: arguments start at
 * args[0], receiver first; results are written over them from args[0]). */
#ifndef GORO_NATIVES_UTIL_H
#define GORO_NATIVES_UTIL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "../util/mem.h"
#include "../util/vec.h"
#include "../vm/value.h"
#include "../vm/vm.h"

static inline GoString nu_str(const Word *a) { return (GoString){a[0].p, a[1].i}; }
static inline GoSlice nu_slice(const Word *a) { return (GoSlice){a[0].p, a[1].i, a[2].i}; }

/* Result string sharing memory the caller allocated (GC memory, or a static/empty string). */
static inline void nu_ret_str(Word *a, const void *p, int64_t n) {
    a[0].p = n ? (void *)p : NULL;
    a[1].i = n;
}

/* Result string copied from s[0:n]. */
static inline void nu_ret_strcopy(Word *a, const void *s, size_t n) {
    char *p = n ? mem_alloc_atomic(n) : NULL;
    if (n) memcpy(p, s, n);
    a[0].p = p;
    a[1].i = (int64_t)n;
}

/* Result string taken over from a StrBuf (its data is GC-allocated, pointer-free memory). */
static inline void nu_ret_sb(Word *a, StrBuf *b) {
    a[0].p = b->len ? b->data : NULL;
    a[1].i = (int64_t)b->len;
}

/* Result slice header. */
static inline void nu_ret_slice(Word *a, void *p, int64_t len, int64_t cap) {
    a[0].p = p;
    a[1].i = len;
    a[2].i = cap;
}

/* Result []byte copied from s[0:n] (nil when keep_nil and n == 0). */
static inline void nu_ret_bytes(Word *a, const void *s, size_t n) {
    char *p = n ? mem_alloc_atomic(n) : NULL;
    if (n) memcpy(p, s, n);
    nu_ret_slice(a, p, (int64_t)n, (int64_t)n);
}

#endif
