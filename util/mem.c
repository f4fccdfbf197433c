/* mem.c — Boehm GC wrapper (see mem.h). */
#define GC_THREADS
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include "mem.h"

void (*mem_oom_flush)(void);

static void mem_oom(size_t n) {
    if (mem_oom_flush) mem_oom_flush();
    fflush(stdout);
    fprintf(stderr, "fatal error: runtime: out of memory\n");
    (void)n;
    exit(2);
}

/* The collector's warnings ("Repeated allocation of very large block", "Failed to expand heap")
 * are not the program's output: gc prints nothing of the kind, and an out-of-memory exit
 * reports itself through mem_oom. */
static void mem_no_warn(char *msg, GC_word arg) { (void)msg, (void)arg; }

void mem_init(void) {
    GC_set_warn_proc(mem_no_warn);
    GC_INIT();
    GC_allow_register_threads();
    GC_expand_hp(64u << 20);
}

void *mem_alloc(size_t n) {
    void *p = GC_MALLOC(n ? n : 1);
    if (!p) mem_oom(n);
    return p;
}

void *mem_alloc_atomic(size_t n) {
    void *p = GC_MALLOC_ATOMIC(n ? n : 1);
    if (!p) mem_oom(n);
    memset(p, 0, n);
    return p;
}

void *mem_alloc_atomic_raw(size_t n) {
    void *p = GC_MALLOC_ATOMIC(n ? n : 1);
    if (!p) mem_oom(n);
    return p;
}

void *mem_realloc(void *p, size_t n) {
    void *q = GC_REALLOC(p, n ? n : 1);
    if (!q) mem_oom(n);
    return q;
}

char *mem_strndup(const char *s, size_t n) {
    char *p = mem_alloc_atomic(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *mem_strdup(const char *s) { return mem_strndup(s, strlen(s)); }

size_t mem_heap_size(void) { return GC_get_heap_size(); }

int mem_thread_create(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *), void *arg) {
    return GC_pthread_create(t, attr, fn, arg);
}
