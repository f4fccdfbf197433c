/* map.c — Go maps (layout, iteration and race rules in map.h). */
#include <string.h>
#include "map.h"
#include "rtpanic.h"
#include "../util/mem.h"

enum { MAP_WRITING = 1 };

#define HDR_LIVE (1ull << 63)
#define SLOT_EMPTY 0ull
#define SLOT_DELETED 1ull
#define MIN_CAP 8
#define MAX_HINT (1ll << 22) /* larger hints grow on demand */

static const uint64_t zero_value[2];

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

/* ---- keys ---- */

static inline uint64_t key_hash(GoMap *m, const void *key) {
    switch (m->kclass) {
    case MAPK_WORD: return val_hash_word(*(const uint64_t *)key, m->seed) | HDR_LIVE;
    case MAPK_STRING: {
        const GoString *s = key;
        return val_hash_bytes(s->ptr, (size_t)s->len, m->seed) | HDR_LIVE;
    }
    case MAPK_MEM: return val_hash_bytes(key, (size_t)m->ksize, m->seed) | HDR_LIVE;
    default: return val_hash(m->key, key, m->seed) | HDR_LIVE;
    }
}

static inline bool key_eq(GoMap *m, const void *a, const void *b) {
    switch (m->kclass) {
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

static inline uint8_t *entry_at(MapEntries *e, int32_t stride, int64_t i) {
    return e->data + i * stride;
}

/* ---- construction and rebuilding ---- */

static MapEntries *entries_new(GoMap *m, int64_t cap) {
    size_t bytes = sizeof(MapEntries) + (size_t)cap * (size_t)m->stride;
    bool ptrs = ((m->key->flags | m->val->flags) & TF_HASPTR) != 0;
    MapEntries *e = ptrs ? mem_alloc(bytes) : mem_alloc_atomic(bytes);
    e->cap = cap;
    return e;
}

static MapIndex *index_new(int64_t cap) {
    uint64_t n = 16;
    while (n < (uint64_t)cap * 2) n <<= 1;
    MapIndex *ix = mem_alloc_atomic(sizeof(MapIndex) + n * sizeof(uint64_t));
    ix->mask = n - 1;
    return ix;
}

static void index_put(MapIndex *ix, uint64_t h, int64_t idx) {
    uint64_t mask = ix->mask, i = h & mask;
    uint64_t v = (h >> 32) << 32 | (uint64_t)(idx + 2);
    for (uint64_t n = 0; n <= mask; n++, i = (i + 1) & mask) {
        uint64_t s = ix->slot[i];
        if (s == SLOT_EMPTY || s == SLOT_DELETED) {
            ix->slot[i] = v;
            return;
        }
    }
    /* table full: only possible when racing writers corrupted counts; the entry stays
     * unindexed (lost), which is what a racy program may observe */
}

/* Rebuild into arrays of capacity cap, keeping live entries in order. */
static void rebuild(GoMap *m, int64_t cap) {
    MapEntries *old = m->ents;
    int64_t oldused = m->used;
    if (cap < MIN_CAP) cap = MIN_CAP;
    MapEntries *ne = entries_new(m, cap);
    MapIndex *nix = index_new(cap);
    int64_t n = 0;
    if (old) {
        if (oldused > old->cap) oldused = old->cap;
        for (int64_t i = 0; i < oldused && n < cap; i++) {
            uint8_t *src = entry_at(old, m->stride, i);
            uint64_t h = *(uint64_t *)src;
            if (!h) continue;
            memcpy(entry_at(ne, m->stride, n), src, (size_t)m->stride);
            index_put(nix, h, n);
            n++;
        }
    }
    m->ents = ne;
    m->index = nix;
    m->used = n;
    m->count = n;
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
    m->stride = 8 + m->ksize + m->vsize;
    m->seed = val_rand64() | 1;
    if (m->key->u->kind == TY_STRING) m->kclass = MAPK_STRING;
    else if (val_is_memequal(m->key)) m->kclass = m->ksize == 8 ? MAPK_WORD : MAPK_MEM;
    else m->kclass = MAPK_GENERIC;
    m->key_may_panic = val_has_iface(m->key);
    if (hint > 0) {
        if (hint > MAX_HINT) hint = MAX_HINT;
        rebuild(m, hint);
    }
    return m;
}

/* ---- lookup ---- */

/* The entry holding key (hash h), or NULL. *slotp receives its index slot position. */
static uint8_t *find(GoMap *m, const void *key, uint64_t h, uint64_t *slotp) {
    MapIndex *ix = m->index;
    MapEntries *ents = m->ents;
    if (!ix || !ents) return NULL;
    uint64_t mask = ix->mask, i = h & mask, tag = h >> 32;
    for (uint64_t n = 0; n <= mask; n++, i = (i + 1) & mask) {
        uint64_t s = ix->slot[i];
        if (s == SLOT_EMPTY) return NULL;
        if (s == SLOT_DELETED || (s >> 32) != tag) continue;
        int64_t idx = (int64_t)(uint32_t)s - 2;
        if (idx < 0 || idx >= ents->cap) continue;
        uint8_t *e = entry_at(ents, m->stride, idx);
        if (*(uint64_t *)e == h && key_eq(m, e + 8, key)) {
            if (slotp) *slotp = i;
            return e;
        }
    }
    return NULL;
}

static inline void *val_ptr(GoMap *m, uint8_t *e) {
    return m->vsize ? (void *)(e + 8 + m->ksize) : (void *)zero_value;
}

/* Hash a key; false (with a pending panic) if the key is unhashable. */
static inline bool hash_key(GoMap *m, const void *key, uint64_t *h) {
    *h = key_hash(m, key);
    return !(m->key_may_panic && rt_pending_panic());
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
    uint64_t h;
    if (!hash_key(m, key, &h)) return NULL;
    uint8_t *e = find(m, key, h, NULL);
    return e ? val_ptr(m, e) : NULL;
}

void *map_access_word(GoMap *m, uint64_t key) {
    if (!m || m->count <= 0) return NULL;
    read_check(m);
    uint64_t h = val_hash_word(key, m->seed) | HDR_LIVE;
    uint8_t *e = find(m, &key, h, NULL);
    return e ? val_ptr(m, e) : NULL;
}

void *map_access_str(GoMap *m, GoString key) {
    if (!m || m->count <= 0) return NULL;
    read_check(m);
    uint64_t h = val_hash_bytes(key.ptr, (size_t)key.len, m->seed) | HDR_LIVE;
    uint8_t *e = find(m, &key, h, NULL);
    return e ? val_ptr(m, e) : NULL;
}

/* ---- insertion ---- */

static void *assign_hashed(GoMap *m, const void *key, uint64_t h) {
    write_begin(m);
    uint8_t *e = find(m, key, h, NULL);
    if (e) {
        memcpy(e + 8, key, (size_t)m->ksize); /* gc updates the key (+0/-0, string storage) */
        write_end(m);
        return val_ptr(m, e);
    }
    MapEntries *ents = m->ents;
    int64_t used = m->used;
    if (!ents || used >= ents->cap || used < 0) {
        int64_t live = m->count < 0 ? 0 : m->count;
        int64_t cap = ents ? ents->cap : 0;
        int64_t ncap = (live + 1) * 2 > cap ? cap * 2 : cap; /* compact when half deleted */
        if (ncap < MIN_CAP) ncap = MIN_CAP;
        rebuild(m, ncap);
        ents = m->ents;
        used = m->used;
        if (used >= ents->cap) { /* racing writers: give the slot up rather than overflow */
            write_end(m);
            return val_ptr(m, entry_at(ents, m->stride, ents->cap - 1));
        }
    }
    e = entry_at(ents, m->stride, used);
    memset(e, 0, (size_t)m->stride);
    memcpy(e + 8, key, (size_t)m->ksize);
    __atomic_store_n((uint64_t *)e, h, __ATOMIC_RELEASE);
    m->used = used + 1;
    index_put(m->index, h, used);
    m->count++;
    write_end(m);
    return val_ptr(m, e);
}

void *map_assign(GoMap *m, const void *key) {
    if (!m) {
        rt_panic_plain("assignment to entry in nil map");
        return NULL;
    }
    uint64_t h;
    if (!hash_key(m, key, &h)) return NULL;
    return assign_hashed(m, key, h);
}

void *map_assign_word(GoMap *m, uint64_t key) {
    if (!m) {
        rt_panic_plain("assignment to entry in nil map");
        return NULL;
    }
    return assign_hashed(m, &key, val_hash_word(key, m->seed) | HDR_LIVE);
}

void *map_assign_str(GoMap *m, GoString key) {
    if (!m) {
        rt_panic_plain("assignment to entry in nil map");
        return NULL;
    }
    return assign_hashed(m, &key, val_hash_bytes(key.ptr, (size_t)key.len, m->seed) | HDR_LIVE);
}

/* ---- deletion ---- */

void map_delete(GoMap *m, const void *key) {
    if (!m || m->count <= 0) {
        if (m) probe_nil_key(m->type, key);
        return;
    }
    uint64_t h;
    if (!hash_key(m, key, &h)) return;
    write_begin(m);
    uint64_t slot;
    uint8_t *e = find(m, key, h, &slot);
    if (e) {
        MapIndex *ix = m->index;
        if (ix && slot <= ix->mask) ix->slot[slot] = SLOT_DELETED;
        memset(e, 0, (size_t)m->stride);
        m->count--;
    }
    write_end(m);
}

int64_t map_len(GoMap *m) {
    if (!m) return 0;
    int64_t n = m->count;
    return n < 0 ? 0 : n;
}

void map_clear(GoMap *m) {
    if (!m) return;
    write_begin(m);
    MapEntries *old = m->ents;
    m->clear_gen++;
    if (old) {
        m->ents = entries_new(m, old->cap);
        m->index = index_new(old->cap);
    }
    m->used = 0;
    m->count = 0;
    write_end(m);
}

GoMap *map_clone(GoMap *m) {
    if (!m) return NULL;
    read_check(m);
    GoMap *c = NEW(GoMap);
    *c = *m;
    c->flags = 0;
    c->clear_gen = 0;
    c->ents = NULL;
    c->index = NULL;
    c->used = 0;
    c->count = 0;
    if (m->ents) {
        /* rebuild reads from c->ents: point it at m's array, then copy */
        c->ents = m->ents;
        c->used = m->used;
        rebuild(c, m->count + 1 > MIN_CAP ? m->count + 1 : MIN_CAP);
    }
    return c;
}

/* ---- iteration ---- */

void map_iter_init(GoMap *m, MapIter *it) {
    memset(it, 0, sizeof *it);
    it->m = m;
    if (!m || !m->ents || m->count <= 0) {
        it->phase = 2;
        return;
    }
    it->ents = m->ents;
    it->clear_gen = m->clear_gen;
    int64_t used = m->used;
    if (used > it->ents->cap) used = it->ents->cap;
    it->start = used > 0 ? (int64_t)(val_rand64() % (uint64_t)used) : 0;
    it->pos = it->start;
    it->phase = 0;
}

bool map_iter_next(MapIter *it, void **key, void **val) {
    GoMap *m = it->m;
    if (it->phase == 2 || !m) return false;
    if (is_writing(m)) rt_fatal_msg("concurrent map iteration and map write");
    if (m->clear_gen != it->clear_gen) {
        it->phase = 2;
        return false;
    }
    MapEntries *ents = it->ents;
    for (;;) {
        bool current = ents == m->ents;
        int64_t limit;
        if (it->phase == 0) {
            limit = current ? m->used : ents->cap;
            if (limit > ents->cap) limit = ents->cap;
        } else {
            limit = it->start;
        }
        if (it->pos >= limit) {
            if (it->phase == 0) {
                it->phase = 1;
                it->pos = 0;
                continue;
            }
            it->phase = 2;
            return false;
        }
        uint8_t *e = entry_at(ents, m->stride, it->pos++);
        uint64_t h = __atomic_load_n((uint64_t *)e, __ATOMIC_ACQUIRE);
        if (!h) continue;
        if (current) {
            *key = e + 8;
            *val = val_ptr(m, e);
            return true;
        }
        /* stale array (the map was rebuilt): the current map has the truth */
        if (m->kclass == MAPK_GENERIC && !val_equal(m->key, e + 8, e + 8)) {
            *key = e + 8; /* NaN keys cannot be looked up; gc returns them as they were */
            *val = val_ptr(m, e);
            return true;
        }
        uint8_t *ce = find(m, e + 8, h, NULL);
        if (!ce) continue;
        *key = ce + 8;
        *val = val_ptr(m, ce);
        return true;
    }
}
