/* mem.h — the one door to memory: Boehm GC allocation behind project functions.
 *
 * Every allocation in goro goes through these functions so the collector could be replaced.
 * GC_THREADS is defined before gc.h here and nowhere else; threads that run Go code must be
 * created with mem_thread_create (GC_pthread_create) so the collector can stop and scan them.
 */
#ifndef GORO_MEM_H
#define GORO_MEM_H

#include <stddef.h>
#include <string.h>

void mem_init(void);                     /* once, from main, before any allocation */
void *mem_alloc(size_t n);               /* zeroed, scanned for pointers */
void *mem_alloc_atomic(size_t n);        /* zeroed, never scanned: bytes, []int, float arrays */
void *mem_alloc_atomic_raw(size_t n);    /* NOT zeroed, never scanned: caller overwrites it all */
void *mem_realloc(void *p, size_t n);    /* grow a scanned block (new tail zeroed by caller) */
char *mem_strdup(const char *s);
char *mem_strndup(const char *s, size_t n);
size_t mem_heap_size(void);              /* bytes the collector holds */
/* Run by the out-of-memory exit before it prints "fatal error: runtime: out of memory", to
 * flush the program's buffered output (vm_init sets it); must not allocate. */
extern void (*mem_oom_flush)(void);

#include <pthread.h>
int mem_thread_create(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *), void *arg);

/* Typed helpers. */
#define NEW(T) ((T *)mem_alloc(sizeof(T)))
#define NEWARR(T, n) ((T *)mem_alloc(sizeof(T) * (size_t)(n)))

#endif
