/* map.c — Go maps (layout, iteration and race rules in map.h). */
#include <string.h>
#include <sys/mman.h>
#include "map.h"
#include "rtpanic.h"
#include "../util/mem.h"

enum { MAP_WRITING = 1 };

#define GROUP 8                /* slots per group = bytes per control word */
#define CT_EMPTY 0x00ull
#define CT_DELETED 0x01ull
#define CT_FULL 0x80ull        /* | h7 */
#define LSB 0x0101010101010101ull
#define MSB 0x8080808080808080ull
#define NO_SLOT UINT64_MAX
#define MAX_HINT (1ll << 22)   /* larger hints grow on demand */
#define DENSE_BITS 40          /* dense parts cover keys below 2^40 at most */

static const uint64_t zero_value[2];

/* ---- control words (SWAR over the 8 bytes of a group; see map.h for the encoding) ---- */

/* Bytes equal to tag (0x80 | h7) get their high bit set. A byte just above a true match may
 * be reported too (borrow); such a byte is FULL, and keys are compared anyway. */
static inline uint64_t ct_match(uint64_t c, uint64_t tag) {
    uint64_t x = c ^ (LSB * tag);
    return (x - LSB) & ~x & MSB;
}
/* Exact: bit 7 clear (not FULL) and bit 0 clear (not DELETED). */
static inline uint64_t ct_empty(uint64_t c) { return ~c & ~(c << 7) & MSB; }
static inline uint64_t ct_free(uint64_t c) { return ~c & MSB; } /* EMPTY or DELETED */
static inline uint64_t ct_full(uint64_t c) { return c & MSB; }
static inline unsigned ct_first(uint64_t bits) { return (unsigned)__builtin_ctzll(bits) >> 3; }
static inline uint64_t ct_byte(uint64_t c, unsigned i) { return (c >> (8 * i)) & 0xff; }
static inline uint64_t ct_set(uint64_t c, unsigned i, uint64_t b) {
    return (c & ~(0xffull << (8 * i))) | (b << (8 * i));
}

/* Control words and presence bytes are read and written with relaxed atomics: racing
 * goroutines may see stale values (a racy program's problem, reported best effort) but never
 * torn ones. */
static inline uint64_t ct_load(MapTable *t, uint64_t g) {
    return __atomic_load_n(&t->ctrl[g], __ATOMIC_RELAXED);
}
static inline void ct_store(MapTable *t, uint64_t g, uint64_t c) {
    __atomic_store_n(&t->ctrl[g], c, __ATOMIC_RELAXED);
}
static inline bool dense_has(MapTable *t, uint64_t k) {
    return __atomic_load_n(&t->dpresent[k], __ATOMIC_RELAXED) != 0;
}
static inline void dense_mark(MapTable *t, uint64_t k, uint8_t v) {
    __atomic_store_n(&t->dpresent[k], v, __ATOMIC_RELAXED);
}

/* The table pointer is published with release and read with acquire: a racing reader that
 * sees a new table also sees its header and initial contents. */
static inline MapTable *tab_load(GoMap *m) { return __atomic_load_n(&m->tab, __ATOMIC_ACQUIRE); }
static inline void tab_store(GoMap *m, MapTable *t) { __atomic_store_n(&m->tab, t, __ATOMIC_RELEASE); }

static inline uint64_t ngroups(MapTable *t) { return t->gmask + 1; }
/* FULL + DELETED slots a hash part of ng groups may hold: 7/8 of its slots. */
static inline int64_t max_load(uint64_t ng) { return (int64_t)(ng * GROUP - ng); }

/* ---- race detection (best effort, like gc's hashWriting flag) ---- */

static inline bool is_writing(GoMap *m) {
    return (__atomic_load_n(&m->flags, __ATOMIC_RELAXED) & MAP_WRITING) != 0;
}

/* Plain (relaxed) loads and stores, not read-modify-writes: detection is best effort, as in
 * gc, and a lock-prefixed instruction per map write would cost more than the write itself. */
static inline void write_begin(GoMap *m) {
    uint32_t f = __atomic_load_n(&m->flags, __ATOMIC_RELAXED);
    if (f & MAP_WRITING) rt_fatal_msg("concurrent map writes");
    __atomic_store_n(&m->flags, f | MAP_WRITING, __ATOMIC_RELAXED);
}

static inline void write_end(GoMap *m) {
    uint32_t f = __atomic_load_n(&m->flags, __ATOMIC_RELAXED);
    if (!(f & MAP_WRITING)) rt_fatal_msg("concurrent map writes");
    __atomic_store_n(&m->flags, f & ~(uint32_t)MAP_WRITING, __ATOMIC_RELAXED);
}

static inline void read_check(GoMap *m) {
    if (is_writing(m)) rt_fatal_msg("concurrent map read and map write");
}

/* ---- keys and slots ---- */

/* wyhash's mix, as val_hash_word, inlined for the word-key paths. */
static inline uint64_t hash_word(uint64_t w, uint64_t seed) {
    __uint128_t r = (__uint128_t)(w ^ seed ^ 0xa0761d6478bd642full) * (seed ^ 0xe7037ed1a0b428dbull);
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* kc is a constant at every inlined call site, so each key class gets its own code. */
static inline __attribute__((always_inline)) uint64_t key_hash(GoMap *m, const void *key, int kc) {
    switch (kc) {
    case MAPK_WORD: return hash_word(*(const uint64_t *)key, m->seed);
    case MAPK_STRING: {
        const GoString *s = key;
        return val_hash_bytes(s->ptr, (size_t)s->len, m->seed);
    }
    case MAPK_MEM: return val_hash_bytes(key, (size_t)m->ksize, m->seed);
    default: return val_hash(m->key, key, m->seed);
    }
}

static uint64_t key_hash_any(GoMap *m, const void *key) {
    switch (m->kclass) {
    case MAPK_WORD: return key_hash(m, key, MAPK_WORD);
    case MAPK_STRING: return key_hash(m, key, MAPK_STRING);
    case MAPK_MEM: return key_hash(m, key, MAPK_MEM);
    default: return key_hash(m, key, MAPK_GENERIC);
    }
}

static inline __attribute__((always_inline)) bool key_eq(GoMap *m, const void *a, const void *b,
                                                         int kc) {
    switch (kc) {
    case MAPK_WORD: return *(const uint64_t *)a == *(const uint64_t *)b;
    case MAPK_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len &&
               (x->len == 0 || x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case MAPK_MEM: return memcmp(a, b, (size_t)m->ksize) == 0;
    default: return val_equal(m->key, a, b);
    }
}

/* Copy/zero n bytes, n a multiple of 8: inline word moves for the usual small slots (a libc
 * call per entry cost more than the entry's cache miss in rebuilds). */
static inline void words_copy(void *dst, const void *src, size_t n) {
    if (n > 64) {
        memcpy(dst, src, n);
        return;
    }
    uint8_t *d = dst;
    const uint8_t *s = src;
    for (size_t i = 0; i < n; i += 8) memcpy(d + i, s + i, 8); /* one mov each */
}

static inline void words_zero(void *dst, size_t n) {
    if (n > 64) {
        memset(dst, 0, n);
        return;
    }
    uint8_t *d = dst;
    for (size_t i = 0; i < n; i += 8) memset(d + i, 0, 8);
}

/* Store a key into a slot (constant sizes for the word and string classes). */
static inline __attribute__((always_inline)) void key_store(GoMap *m, uint8_t *dst, const void *key,
                                                            int kc) {
    switch (kc) {
    case MAPK_WORD: words_copy(dst, key, 8); break;
    case MAPK_STRING: words_copy(dst, key, sizeof(GoString)); break;
    default: words_copy(dst, key, (size_t)m->ksize); break;
    }
}

static inline uint8_t *slot_at(GoMap *m, MapTable *t, uint64_t pos) {
    return t->slots + pos * (uint64_t)m->slotsize;
}

static inline void *val_ptr(GoMap *m, uint8_t *s) {
    return m->vsize ? (void *)(s + m->ksize) : (void *)zero_value;
}

static inline void *dense_val(GoMap *m, MapTable *t, uint64_t k) {
    return m->vsize ? (void *)(t->dvals + k * (uint64_t)m->vsize) : (void *)zero_value;
}

/* Start loading the first two cache lines of group g's slots while its control word is
 * fetched: the key compare then costs no second full miss. */
static inline void prefetch_group(GoMap *m, MapTable *t, uint64_t g) {
    const uint8_t *p = slot_at(m, t, g * GROUP);
    __builtin_prefetch(p);
    __builtin_prefetch(p + 64);
}

/* ---- tables ---- */

/* A big table is filled at once by a rebuild: ask for transparent huge pages over its
 * untouched memory, so the first writes take one page fault per 2 MB instead of one per
 * 4 KB (page faults dominate growth where they are slow, e.g. under virtualisation). Only
 * for memory nobody wrote yet: pointer-free tables (scanned ones are zeroed by the GC). */
static void advise_huge(void *p, size_t bytes) {
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = (uintptr_t)2 << 20;
    if (bytes < 2 * huge) return;
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1);
    uintptr_t e = ((uintptr_t)p + bytes) & ~(huge - 1);
    if (e > a) (void)madvise((void *)a, e - a, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

/* A table: a small scanned header pointing to a hash block (control words, then slots) and
 * to a dense block (values, then presence bytes), which a later table may share. */
static MapTable *table_new(GoMap *m, uint64_t ng, uint64_t dsize, MapTable *share_dense) {
    MapTable *t = NEW(MapTable);
    unsigned lg = (unsigned)__builtin_ctzll(ng);
    size_t cbytes = ng * sizeof(uint64_t);
    /* big tables: the slots start on a cache line (large blocks are page-aligned) */
    size_t off = ng >= 8 ? (cbytes + 63) & ~(size_t)63 : cbytes;
    size_t bytes = off + ng * GROUP * (size_t)m->slotsize;
    uint8_t *hb;
    if (m->has_ptrs) {
        hb = mem_alloc(bytes); /* zeroed: every control byte EMPTY */
    } else {
        hb = mem_alloc_atomic_raw(bytes); /* slots are written before they are read */
        advise_huge(hb, bytes);
        memset(hb, 0, cbytes);
    }
    t->gmask = ng - 1;
    t->shift = lg ? 64 - lg : 63; /* one group: any shift, the mask is 0 */
    t->ctrl = (uint64_t *)hb;
    t->slots = hb + off;
    if (share_dense) {
        t->dsize = share_dense->dsize;
        t->dvals = share_dense->dvals;
        t->dpresent = share_dense->dpresent;
    } else if (dsize) {
        size_t vbytes = dsize * (size_t)m->vsize;
        uint8_t *db;
        if (m->val->flags & TF_HASPTR) {
            db = mem_alloc(vbytes + dsize); /* zeroed: no key present */
        } else {
            db = mem_alloc_atomic_raw(vbytes + dsize); /* values are written before read */
            advise_huge(db, vbytes + dsize);
            memset(db + vbytes, 0, dsize);
        }
        t->dsize = dsize;
        t->dvals = db;
        t->dpresent = db + vbytes;
    }
    return t;
}

/* Groups for a hash part holding n entries (the last one being inserted) in about half its
 * load budget: the next rebuild is at least about as many insertions away as entries copied.
 * A full table doubles. */
static uint64_t groups_for(int64_t n) {
    uint64_t ng = 1;
    while (max_load(ng) < 2 * (n - 1)) ng <<= 1;
    return ng;
}

/* Claim the first free slot on h's probe path in t (a key known to be absent) and mark it
 * FULL; NO_SLOT if the table has none (only when racing writers broke the counts). */
static uint64_t claim_slot(GoMap *m, MapTable *t, uint64_t h) {
    uint64_t gmask = t->gmask, g = (h >> t->shift) & gmask;
    for (uint64_t n = 0; n <= gmask; n++, g = (g + 1) & gmask) {
        uint64_t c = ct_load(t, g), f = ct_free(c);
        if (f) {
            unsigned i = ct_first(f);
            if (ct_byte(c, i) == CT_EMPTY) m->growth_left--;
            ct_store(t, g, ct_set(c, i, CT_FULL | (h & 0x7f)));
            return g * GROUP + i;
        }
    }
    return NO_SLOT;
}

static inline unsigned bit_len(uint64_t k) { return k ? 64 - (unsigned)__builtin_clzll(k) : 0; }

/* Keys below 2^b are those of bit length <= b: the count of keys below size (a power of two)
 * from a histogram by bit length. */
static int64_t count_below(const int64_t *nums, uint64_t size) {
    int64_t n = 0;
    for (unsigned b = 0; b <= DENSE_BITS && ((1ull << b) >> 1) < size; b++) n += nums[b];
    return n;
}

/* The largest power of two 2^b >= from (at least 8) with more than half of the keys
 * 0 .. 2^b-1 present, as Lua sizes a table's array part; 0 when none. base: keys known to
 * be below from; nums: the other keys by bit length. */
static uint64_t dense_size_for(const int64_t *nums, uint64_t from, int64_t base) {
    int64_t acc = base;
    uint64_t best = 0;
    for (unsigned b = 0; b < DENSE_BITS; b++) {
        acc += nums[b];
        if ((1ull << b) >= from && acc > (int64_t)((1ull << b) / 2)) best = 1ull << b;
    }
    return best >= 8 ? best : 0;
}

/* Put an entry (absent from t) into the fresh table t. */
static void move_entry(GoMap *m, MapTable *t, const uint8_t *key, const uint8_t *val, int64_t *n) {
    if (m->dense) {
        uint64_t k;
        memcpy(&k, key, 8);
        if (k < t->dsize) {
            if (!dense_has(t, k)) {
                dense_mark(t, k, 1);
                m->dcount++;
                (*n)++;
            }
            words_copy(dense_val(m, t, k), val, (size_t)m->vsize);
            return;
        }
    }
    uint64_t pos = claim_slot(m, t, key_hash_any(m, key));
    if (pos == NO_SLOT) return; /* racing writers overfilled the source */
    uint8_t *s = slot_at(m, t, pos);
    words_copy(s, key, (size_t)m->ksize);
    words_copy(s + m->ksize, val, (size_t)m->vsize);
    (*n)++;
}

/* Copy every live entry of src (may be NULL) into a fresh table sized for them (plus the
 * key being inserted, if pending is not NULL) and make it m's table. src's hash part is
 * left untouched (iterators may still walk it). Unless fresh is set, a dense part that keeps
 * its size is shared with the new table instead of copied, so a rebuild of the hash part
 * costs the hash part only; the dense part stays correct for iterators of src, which see it
 * as they would see the current table. Counts entries itself: racing writers may have broken
 * m->count. */
static void rebuild(GoMap *m, MapTable *src, const void *pending, bool fresh) {
    int64_t nums[65] = {0}, dnums[65] = {0}; /* hash / dense part keys by bit length */
    uint64_t sng = src ? ngroups(src) : 0, od = src ? src->dsize : 0;
    int64_t hlive = 0;
    for (uint64_t g = 0; g < sng; g++) {
        uint64_t b = ct_full(ct_load(src, g));
        hlive += __builtin_popcountll(b);
        if (!m->dense) continue;
        for (; b; b &= b - 1) {
            uint64_t k;
            memcpy(&k, slot_at(m, src, g * GROUP + ct_first(b)), 8);
            nums[bit_len(k)]++;
        }
    }
    int64_t hashed = hlive + (pending != NULL);
    uint64_t dsize = 0;
    bool share = false;
    if (m->dense) {
        if (pending) {
            uint64_t k;
            memcpy(&k, pending, 8);
            nums[bit_len(k)]++;
        }
        int64_t dc = m->dcount < 0 ? 0 : m->dcount > (int64_t)od ? (int64_t)od : m->dcount;
        if (od && dc * 2 > (int64_t)od) {
            /* still dense: keep the part (grow it if enough hash keys join), no scan */
            dsize = dense_size_for(nums, od, dc);
            if (dsize < od) dsize = od;
            share = dsize == od && !fresh;
        } else {
            /* sparse (or none): recount, the dense part may shrink or go */
            dc = 0;
            for (uint64_t k = 0; k < od; k++)
                if (dense_has(src, k)) dnums[bit_len(k)]++, dc++;
            for (unsigned b = 0; b < 65; b++) dnums[b] += nums[b];
            dsize = dense_size_for(dnums, 0, 0);
            for (unsigned b = 0; b < 65; b++) dnums[b] -= nums[b];
            hashed += dc - count_below(dnums, dsize); /* dense keys that move to the hash part */
        }
        hashed -= count_below(nums, dsize); /* hash keys that move to the dense part */
        m->dcount = share ? dc : 0;
    }
    uint64_t ng = groups_for(hashed);
    MapTable *t = table_new(m, ng, dsize, share ? src : NULL);
    m->growth_left = max_load(ng);
    int64_t n = share ? m->dcount : 0;
    size_t ss = (size_t)m->slotsize;
    bool plain = m->kclass == MAPK_WORD && dsize == 0;
    for (uint64_t g = 0; g < sng; g++) {
        for (uint64_t b = ct_full(ct_load(src, g)); b; b &= b - 1) {
            const uint8_t *s = slot_at(m, src, g * GROUP + ct_first(b));
            if (plain) { /* the common case, without calls */
                uint64_t pos = claim_slot(m, t, key_hash(m, s, MAPK_WORD));
                if (pos == NO_SLOT) continue;
                words_copy(slot_at(m, t, pos), s, ss);
                n++;
            } else {
                move_entry(m, t, s, s + m->ksize, &n);
            }
        }
    }
    if (!share)
        for (uint64_t k = 0; k < od; k++)
            if (dense_has(src, k)) move_entry(m, t, (const uint8_t *)&k, dense_val(m, src, k), &n);
    tab_store(m, t);
    m->count = n;
}

static bool int_kind(Type *t) {
    switch (t->u->kind) {
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        return true;
    default:
        return false;
    }
}

GoMap *map_new(Type *maptype, int64_t hint) {
    GoMap *m = NEW(GoMap);
    Type *mu = maptype->u;
    m->type = maptype;
    m->key = mu->key;
    m->val = mu->elem;
    types_layout(m->key);
    types_layout(m->val);
    m->ksize = (int32_t)m->key->size;
    m->vsize = (int32_t)m->val->size;
    m->slotsize = m->ksize + m->vsize;
    m->seed = val_rand64() | 1;
    if (m->key->u->kind == TY_STRING) m->kclass = MAPK_STRING;
    else if (val_is_memequal(m->key)) m->kclass = m->ksize == 8 ? MAPK_WORD : MAPK_MEM;
    else m->kclass = MAPK_GENERIC;
    m->key_may_panic = val_has_iface(m->key);
    m->has_ptrs = ((m->key->flags | m->val->flags) & TF_HASPTR) != 0;
    m->dense = m->kclass == MAPK_WORD && int_kind(m->key);
    if (hint > 0) {
        if (hint > MAX_HINT) hint = MAX_HINT;
        uint64_t ng = 1;
        while (max_load(ng) < hint) ng <<= 1; /* hint entries fit without a rebuild */
        m->tab = table_new(m, ng, 0, NULL);
        m->growth_left = max_load(ng);
    }
    return m;
}

/* ---- lookup ---- */

/* Position of the slot holding key (hash h) in t's hash part, or NO_SLOT. */
static inline __attribute__((always_inline)) uint64_t find(GoMap *m, MapTable *t, const void *key,
                                                           uint64_t h, int kc) {
    uint64_t gmask = t->gmask, g = (h >> t->shift) & gmask, tag = CT_FULL | (h & 0x7f);
    prefetch_group(m, t, g);
    for (uint64_t n = 0; n <= gmask; n++, g = (g + 1) & gmask) {
        uint64_t c = ct_load(t, g);
        for (uint64_t b = ct_match(c, tag); b; b &= b - 1) {
            uint64_t pos = g * GROUP + ct_first(b);
            if (key_eq(m, slot_at(m, t, pos), key, kc)) return pos;
        }
        if (ct_empty(c)) return NO_SLOT;
    }
    return NO_SLOT;
}

static uint64_t find_any(GoMap *m, MapTable *t, const void *key, uint64_t h) {
    switch (m->kclass) {
    case MAPK_WORD: return find(m, t, key, h, MAPK_WORD);
    case MAPK_STRING: return find(m, t, key, h, MAPK_STRING);
    case MAPK_MEM: return find(m, t, key, h, MAPK_MEM);
    default: return find(m, t, key, h, MAPK_GENERIC);
    }
}

static inline __attribute__((always_inline)) void *access_in(GoMap *m, const void *key, int kc) {
    MapTable *t = tab_load(m);
    if (kc == MAPK_WORD && t) {
        uint64_t k = *(const uint64_t *)key;
        if (k < t->dsize) return dense_has(t, k) ? dense_val(m, t, k) : NULL;
    }
    uint64_t h = key_hash(m, key, kc);
    if (kc == MAPK_GENERIC && m->key_may_panic && rt_pending_panic()) return NULL;
    if (!t) return NULL;
    uint64_t pos = find(m, t, key, h, kc);
    return pos == NO_SLOT ? NULL : val_ptr(m, slot_at(m, t, pos));
}

/* gc hashes keys that may panic even when the map is nil or empty (issue 23734). */
static void probe_nil_key(Type *maptype, const void *key) {
    Type *k = maptype->u->key;
    if (val_has_iface(k)) (void)val_hash(k, key, 0);
}

void map_check_key(Type *maptype, const void *key) { probe_nil_key(maptype, key); }

void *map_access(GoMap *m, const void *key) {
    if (!m || m->count <= 0) {
        if (m) probe_nil_key(m->type, key);
        return NULL;
    }
    read_check(m);
    switch (m->kclass) {
    case MAPK_WORD: return access_in(m, key, MAPK_WORD);
    case MAPK_STRING: return access_in(m, key, MAPK_STRING);
    case MAPK_MEM: return access_in(m, key, MAPK_MEM);
    default: return access_in(m, key, MAPK_GENERIC);
    }
}

void *map_access_word(GoMap *m, uint64_t key) {
    if (!m || m->count <= 0) return NULL;
    read_check(m);
    return access_in(m, &key, MAPK_WORD);
}

void *map_access_str(GoMap *m, GoString key) {
    if (!m || m->count <= 0) return NULL;
    read_check(m);
    return access_in(m, &key, MAPK_STRING);
}

/* ---- insertion ---- */

static inline __attribute__((always_inline)) void *assign_in(GoMap *m, const void *key, int kc) {
    uint64_t h = 0;
    if (kc != MAPK_WORD) {
        h = key_hash(m, key, kc);
        if (kc == MAPK_GENERIC && m->key_may_panic && rt_pending_panic()) return NULL;
    }
    write_begin(m);
    MapTable *t = tab_load(m);
    if (!t) {
        t = table_new(m, 1, 0, NULL);
        tab_store(m, t);
        m->growth_left = max_load(1);
    }
    if (kc == MAPK_WORD) {
        uint64_t k = *(const uint64_t *)key;
        if (k < t->dsize) {
            void *v = dense_val(m, t, k);
            if (!dense_has(t, k)) {
                words_zero(v, (size_t)m->vsize);
                dense_mark(t, k, 1);
                m->dcount++;
                m->count++;
            }
            write_end(m);
            return v;
        }
        h = key_hash(m, key, kc);
    }
    uint64_t gmask = t->gmask, g = (h >> t->shift) & gmask, tag = CT_FULL | (h & 0x7f);
    prefetch_group(m, t, g);
    uint64_t ins = NO_SLOT; /* first free slot on the probe path */
    for (uint64_t n = 0; n <= gmask; n++, g = (g + 1) & gmask) {
        uint64_t c = ct_load(t, g);
        for (uint64_t b = ct_match(c, tag); b; b &= b - 1) {
            uint64_t pos = g * GROUP + ct_first(b);
            uint8_t *s = slot_at(m, t, pos);
            if (key_eq(m, s, key, kc)) {
                /* gc stores the key again (+0 replaced by -0, the newer string) */
                if (kc == MAPK_STRING || kc == MAPK_GENERIC) key_store(m, s, key, kc);
                write_end(m);
                return val_ptr(m, s);
            }
        }
        if (ins == NO_SLOT) {
            uint64_t f = ct_free(c);
            if (f) ins = g * GROUP + ct_first(f);
        }
        if (ct_empty(c)) break;
    }
    void *v;
    if (ins != NO_SLOT &&
        (ct_byte(ct_load(t, ins / GROUP), ins % GROUP) == CT_DELETED || m->growth_left > 0)) {
        uint64_t ig = ins / GROUP, c = ct_load(t, ig);
        unsigned i = ins % GROUP;
        if (ct_byte(c, i) == CT_EMPTY) m->growth_left--;
        ct_store(t, ig, ct_set(c, i, tag));
        uint8_t *s = slot_at(m, t, ins);
        key_store(m, s, key, kc);
        v = val_ptr(m, s);
    } else {
        /* no EMPTY slot left to fill: rebuild (the new table has room for the key) */
        rebuild(m, t, key, false);
        t = tab_load(m);
        uint64_t k = 0;
        if (kc == MAPK_WORD) k = *(const uint64_t *)key;
        if (kc == MAPK_WORD && k < t->dsize) {
            dense_mark(t, k, 1);
            m->dcount++;
            v = dense_val(m, t, k);
        } else {
            uint64_t pos = claim_slot(m, t, h);
            if (pos == NO_SLOT) pos = 0; /* racing writers: some slot rather than none */
            uint8_t *s = slot_at(m, t, pos);
            key_store(m, s, key, kc);
            v = val_ptr(m, s);
        }
    }
    if (m->vsize) words_zero(v, (size_t)m->vsize);
    m->count++;
    write_end(m);
    return v;
}

void *map_assign(GoMap *m, const void *key) {
    if (!m) {
        rt_panic_plain("assignment to entry in nil map");
        return NULL;
    }
    switch (m->kclass) {
    case MAPK_WORD: return assign_in(m, key, MAPK_WORD);
    case MAPK_STRING: return assign_in(m, key, MAPK_STRING);
    case MAPK_MEM: return assign_in(m, key, MAPK_MEM);
    default: return assign_in(m, key, MAPK_GENERIC);
    }
}

void *map_assign_word(GoMap *m, uint64_t key) {
    if (!m) {
        rt_panic_plain("assignment to entry in nil map");
        return NULL;
    }
    return assign_in(m, &key, MAPK_WORD);
}

void *map_assign_str(GoMap *m, GoString key) {
    if (!m) {
        rt_panic_plain("assignment to entry in nil map");
        return NULL;
    }
    return assign_in(m, &key, MAPK_STRING);
}

/* ---- deletion ---- */

static inline __attribute__((always_inline)) void delete_in(GoMap *m, const void *key, int kc) {
    uint64_t h = 0;
    if (kc != MAPK_WORD) {
        h = key_hash(m, key, kc);
        if (kc == MAPK_GENERIC && m->key_may_panic && rt_pending_panic()) return;
    }
    write_begin(m);
    MapTable *t = tab_load(m);
    if (!t) {
        write_end(m);
        return;
    }
    if (kc == MAPK_WORD) {
        uint64_t k = *(const uint64_t *)key;
        if (k < t->dsize) {
            if (dense_has(t, k)) {
                dense_mark(t, k, 0);
                m->dcount--;
                if (m->val->flags & TF_HASPTR) words_zero(dense_val(m, t, k), (size_t)m->vsize); /* let GC free */
                m->count--;
            }
            write_end(m);
            return;
        }
        h = key_hash(m, key, kc);
    }
    uint64_t pos = find(m, t, key, h, kc);
    if (pos != NO_SLOT) {
        uint64_t g = pos / GROUP, c = ct_load(t, g);
        unsigned i = pos % GROUP;
        /* a group with an EMPTY byte ends every probe reaching it: no probe passes through */
        if (ct_empty(c)) {
            ct_store(t, g, ct_set(c, i, CT_EMPTY));
            m->growth_left++;
        } else {
            ct_store(t, g, ct_set(c, i, CT_DELETED));
        }
        if (m->has_ptrs) words_zero(slot_at(m, t, pos), (size_t)m->slotsize); /* let GC free */
        m->count--;
    }
    write_end(m);
}

void map_delete(GoMap *m, const void *key) {
    if (!m || m->count <= 0) {
        if (m) probe_nil_key(m->type, key);
        return;
    }
    switch (m->kclass) {
    case MAPK_WORD: delete_in(m, key, MAPK_WORD); break;
    case MAPK_STRING: delete_in(m, key, MAPK_STRING); break;
    case MAPK_MEM: delete_in(m, key, MAPK_MEM); break;
    default: delete_in(m, key, MAPK_GENERIC); break;
    }
}

int64_t map_len(GoMap *m) {
    if (!m) return 0;
    int64_t n = m->count;
    return n < 0 ? 0 : n;
}

/* Empties the table in place (keeping its size, as gc does); iterations end by clear_gen. */
void map_clear(GoMap *m) {
    if (!m) return;
    write_begin(m);
    m->clear_gen++;
    MapTable *t = tab_load(m);
    if (t) {
        uint64_t ng = ngroups(t);
        for (uint64_t g = 0; g < ng; g++) ct_store(t, g, CT_EMPTY);
        if (t->dsize) { /* no dense part: dpresent and dvals are NULL */
            memset(t->dpresent, 0, t->dsize);
            if (m->val->flags & TF_HASPTR) memset(t->dvals, 0, t->dsize * (size_t)m->vsize);
        }
        if (m->has_ptrs) memset(t->slots, 0, ng * GROUP * (size_t)m->slotsize);
        m->growth_left = max_load(ng);
    }
    m->count = 0;
    m->dcount = 0;
    write_end(m);
}

GoMap *map_clone(GoMap *m) {
    if (!m) return NULL;
    read_check(m);
    GoMap *c = NEW(GoMap);
    *c = *m;
    c->flags = 0;
    c->clear_gen = 0;
    c->tab = NULL;
    c->count = 0;
    c->growth_left = 0;
    /* a table fitted to the entries (tombstones and excess room dropped) */
    MapTable *t = tab_load(m);
    if (t && m->count > 0) rebuild(c, t, NULL, true); /* never shares m's dense part */
    return c;
}

/* ---- iteration ---- */

void map_iter_init(GoMap *m, MapIter *it) {
    memset(it, 0, sizeof *it);
    it->m = m;
    MapTable *t = m ? tab_load(m) : NULL;
    if (!t || m->count <= 0) return; /* i == n == 0: done */
    it->tab = t;
    it->n = it->tab->dsize + ngroups(it->tab) * GROUP;
    it->start = val_rand64() % it->n;
    it->clear_gen = m->clear_gen;
}

bool map_iter_next(MapIter *it, void **key, void **val) {
    GoMap *m = it->m;
    if (!m || it->i >= it->n) return false;
    if (is_writing(m)) rt_fatal_msg("concurrent map iteration and map write");
    if (m->clear_gen != it->clear_gen) {
        it->i = it->n;
        return false;
    }
    MapTable *t = it->tab;
    uint64_t dsize = t->dsize;
    while (it->i < it->n) {
        /* positions 0 .. dsize-1: dense part; then the hash part's slots */
        uint64_t pos = it->start + it->i;
        if (pos >= it->n) pos -= it->n;
        uint8_t *kp, *vp;
        if (pos < dsize) {
            uint64_t w;
            if (pos % 8 == 0 && it->n - it->i >= 8 &&
                (memcpy(&w, t->dpresent + pos, 8), w == 0)) {
                it->i += 8; /* eight absent keys (dsize is a multiple of 8) */
                continue;
            }
            it->i++;
            if (!dense_has(t, pos)) continue;
            it->kbuf = pos;
            kp = (uint8_t *)&it->kbuf;
            vp = dense_val(m, t, pos);
        } else {
            uint64_t hp = pos - dsize;
            uint64_t c = ct_load(t, hp / GROUP);
            unsigned i = hp % GROUP;
            if (i == 0 && !ct_full(c) && it->n - it->i >= GROUP) {
                it->i += GROUP; /* a whole empty group */
                continue;
            }
            it->i++;
            if (!(ct_byte(c, i) & CT_FULL)) continue;
            kp = slot_at(m, t, hp);
            vp = val_ptr(m, kp);
        }
        MapTable *cur = tab_load(m);
        if (t == cur || !cur) {
            *key = kp;
            *val = vp;
            return true;
        }
        /* frozen table (the map was rebuilt): the current table has the truth */
        if (m->kclass == MAPK_GENERIC && !val_equal(m->key, kp, kp)) {
            *key = kp; /* NaN keys cannot be looked up; gc returns them as they were */
            *val = vp;
            return true;
        }
        if (m->kclass == MAPK_WORD) {
            uint64_t k;
            memcpy(&k, kp, 8);
            if (k < cur->dsize) {
                if (!dense_has(cur, k)) continue;
                it->kbuf = k;
                *key = &it->kbuf;
                *val = dense_val(m, cur, k);
                return true;
            }
        }
        uint64_t cp = find_any(m, cur, kp, key_hash_any(m, kp));
        if (cp == NO_SLOT) continue;
        uint8_t *cs = slot_at(m, cur, cp);
        *key = cs;
        *val = val_ptr(m, cs);
        return true;
    }
    return false;
}
