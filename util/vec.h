/* vec.h — growable arrays and a string builder, GC-allocated.
 *
 *   VEC(Node *) v = {0};  vec_push(&v, x);  v.items[i], v.len
 */
#ifndef GORO_VEC_H
#define GORO_VEC_H

#include <stdarg.h>
#include <stddef.h>
#include "mem.h"

#define VEC(T) struct { T *items; int len, cap; }

#define vec_push(v, x)                                                                   \
    do {                                                                                 \
        if ((v)->len == (v)->cap) {                                                      \
            int nc_ = (v)->cap ? (v)->cap * 2 : 4;                                       \
            void *ni_ = mem_alloc(sizeof(*(v)->items) * (size_t)nc_);                    \
            if ((v)->len) memcpy(ni_, (v)->items, sizeof(*(v)->items) * (size_t)(v)->len); \
            (v)->items = ni_;                                                            \
            (v)->cap = nc_;                                                              \
        }                                                                                \
        (v)->items[(v)->len++] = (x);                                                    \
    } while (0)

#define vec_last(v) ((v)->items[(v)->len - 1])
#define vec_pop(v) ((v)->items[--(v)->len])

/* StrBuf: append-only byte buffer, always NUL-terminated (the NUL is not counted). */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *b);
void sb_putc(StrBuf *b, char c);
void sb_put(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
char *sb_cstr(StrBuf *b); /* the buffer itself, NUL-terminated */

#endif
