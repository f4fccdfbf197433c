/* natives_runtime.c — package runtime: goroutine and scheduler queries (runtime/sched.h). */
#include <sched.h>
#include <unistd.h>
#include "runtime/sched.h"
#include "vm/rtpanic.h"
#include "vm/vm.h"

void GC_gcollect(void); /* Boehm GC (libgc); all Go threads are registered with it (mem.h) */

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
    return NAT_OK;
}

const NativeEntry natives_runtime[] = {
    {"runtime.NumGoroutine", rt_numgoroutine},
    {"runtime.Gosched", rt_gosched},
    {"runtime.GOMAXPROCS", rt_gomaxprocs},
    {"runtime.NumCPU", rt_numcpu},
    {"runtime.Goexit", rt_goexit_n},
    {"runtime.GC", rt_gc},
    {NULL, NULL},
};
