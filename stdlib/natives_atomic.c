/* natives_atomic.c — package sync/atomic: real atomic operations (GCC/Clang __atomic
 * builtins, sequentially consistent, like Go's) on the addressed 8-byte word.
 *
 * Layout (compiler/types.h): an int32/uint32 variable or struct field fills a whole word,
 * sign- or zero-extended, and the VM reads it through a pointer as a whole word; elements of
 * []int32/[]uint32 and of arrays are packed 4 bytes apart instead. A native cannot tell a
 * word from an 8-aligned packed element, so the 32-bit operations below are written to be
 * right for both wherever possible (see "32-bit values").
 * Typed atomics (Int32, Bool, Pointer[T], ...) are one-word structs: the receiver pointer is
 * the address of that word, so their methods share these functions.
 *
 * atomic.Value holds an interface (two words {Type*, data}). A pair cannot be swapped with one
 * 8-byte atomic, so every access to a Value goes through one of VALUE_STRIPES spinlocks chosen
 * by the Value's address; the critical sections copy two words and never call back into Go.
 */
#include <stdint.h>
#include "runtime/lock.h"
#include "vm/rtpanic.h"
#include "vm/value.h"
#include "vm/vm.h"

#define SC __ATOMIC_SEQ_CST

static inline bool nil_addr(Word *a) {
    if (a[0].p) return false;
    rt_panic_runtime_error("invalid memory address or nil pointer dereference");
    return true;
}
#define ADDR(a) ((uint64_t *)(a)[0].p)
#define CHECK(a)                        \
    do {                                \
        if (nil_addr(a)) return NAT_PANIC; \
    } while (0)

/* ---- 64-bit words (int64, uint64, uintptr, pointers) ---- */

static int load64(G *g, Word *a) {
    CHECK(a);
    a[0].u = __atomic_load_n(ADDR(a), SC);
    return NAT_OK;
}
static int store64(G *g, Word *a) {
    CHECK(a);
    __atomic_store_n(ADDR(a), a[1].u, SC);
    return NAT_OK;
}
static int swap64(G *g, Word *a) {
    CHECK(a);
    a[0].u = __atomic_exchange_n(ADDR(a), a[1].u, SC);
    return NAT_OK;
}
static int cas64(G *g, Word *a) {
    CHECK(a);
    uint64_t old = a[1].u;
    a[0].u = __atomic_compare_exchange_n(ADDR(a), &old, a[2].u, false, SC, SC);
    return NAT_OK;
}
static int add64(G *g, Word *a) {
    CHECK(a);
    a[0].u = __atomic_add_fetch(ADDR(a), a[1].u, SC);
    return NAT_OK;
}

/* ---- 32-bit values ----
 * A uint32 word is zero-extended, so its upper half is always 0: every uint32 operation is a
 * true 32-bit atomic on the low half (little-endian), right for words and packed elements.
 * An int32 word is sign-extended. At an address 4 mod 8 (certainly a packed element) int32
 * operations are 32-bit atomics. At an 8-aligned address they are a 64-bit CAS that rewrites
 * the upper half only when it was the sign extension of the old low half (always so for a
 * word; for a packed element, the next element is kept unless it happened to equal that
 * extension). Loads read the low half and extend it. */

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "32-bit atomics use the low half");

static inline bool packed32(const void *p) { return ((uintptr_t)p & 7) == 4; }
#define P32(a) ((uint32_t *)(a)[0].p)

static inline uint64_t sext32(uint32_t x) { return (uint64_t)(int64_t)(int32_t)x; }

/* The word to store for new low half nl over old word w (8-aligned int32). */
static inline uint64_t int32_word(uint64_t w, uint32_t nl) {
    uint64_t hi = w >> 32;
    uint64_t ext = sext32((uint32_t)w) >> 32;
    return (hi == ext ? sext32(nl) >> 32 : hi) << 32 | nl;
}

enum { RMW_ADD, RMW_SWAP, RMW_STORE };

/* Read-modify-write of an int32 at p: returns the old low half; *res gets the new one. */
static uint32_t int32_rmw(uint32_t *p, int op, uint32_t v, uint32_t *res) {
    if (packed32(p)) {
        uint32_t old;
        switch (op) {
        case RMW_ADD: old = __atomic_fetch_add(p, v, SC); *res = old + v; return old;
        case RMW_SWAP: old = __atomic_exchange_n(p, v, SC); *res = v; return old;
        default: __atomic_store_n(p, v, SC); *res = v; return 0;
        }
    }
    uint64_t *w = (uint64_t *)p;
    uint64_t old = __atomic_load_n(w, SC);
    uint32_t nl;
    do {
        nl = op == RMW_ADD ? (uint32_t)old + v : v;
    } while (!__atomic_compare_exchange_n(w, &old, int32_word(old, nl), true, SC, SC));
    *res = nl;
    return (uint32_t)old;
}

static int load_int32(G *g, Word *a) {
    CHECK(a);
    a[0].i = (int32_t)__atomic_load_n(P32(a), SC);
    return NAT_OK;
}
static int store_int32(G *g, Word *a) {
    CHECK(a);
    uint32_t r;
    int32_rmw(P32(a), RMW_STORE, (uint32_t)a[1].u, &r);
    return NAT_OK;
}
static int swap_int32(G *g, Word *a) {
    CHECK(a);
    uint32_t r;
    a[0].i = (int32_t)int32_rmw(P32(a), RMW_SWAP, (uint32_t)a[1].u, &r);
    return NAT_OK;
}
static int add_int32(G *g, Word *a) {
    CHECK(a);
    uint32_t r;
    int32_rmw(P32(a), RMW_ADD, (uint32_t)a[1].u, &r);
    a[0].i = (int32_t)r;
    return NAT_OK;
}
static int cas_int32(G *g, Word *a) {
    CHECK(a);
    uint32_t *p = P32(a), ov = (uint32_t)a[1].u, nv = (uint32_t)a[2].u;
    if (packed32(p)) {
        a[0].u = __atomic_compare_exchange_n(p, &ov, nv, false, SC, SC);
        return NAT_OK;
    }
    uint64_t *w = (uint64_t *)p;
    uint64_t old = __atomic_load_n(w, SC);
    for (;;) {
        if ((uint32_t)old != ov) {
            a[0].u = 0;
            return NAT_OK;
        }
        if (__atomic_compare_exchange_n(w, &old, int32_word(old, nv), true, SC, SC)) {
            a[0].u = 1;
            return NAT_OK;
        }
    }
}

static int load_uint32(G *g, Word *a) {
    CHECK(a);
    a[0].u = __atomic_load_n(P32(a), SC);
    return NAT_OK;
}
static int store_uint32(G *g, Word *a) {
    CHECK(a);
    __atomic_store_n(P32(a), (uint32_t)a[1].u, SC);
    return NAT_OK;
}
static int swap_uint32(G *g, Word *a) {
    CHECK(a);
    a[0].u = __atomic_exchange_n(P32(a), (uint32_t)a[1].u, SC);
    return NAT_OK;
}
static int add_uint32(G *g, Word *a) {
    CHECK(a);
    a[0].u = __atomic_add_fetch(P32(a), (uint32_t)a[1].u, SC);
    return NAT_OK;
}
static int cas_uint32(G *g, Word *a) {
    CHECK(a);
    uint32_t ov = (uint32_t)a[1].u;
    a[0].u = __atomic_compare_exchange_n(P32(a), &ov, (uint32_t)a[2].u, false, SC, SC);
    return NAT_OK;
}

/* ---- Bool: the word is 0 or 1 ---- */

static int bool_load(G *g, Word *a) {
    a[0].u = __atomic_load_n(ADDR(a), SC) != 0;
    return NAT_OK;
}
static int bool_swap(G *g, Word *a) {
    a[0].u = __atomic_exchange_n(ADDR(a), a[1].u != 0, SC) != 0;
    return NAT_OK;
}
static int bool_cas(G *g, Word *a) {
    uint64_t old = a[1].u != 0;
    a[0].u = __atomic_compare_exchange_n(ADDR(a), &old, (uint64_t)(a[2].u != 0), false, SC, SC);
    return NAT_OK;
}

/* ---- Value ---- */

enum { VALUE_STRIPES = 64 };
static RtSpin value_locks[VALUE_STRIPES];

static RtSpin *value_lock(const void *v) {
    uintptr_t x = (uintptr_t)v >> 4;
    return &value_locks[(x ^ (x >> 6) ^ (x >> 12)) % VALUE_STRIPES];
}

static int value_load(G *g, Word *a) {
    CHECK(a);
    GoIface *v = a[0].p;
    RtSpin *l = value_lock(v);
    rt_spin_lock(l);
    GoIface cur = *v;
    rt_spin_unlock(l);
    a[0].p = cur.type;
    a[1].u = cur.data;
    return NAT_OK;
}

/* Store (swap = false) or Swap (swap = true) of the interface at a[1..2]. */
static int value_store_swap(Word *a, bool swap) {
    CHECK(a);
    GoIface *v = a[0].p;
    GoIface nv = {a[1].p, a[2].u};
    if (!nv.type) {
        rt_panic_string(swap ? "sync/atomic: swap of nil value into Value"
                             : "sync/atomic: store of nil value into Value");
        return NAT_PANIC;
    }
    RtSpin *l = value_lock(v);
    rt_spin_lock(l);
    GoIface old = *v;
    if (old.type && old.type != nv.type) {
        rt_spin_unlock(l);
        rt_panic_string(swap ? "sync/atomic: swap of inconsistently typed value into Value"
                             : "sync/atomic: store of inconsistently typed value into Value");
        return NAT_PANIC;
    }
    *v = nv;
    rt_spin_unlock(l);
    if (swap) {
        a[0].p = old.type;
        a[1].u = old.data;
    }
    return NAT_OK;
}
static int value_store(G *g, Word *a) { return value_store_swap(a, false); }
static int value_swap(G *g, Word *a) { return value_store_swap(a, true); }

/* CompareAndSwap(old, new any): a[1..2] old, a[3..4] new. As Go: compare the current value
 * with old by interface == (which panics for an uncomparable dynamic type), then swap only if
 * the stored data word is still the one compared. */
static int value_cas(G *g, Word *a) {
    CHECK(a);
    GoIface *v = a[0].p;
    GoIface ov = {a[1].p, a[2].u}, nv = {a[3].p, a[4].u};
    if (!nv.type) {
        rt_panic_string("sync/atomic: compare and swap of nil value into Value");
        return NAT_PANIC;
    }
    if (ov.type && ov.type != nv.type) {
        rt_panic_string("sync/atomic: compare and swap of inconsistently typed values");
        return NAT_PANIC;
    }
    RtSpin *l = value_lock(v);
    for (;;) {
        rt_spin_lock(l);
        GoIface cur = *v;
        if (!cur.type) {
            bool ok = ov.type == NULL;
            if (ok) *v = nv;
            rt_spin_unlock(l);
            a[0].u = ok;
            return NAT_OK;
        }
        rt_spin_unlock(l);
        if (cur.type != nv.type) {
            rt_panic_string("sync/atomic: compare and swap of inconsistently typed value into Value");
            return NAT_PANIC;
        }
        bool eq = val_equal(ty_any, &cur, &ov);
        if (rt_pending_panic()) return NAT_PANIC;
        if (!eq) {
            a[0].u = 0;
            return NAT_OK;
        }
        rt_spin_lock(l);
        bool same = v->type == cur.type && v->data == cur.data;
        if (same) *v = nv;
        rt_spin_unlock(l);
        if (same) {
            a[0].u = 1;
            return NAT_OK;
        }
        /* changed between the comparison and the swap: compare again (Go's loop) */
    }
}

#define P "sync/atomic."
#define FUNCS(T, ...) FUNCS_(T, __VA_ARGS__)
#define METHODS(T, ...) METHODS_(T, __VA_ARGS__)
#define FUNCS_(T, load, store, swap, cas, add)                                             \
    {P "Load" T, load}, {P "Store" T, store}, {P "Swap" T, swap},                         \
        {P "CompareAndSwap" T, cas}, {P "Add" T, add}
#define METHODS_(T, load, store, swap, cas, add)                                           \
    {P "*" T ".Load", load}, {P "*" T ".Store", store}, {P "*" T ".Swap", swap},          \
        {P "*" T ".CompareAndSwap", cas}, {P "*" T ".Add", add}
#define INT32_OPS load_int32, store_int32, swap_int32, cas_int32, add_int32
#define UINT32_OPS load_uint32, store_uint32, swap_uint32, cas_uint32, add_uint32
#define WORD_OPS load64, store64, swap64, cas64, add64

const NativeEntry natives_atomic[] = {
    FUNCS("Int32", INT32_OPS),
    FUNCS("Uint32", UINT32_OPS),
    FUNCS("Int64", WORD_OPS),
    FUNCS("Uint64", WORD_OPS),
    FUNCS("Uintptr", WORD_OPS),
    METHODS("Int32", INT32_OPS),
    METHODS("Uint32", UINT32_OPS),
    METHODS("Int64", WORD_OPS),
    METHODS("Uint64", WORD_OPS),
    METHODS("Uintptr", WORD_OPS),
    {P "*Bool.Load", bool_load},
    {P "*Bool.Store", store64},
    {P "*Bool.Swap", bool_swap},
    {P "*Bool.CompareAndSwap", bool_cas},
    {P "*Pointer.Load", load64},
    {P "*Pointer.Store", store64},
    {P "*Pointer.Swap", swap64},
    {P "*Pointer.CompareAndSwap", cas64},
    {P "*Value.Load", value_load},
    {P "*Value.Store", value_store},
    {P "*Value.Swap", value_swap},
    {P "*Value.CompareAndSwap", value_cas},
    {NULL, NULL},
};
