/* natives_sort.c — natives of packages sort and slices: pdqsort of slices of ordered basic
 * types (gc's pdqsortOrdered, ported in pdqsort_tmpl.h), and the element swap and length that
 * sort.Slice needs for a slice of any type (gc uses reflection for those). */
#include "natives_util.h"
#include "../vm/rtpanic.h"

enum { PDQ_UNKNOWN, PDQ_INCREASING, PDQ_DECREASING };

static inline int pdq_bits_len(uint64_t n) { return n ? 64 - __builtin_clzll(n) : 0; }
static inline uint64_t pdq_next_pow2(int64_t length) { return (uint64_t)1 << pdq_bits_len((uint64_t)length); }
static inline uint64_t pdq_xorshift(uint64_t *r) {
    *r ^= *r << 13;
    *r ^= *r >> 17;
    *r ^= *r << 5;
    return *r;
}

/* cmp.Less: NaN sorts before everything else */
#define LESS_INT(a, b) ((a) < (b))
#define LESS_FLT(a, b) (((a) != (a) && (b) == (b)) || (a) < (b))
static inline bool less_str(GoString a, GoString b) { return gostr_cmp(a, b) < 0; }

#define PDQ_NAME(x) pdq_i64_##x
#define PDQ_T int64_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_u64_##x
#define PDQ_T uint64_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_i32_##x
#define PDQ_T int32_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_u32_##x
#define PDQ_T uint32_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_i16_##x
#define PDQ_T int16_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_u16_##x
#define PDQ_T uint16_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_i8_##x
#define PDQ_T int8_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_u8_##x
#define PDQ_T uint8_t
#define PDQ_LESS LESS_INT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_f64_##x
#define PDQ_T double
#define PDQ_LESS LESS_FLT
#include "pdqsort_tmpl.h"
#define PDQ_NAME(x) pdq_str_##x
#define PDQ_T GoString
#define PDQ_LESS less_str
#include "pdqsort_tmpl.h"

/* Sort the slice at p (len n) whose elements have the ordered basic kind k. Returns false if
 * k is not an ordered basic kind. */
static bool sort_ordered(TypeKind k, void *p, int64_t n) {
    switch (k) {
    case TY_INT: case TY_INT64: pdq_i64_sort(p, n); return true;
    case TY_UINT: case TY_UINT64: case TY_UINTPTR: pdq_u64_sort(p, n); return true;
    case TY_INT32: pdq_i32_sort(p, n); return true;
    case TY_UINT32: pdq_u32_sort(p, n); return true;
    case TY_INT16: pdq_i16_sort(p, n); return true;
    case TY_UINT16: pdq_u16_sort(p, n); return true;
    case TY_INT8: pdq_i8_sort(p, n); return true;
    case TY_UINT8: pdq_u8_sort(p, n); return true;
    case TY_FLOAT64: pdq_f64_sort(p, n); return true;
    case TY_FLOAT32: pdq_f64_sort(p, n); return true; /* float32 elements are doubles */
    case TY_STRING: pdq_str_sort(p, n); return true;
    default: return false;
    }
}

/* sort.Ints / sort.Strings / sort.Float64s (x []T) */
static int n_sort_i64(G *g, Word *a) { pdq_i64_sort(a[0].p, a[1].i); return NAT_OK; }
static int n_sort_f64(G *g, Word *a) { pdq_f64_sort(a[0].p, a[1].i); return NAT_OK; }
static int n_sort_str(G *g, Word *a) { pdq_str_sort(a[0].p, a[1].i); return NAT_OK; }

/* sortOrdered(x any) bool: x holds a slice of an ordered basic element type (any named
 * slice/element types); sorts it in place. false: not such a slice (the caller sorts in Go). */
static int n_sort_ordered(G *g, Word *a) {
    Type *t = a[0].p;
    if (!t || t->u->kind != TY_SLICE) {
        a[0].u = 0;
        return NAT_OK;
    }
    const GoSlice *s = val_unbox_ptr(t, &a[1].u);
    a[0].u = sort_ordered(t->u->elem->u->kind, s->ptr, s->len);
    return NAT_OK;
}

/* The slice held by interface a[0..1], or NULL after raising reflect's panic for `method`. */
static const GoSlice *iface_slice(Word *a, const char *method, Type **elem) {
    Type *t = a[0].p;
    if (!t || t->u->kind != TY_SLICE) {
        StrBuf b;
        sb_init(&b);
        if (!t) {
            sb_printf(&b, "reflect: call of %s on zero Value", method);
        } else {
            TypeKind k = t->u->kind;
            const char *kind = k == TY_POINTER ? "ptr" : type_kind_names[k];
            sb_printf(&b, "reflect: call of %s on %s Value", method, kind);
        }
        rt_panic_string(sb_cstr(&b));
        return NULL;
    }
    *elem = t->u->elem;
    return val_unbox_ptr(t, &a[1].u);
}

/* sliceLen(x any) int */
static int n_slice_len(G *g, Word *a) {
    Type *elem;
    const GoSlice *s = iface_slice(a, "Swapper", &elem);
    if (!s) return NAT_PANIC;
    a[0].i = s->len;
    return NAT_OK;
}

/* swapAny(x any, i, j int): swap two elements of the slice held by x */
static int n_swap_any(G *g, Word *a) {
    Type *elem;
    const GoSlice *s = iface_slice(a, "Swapper", &elem);
    if (!s) return NAT_PANIC;
    int64_t i = a[2].i, j = a[3].i;
    if ((uint64_t)i >= (uint64_t)s->len || (uint64_t)j >= (uint64_t)s->len) {
        rt_panic_string("reflect: slice index out of range");
        return NAT_PANIC;
    }
    size_t es = (size_t)elem->esize;
    uint8_t *p = s->ptr, tmp[64];
    uint8_t *x = p + es * (size_t)i, *y = p + es * (size_t)j;
    if (es <= sizeof tmp) {
        memcpy(tmp, x, es);
        memcpy(x, y, es);
        memcpy(y, tmp, es);
    } else {
        for (size_t k = 0; k < es; k++) {
            uint8_t c = x[k];
            x[k] = y[k];
            y[k] = c;
        }
    }
    return NAT_OK;
}

/* slices.overlapsNative(a, b any) bool: whether the slices held by a and b share memory */
static int n_overlaps(G *g, Word *a) {
    Type *ta = a[0].p, *tb = a[2].p;
    if (!ta || !tb || ta->u->kind != TY_SLICE || tb->u->kind != TY_SLICE) {
        a[0].u = 0;
        return NAT_OK;
    }
    const GoSlice *x = val_unbox_ptr(ta, &a[1].u), *y = val_unbox_ptr(tb, &a[3].u);
    uintptr_t es = (uintptr_t)ta->u->elem->esize;
    if (es == 0 || x->len == 0 || y->len == 0) {
        a[0].u = 0;
        return NAT_OK;
    }
    uintptr_t xa = (uintptr_t)x->ptr, xe = xa + es * (uintptr_t)x->len;
    uintptr_t ya = (uintptr_t)y->ptr, ye = ya + es * (uintptr_t)y->len;
    a[0].u = xa < ye && ya < xe;
    return NAT_OK;
}

const NativeEntry natives_sort[] = {
    {"slices.overlapsNative", n_overlaps},
    {"sort.Ints", n_sort_i64},
    {"sort.Float64s", n_sort_f64},
    {"sort.Strings", n_sort_str},
    {"sort.sliceLen", n_slice_len},
    {"sort.swapAny", n_swap_any},
    {"slices.sortOrdered", n_sort_ordered},
    {NULL, NULL},
};
