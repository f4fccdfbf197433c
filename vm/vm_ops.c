/* vm_ops.c — out-of-line helpers of the dispatch loop: strings, slice growth with gc's
 * capacity rule, conversions between strings and byte/rune slices.
 *
 * Invariant: every function here is pure with respect to the VM (no frames, no scheduling);
 * allocation goes through util/mem.h; failures are reported with rt_panic_* and a neutral
 * return value.
 */
#include <string.h>
#include "vm_ops.h"
#include "rtpanic.h"
#include "../stdlib/utf8.h"
#include "../util/mem.h"

GoString ops_concat(GoString a, GoString b) {
    if (a.len == 0) return b;
    if (b.len == 0) return a;
    int64_t n = a.len + b.len;
    uint8_t *p = mem_alloc_atomic_raw((size_t)n);
    memcpy(p, a.ptr, (size_t)a.len);
    memcpy(p + a.len, b.ptr, (size_t)b.len);
    return (GoString){p, n};
}

int ops_strcmp(GoString a, GoString b) {
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

bool ops_streq(GoString a, GoString b) {
    return a.len == b.len && (a.ptr == b.ptr || a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* gc's malloc size classes (runtime/sizeclasses.go), for append's capacity rounding. */
static const uint32_t size_classes[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384,
    416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336,
    16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

/* gc 1.22's roundupsize: the allocation size class, minus the 8-byte malloc header that
 * pointerful objects over 512 bytes carry. */
static uint64_t roundupsize(uint64_t size, bool noscan) {
    uint64_t req = size;
    if (req <= 32768 - 8) {
        if (!noscan && req > 512) req += 8;
        int n = (int)(sizeof size_classes / sizeof size_classes[0]);
        for (int i = 1; i < n; i++)
            if (size_classes[i] >= req) return size_classes[i] - (req - size);
        return req;
    }
    req += 8191;
    if (req < size) return size;
    return req & ~(uint64_t)8191;
}

/* Size and alignment of a type as gc lays it out on amd64 (goro's own layout pads fields to
 * words; capacity growth must follow gc's sizes so cap() prints what gc prints). */
static void go_layout(Type *t, int64_t *size, int64_t *align) {
    Type *u = t->u;
    switch (u->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: *size = 1; *align = 1; return;
    case TY_INT16: case TY_UINT16: *size = 2; *align = 2; return;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: *size = 4; *align = 4; return;
    case TY_COMPLEX64: *size = 8; *align = 4; return;
    case TY_COMPLEX128: *size = 16; *align = 8; return;
    case TY_STRING: case TY_INTERFACE: *size = 16; *align = 8; return;
    case TY_SLICE: *size = 24; *align = 8; return;
    case TY_ARRAY: {
        int64_t es, ea;
        go_layout(u->elem, &es, &ea);
        *size = es * u->len;
        *align = ea;
        return;
    }
    case TY_STRUCT: {
        int64_t off = 0, maxa = 1;
        for (int i = 0; i < u->nfields; i++) {
            int64_t fs, fa;
            go_layout(u->fields[i].type, &fs, &fa);
            off = (off + fa - 1) / fa * fa;
            off += fs;
            if (fa > maxa) maxa = fa;
        }
        if (u->nfields && off > 0) {
            /* a trailing zero-size field gets one byte of padding */
            int64_t ls, la;
            go_layout(u->fields[u->nfields - 1].type, &ls, &la);
            if (ls == 0) off++;
        }
        *size = (off + maxa - 1) / maxa * maxa;
        *align = maxa;
        return;
    }
    default: *size = 8; *align = 8; return;
    }
}

int64_t ops_gosize(Type *t) {
    int64_t s, a;
    go_layout(t, &s, &a);
    return s;
}

/* New capacity per runtime.growslice (Go 1.22): esize is gc's element size. */
int64_t ops_growcap(int64_t oldcap, int64_t newlen, int64_t esize, bool noscan) {
    int64_t newcap = oldcap;
    int64_t doublecap = newcap + newcap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else {
        const int64_t threshold = 256;
        if (oldcap < threshold) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) >> 2;
            if (newcap <= 0) newcap = newlen;
        }
    }
    if (esize == 0) return newcap;
    if ((uint64_t)newcap > (1ull << 40) / (uint64_t)esize) return newcap;
    uint64_t mem = roundupsize((uint64_t)newcap * (uint64_t)esize, noscan);
    return (int64_t)(mem / (uint64_t)esize);
}

void *ops_alloc_elems(Type *elem, int64_t n) {
    int64_t es = elem->esize;
    if (n < 0 || (es && n > (int64_t)(1ull << 40) / es)) {
        rt_panic_runtime_error("makeslice: len out of range");
        return NULL;
    }
    size_t bytes = (size_t)(n * es);
    if (bytes == 0) bytes = 1;
    return (elem->flags & TF_HASPTR) ? mem_alloc(bytes) : mem_alloc_atomic(bytes);
}

/* Ensure s can hold newlen elements; returns the (possibly reallocated) slice with len newlen. */
GoSlice ops_grow(GoSlice s, int64_t newlen, Type *elem) {
    if (newlen <= s.cap) {
        s.len = newlen;
        return s;
    }
    int64_t es = elem->esize;
    int64_t nc = ops_growcap(s.cap, newlen, ops_gosize(elem), !(elem->flags & TF_HASPTR));
    void *p;
    if (!(elem->flags & TF_HASPTR) && nc >= 0 && (!es || nc <= (int64_t)(1ull << 40) / es)) {
        /* pointer-free: only the part past the old length needs clearing (gc's growslice) */
        size_t bytes = (size_t)(nc * es);
        p = mem_alloc_atomic_raw(bytes ? bytes : 1);
        if (s.len && es) memcpy(p, s.ptr, (size_t)(s.len * es));
        memset((char *)p + s.len * es, 0, bytes - (size_t)(s.len * es));
    } else {
        p = ops_alloc_elems(elem, nc);
        if (!p) return s;
        if (s.len && es) memcpy(p, s.ptr, (size_t)(s.len * es));
    }
    s.ptr = p;
    s.cap = nc;
    s.len = newlen;
    return s;
}

GoSlice ops_str2bytes(GoString s) {
    GoSlice r;
    /* gc's rawbyteslice: the size class (the 32-byte stack buffer case is escape-dependent) */
    int64_t cap = s.len ? (int64_t)roundupsize((uint64_t)s.len, true) : 0;
    r.ptr = mem_alloc_atomic_raw((size_t)(cap ? cap : 1));
    if (cap > s.len) memset((char *)r.ptr + s.len, 0, (size_t)(cap - s.len));
    if (s.len) memcpy(r.ptr, s.ptr, (size_t)s.len);
    r.len = s.len;
    r.cap = cap;
    return r;
}

GoString ops_bytes2str(GoSlice b) {
    if (b.len == 0) return (GoString){NULL, 0};
    uint8_t *p = mem_alloc_atomic_raw((size_t)b.len);
    memcpy(p, b.ptr, (size_t)b.len);
    return (GoString){p, b.len};
}

GoSlice ops_str2runes(GoString s) {
    int64_t n = utf8_rune_count(s.ptr, (size_t)s.len);
    GoSlice r;
    int64_t cap = n ? (int64_t)(roundupsize((uint64_t)n * 4, true) / 4) : 0;
    r.ptr = mem_alloc_atomic((size_t)(cap ? cap * 4 : 4));
    r.len = n;
    r.cap = cap;
    int32_t *out = r.ptr;
    size_t i = 0;
    int64_t k = 0;
    while (i < (size_t)s.len) {
        int32_t ru;
        int w = utf8_decode(s.ptr + i, (size_t)s.len - i, &ru);
        out[k++] = ru;
        i += (size_t)w;
    }
    return r;
}

GoString ops_runes2str(GoSlice rs) {
    const int32_t *in = rs.ptr;
    size_t n = 0;
    for (int64_t i = 0; i < rs.len; i++) {
        int32_t r = in[i];
        if (!utf8_valid_rune(r)) r = 0xFFFD;
        n += (size_t)utf8_rune_len(r);
    }
    if (n == 0) return (GoString){NULL, 0};
    uint8_t *p = mem_alloc_atomic(n);
    size_t at = 0;
    for (int64_t i = 0; i < rs.len; i++) {
        int32_t r = in[i];
        if (!utf8_valid_rune(r)) r = 0xFFFD;
        at += (size_t)utf8_encode(p + at, r);
    }
    return (GoString){p, (int64_t)n};
}

GoString ops_rune2str(int64_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    uint8_t buf[4];
    int n = utf8_encode(buf, (int32_t)r);
    uint8_t *p = mem_alloc_atomic((size_t)n);
    memcpy(p, buf, (size_t)n);
    return (GoString){p, n};
}

int64_t ops_strnext(GoString s, int64_t i, int32_t *rune) {
    int w = utf8_decode(s.ptr + i, (size_t)(s.len - i), rune);
    return i + w;
}

void ops_load_packed(int kind, const void *p, Word *dst) {
    switch (kind) {
    case 1: dst->i = *(const int8_t *)p; break;
    case 2: dst->u = *(const uint8_t *)p; break;
    case 3: dst->i = *(const int16_t *)p; break;
    case 4: dst->u = *(const uint16_t *)p; break;
    case 5: dst->i = *(const int32_t *)p; break;
    case 6: dst->u = *(const uint32_t *)p; break;
    case 7: dst->f = (double)*(const float *)p; break;
    case 8: dst->u = *(const uint8_t *)p != 0; break;
    default: dst->u = *(const uint64_t *)p; break;
    }
}

void ops_store_packed(int kind, void *p, Word v) {
    switch (kind) {
    case 1: case 2: case 8: *(uint8_t *)p = (uint8_t)v.u; break;
    case 3: case 4: *(uint16_t *)p = (uint16_t)v.u; break;
    case 5: case 6: *(uint32_t *)p = (uint32_t)v.u; break;
    case 7: *(float *)p = (float)v.f; break;
    default: *(uint64_t *)p = v.u; break;
    }
}

int ops_packed_kind(Type *t) {
    if (t->esize >= 8 || t->esize == 0) return 0;
    switch (t->u->kind) {
    case TY_INT8: return 1;
    case TY_UINT8: return 2;
    case TY_INT16: return 3;
    case TY_UINT16: return 4;
    case TY_INT32: return 5;
    case TY_UINT32: return 6;
    case TY_FLOAT32: return 7;
    case TY_BOOL: return 8;
    default: return 0;
    }
}

/* Copy n elements from word-layout registers into packed element memory. */
void ops_pack_elems(Type *elem, void *dst, const Word *src, int64_t n) {
    int kind = ops_packed_kind(elem);
    int64_t es = elem->esize;
    int w = (int)(elem->size / 8);
    for (int64_t i = 0; i < n; i++) {
        if (kind) ops_store_packed(kind, (char *)dst + i * es, src[i]);
        else if (w) memcpy((char *)dst + i * es, src + i * w, (size_t)w * 8);
    }
}
