/* vm_ops.h — helpers of the dispatch loop (strings, slices, packed elements). */
#ifndef GORO_VM_OPS_H
#define GORO_VM_OPS_H

#include "value.h"

GoString ops_concat(GoString a, GoString b);
int ops_strcmp(GoString a, GoString b);
bool ops_streq(GoString a, GoString b);
int64_t ops_growcap(int64_t oldcap, int64_t newlen, int64_t esize, bool noscan);
int64_t ops_gosize(Type *t);
void *ops_alloc_elems(Type *elem, int64_t n);
GoSlice ops_grow(GoSlice s, int64_t newlen, Type *elem);
GoSlice ops_str2bytes(GoString s);
GoString ops_bytes2str(GoSlice b);
GoSlice ops_str2runes(GoString s);
GoString ops_runes2str(GoSlice rs);
GoString ops_rune2str(int64_t r);
int64_t ops_strnext(GoString s, int64_t i, int32_t *rune);
void ops_load_packed(int kind, const void *p, Word *dst);
void ops_store_packed(int kind, void *p, Word v);
int ops_packed_kind(Type *t);
void ops_pack_elems(Type *elem, void *dst, const Word *src, int64_t n);

#endif
