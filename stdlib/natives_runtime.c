/* natives_runtime.c — package runtime: goroutine and scheduler queries (runtime/sched.h). */
#include <sched.h>
#include <stdatomic.h>
#include <unistd.h>
#include "runtime/sched.h"
#include "vm/rtpanic.h"
#include "vm/vm.h"

/* Boehm GC (libgc) entry points; gc.h is included only by util/mem.c (GC_THREADS), so they
 * are declared here. All threads that run Go code are registered with the collector. */
void GC_gcollect(void);
void GC_get_heap_usage_safe(unsigned long *heap_size, unsigned long *free_bytes,
                            unsigned long *unmapped_bytes, unsigned long *bytes_since_gc,
                            unsigned long *total_bytes);
unsigned long GC_get_gc_no(void);

static _Atomic uint32_t forced_gcs; /* runtime.GC calls */

static int rt_numgoroutine(G *g, Word *a) {
    a[0].i = sched_numgoroutine();
    return NAT_OK;
}

static int rt_gosched(G *g, Word *a) {
    sched_gosched(g);
    return NAT_YIELD;
}

static int rt_gomaxprocs(G *g, Word *a) {
    int64_t n = a[0].i;
    a[0].i = sched_gomaxprocs(n > 0 && n < (1 << 30) ? (int)n : 0);
    return NAT_OK;
}

/* gc counts the CPUs of the process's affinity mask. */
static int rt_numcpu(G *g, Word *a) {
    cpu_set_t set;
    int n = 0;
    if (sched_getaffinity(0, sizeof set, &set) == 0) n = CPU_COUNT(&set);
    if (n <= 0) n = (int)sysconf(_SC_NPROCESSORS_ONLN);
    a[0].i = n > 0 ? n : 1;
    return NAT_OK;
}

static int rt_goexit_n(G *g, Word *a) {
    rt_goexit();
    return NAT_PANIC;
}

static int rt_gc(G *g, Word *a) {
    GC_gcollect();
    atomic_fetch_add(&forced_gcs, 1);
    return NAT_OK;
}

/* heapStats() (heap, free, unmapped, sinceGC, total uint64, numGC, forced uint32) */
static int rt_heap_stats(G *g, Word *a) {
    unsigned long heap = 0, freeb = 0, unmapped = 0, since = 0, total = 0;
    GC_get_heap_usage_safe(&heap, &freeb, &unmapped, &since, &total);
    a[0].u = heap;
    a[1].u = freeb;
    a[2].u = unmapped;
    a[3].u = since;
    a[4].u = total;
    a[5].u = (uint32_t)GC_get_gc_no();
    a[6].u = atomic_load(&forced_gcs);
    return NAT_OK;
}

const NativeEntry natives_runtime[] = {
    {"runtime.NumGoroutine", rt_numgoroutine},
    {"runtime.Gosched", rt_gosched},
    {"runtime.GOMAXPROCS", rt_gomaxprocs},
    {"runtime.NumCPU", rt_numcpu},
    {"runtime.Goexit", rt_goexit_n},
    {"runtime.GC", rt_gc},
    {"runtime.heapStats", rt_heap_stats},
    {NULL, NULL},
};
