/* sched.h — the M:N goroutine scheduler (Go's G/M/P model): API for the VM and the runtime.
 *
 * Gs are VM fibers; Ms are worker threads; Ps are the GOMAXPROCS rights to run Go code, each
 * with a local run queue. An M runs a G by calling the runner registered with sched_init; the
 * runner returns when the G finished, yielded (budget spent), parked, or the program must end.
 * The protocols (run queues, parking, wake-ups, syscalls, exit, deadlock) are described in the
 * block comment at the top of sched.c.
 *
 * Typical VM usage:
 *     sched_init(procs_from_env_or_0, vm_run);
 *     G *g = sched_newg(); g->fiber = main_fiber; g->func = ...;   // id 1
 *     int code = sched_main(g);             // returns when main returns / os.Exit / deadlock
 *     // go statement:   G *n = sched_newg(); n->fiber = f; n->func/file/line = ...; sched_go(n);
 *     // blocking op:    if (chan_recv(g, c, dst, &ok, true) == RT_PARK) { save pc; return G_RUN_PARK; }
 *     // resumed G:      if (g->resumed) chan_recv_resume(g, c, dst, &ok);   (clears g->resumed)
 */
#ifndef GORO_RT_SCHED_H
#define GORO_RT_SCHED_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "runtime/g.h"

typedef enum GRunResult {
    G_RUN_DONE,  /* the goroutine finished (for the main G: runtime.Goexit) */
    G_RUN_YIELD,   /* runtime.Gosched: to the back of the P's local run queue */
    G_RUN_PREEMPT, /* time slice (budget) spent: to the back of the global run queue, as gc */
    G_RUN_PARK,  /* a runtime op returned RT_PARK: the G's state is saved; park it now */
    G_RUN_EXIT,  /* the program ends (main returned, os.Exit): code set by sched_exit */
} GRunResult;

/* Run g for at most `budget` units (instructions at safepoints) and report why it stopped. */
typedef GRunResult (*GRunFn)(G *g, int budget);

/* Initialise (or re-initialise after sched_main returned) the scheduler; mem_init first.
 * nprocs <= 0: env GOMAXPROCS if set and valid, else the number of online CPUs. Calls nothing
 * in the VM. Also forgets every timer. A thread abandoned in a syscall by an earlier run never
 * touches the new scheduler (it stays blocked when its syscall returns). */
void sched_init(int nprocs, GRunFn run);

/* Budget passed to the runner per time slice (default SCHED_DEFAULT_BUDGET). */
enum { SCHED_DEFAULT_BUDGET = 10000 };
void sched_set_budget(int budget);

/* A new G in state Gidle, with a fresh id (1 for the first one). May be a recycled G: its
 * `fiber` is then the fiber its previous life left there (garbage the VM may reuse or replace);
 * every other field is reset. Creation site fields are left for the VM to fill. */
G *sched_newg(void);

/* Make a new G runnable (the `go` statement, after the VM set up g->fiber). Sets g->parentid to
 * the current goroutine's id. It runs soon on this P (runnext), or elsewhere if stolen. */
void sched_go(G *g);

/* The G running on this thread (NULL outside a runner call). */
G *sched_current(void);

/* Run the scheduler on the calling thread (+ up to GOMAXPROCS-1 more threads, started on demand)
 * with `main` (a G from sched_newg, not yet started) as the first goroutine, until the program
 * ends. Returns the exit code: the one given to sched_exit, or 2 after a deadlock report.
 * When it returns, no other thread runs Go code (threads blocked in syscalls are abandoned). */
int sched_main(G *main);

/* End the program with `code` (main returned: 0; os.Exit(n): n). Callable from any G (or
 * thread); the first call wins. Every M stops at its next scheduling point; sched_main returns.
 * The caller's runner should then return G_RUN_EXIT (or keep running; it is dropped at its
 * next yield). Other goroutines are simply dropped, as in Go. */
void sched_exit(int code);
bool sched_exiting(void);

/* runtime.GOMAXPROCS(n): returns the previous value; n > 0 changes it at run time (new Ps are
 * used at once; Ps beyond n are retired by their M at its next scheduling point). */
int sched_gomaxprocs(int n);

/* runtime.NumGoroutine(): goroutines not yet finished (Gidle excluded). Approximate while
 * other Ms run, exact when the caller is the only running goroutine. */
int64_t sched_numgoroutine(void);

/* runtime.Gosched(): nothing to do in the runtime beyond this marker; the runner returns
 * G_RUN_YIELD and the G goes to the back of its P's run queue. Kept for symmetry (and the
 * execution trace later). */
void sched_gosched(G *g);

/* Make a parked G runnable (waiting -> runnable): runnext of the current P (so a woken partner
 * runs next, as in Go) and wake an idle M if there is an idle P; from a thread without a P, the
 * global queue. Only the single waker that removed g from its wait queue may call it, and only
 * after releasing that queue's lock. */
void sched_ready(G *g);

/* Park helpers for runtime ops (chan, select, sema, sleep): record the park commit and reason
 * in g before returning RT_PARK. fn may be NULL (park forever: nil channel, select {}). */
static inline void sched_park_prepare(G *g, GParkFn fn, void *arg, WaitReason why) {
    g->parkfn = fn;
    g->parkarg = arg;
    g->waitreason = (uint8_t)why;
}

/* Blocking system calls (stdin, files, long native work). enter hands this M's P to another M
 * (starting one if needed) so other goroutines keep running; exit takes a P back, waiting for
 * one if all are busy. Between the two the native must not touch Go memory other than its own
 * arguments, nor call other runtime functions. Must be called in pairs, on the G's M.
 * Cost: the hand-off is immediate (Go's entersyscallblock; there is no sysmon to retake Ps
 * lazily), i.e. a sched.lock round trip and possibly waking another thread, so wrap only
 * calls that can block for long (reads from stdin/pipes/terminals, file I/O, waiting on a
 * child process); not quick writes to stdout. If the program ends meanwhile, the thread
 * never returns from sched_exit_syscall (the process is exiting). */
void sched_enter_syscall(void);
void sched_exit_syscall(void);

/* sync.Mutex spinning (Go's sync_runtime_canSpin / doSpin). */
bool sched_can_spin(int iter);
void sched_do_spin(void);

/* Per-thread fast PRNG (wyrand); used by select's poll order and work stealing. */
uint32_t rt_fastrand(void);
static inline uint32_t rt_fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)rt_fastrand() * n) >> 32); }

/* ---- Reporting ---- */
/* Print the frames of g (VM); called for deadlock reports and fatal errors. May be NULL. */
extern void (*sched_traceback_hook)(G *g, FILE *f);
/* Flush the program's buffered stdout before a fatal report. May be NULL. */
extern void (*sched_flush_hook)(void);

/* "goroutine N [REASON]:" (or [running]), the frames (hook), and "created by" lines. */
void sched_print_goroutine(G *g, FILE *f);
/* Snapshot of every G not dead, sorted by id; returns the count (fills at most max). Safe
 * only while the world is quiet (deadlock report, REPL between runs). */
int sched_all_goroutines(G **out, int max);

/* Next id for sched_newg (e.g. to mimic gc, whose first user goroutine after main is 18 in
 * 1.19). Default: sequential from 1. Call before sched_main (Ps cache batches of ids; at
 * GOMAXPROCS > 1 ids are unique but only roughly increasing, as in Go). */
void sched_set_next_goid(int64_t id);

/* ---- Statistics and test hooks (unit tests; not for the VM) ---- */
typedef struct SchedStats {
    int64_t steals;   /* successful runqsteal calls */
    int64_t spills;   /* local ring overflows moved to the global queue */
    int64_t threads;  /* worker threads created (m0 excluded) */
} SchedStats;
void sched_stats(SchedStats *out);
typedef struct P P;
P *sched_test_newp(int id);                        /* a detached P, only for runq tests */
void sched_test_runqput(P *p, G *g, bool next);
G *sched_test_runqget(P *p);
G *sched_test_runqsteal(P *dst, P *src);          /* never takes runnext */
int sched_test_runqlen(P *p);                      /* ring + runnext */
int32_t sched_test_globrunqsize(void);
G *sched_test_globrunqget(void);                   /* pop one from the global queue */

/* ---- Internal to runtime/ (timer.c, chan.c, select.c, sema.c) ---- */
/* A timer with deadline `when` became the earliest: make sure an M wakes up for it. */
void sched_timer_wakeup(int64_t when);

#endif
