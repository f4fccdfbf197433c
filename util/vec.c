/* vec.c — StrBuf implementation (see vec.h). */
#include <stdio.h>
#include "vec.h"

void sb_init(StrBuf *b) { b->data = NULL; b->len = b->cap = 0; }

static void sb_grow(StrBuf *b, size_t need) {
    if (b->len + need + 1 <= b->cap) return;
    size_t nc = b->cap ? b->cap * 2 : 64;
    while (nc < b->len + need + 1) nc *= 2;
    char *nd = mem_alloc_atomic_raw(nc);
    if (b->len) memcpy(nd, b->data, b->len);
    b->data = nd;
    b->cap = nc;
}

void sb_putc(StrBuf *b, char c) {
    sb_grow(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

void sb_put(StrBuf *b, const char *s, size_t n) {
    sb_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) return;
    sb_grow(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

char *sb_cstr(StrBuf *b) {
    if (!b->data) sb_grow(b, 0), b->data[0] = 0;
    return b->data;
}
