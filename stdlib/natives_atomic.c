/* natives_atomic.c — package sync/atomic: real atomic operations (GCC/Clang __atomic
 * builtins, sequentially consistent, like Go's) on the addressed 8-byte word.
 *
 * Layout (compiler/types.h): an int32/uint32 variable or field fills a whole word, sign- or
 * zero-extended. The 32-bit operations therefore act on the full word and store normalised
 * values (a CAS loop for Add), so ordinary loads of the variable read the right value.
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

/* ---- 32-bit values in normalised words. Swap, CAS, Load and Store need nothing special:
 * the argument registers already hold normalised values. ---- */

static int add_int32(G *g, Word *a) {
    CHECK(a);
    uint64_t *p = ADDR(a);
    uint64_t old = __atomic_load_n(p, SC), new;
    do {
        new = (uint64_t)(int64_t)(int32_t)((uint32_t)old + (uint32_t)a[1].u);
    } while (!__atomic_compare_exchange_n(p, &old, new, true, SC, SC));
    a[0].u = new;
    return NAT_OK;
}
static int add_uint32(G *g, Word *a) {
    CHECK(a);
    uint64_t *p = ADDR(a);
    uint64_t old = __atomic_load_n(p, SC), new;
    do {
        new = (uint64_t)(uint32_t)((uint32_t)old + (uint32_t)a[1].u);
    } while (!__atomic_compare_exchange_n(p, &old, new, true, SC, SC));
    a[0].u = new;
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
#define INT_TYPE(T, add)                                                                   \
    {P "*" T ".Load", load64}, {P "*" T ".Store", store64}, {P "*" T ".Swap", swap64},    \
        {P "*" T ".CompareAndSwap", cas64}, {P "*" T ".Add", add}
#define INT_FUNCS(T, add)                                                                  \
    {P "Load" T, load64}, {P "Store" T, store64}, {P "Swap" T, swap64},                   \
        {P "CompareAndSwap" T, cas64}, {P "Add" T, add}

const NativeEntry natives_atomic[] = {
    INT_FUNCS("Int32", add_int32),
    INT_FUNCS("Uint32", add_uint32),
    INT_FUNCS("Int64", add64),
    INT_FUNCS("Uint64", add64),
    INT_FUNCS("Uintptr", add64),
    INT_TYPE("Int32", add_int32),
    INT_TYPE("Uint32", add_uint32),
    INT_TYPE("Int64", add64),
    INT_TYPE("Uint64", add64),
    INT_TYPE("Uintptr", add64),
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
