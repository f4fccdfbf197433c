/* test_rt_fake.h — a fake VM for runtime unit tests: each goroutine's "fiber" is a C state
 * machine (a protothread). Goroutine bodies are functions `GRunResult body(G *g, Fiber *f)`
 * written between CO_BEGIN and CO_END; anything that must survive a park or yield lives in
 * the Fiber (C locals do not). The runner gives each slice `budget` ticks; CO_TICK() spends
 * one and yields when the slice is used up, like the VM's safepoints.
 *
 * A blocking op is written CO_OP(rc, op(...), resume(...)): on the first execution it calls
 * op; if that returns RT_PARK the body returns G_RUN_PARK and, when the G runs again
 * (g->resumed), execution continues at the same point calling resume (for natives that are
 * simply called again, resume is the same call).
 *
 * Under ThreadSanitizer build with -DRT_NO_CRITERION (see test_rt_shim.h).
 */
#ifndef TEST_RT_FAKE_H
#define TEST_RT_FAKE_H

#include <signal.h>
#include <stdbool.h>
#ifdef RT_NO_CRITERION
#include "test_rt_shim.h" /* ThreadSanitizer builds: Criterion does not start under TSan */
#else
#include <criterion/criterion.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "runtime/chan.h"
#include "runtime/g.h"
#include "runtime/sched.h"
#include "runtime/select.h"
#include "runtime/sema.h"
#include "runtime/sync.h"
#include "runtime/timer.h"
#include "util/mem.h"

typedef struct Fiber Fiber;
typedef GRunResult (*FiberFn)(G *g, Fiber *f);

struct Fiber {
    FiberFn fn;
    int pc;
    int budget;
    int rc;
    bool ok;
    int chosen;
    int64_t i, j, n, id;
    int64_t v, w, x;       /* "registers": values sent/received live here */
    int64_t t0;
    void *a, *b, *c, *d;   /* arguments */
    SelectCase cases[4];
    uint32_t ticket;
};

#define CO_BEGIN switch (f->pc) { case 0:
#define CO_END } return G_RUN_DONE;
/* rc = op; park if it says so; on resume rc = resume. */
#define CO_OP(rcv, op, resume)                           \
    do {                                                 \
        f->pc = __LINE__;                                \
        /* fallthrough */                                \
    case __LINE__:                                       \
        if (g->resumed) (rcv) = (resume);                \
        else (rcv) = (op);                               \
        if ((rcv) == RT_PARK) return G_RUN_PARK;         \
    } while (0)
#define CO_YIELD()                 \
    do {                           \
        f->pc = __LINE__;          \
        return G_RUN_YIELD;        \
    case __LINE__:;                \
    } while (0)
#define CO_TICK()                                  \
    do {                                           \
        if (--f->budget <= 0) CO_YIELD();          \
    } while (0)
#define CO_EXIT(code)        \
    do {                     \
        sched_exit(code);    \
        return G_RUN_EXIT;   \
    } while (0)

static inline GRunResult fake_run(G *g, int budget) {
    Fiber *f = g->fiber;
    f->budget = budget;
    return f->fn(g, f);
}

static inline Fiber *fiber_new(FiberFn fn) {
    Fiber *f = NEW(Fiber);
    f->fn = fn;
    return f;
}

/* A new goroutine running fn (not started: call sched_go, or use go()). */
static inline G *newg(FiberFn fn, void *a, void *b, int64_t n) {
    G *g = sched_newg();
    Fiber *f = g->fiber;
    if (f == NULL) f = NEW(Fiber);
    memset(f, 0, sizeof *f);
    f->fn = fn;
    f->a = a;
    f->b = b;
    f->n = n;
    g->fiber = f;
    g->func = "main.worker";
    g->file = "/tmp/fake.go";
    g->line = 42;
    return g;
}

static inline G *go(FiberFn fn, void *a, void *b, int64_t n) {
    G *g = newg(fn, a, b, n);
    sched_go(g);
    return g;
}

/* Run a whole "program": init the scheduler with procs Ps, run main_fn as goroutine 1. */
static inline int run_main(int procs, FiberFn main_fn, void *a, void *b, int64_t n) {
    sched_init(procs, fake_run);
    G *g = newg(main_fn, a, b, n);
    g->func = "main.main";
    return sched_main(g);
}

static inline void rt_test_init(void) { mem_init(); }

static inline int64_t now_ns(void) { return rt_nanotime(); }

static inline int64_t cpu_ns(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (int64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000 +
           (int64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000;
}

/* Fork a child that runs fn(); capture its stderr; return its exit status (or 128+signal). */
static inline int run_child(void (*fn)(void), char *err, size_t errsz) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        close(fds[1]);
        alarm(20);
        fn();
        _exit(0);
    }
    close(fds[1]);
    size_t len = 0;
    ssize_t r;
    while ((r = read(fds[0], err + len, errsz - 1 - len)) > 0) len += (size_t)r;
    err[len] = 0;
    close(fds[0]);
    int st = 0;
    waitpid(pid, &st, 0);
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    return 128 + WTERMSIG(st);
}

#endif
