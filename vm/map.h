/* map.h — Go maps: hash tables keyed by any comparable type, values stored inline.
 *
 * LAYOUT. A map is a dense, append-only array of entries plus an open-addressed index:
 *
 *   GoMap ──► MapEntries { cap; data[cap * stride] }     entry i at data + i * stride:
 *         │        [ hdr: uint64 ][ key: ksize bytes ][ value: vsize bytes ]
 *         │        hdr = hash | 1<<63 for a live entry, 0 for a free or deleted one
 *         └─► MapIndex { mask; slot[mask + 1] }            linear probing from hash & mask
 *                  slot = 0 empty, 1 deleted, else (hash >> 32) << 32 | (entry index + 2)
 *
 *   New keys are appended at entries[used++]; deletion zeroes the entry (hdr = 0, so GC
 *   references die) and turns its index slot into a tombstone. When the array is full it is
 *   rebuilt into a fresh array (doubling, or compacting in place-size when at least half the
 *   entries are deleted) and a fresh index of at least twice the capacity, so the index is at
 *   most half full counting tombstones. Key and value sizes are multiples of 8, so every
 *   entry is word-aligned. Entries are GC-scanned only when key or value holds pointers.
 *
 *   Key classes choose the hash/equality code once per map: 8-byte memory-comparable keys
 *   (ints, pointers, chans, bools, one-word structs), strings, other memory-comparable keys,
 *   and the general path through val_hash/val_equal (floats, interfaces, structs with strings
 *   ...). Float keys follow Go: +0 == -0; NaN != NaN, so every NaN insert adds an entry and
 *   lookups never find one.
 *
 * POINTERS RETURNED by map_access/map_assign/map_iter_next point into the entry array: they
 * are valid only until the next insertion or deletion on the map. Copy the value out (or in)
 * at once.
 *
 * ITERATION (Go semantics). An iterator walks the entry array it started with, from a random
 * position, wrapping around once. Deleted entries are skipped (a deleted entry not yet
 * reached is not produced); appended entries may be produced. If the map was rebuilt since
 * (growth), the iterator keeps walking its old array but looks every key up in the current
 * map: deleted keys are skipped and current values returned; entries added after the
 * rebuild are not produced. After map_clear the iteration ends.
 *
 * CONCURRENCY. Maps are not synchronised. As in gc, a best-effort writing flag detects
 * races: a write while another write is in progress records rt_fatal_msg("concurrent map
 * writes"); a read or iteration step during a write records "concurrent map read and map
 * write" / "concurrent map iteration and map write". Whatever racing goroutines do, no
 * operation reads or writes outside its arrays or loops forever: arrays are read through one
 * pointer load each, indexes are bounds-checked, probe loops are bounded by the table size.
 *
 * ERRORS. A nil map (NULL) reads as empty; map_assign on it records the panic "assignment to
 * entry in nil map" and returns NULL. Hashing an interface key whose dynamic type is not
 * comparable records "runtime error: hash of unhashable type T" (also on nil or empty maps,
 * as gc does) and the operation returns NULL / does nothing. Callers check rt_pending_panic().
 */
#ifndef GORO_MAP_H
#define GORO_MAP_H

#include <stdbool.h>
#include <stdint.h>
#include "value.h"

typedef struct MapEntries {
    int64_t cap;
    uint8_t data[];
} MapEntries;

typedef struct MapIndex {
    uint64_t mask;
    uint64_t slot[];
} MapIndex;

typedef enum MapKeyClass {
    MAPK_WORD,    /* 8-byte memory-comparable key */
    MAPK_STRING,  /* string key */
    MAPK_MEM,     /* other memory-comparable key (size != 8) */
    MAPK_GENERIC, /* val_hash / val_equal */
} MapKeyClass;

typedef struct GoMap {
    Type *type;         /* the map type (type->u->kind == TY_MAP) */
    Type *key, *val;
    MapEntries *ents;   /* NULL until the first insertion */
    MapIndex *index;
    int64_t count;      /* live entries (len) */
    int64_t used;       /* entries[0, used) have been handed out (live or deleted) */
    uint64_t seed;      /* per-map hash seed */
    uint32_t flags;     /* MAP_WRITING; accessed with relaxed atomics */
    uint32_t clear_gen; /* bumped by map_clear: ends iterations */
    int32_t ksize, vsize, stride;
    uint8_t kclass;     /* MapKeyClass */
    bool key_may_panic; /* key type contains interfaces */
} GoMap;

typedef struct MapIter {
    GoMap *m;
    MapEntries *ents;   /* the array being walked */
    int64_t start, pos;
    int phase;          /* 0: start..end, 1: 0..start, 2: done */
    uint32_t clear_gen;
} MapIter;

GoMap *map_new(Type *maptype, int64_t hint);
/* Pointer to the value for *key, or NULL if absent (or m is nil). */
void *map_access(GoMap *m, const void *key);
/* Pointer to the value slot for *key, inserting a zeroed value if absent. The key is
 * (re)stored, as gc does for keys whose == is not bitwise (e.g. -0 replaces +0). */
void *map_assign(GoMap *m, const void *key);
void map_delete(GoMap *m, const void *key);
int64_t map_len(GoMap *m);
void map_clear(GoMap *m);
/* A new map with the same type and entries (maps.Clone); NULL for NULL. */
GoMap *map_clone(GoMap *m);

/* For lookups/deletes on a nil map: gc still hashes the key, so an interface key holding an
 * unhashable value panics ("hash of unhashable type T"). Records that panic, if any. */
void map_check_key(Type *maptype, const void *key);

/* Fast paths for the VM (same semantics; the map's key class must match). */
void *map_access_word(GoMap *m, uint64_t key);   /* MAPK_WORD maps */
void *map_assign_word(GoMap *m, uint64_t key);
void *map_access_str(GoMap *m, GoString key);    /* MAPK_STRING maps */
void *map_assign_str(GoMap *m, GoString key);

void map_iter_init(GoMap *m, MapIter *it);
/* Next entry: *key and *val point to the key and value (see POINTERS RETURNED). */
bool map_iter_next(MapIter *it, void **key, void **val);

#endif
