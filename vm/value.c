/* value.c — type-driven operations on Go values: ==, hashing, boxing, packed elements.
 *
 * Layouts are those of compiler/types.h. Every function here reads types through t->u (the
 * underlying type) and never mutates a Type. Safe on any thread; the only shared state is
 * the process hash seed (written once, atomically) and per-thread random generators.
 */
#include <math.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include "value.h"
#include "rtpanic.h"
#include "../util/mem.h"

/* ================================ hashing primitives ================================ */

/* wyhash (final4 layout): fast, good avalanche, 128-bit multiply folding. */
static const uint64_t wyp[4] = {0xa0761d6478bd642full, 0xe7037ed1a0b428dbull,
                                0x8ebc6af09c88c6e3ull, 0x589965cc75374cc3ull};

static inline uint64_t wymix(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}
static inline uint64_t wyr8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}
static inline uint64_t wyr4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}
static inline uint64_t wyr3(const uint8_t *p, size_t k) {
    return ((uint64_t)p[0] << 16) | ((uint64_t)p[k >> 1] << 8) | p[k - 1];
}

uint64_t val_hash_bytes(const void *key, size_t len, uint64_t seed) {
    const uint8_t *p = key;
    seed ^= wymix(seed ^ wyp[0], wyp[1]);
    uint64_t a, b;
    if (len <= 16) {
        if (len >= 4) {
            a = (wyr4(p) << 32) | wyr4(p + ((len >> 3) << 2));
            b = (wyr4(p + len - 4) << 32) | wyr4(p + len - 4 - ((len >> 3) << 2));
        } else if (len > 0) {
            a = wyr3(p, len);
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t i = len;
        if (i > 48) {
            uint64_t see1 = seed, see2 = seed;
            do {
                seed = wymix(wyr8(p) ^ wyp[1], wyr8(p + 8) ^ seed);
                see1 = wymix(wyr8(p + 16) ^ wyp[2], wyr8(p + 24) ^ see1);
                see2 = wymix(wyr8(p + 32) ^ wyp[3], wyr8(p + 40) ^ see2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= see1 ^ see2;
        }
        while (i > 16) {
            seed = wymix(wyr8(p) ^ wyp[1], wyr8(p + 8) ^ seed);
            i -= 16;
            p += 16;
        }
        a = wyr8(p + i - 16);
        b = wyr8(p + i - 8);
    }
    a ^= wyp[1];
    b ^= seed;
    __uint128_t r = (__uint128_t)a * b;
    a = (uint64_t)r;
    b = (uint64_t)(r >> 64);
    return wymix(a ^ wyp[0] ^ len, b ^ wyp[1]);
}

uint64_t val_hash_word(uint64_t w, uint64_t seed) { return wymix(w ^ seed ^ wyp[0], wyp[1] ^ seed); }

/* ================================ randomness ================================ */

static uint64_t process_seed; /* 0 = not yet chosen; written once with CAS */

uint64_t val_hash_seed(void) {
    uint64_t s = __atomic_load_n(&process_seed, __ATOMIC_ACQUIRE);
    if (s) return s;
    uint64_t v = 0;
    if (getrandom(&v, sizeof v, GRND_NONBLOCK) != (ssize_t)sizeof v) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        v = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ull ^ (uint64_t)ts.tv_sec ^
            ((uint64_t)getpid() << 32);
    }
    v |= 1;
    uint64_t expected = 0;
    __atomic_compare_exchange_n(&process_seed, &expected, v, false, __ATOMIC_ACQ_REL,
                                __ATOMIC_ACQUIRE);
    return __atomic_load_n(&process_seed, __ATOMIC_ACQUIRE);
}

static _Thread_local uint64_t rand_state;
static uint64_t thread_counter;

uint64_t val_rand64(void) {
    if (!rand_state) {
        uint64_t k = __atomic_add_fetch(&thread_counter, 1, __ATOMIC_RELAXED);
        rand_state = val_hash_seed() ^ (k * 0x9e3779b97f4a7c15ull) ^ (uint64_t)(uintptr_t)&rand_state;
        if (!rand_state) rand_state = 1;
    }
    /* wyrand */
    rand_state += wyp[0];
    return wymix(rand_state, rand_state ^ wyp[1]);
}

/* ================================ type predicates ================================ */

bool val_is_memequal(Type *t) {
    Type *u = t->u;
    switch (u->kind) {
    case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64:
    case TY_UINTPTR: case TY_POINTER: case TY_CHAN: case TY_UNSAFEPTR:
        return true;
    case TY_ARRAY:
        /* padding after packed elements is not part of the value */
        if (u->elem->esize * u->len != u->size) return false;
        return u->len == 0 || val_is_memequal(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!val_is_memequal(u->fields[i].type)) return false;
        return true;
    default:
        return false;
    }
}

bool val_has_iface(Type *t) {
    Type *u = t->u;
    switch (u->kind) {
    case TY_INTERFACE: return true;
    case TY_ARRAY: return u->len > 0 && val_has_iface(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (val_has_iface(u->fields[i].type)) return true;
        return false;
    default: return false;
    }
}

/* ================================ packed elements ================================ */

void val_load_elem(Type *elem, const void *src, void *dst_words) {
    Type *u = elem->u;
    uint64_t *d = dst_words;
    switch (elem->esize) {
    case 1:
        if (u->kind == TY_INT8) *d = (uint64_t)(int64_t)*(const int8_t *)src;
        else *d = *(const uint8_t *)src;
        return;
    case 2:
        if (u->kind == TY_INT16) *d = (uint64_t)(int64_t)*(const int16_t *)src;
        else *d = *(const uint16_t *)src;
        return;
    case 4:
        if (u->kind == TY_INT32) {
            *d = (uint64_t)(int64_t)*(const int32_t *)src;
        } else if (u->kind == TY_FLOAT32) {
            double x = *(const float *)src;
            memcpy(d, &x, 8);
        } else {
            *d = *(const uint32_t *)src;
        }
        return;
    case 8:
        *d = *(const uint64_t *)src;
        return;
    default:
        if (elem->size) memcpy(dst_words, src, (size_t)elem->size);
        return;
    }
}

void val_store_elem(Type *elem, void *dst, const void *src_words) {
    Type *u = elem->u;
    const uint64_t *s = src_words;
    switch (elem->esize) {
    case 1: *(uint8_t *)dst = (uint8_t)*s; return;
    case 2: *(uint16_t *)dst = (uint16_t)*s; return;
    case 4:
        if (u->kind == TY_FLOAT32) {
            double x;
            memcpy(&x, s, 8);
            *(float *)dst = (float)x;
        } else {
            *(uint32_t *)dst = (uint32_t)*s;
        }
        return;
    case 8: *(uint64_t *)dst = *s; return;
    default:
        if (elem->size) memcpy(dst, src_words, (size_t)elem->size);
        return;
    }
}

/* ================================ boxing ================================ */

static const uint64_t zero_words[4];

void *val_alloc(Type *t, int64_t count_bytes) {
    size_t n = count_bytes > 0 ? (size_t)count_bytes : 0;
    return (t->flags & TF_HASPTR) ? mem_alloc(n) : mem_alloc_atomic(n);
}

uint64_t val_box(Type *t, const void *p) {
    if (t->size == 8) return *(const uint64_t *)p;
    if (t->size == 0) return 0;
    void *h = val_alloc(t, t->size);
    memcpy(h, p, (size_t)t->size);
    return (uint64_t)(uintptr_t)h;
}

const void *val_unbox_ptr(Type *t, const uint64_t *data) {
    if (t->size == 8) return data;
    if (t->size == 0 || *data == 0) return zero_words;
    return (const void *)(uintptr_t)*data;
}

/* ================================ equality ================================ */

static inline double ld_f64(const void *p) {
    double x;
    memcpy(&x, p, 8);
    return x;
}

bool val_equal(Type *t, const void *a, const void *b) {
    Type *u = t->u;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
        return ld_f64(a) == ld_f64(b);
    case TY_COMPLEX64: case TY_COMPLEX128:
        return ld_f64(a) == ld_f64(b) &&
               ld_f64((const char *)a + 8) == ld_f64((const char *)b + 8);
    case TY_STRING: case TY_UNTYPED_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->len == 0 || x->ptr == y->ptr ||
                                    memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case TY_INTERFACE: {
        const GoIface *x = a, *y = b;
        if (x->type != y->type) return false;
        if (!x->type) return true;
        Type *dyn = x->type;
        if (!(dyn->flags & TF_COMPARABLE)) {
            rt_panic_runtime_error("comparing uncomparable type %s", type_rstring(dyn));
            return false;
        }
        if (dyn->size == 8 && val_is_memequal(dyn)) return x->data == y->data;
        return val_equal(dyn, val_unbox_ptr(dyn, &x->data), val_unbox_ptr(dyn, &y->data));
    }
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++) {
            Field *f = &u->fields[i];
            if (!val_equal(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
                return false;
        }
        return true;
    case TY_ARRAY: {
        Type *e = u->elem;
        int64_t es = e->esize;
        if (val_is_memequal(e) && es * u->len == u->size)
            return u->size == 0 || memcmp(a, b, (size_t)u->size) == 0;
        if (es == e->size) {
            for (int64_t i = 0; i < u->len; i++)
                if (!val_equal(e, (const char *)a + i * es, (const char *)b + i * es)) return false;
            return true;
        }
        for (int64_t i = 0; i < u->len; i++) { /* packed scalars (float32 among them) */
            uint64_t x, y;
            val_load_elem(e, (const char *)a + i * es, &x);
            val_load_elem(e, (const char *)b + i * es, &y);
            if (!val_equal(e, &x, &y)) return false;
        }
        return true;
    }
    default:
        if (u->size == 8) return *(const uint64_t *)a == *(const uint64_t *)b;
        return u->size == 0 || memcmp(a, b, (size_t)u->size) == 0;
    }
}

/* ================================ hashing ================================ */

static uint64_t hash_f64(double f, uint64_t seed) {
    if (f == 0) return val_hash_word(0, seed); /* +0 and -0 are equal */
    if (f != f) return val_hash_word(val_rand64(), seed); /* NaN: never found again */
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return val_hash_word(bits, seed);
}

uint64_t val_hash(Type *t, const void *p, uint64_t seed) {
    Type *u = t->u;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
        return hash_f64(ld_f64(p), seed);
    case TY_COMPLEX64: case TY_COMPLEX128:
        return hash_f64(ld_f64((const char *)p + 8), hash_f64(ld_f64(p), seed));
    case TY_STRING: case TY_UNTYPED_STRING: {
        const GoString *s = p;
        return val_hash_bytes(s->ptr, (size_t)s->len, seed);
    }
    case TY_INTERFACE: {
        const GoIface *x = p;
        if (!x->type) return val_hash_word(0x6e696c, seed);
        Type *dyn = x->type;
        if (!(dyn->flags & TF_COMPARABLE)) {
            rt_panic_runtime_error("hash of unhashable type %s", type_rstring(dyn));
            return 0;
        }
        return val_hash(dyn, val_unbox_ptr(dyn, &x->data), seed ^ ((uint64_t)dyn->id * wyp[2]));
    }
    case TY_STRUCT: {
        uint64_t h = seed;
        for (int i = 0; i < u->nfields; i++) {
            Field *f = &u->fields[i];
            h = val_hash(f->type, (const char *)p + f->offset, h);
        }
        return val_hash_word((uint64_t)u->nfields, h);
    }
    case TY_ARRAY: {
        Type *e = u->elem;
        int64_t es = e->esize;
        if (val_is_memequal(e) && es * u->len == u->size)
            return val_hash_bytes(p, (size_t)u->size, seed);
        uint64_t h = seed;
        for (int64_t i = 0; i < u->len; i++) {
            if (es == e->size) {
                h = val_hash(e, (const char *)p + i * es, h);
            } else {
                uint64_t w;
                val_load_elem(e, (const char *)p + i * es, &w);
                h = val_hash(e, &w, h);
            }
        }
        return val_hash_word((uint64_t)u->len, h);
    }
    case TY_SLICE: case TY_MAP: case TY_FUNC:
        rt_panic_runtime_error("hash of unhashable type %s", type_rstring(t));
        return 0;
    default:
        if (u->size == 8) return val_hash_word(*(const uint64_t *)p, seed);
        return val_hash_bytes(p, (size_t)u->size, seed);
    }
}

/* ================================ strings ================================ */

GoString gostr_from_buf(const char *s, size_t n) {
    GoString g = {NULL, (int64_t)n};
    if (n) {
        uint8_t *d = mem_alloc_atomic(n);
        memcpy(d, s, n);
        g.ptr = d;
    }
    return g;
}

GoString gostr_from_c(const char *s) { return gostr_from_buf(s, strlen(s)); }

bool gostr_eq(GoString a, GoString b) {
    return a.len == b.len && (a.len == 0 || a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

int gostr_cmp(GoString a, GoString b) {
    size_t n = (size_t)(a.len < b.len ? a.len : b.len);
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}
