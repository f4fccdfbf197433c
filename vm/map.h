/* map.h — Go maps: hash tables keyed by any comparable type, keys and values stored inline.
 *
 * LAYOUT. A map points to one MapTable block holding a hash part (a "swiss table" with groups
 * of 8 slots, as gc's maps since Go 1.24) and, for integer keys, an optional dense part:
 *
 *   GoMap ──► MapTable { gmask, shift, slots, dsize, dvals, dpresent, ctrl[ngroups] }
 *               slots:    slot[ngroups * 8], each [ key | value ]
 *               dvals:    value[dsize]        (key k < dsize: value k, implicit key)
 *               dpresent: byte[dsize]         1 if key k is present
 *
 *   Hash part. ngroups is a power of two. Group g owns slots 8g .. 8g+7; ctrl[g] is a 64-bit
 *   word whose byte i (bits 8i .. 8i+7) describes slot 8g+i:
 *       0x00        EMPTY    never used since the table was made (or freed next to an EMPTY)
 *       0x01        DELETED  tombstone: the key was deleted, probes continue past it
 *       0x80 | h7   FULL     live entry; h7 = the low 7 bits of the key's hash
 *   A key with hash h lives in its home group (h >> shift) & gmask (the TOP bits of h) or in
 *   a later group, probing linearly, wrapping. INVARIANT: every group between a key's home
 *   and its group has no EMPTY byte, so a lookup stops at the first group holding an EMPTY.
 *   A lookup compares the 8 control bytes at once (SWAR on the word) and compares keys only
 *   where h7 matches; the control words are a dense array (1 byte per slot) that tends to
 *   stay cached, and the home group's slots are prefetched while its word loads. Deleting
 *   turns a slot EMPTY when its group already has an EMPTY (no probe passes through that
 *   group), else DELETED. At most 7/8 of the slots are FULL or DELETED (growth_left counts
 *   what is left).
 *
 *   Dense part (maps with integer keys, GoMap.dense). Keys 0 <= k < dsize (as the unsigned
 *   key word) live only there, at index k: no hashing, and sequential keys touch sequential
 *   memory. All other keys live in the hash part. dsize is chosen at each rebuild, as Lua
 *   sizes a table's array part: the largest power of two (at least 8) such that more than
 *   half of the keys 0 .. dsize-1 are present (0 when none), so it costs at most about twice
 *   the memory of its values.
 *
 *   Rebuilds. When an insertion needs an EMPTY hash slot and none is left, all live entries
 *   are copied into a NEW table: the dense size is recomputed and the hash part sized so the
 *   entries fill about half its budget (a full table doubles; tombstones are dropped). Since
 *   homes are the top hash bits, old group g's keys go to new groups 2g and 2g+1: the copy
 *   streams through both tables instead of writing at random. Hashes are not stored; the
 *   rebuild recomputes them. Key and value sizes are multiples of 8 (slots are word-aligned).
 *   Tables are GC-scanned only when key or value holds pointers; pointer-free tables are not
 *   zeroed when made (only control words and presence bytes are written), and big ones ask
 *   for transparent huge pages.
 *
 *   Key classes choose the hash/equality code once per map: 8-byte memory-comparable keys
 *   (ints, pointers, chans, bools, one-word structs), strings, other memory-comparable keys,
 *   and the general path through val_hash/val_equal (floats, interfaces, structs with strings
 *   ...). Float keys follow Go: +0 == -0; NaN != NaN, so every NaN insert adds an entry and
 *   lookups never find one.
 *
 * POINTERS RETURNED by map_access/map_assign/map_iter_next point into the table (a key
 * returned by map_iter_next may point into the iterator): they are valid only until the next
 * insertion, deletion or iteration step on the map. Copy the value out (or in) at once.
 *
 * ITERATION (Go semantics). An iterator walks the table it started with, position by
 * position (the dense part's keys, then the hash slots) from a random position, wrapping
 * around once. A table is never rearranged in place (a rebuild makes a new table), so every
 * entry present at the start is met exactly once. Deleted positions are not present, so a
 * deleted entry not yet reached is not produced; entries inserted into the same table may or
 * may not be produced. If the map was rebuilt since, the old table is frozen: the iterator
 * keeps walking it but looks every key up in the current table, skipping keys deleted since
 * and returning current values; entries added after the rebuild are not produced. Keys that
 * are not equal to themselves (NaN) cannot be looked up and are returned as they were.
 * After map_clear the iteration ends.
 *
 * CONCURRENCY. Maps are not synchronised. As in gc, a best-effort writing flag detects
 * races: a write while another write is in progress records rt_fatal_msg("concurrent map
 * writes"); a read or iteration step during a write records "concurrent map read and map
 * write" / "concurrent map iteration and map write". Whatever racing goroutines do, no
 * operation reads or writes outside its table or loops forever: each operation loads the
 * table pointer once and takes every size from that table, positions are masked or
 * bounds-checked, probe loops are bounded by the number of groups, and a rebuild recounts
 * the live entries.
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

typedef struct MapTable {
    uint64_t gmask;     /* ngroups - 1 */
    uint32_t shift;     /* home group of hash h: (h >> shift) & gmask */
    uint64_t *ctrl;     /* hash block: one control word per group, */
    uint8_t *slots;     /*   then ngroups * 8 slots of GoMap.slotsize bytes */
    uint64_t dsize;     /* dense part: integer keys 0 <= k < dsize (0: none) */
    uint8_t *dvals;     /* dense block: dsize values of GoMap.vsize bytes (key k at k * vsize), */
    uint8_t *dpresent;  /*   then dsize bytes, 1 if key k is present */
} MapTable;

typedef enum MapKeyClass {
    MAPK_WORD,    /* 8-byte memory-comparable key */
    MAPK_STRING,  /* string key */
    MAPK_MEM,     /* other memory-comparable key (size != 8) */
    MAPK_GENERIC, /* val_hash / val_equal */
} MapKeyClass;

typedef struct GoMap {
    Type *type;          /* the map type (type->u->kind == TY_MAP) */
    Type *key, *val;
    MapTable *tab;       /* NULL until the first insertion */
    int64_t count;       /* live entries (len) */
    int64_t growth_left; /* EMPTY slots that may still be filled before a rebuild */
    int64_t dcount;      /* live entries in the current table's dense part */
    uint64_t seed;       /* per-map hash seed */
    uint32_t flags;      /* MAP_WRITING; accessed with relaxed atomics */
    uint32_t clear_gen;  /* bumped by map_clear: ends iterations */
    int32_t ksize, vsize, slotsize;
    uint8_t kclass;      /* MapKeyClass */
    bool key_may_panic;  /* key type contains interfaces */
    bool has_ptrs;       /* key or value holds pointers: tables are GC-scanned */
    bool dense;          /* integer keys: tables may have a dense part */
} GoMap;

typedef struct MapIter {
    GoMap *m;
    MapTable *tab;       /* the table being walked */
    uint64_t start;      /* first slot visited */
    uint64_t i, n;       /* positions visited so far, of n (dense part, then hash slots) */
    uint64_t kbuf;       /* the key returned for a dense-part entry */
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
