/* sched.c — the M:N scheduler: Gs (VM fibers) run on Ms (threads) holding Ps (GOMAXPROCS).
 *
 * Modelled on Go's runtime/proc.go. Vocabulary: G goroutine, M worker thread, P processor
 * (the right to run Go code + a local run queue), runnext, spinning M, park/ready.
 *
 * ==== Run queues ====
 * Each P has a bounded ring runq[256] (Go's runqput/runqget/runqsteal): only the owner M pushes
 * (stores tail with release); the owner and thieves pop by CAS on head; a thief takes half.
 * A full ring spills half of itself plus the new G to the global queue (sched.lock). runnext is
 * a one-G slot the owner fills with the G it just readied (a woken partner runs next, inheriting
 * the time slice). Unlike Go, thieves never take runnext: it is owner-private (relaxed loads
 * and stores, no RMW), which saves two atomic RMWs per goroutine switch. This is safe for
 * liveness because the owner always runs its runnext within one time slice (budget
 * preemption), and a P handed off at a syscall carries its runnext along. A G taken from runnext does not
 * start a new scheduling tick; after RUNNEXT_STREAK such picks in a row the slice is over: the
 * global queue (if not empty), then the ring head go first, so a ping-pong pair cannot starve
 * the others. Every 61st tick the global queue goes first.
 *
 * ==== Parking protocol (Go's gopark(unlockf, lock)) ====
 * An operation that must block (chan send/recv, select, sema acquire, sleep), running inside
 * the runner on the G's own M:
 *   1. takes the lock of the object it waits on (channel lock(s), sema bucket lock, ...);
 *   2. enqueues a Sudog for the G on the object's wait queue (or prepares a timer);
 *   3. records in the G a park commit function + argument (g->parkfn/parkarg: "unlock these
 *      locks") and the wait reason (sched_park_prepare), and returns RT_PARK — still holding
 *      the lock(s);
 *   4. the VM saves the G's pc and returns G_RUN_PARK from the runner.
 * Only then does the scheduler (park_commit below), on the same M:
 *   5. set g->resumed = true and CAS the status Grunning -> Gwaiting;
 *   6. call g->parkfn(g, g->parkarg), which releases the lock(s) (or arms the sleep timer).
 * From step 6 on, a waker may find the G: it takes the object's lock, dequeues the Sudog,
 * records the outcome in it (value copied to sudog->elem, success flag, select's g->param),
 * RELEASES THE LOCK, and only then calls sched_ready(g), which CASes Gwaiting -> Grunnable.
 * So a waker can never see a G whose VM state is not saved yet, and the runnable G never
 * needs a lock its waker still holds. The G's registers do not move while it is parked, so
 * sudog->elem may point into them. When the G runs again the VM sees g->resumed and
 * re-executes the blocking instruction in resume mode (chan_*_resume, select_resume, or the
 * native again with the same arguments); the resume function consumes g->resumed.
 * A park commit that returns false aborts the park: the G is made runnable at once (resumed).
 * A NULL commit parks forever (nil channel, select {}): nothing can ever wake it.
 *
 * ==== Wake-up protocol (no lost wake-ups; Go's spinning-M scheme) ====
 * Counters (sched.lock for writes unless atomic): npidle (atomic), nmspinning (atomic), nmidle,
 * the idle P list, the idle M list, the global queue (runqsize atomic for lock-free peeks).
 * A "spinning" M has a P, has no work, and is looking for some (stealing). Rules:
 *   (a) Whoever makes work runnable on a P (sched_ready/sched_go: runqput on its own P) then
 *       calls wakep(): if there is an idle P and no spinning M (CAS nmspinning 0 -> 1), start
 *       an M spinning on an idle P. At GOMAXPROCS=1 this is one load (npidle == 0): no global
 *       atomics on the single-worker path.
 *   (b) A spinning M that finds work stops spinning; if it was the last spinner it calls
 *       wakep() so the remaining work gets another spinner (resetspinning).
 *   (c) An M that finds no work: under sched.lock it checks the global queue once more and
 *       puts its P on the idle list; then, if it was spinning, it decrements nmspinning
 *       (seq_cst) and only after that re-checks every P's run queue (and the timers): if work
 *       appeared it grabs an idle P and spins again. Either the submitter of (a) saw
 *       nmspinning == 0 and woke someone, or this re-check sees its work (Dekker on
 *       nmspinning / the ring tail, both seq_cst). Non-spinning Ms need no re-check: work put
 *       on a P's ring is always eventually run by that P's own M.
 *   (d) Work added WITHOUT a P (timer callbacks on a P-less M, sched_go before sched_main,
 *       sched_ready from a syscall) goes to the global queue and, in the same sched.lock
 *       section, takes an idle P if there is one and starts an M on it. Since (c) checks the
 *       global queue and idles its P in one sched.lock section, one of the two sees the other.
 *   (e) Idle Ms sleep on their own RtNote. Handing an M a P (startm) sets m->nextp under
 *       sched.lock, then posts the note. A sleeper always re-checks under sched.lock (spurious
 *       wake-ups and stale tokens are harmless).
 *   (f) Timers: at most one idle M is the "timed sleeper", sleeping until the earliest timer
 *       deadline (sched.sleeper/sleeper_when, sched.lock). An M going idle with timers pending
 *       becomes the sleeper if there is none or its deadline is earlier. A timer added earlier
 *       than the sleeper's deadline wakes the sleeper (sched_timer_wakeup). A sleeper that
 *       times out takes an idle P and looks for work (running the due timers); with no idle P
 *       it runs the due timers itself (their wake-ups take path (d)). A P handed off at a
 *       syscall, when it is the last running P and timers are pending with no sleeper, gets an
 *       M (which becomes the sleeper). Running Ms check the timer heap (one lock-free load of
 *       the earliest deadline) at every scheduling point, so timers fire even if no M idles.
 *
 * ==== Syscalls ====
 * sched_enter_syscall releases the M's P and hands it off (Go's handoffp): to a new M if it has
 * local/global work, to a spinning M if nobody is spinning or idle, else to the idle list. The
 * M keeps the G (status Gsyscall) and counts in nmsys. sched_exit_syscall takes an idle P or
 * waits on sched.pwait for one: an M going idle hands its P to a waiter first, and a running
 * M hands its P over at its next scheduling point when a waiter exists (so a CPU-bound G
 * cannot starve a G returning from a syscall).
 *
 * ==== Exit ====
 * sched_exit(code) sets sched.exiting (first caller's code wins) and wakes every idle M.
 * Running Ms notice at their next scheduling point and end their loop; worker threads exit.
 * sched_main waits until no M other than those blocked in syscalls is still running Go code,
 * then returns the code. Ms returning from a syscall after exit block forever.
 *
 * ==== Deadlock ====
 * An M about to sleep, under sched.lock, runs checkdead: if every M is idle (Ms in syscalls or
 * waiting for a P count as running) and no goroutine is runnable: with no goroutine alive at
 * all it reports "no goroutines (main called runtime.Goexit) - deadlock!"; with timers
 * pending it is not a deadlock (the timed sleeper will fire them); otherwise it prints gc's
 * "fatal error: all goroutines are asleep - deadlock!" report and the program exits with 2.
 *
 * ==== Lock order ====
 * chan locks (address order) / sema bucket lock  ->  timers.lock  ->  sched.lock.
 * sched.lock is a leaf: nothing else is taken while holding it.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "runtime/sched.h"
#include "runtime/lock.h"
#include "runtime/timer.h"
#include "util/mem.h"

enum {
    RUNQ_SIZE = 256,
    MAXPROCS = 1024,
    SUDOG_CACHE = 64,
    GFREE_LOCAL_MAX = 64,
    GOID_BATCH = 16,
    RUNNEXT_STREAK = 64,
};

enum { Pidle, Prunning, Pdead };

/* The parked-goroutine budget (g.h): keep G within two 64-byte GC granules' worth. */
_Static_assert(sizeof(G) <= 128, "G grew past 128 bytes");
_Static_assert(sizeof(Sudog) <= 64, "Sudog grew past 64 bytes");

typedef struct P P;
typedef struct M M;

struct P {
    int32_t id;                 /* immutable; index in allp */
    uint32_t status;            /* Pidle/Prunning/Pdead; sched.lock or the owner */
    P *link;                    /* idle list; sched.lock */
    M *m;                       /* owner M while Prunning */
    uint32_t schedtick;         /* owner only */
    uint32_t streak;            /* consecutive runnext picks; owner only */
    uint32_t nexec;             /* Gs executed; owner only */
    int64_t now;                /* coarse clock, refreshed every 64 executes; owner only */
    int64_t goidcache, goidcacheend; /* owner only: ids [cache, end) reserved for this P */
    G *gfree;                   /* dead Gs for reuse; owner only */
    int32_t ngfree;
    int32_t nsudog;             /* owner only */
    Sudog *sudogcache[SUDOG_CACHE];
    _Atomic int64_t ngo;        /* goroutines started minus finished here; owner writes */
    _Atomic uint32_t runqhead __attribute__((aligned(64))); /* owner and thieves CAS */
    _Atomic uint32_t runqtail;  /* only the owner stores (release) */
    _Atomic(G *) runnext;       /* owner only (relaxed atomics so others may peek) */
    _Atomic(G *) runq[RUNQ_SIZE];
};

struct M {
    int64_t id;
    P *p;                       /* attached P; owner (this M) */
    P *nextp;                   /* P handed over by startm/exit paths; sched.lock */
    M *schedlink;               /* idle list / pwait list; sched.lock */
    M *alllink;                 /* allm list (GC reachability); sched.lock */
    bool spinning;              /* owner; set by startm before the hand-over */
    bool onidle;                /* on the idle M list; sched.lock */
    bool onpwait;               /* on the syscall P-wait list; sched.lock */
    uint64_t gen;               /* sched_init generation that created this M (immutable) */
    G *curg;                    /* owner */
    RtNote park;                /* this M sleeps here */
};

static struct {
    RtLock lock;                /* protects every non-atomic field below (see each) */
    GRunFn run;                 /* set by sched_init */
    int budget;
    /* global run queue (sched.lock); runqsize also read lock-free */
    G *runqhead, *runqtail;
    _Atomic int32_t runqsize;
    /* Ps */
    P *allp[MAXPROCS];          /* entries [0, nallp) valid, never removed */
    _Atomic int32_t nallp;
    _Atomic int32_t gomaxprocs;
    P *pidle;                   /* idle P list */
    _Atomic int32_t npidle;
    /* Ms */
    M *allm;
    M *midle;                   /* idle Ms */
    int32_t nmidle;
    int32_t mcount;             /* Ms alive (m0 included), minus those abandoned after exit */
    int32_t nmsys;              /* Ms in a syscall (incl. waiting for a P after it) */
    _Atomic int32_t nmspinning;
    M *pwait;                   /* Ms back from a syscall waiting for a P */
    _Atomic int32_t npwait;
    int64_t mnext;              /* M ids */
    M *m0;
    M *sleeper;                 /* the timed sleeper (rule f) */
    int64_t sleeper_when;
    /* Gs */
    _Atomic(G *) allgs;         /* every G ever allocated (lock-free push) */
    _Atomic int64_t goidgen;    /* next goroutine id to hand out */
    _Atomic int64_t ngo_global; /* started-minus-finished not attributed to a P */
    _Atomic(G *) gfree;         /* global free Gs: sched.lock; atomic for lock-free peeks */
    int32_t ngfree;
    _Atomic(Sudog *) sudogfree; /* central sudog cache: sched.lock; atomic for peeks */
    long ncpu;                  /* online CPUs (sched_init) */
    /* exit */
    _Atomic bool exiting;
    _Atomic int exitcode;
    /* statistics (relaxed atomics; rare events only) */
    _Atomic int64_t nsteal, nspill, nthreads;
    bool started;               /* sched_main running */
    G *maing;
} sched;

/* Incremented by each sched_init: an M left in a syscall by an earlier run (abandoned at exit)
 * must never touch the new scheduler's state when its syscall returns. */
static _Atomic uint64_t sched_gen;

void (*sched_traceback_hook)(G *g, FILE *f);
void (*sched_flush_hook)(void);

static _Thread_local M *tls_m;
static _Thread_local G *tls_g;
static _Thread_local uint64_t tls_rand;

static void stopm(M *m);
static G *findrunnable(M *m, bool *inherit);
static void wakep(void);
static void startm(P *p, bool spinning);
static bool checkdead_locked(M *m, const char **why);
static void report_deadlock(const char *why);

/* ------------------------------------------------------------------------------------------ */
/* Small helpers */

uint32_t rt_fastrand(void) {
    uint64_t s = tls_rand;
    if (__builtin_expect(s == 0, 0)) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        s = ((uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ull) ^ (uint64_t)(uintptr_t)&tls_rand;
        if (s == 0) s = 1;
    }
    s += 0xa0761d6478bd642full;
    __uint128_t t = (__uint128_t)s * (s ^ 0xe7037ed1a0b428dbull);
    tls_rand = s;
    return (uint32_t)((uint64_t)(t >> 64) ^ (uint64_t)t);
}

static inline int32_t procs(void) { return atomic_load_explicit(&sched.gomaxprocs, memory_order_relaxed); }

static const char *status_text(uint32_t s) {
    static const char *names[] = {
#define X(name, text) text,
        G_STATUS_TABLE(X)
#undef X
    };
    return s < sizeof names / sizeof names[0] ? names[s] : "?";
}

/* Status transitions. Every transition is made by the single owner of the G in its current
 * state (see g.h), so a checked load + release store suffices: no RMW on the hot path. The
 * check catches protocol violations (e.g. readying a G that is not parked). */
static inline void casgstatus(G *g, uint32_t from, uint32_t to) {
    uint32_t old = atomic_load_explicit(&g->status, memory_order_relaxed);
    if (__builtin_expect(old != from, 0)) {
        fprintf(stderr, "runtime: casgstatus: goroutine %lld from %s to %s, but status is %s\n",
                (long long)g->id, status_text(from), status_text(to), status_text(old));
        rt_throw("G status transition from an unexpected state");
    }
    atomic_store_explicit(&g->status, to, memory_order_release);
}

G *sched_current(void) { return tls_g; }
bool sched_exiting(void) { return atomic_load_explicit(&sched.exiting, memory_order_relaxed); }
void sched_set_budget(int budget) { sched.budget = budget > 0 ? budget : SCHED_DEFAULT_BUDGET; }
void sched_gosched(G *g) { (void)g; }
void sched_set_next_goid(int64_t id) { atomic_store(&sched.goidgen, id); }

/* Coarse monotonic time for wait-since stamps: cheap on the park path (~vDSO read). */
static int64_t coarse_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ------------------------------------------------------------------------------------------ */
/* Local run queues (lock-free ring; owner pushes, anyone pops by CAS on head) */

/* Nothing a thief could take (the ring is empty). */
static bool runq_ring_empty(P *p) {
    return atomic_load(&p->runqhead) == atomic_load(&p->runqtail);
}

/* No work at all (ring and runnext). Exact only when read by the owner or with the P idle. */
static bool runqempty(P *p) {
    for (;;) {
        uint32_t h = atomic_load(&p->runqhead);
        uint32_t t = atomic_load(&p->runqtail);
        G *next = atomic_load(&p->runnext);
        if (atomic_load(&p->runqtail) == t) return h == t && next == NULL;
    }
}

static void globrunqput_batch_locked(G *head, G *tail, int32_t n) {
    tail->schedlink = NULL;
    if (sched.runqtail) sched.runqtail->schedlink = head;
    else sched.runqhead = head;
    sched.runqtail = tail;
    atomic_fetch_add(&sched.runqsize, n);
}

static void globrunqput_locked(G *g) { globrunqput_batch_locked(g, g, 1); }

/* The ring was full: move half of it plus g to the global queue. False if thieves raced. */
static bool runqputslow(P *p, G *g, uint32_t h, uint32_t t) {
    G *batch[RUNQ_SIZE / 2 + 1];
    uint32_t n = (t - h) / 2;
    if (n != RUNQ_SIZE / 2) rt_throw("runqputslow: queue is not full");
    for (uint32_t i = 0; i < n; i++)
        batch[i] = atomic_load_explicit(&p->runq[(h + i) % RUNQ_SIZE], memory_order_relaxed);
    if (!atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + n, memory_order_release,
                                                 memory_order_relaxed))
        return false;
    batch[n] = g;
    for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
    atomic_fetch_add_explicit(&sched.nspill, 1, memory_order_relaxed);
    rt_lock(&sched.lock);
    globrunqput_batch_locked(batch[0], batch[n], (int32_t)n + 1);
    rt_unlock(&sched.lock);
    return true;
}

/* Owner only. next: put g in runnext (kicking the old runnext to the tail). */
static void runqput(P *p, G *g, bool next) {
    if (next) {
        G *old = atomic_load_explicit(&p->runnext, memory_order_relaxed);
        atomic_store_explicit(&p->runnext, g, memory_order_relaxed);
        if (old == NULL) return;
        g = old;
    }
    for (;;) {
        uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
        if (t - h < RUNQ_SIZE) {
            atomic_store_explicit(&p->runq[t % RUNQ_SIZE], g, memory_order_relaxed);
            atomic_store_explicit(&p->runqtail, t + 1, memory_order_release);
            return;
        }
        if (runqputslow(p, g, h, t)) return;
    }
}

/* Owner only. *inherit: g came from runnext (no new tick). */
static G *runqget(P *p, bool *inherit) {
    G *next = atomic_load_explicit(&p->runnext, memory_order_relaxed);
    if (next) {
        if (p->streak < RUNNEXT_STREAK) {
            atomic_store_explicit(&p->runnext, NULL, memory_order_relaxed);
            *inherit = true; /* same time slice: no new tick */
            p->streak++;
            return next;
        }
        /* The runnext chain used up its time slice: the ring head goes first. */
    }
    p->streak = 0;
    for (;;) {
        uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
        if (t == h) {
            /* ring empty: runnext (if skipped above) starts a new slice */
            next = atomic_load_explicit(&p->runnext, memory_order_relaxed);
            if (next) atomic_store_explicit(&p->runnext, NULL, memory_order_relaxed);
            *inherit = false;
            return next;
        }
        G *g = atomic_load_explicit(&p->runq[h % RUNQ_SIZE], memory_order_relaxed);
        if (atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + 1, memory_order_release,
                                                    memory_order_relaxed)) {
            *inherit = false;
            return g;
        }
    }
}

/* Take half of p's ring into batch (a thief). Never runnext (owner-private). */
static uint32_t runqgrab(P *p, G **batch) {
    for (;;) {
        uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_acquire);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) return 0;
        if (n > RUNQ_SIZE / 2) continue; /* h and t read inconsistently */
        for (uint32_t i = 0; i < n; i++)
            batch[i] = atomic_load_explicit(&p->runq[(h + i) % RUNQ_SIZE], memory_order_relaxed);
        if (atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + n, memory_order_release,
                                                    memory_order_relaxed))
            return n;
    }
}

/* Steal half of p2's ring into p (whose ring is empty); returns one G to run. */
static G *runqsteal(P *p, P *p2) {
    G *batch[RUNQ_SIZE / 2];
    uint32_t n = runqgrab(p2, batch);
    if (n == 0) return NULL;
    atomic_fetch_add_explicit(&sched.nsteal, 1, memory_order_relaxed);
    n--;
    G *g = batch[n];
    if (n == 0) return g;
    uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
    uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
    if (t - h + n >= RUNQ_SIZE) rt_throw("runqsteal: runq overflow");
    for (uint32_t i = 0; i < n; i++)
        atomic_store_explicit(&p->runq[(t + i) % RUNQ_SIZE], batch[i], memory_order_relaxed);
    atomic_store_explicit(&p->runqtail, t + n, memory_order_release);
    return g;
}

/* sched.lock held. Take a batch from the global queue: one to run, the rest to p's ring. */
static G *globrunqget_locked(P *p, int32_t max) {
    int32_t size = atomic_load(&sched.runqsize);
    if (size == 0) return NULL;
    int32_t n = size / procs() + 1;
    if (n > size) n = size;
    if (max > 0 && n > max) n = max;
    if (n > RUNQ_SIZE / 2) n = RUNQ_SIZE / 2;
    atomic_fetch_sub(&sched.runqsize, n);
    G *g = sched.runqhead;
    sched.runqhead = g->schedlink;
    for (int32_t i = 1; i < n; i++) {
        G *g1 = sched.runqhead;
        sched.runqhead = g1->schedlink;
        runqput(p, g1, false);
    }
    if (sched.runqhead == NULL) sched.runqtail = NULL;
    g->schedlink = NULL;
    return g;
}

/* ------------------------------------------------------------------------------------------ */
/* Ps and Ms */

static P *newp(int32_t id) {
    P *p = NEW(P);
    p->id = id;
    p->status = Pdead;
    return p;
}

static void acquirep(M *m, P *p) {
    if (p->status == Pdead) rt_throw("acquirep: dead P");
    p->status = Prunning;
    p->m = m;
    p->now = coarse_now();
    m->p = p;
}

static P *releasep(M *m) {
    P *p = m->p;
    p->m = NULL;
    p->status = Pidle;
    m->p = NULL;
    return p;
}

/* sched.lock held. An idle P, or NULL. */
static P *pidleget_locked(void) {
    P *p = sched.pidle;
    if (p) {
        sched.pidle = p->link;
        p->link = NULL;
        atomic_fetch_sub(&sched.npidle, 1);
    }
    return p;
}

/* sched.lock held. Move a retired P's leftovers (run queue, free Gs) to the global pools. */
static void p_retire_locked(P *p) {
    bool inh;
    G *g;
    while ((g = runqget(p, &inh)) != NULL) globrunqput_locked(g);
    while (p->gfree) {
        g = p->gfree;
        p->gfree = g->schedlink;
        g->schedlink = sched.gfree;
        sched.gfree = g;
        sched.ngfree++;
    }
    p->ngfree = 0;
    p->goidcache = p->goidcacheend = 0;
    p->status = Pdead;
    p->m = NULL;
}

/* sched.lock held. p has no work: give it to an M waiting after a syscall, else idle it
 * (or retire it if GOMAXPROCS shrank below it). */
static void pidleput_locked(P *p) {
    if (p->id >= procs()) {
        p_retire_locked(p);
        return;
    }
    if (sched.pwait) {
        M *w = sched.pwait;
        sched.pwait = w->schedlink;
        w->schedlink = NULL;
        w->onpwait = false;
        atomic_fetch_sub(&sched.npwait, 1);
        p->status = Pidle;
        w->nextp = p;
        note_wakeup(&w->park);
        return;
    }
    p->status = Pidle;
    p->link = sched.pidle;
    sched.pidle = p;
    atomic_fetch_add(&sched.npidle, 1);
}

/* sched.lock held. */
static void mput_locked(M *m) {
    m->schedlink = sched.midle;
    sched.midle = m;
    m->onidle = true;
    sched.nmidle++;
}

static M *mget_locked(void) {
    M *m = sched.midle;
    if (m) {
        sched.midle = m->schedlink;
        m->schedlink = NULL;
        m->onidle = false;
        sched.nmidle--;
    }
    return m;
}

static void mremove_idle_locked(M *m) {
    for (M **pp = &sched.midle; *pp; pp = &(*pp)->schedlink) {
        if (*pp == m) {
            *pp = m->schedlink;
            m->schedlink = NULL;
            m->onidle = false;
            sched.nmidle--;
            return;
        }
    }
    rt_throw("idle M not on the idle list");
}

static M *allocm_locked(void) {
    M *m = NEW(M);
    m->id = sched.mnext++;
    m->gen = atomic_load(&sched_gen);
    m->alllink = sched.allm;
    sched.allm = m;
    sched.mcount++;
    return m;
}

static void mloop(M *m);

static void *mstart(void *arg) {
    M *m = arg;
    tls_m = m;
    rt_lock(&sched.lock);
    P *p = m->nextp;
    m->nextp = NULL;
    rt_unlock(&sched.lock);
    acquirep(m, p);
    mloop(m);
    /* exiting: this thread ends */
    rt_lock(&sched.lock);
    sched.mcount--;
    M *m0 = sched.m0;
    rt_unlock(&sched.lock);
    tls_m = NULL;
    note_wakeup(&m0->park);
    return NULL;
}

/* Start an M (an idle one, or a new thread) running p, or any idle P if p is NULL. */
static void startm(P *p, bool spinning) {
    rt_lock(&sched.lock);
    if (p == NULL) {
        p = pidleget_locked();
        if (p == NULL) {
            rt_unlock(&sched.lock);
            /* the caller incremented nmspinning for us; no P, so nobody will spin */
            if (spinning) atomic_fetch_sub(&sched.nmspinning, 1);
            return;
        }
    }
    if (sched.exiting) {
        pidleput_locked(p);
        rt_unlock(&sched.lock);
        if (spinning) atomic_fetch_sub(&sched.nmspinning, 1);
        return;
    }
    M *m = mget_locked();
    if (m) {
        m->nextp = p;
        m->spinning = spinning;
        rt_unlock(&sched.lock);
        note_wakeup(&m->park);
        return;
    }
    m = allocm_locked();
    m->nextp = p;
    m->spinning = spinning;
    rt_unlock(&sched.lock);
    pthread_t th;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (mem_thread_create(&th, &attr, mstart, m) != 0) rt_throw("cannot create a worker thread");
    atomic_fetch_add_explicit(&sched.nthreads, 1, memory_order_relaxed);
    pthread_attr_destroy(&attr);
}

/* Rule (a): make sure someone looks for the work just queued, if a P is idle. */
static void wakep(void) {
    if (atomic_load(&sched.npidle) == 0) return;
    int32_t z = 0;
    if (atomic_load(&sched.nmspinning) != 0 ||
        !atomic_compare_exchange_strong(&sched.nmspinning, &z, 1))
        return;
    startm(NULL, true);
}

/* Rule (b). */
static void resetspinning(M *m) {
    m->spinning = false;
    if (atomic_fetch_sub(&sched.nmspinning, 1) - 1 < 0) rt_throw("resetspinning: negative nmspinning");
    wakep();
}

/* Hand p (released by an M entering a syscall) to whoever should run it (Go's handoffp). */
static void handoffp(P *p) {
    if (!runqempty(p) || atomic_load(&sched.runqsize) != 0) {
        startm(p, false);
        return;
    }
    int32_t z = 0;
    if (atomic_load(&sched.nmspinning) + atomic_load(&sched.npidle) == 0 &&
        atomic_compare_exchange_strong(&sched.nmspinning, &z, 1)) {
        startm(p, true);
        return;
    }
    rt_lock(&sched.lock);
    if (atomic_load(&sched.runqsize) != 0 && !sched.exiting) {
        rt_unlock(&sched.lock);
        startm(p, false);
        return;
    }
    /* Last running P with timers pending and nobody sleeping on them: an M must serve them. */
    if (!sched.exiting && timer_next_when() != INT64_MAX && sched.sleeper == NULL &&
        atomic_load(&sched.npidle) == procs() - 1) {
        rt_unlock(&sched.lock);
        startm(p, false);
        return;
    }
    pidleput_locked(p);
    rt_unlock(&sched.lock);
}

/* ------------------------------------------------------------------------------------------ */
/* Gs: allocation, free lists, ids */

static G *gfget(P *p) {
    if (p == NULL || (p->gfree == NULL && sched.gfree != NULL)) {
        rt_lock(&sched.lock);
        if (p == NULL) {
            G *g = sched.gfree;
            if (g) {
                sched.gfree = g->schedlink;
                sched.ngfree--;
            }
            rt_unlock(&sched.lock);
            return g;
        }
        while (p->ngfree < GFREE_LOCAL_MAX / 2 && sched.gfree) {
            G *g = sched.gfree;
            sched.gfree = g->schedlink;
            sched.ngfree--;
            g->schedlink = p->gfree;
            p->gfree = g;
            p->ngfree++;
        }
        rt_unlock(&sched.lock);
    }
    G *g = p->gfree;
    if (g) {
        p->gfree = g->schedlink;
        p->ngfree--;
    }
    return g;
}

static void gfput(P *p, G *g) {
    if (p == NULL) {
        rt_lock(&sched.lock);
        g->schedlink = sched.gfree;
        sched.gfree = g;
        sched.ngfree++;
        rt_unlock(&sched.lock);
        return;
    }
    g->schedlink = p->gfree;
    p->gfree = g;
    if (++p->ngfree >= GFREE_LOCAL_MAX) {
        rt_lock(&sched.lock);
        while (p->ngfree > GFREE_LOCAL_MAX / 2) {
            G *x = p->gfree;
            p->gfree = x->schedlink;
            p->ngfree--;
            x->schedlink = sched.gfree;
            sched.gfree = x;
            sched.ngfree++;
        }
        rt_unlock(&sched.lock);
    }
}

static int64_t newgoid(P *p) {
    if (p == NULL) return atomic_fetch_add(&sched.goidgen, 1);
    if (p->goidcache == p->goidcacheend) {
        p->goidcache = atomic_fetch_add(&sched.goidgen, GOID_BATCH);
        p->goidcacheend = p->goidcache + GOID_BATCH;
    }
    return p->goidcache++;
}

G *sched_newg(void) {
    M *m = tls_m;
    P *p = m ? m->p : NULL;
    G *g = gfget(p);
    if (g) {
        casgstatus(g, Gdead, Gidle);
        /* reset everything but fiber (VM's to reuse), timer (reused), allnext (list link) */
        g->waitreason = 0;
        g->resumed = false;
        g->syncstage = g->syncflags = 0;
        atomic_store_explicit(&g->selectdone, 0, memory_order_relaxed);
        g->line = 0;
        g->func = g->file = NULL;
        g->parentid = 0;
        g->waitsince = 0;
        g->parkfn = NULL;
        g->parkarg = NULL;
        g->waiting = g->param = NULL;
        g->schedlink = NULL;
        g->syncwait = 0;
    } else {
        g = NEW(G);
        atomic_store_explicit(&g->status, Gidle, memory_order_relaxed);
        G *head = atomic_load(&sched.allgs);
        do g->allnext = head;
        while (!atomic_compare_exchange_weak(&sched.allgs, &head, g));
    }
    g->id = newgoid(p);
    return g;
}

static void ngo_add(P *p, int64_t d) {
    if (p) atomic_store_explicit(&p->ngo, atomic_load_explicit(&p->ngo, memory_order_relaxed) + d,
                                 memory_order_relaxed);
    else atomic_fetch_add(&sched.ngo_global, d);
}

int64_t sched_numgoroutine(void) {
    int64_t n = atomic_load(&sched.ngo_global);
    int32_t np = atomic_load(&sched.nallp);
    for (int32_t i = 0; i < np; i++) n += atomic_load_explicit(&sched.allp[i]->ngo, memory_order_relaxed);
    return n;
}

/* Put g on the global queue from a thread without a P, and start an M on an idle P (rule d). */
static void ready_global(G *g) {
    rt_lock(&sched.lock);
    globrunqput_locked(g);
    P *p = sched.started && !sched.exiting ? pidleget_locked() : NULL;
    rt_unlock(&sched.lock);
    if (p) startm(p, false);
}

void sched_go(G *g) {
    G *cur = tls_g;
    g->parentid = cur ? cur->id : 0;
    M *m = tls_m;
    P *p = m ? m->p : NULL;
    casgstatus(g, Gidle, Grunnable);
    ngo_add(p, 1);
    if (p) {
        runqput(p, g, true);
        wakep();
    } else {
        ready_global(g);
    }
}

void sched_ready(G *g) {
    casgstatus(g, Gwaiting, Grunnable);
    M *m = tls_m;
    P *p = m ? m->p : NULL;
    if (p) {
        runqput(p, g, true);
        wakep();
    } else {
        ready_global(g);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Sudog cache */

Sudog *sudog_acquire(G *g) {
    M *m = tls_m;
    P *p = m ? m->p : NULL;
    Sudog *s = NULL;
    if (p) {
        if (p->nsudog == 0 && sched.sudogfree) {
            rt_lock(&sched.lock);
            while (p->nsudog < SUDOG_CACHE / 2 && sched.sudogfree) {
                Sudog *x = sched.sudogfree;
                sched.sudogfree = x->next;
                x->next = NULL;
                p->sudogcache[p->nsudog++] = x;
            }
            rt_unlock(&sched.lock);
        }
        if (p->nsudog > 0) s = p->sudogcache[--p->nsudog];
    }
    if (s == NULL) s = NEW(Sudog);
    s->g = g;
    return s;
}

void sudog_release(Sudog *s) {
    if (s->next || s->prev) rt_throw("sudog_release: sudog still queued");
    memset(s, 0, sizeof *s);
    M *m = tls_m;
    P *p = m ? m->p : NULL;
    if (p == NULL) return; /* let the GC have it */
    if (p->nsudog == SUDOG_CACHE) {
        rt_lock(&sched.lock);
        while (p->nsudog > SUDOG_CACHE / 2) {
            Sudog *x = p->sudogcache[--p->nsudog];
            p->sudogcache[p->nsudog] = NULL;
            x->next = sched.sudogfree;
            sched.sudogfree = x;
        }
        rt_unlock(&sched.lock);
    }
    p->sudogcache[p->nsudog++] = s;
}

/* ------------------------------------------------------------------------------------------ */
/* The scheduling loop */

/* Runner returned G_RUN_PARK: steps 5-6 of the parking protocol. */
static void park_commit(M *m, G *g) {
    GParkFn fn = g->parkfn;
    void *arg = g->parkarg;
    g->parkfn = NULL;
    g->parkarg = NULL;
    g->resumed = true;
    g->waitsince = m->p ? m->p->now : coarse_now(); /* ~ms accuracy is plenty for minutes */
    casgstatus(g, Grunning, Gwaiting);
    if (fn && !fn(g, arg)) {
        /* park aborted: nobody else can have seen the G; run it again soon */
        casgstatus(g, Gwaiting, Grunnable);
        if (m->p) runqput(m->p, g, true);
        else ready_global(g);
    }
    /* g may be running elsewhere now: do not touch it */
}

static void gdestroy(M *m, G *g) {
    P *p = m->p;
    casgstatus(g, Grunning, Gdead);
    g->waiting = g->param = NULL;
    g->parkfn = NULL;
    g->parkarg = NULL;
    g->func = g->file = NULL;
    ngo_add(p, -1);
    gfput(p, g);
}

static void execute(M *m, G *g, bool inherit) {
    P *p = m->p;
    if (!inherit) p->schedtick++;
    if ((++p->nexec & 63) == 0) p->now = coarse_now();
    casgstatus(g, Grunnable, Grunning);
    m->curg = g;
    tls_g = g;
    GRunResult r = sched.run(g, sched.budget);
    tls_g = NULL;
    m->curg = NULL;
    switch (r) {
    case G_RUN_DONE: gdestroy(m, g); break;
    case G_RUN_YIELD:
        casgstatus(g, Grunning, Grunnable);
        runqput(m->p, g, false);
        break;
    case G_RUN_PREEMPT:
        /* as gc's preemption (goschedImpl): behind all the work queued so far, so a loop
         * spawning goroutines lets them run and be recycled (spawn: 64 MB -> 17 MB) */
        casgstatus(g, Grunning, Grunnable);
        rt_lock(&sched.lock);
        globrunqput_locked(g);
        rt_unlock(&sched.lock);
        break;
    case G_RUN_PARK: park_commit(m, g); break;
    case G_RUN_EXIT: sched_exit(0); break;
    default: rt_throw("runner returned an unknown GRunResult");
    }
}

static void mloop(M *m) {
    for (;;) {
        bool inherit = false;
        G *g = findrunnable(m, &inherit);
        if (g == NULL) return; /* exiting */
        if (m->spinning) resetspinning(m);
        execute(m, g, inherit);
    }
}

/* Steal from other Ps: 4 rounds over all Ps in a random order. */
static G *stealwork(M *m) {
    P *p = m->p;
    for (int round = 0; round < 4; round++) {
        int32_t n = procs();
        uint32_t start = rt_fastrandn((uint32_t)n);
        for (int32_t j = 0; j < n; j++) {
            if (sched_exiting()) return NULL;
            P *p2 = sched.allp[(start + (uint32_t)j) % (uint32_t)n];
            if (p2 == p || p2->id >= n) continue;
            G *g = runqsteal(p, p2);
            if (g) return g;
        }
    }
    return NULL;
}

/* m's P has id >= GOMAXPROCS: retire it and find another (or go idle). */
static void retire_own_p(M *m) {
    rt_lock(&sched.lock);
    P *p = m->p;
    m->p = NULL;
    p_retire_locked(p);
    P *np = pidleget_locked();
    rt_unlock(&sched.lock);
    if (m->spinning) {
        m->spinning = false;
        atomic_fetch_sub(&sched.nmspinning, 1);
    }
    if (np) acquirep(m, np);
    else stopm(m);
}

/* A syscall-returning M waits for a P: give it ours (we go idle). */
static bool handoff_to_pwait(M *m) {
    rt_lock(&sched.lock);
    if (sched.pwait == NULL || m->p == NULL) {
        rt_unlock(&sched.lock);
        return false;
    }
    P *p = releasep(m);
    pidleput_locked(p); /* goes to the waiter */
    rt_unlock(&sched.lock);
    if (m->spinning) {
        m->spinning = false;
        atomic_fetch_sub(&sched.nmspinning, 1);
    }
    stopm(m);
    return true;
}

static inline void check_timers(void) {
    int64_t next = timer_next_when();
    if (next != INT64_MAX) {
        int64_t now = rt_nanotime();
        if (next <= now) timer_run_due(now);
    }
}

/* Find a G to run (blocking). Returns NULL when the program is exiting. */
static G *findrunnable(M *m, bool *inherit) {
top:
    if (sched_exiting()) return NULL;
    if (m->p == NULL) {
        stopm(m);
        goto top;
    }
    if (m->p->id >= procs()) {
        retire_own_p(m);
        goto top;
    }
    if (atomic_load_explicit(&sched.npwait, memory_order_relaxed) > 0 && handoff_to_pwait(m))
        goto top;
    P *p = m->p;
    check_timers();
    G *g;
    /* Fairness with the global queue: every 61st tick, and whenever a runnext chain used up
     * its slice (a ping-pong pair never starts new ticks). */
    if ((p->schedtick % 61 == 0 || p->streak >= RUNNEXT_STREAK) &&
        atomic_load_explicit(&sched.runqsize, memory_order_relaxed) > 0) {
        rt_lock(&sched.lock);
        g = globrunqget_locked(p, 1);
        rt_unlock(&sched.lock);
        if (g) {
            p->streak = 0;
            *inherit = false;
            return g;
        }
    }
    if ((g = runqget(p, inherit)) != NULL) return g;
    if (atomic_load(&sched.runqsize) > 0) {
        rt_lock(&sched.lock);
        g = globrunqget_locked(p, 0);
        rt_unlock(&sched.lock);
        if (g) {
            *inherit = false;
            return g;
        }
    }
    /* Steal, limiting the number of spinning Ms to half the busy Ps (Go's heuristic). */
    if (m->spinning || 2 * atomic_load(&sched.nmspinning) < procs() - atomic_load(&sched.npidle)) {
        if (!m->spinning) {
            m->spinning = true;
            atomic_fetch_add(&sched.nmspinning, 1);
        }
        if ((g = stealwork(m)) != NULL) {
            *inherit = false;
            return g;
        }
    }
    /* Nothing: give up the P (rule c). */
    rt_lock(&sched.lock);
    if (sched.exiting) {
        rt_unlock(&sched.lock);
        return NULL;
    }
    if (atomic_load(&sched.runqsize) != 0) {
        g = globrunqget_locked(p, 0);
        rt_unlock(&sched.lock);
        *inherit = false;
        return g;
    }
    releasep(m);
    pidleput_locked(p);
    rt_unlock(&sched.lock);
    if (m->spinning) {
        m->spinning = false;
        if (atomic_fetch_sub(&sched.nmspinning, 1) - 1 < 0) rt_throw("findrunnable: negative nmspinning");
        /* re-check every run queue after the decrement (the Dekker half of rule c); only
         * stealable work counts (runnext is run by its owner) */
        int32_t n = procs();
        for (int32_t i = 0; i < n; i++) {
            if (!runq_ring_empty(sched.allp[i])) {
                rt_lock(&sched.lock);
                P *np = pidleget_locked();
                rt_unlock(&sched.lock);
                if (np) {
                    acquirep(m, np);
                    m->spinning = true;
                    atomic_fetch_add(&sched.nmspinning, 1);
                    goto top;
                }
                break;
            }
        }
        if (timer_next_when() <= rt_nanotime()) {
            rt_lock(&sched.lock);
            P *np = pidleget_locked();
            rt_unlock(&sched.lock);
            if (np) {
                acquirep(m, np);
                goto top;
            }
        }
    }
    stopm(m);
    goto top;
}

/* Sleep until handed a P (m->p set on return), or the program is exiting. */
static void stopm(M *m) {
    for (;;) {
        const char *deadwhy = NULL;
        rt_lock(&sched.lock);
        if (sched.exiting) {
            rt_unlock(&sched.lock);
            return;
        }
        if (m->nextp) { /* handed a P while we were not looking */
            P *p = m->nextp;
            m->nextp = NULL;
            rt_unlock(&sched.lock);
            acquirep(m, p);
            return;
        }
        if (atomic_load(&sched.runqsize) != 0) {
            P *p = pidleget_locked();
            if (p) {
                rt_unlock(&sched.lock);
                acquirep(m, p);
                return;
            }
        }
        mput_locked(m);
        int64_t next = timer_next_when();
        bool timed = false;
        if (next != INT64_MAX && (sched.sleeper == NULL || sched.sleeper_when > next)) {
            M *old = sched.sleeper;
            sched.sleeper = m;
            sched.sleeper_when = next;
            timed = true;
            if (old) note_wakeup(&old->park); /* it re-evaluates and sleeps untimed */
        }
        bool dead = checkdead_locked(m, &deadwhy);
        if (dead) {
            atomic_store(&sched.exitcode, 2);
            atomic_store(&sched.exiting, true);
        }
        rt_unlock(&sched.lock);
        if (dead) {
            report_deadlock(deadwhy);
            sched_exit(2); /* wakes the idle Ms so they exit */
            return;
        }
        if (timed) {
            int64_t d = next - rt_nanotime();
            note_tsleep(&m->park, d > 0 ? d : 0);
        }
        else note_sleep(&m->park);
        rt_lock(&sched.lock);
        if (sched.sleeper == m) sched.sleeper = NULL;
        if (!m->onidle) {
            /* claimed by startm (nextp set) — or woken for exit */
            P *p = m->nextp;
            m->nextp = NULL;
            rt_unlock(&sched.lock);
            if (p) {
                acquirep(m, p);
                return;
            }
            continue;
        }
        /* timeout, replaced as sleeper, exit, or a stale token: leave the idle list */
        mremove_idle_locked(m);
        if (sched.exiting) {
            rt_unlock(&sched.lock);
            return;
        }
        P *p = pidleget_locked();
        rt_unlock(&sched.lock);
        if (p) {
            acquirep(m, p);
            return;
        }
        /* Every P is busy: fire due timers ourselves; their wake-ups go to the global queue. */
        check_timers();
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Exit, syscalls, GOMAXPROCS */

void sched_exit(int code) {
    rt_lock(&sched.lock);
    if (!sched.exiting) {
        atomic_store(&sched.exitcode, code);
        atomic_store(&sched.exiting, true);
    }
    for (M *m = sched.midle; m; m = m->schedlink) note_wakeup(&m->park);
    for (M *m = sched.pwait; m; m = m->schedlink) note_wakeup(&m->park);
    if (sched.m0) note_wakeup(&sched.m0->park);
    rt_unlock(&sched.lock);
}

_Noreturn static void abandon_m(void) {
    /* The program is ending: this M came back from a syscall too late. It must not run Go code
     * any more; the process exits shortly. */
    RtNote never = {0};
    for (;;) note_sleep(&never);
}

void sched_enter_syscall(void) {
    M *m = tls_m;
    G *g = tls_g;
    if (m == NULL || g == NULL || m->p == NULL) rt_throw("sched_enter_syscall outside a goroutine");
    casgstatus(g, Grunning, Gsyscall);
    rt_lock(&sched.lock);
    sched.nmsys++;
    P *p = releasep(m);
    rt_unlock(&sched.lock);
    if (m->spinning) rt_throw("sched_enter_syscall: spinning M");
    handoffp(p);
}

void sched_exit_syscall(void) {
    M *m = tls_m;
    G *g = tls_g;
    if (m == NULL || g == NULL || m->p != NULL) rt_throw("sched_exit_syscall without sched_enter_syscall");
    if (m->gen != atomic_load(&sched_gen)) abandon_m(); /* from a previous run: stale */
    rt_lock(&sched.lock);
    for (;;) {
        if (sched.exiting) {
            sched.nmsys--;
            sched.mcount--;
            if (m->onpwait) {
                for (M **pp = &sched.pwait; *pp; pp = &(*pp)->schedlink)
                    if (*pp == m) {
                        *pp = m->schedlink;
                        atomic_fetch_sub(&sched.npwait, 1);
                        break;
                    }
                m->onpwait = false;
            }
            M *m0 = sched.m0;
            rt_unlock(&sched.lock);
            note_wakeup(&m0->park);
            abandon_m();
        }
        P *p = m->nextp;
        m->nextp = NULL;
        if (p == NULL) p = pidleget_locked();
        if (p) {
            sched.nmsys--;
            rt_unlock(&sched.lock);
            acquirep(m, p);
            casgstatus(g, Gsyscall, Grunning);
            return;
        }
        if (!m->onpwait) {
            m->onpwait = true;
            m->schedlink = sched.pwait;
            sched.pwait = m;
            atomic_fetch_add(&sched.npwait, 1);
        }
        rt_unlock(&sched.lock);
        note_sleep(&m->park);
        rt_lock(&sched.lock);
    }
}

bool sched_can_spin(int iter) {
    M *m = tls_m;
    if (iter >= 4 || m == NULL || m->p == NULL) return false;
    if (sched.ncpu <= 1 || procs() <= atomic_load(&sched.npidle) + atomic_load(&sched.nmspinning) + 1)
        return false;
    return runqempty(m->p);
}

void sched_do_spin(void) { rt_procyield(30); }

int sched_gomaxprocs(int n) {
    rt_lock(&sched.lock);
    int32_t old = procs();
    if (n <= 0 || n == old) {
        rt_unlock(&sched.lock);
        return old;
    }
    if (n > MAXPROCS) n = MAXPROCS;
    int32_t nallp = atomic_load(&sched.nallp);
    for (int32_t i = nallp; i < n; i++) sched.allp[i] = newp(i);
    if (n > nallp) atomic_store(&sched.nallp, n);
    atomic_store(&sched.gomaxprocs, n);
    if (n > old) {
        for (int32_t i = old; i < n; i++) {
            P *p = sched.allp[i];
            if (p->status == Pdead) pidleput_locked(p);
        }
    } else {
        /* retire idle Ps beyond n now; running ones are retired by their M */
        for (P **pp = &sched.pidle; *pp;) {
            P *p = *pp;
            if (p->id >= n) {
                *pp = p->link;
                p->link = NULL;
                atomic_fetch_sub(&sched.npidle, 1);
                p_retire_locked(p);
            } else {
                pp = &p->link;
            }
        }
    }
    int32_t work = atomic_load(&sched.runqsize);
    rt_unlock(&sched.lock);
    for (int32_t i = 0; i < work && i < n; i++) {
        rt_lock(&sched.lock);
        P *p = sched.started ? pidleget_locked() : NULL;
        rt_unlock(&sched.lock);
        if (!p) break;
        startm(p, false);
    }
    if (sched.started) wakep();
    return old;
}

/* ------------------------------------------------------------------------------------------ */
/* Timers hook (rule f) */

void sched_timer_wakeup(int64_t when) {
    rt_lock(&sched.lock);
    M *m = NULL;
    if (sched.sleeper && sched.sleeper_when > when) {
        m = sched.sleeper;
        sched.sleeper = NULL;
    }
    rt_unlock(&sched.lock);
    if (m) note_wakeup(&m->park);
}

/* ------------------------------------------------------------------------------------------ */
/* Deadlock detection and reports */

/* sched.lock held; m is on the idle list. True: deadlock (why = the fatal message). */
static bool checkdead_locked(M *m, const char **why) {
    (void)m;
    if (!sched.started || sched.exiting) return false;
    int32_t run = sched.mcount - sched.nmidle;
    if (run > 0) return false;
    if (run < 0) rt_throw("checkdead: inconsistent M counts");
    if (atomic_load(&sched.runqsize) != 0) return false;
    int waiting = 0;
    for (G *g = atomic_load(&sched.allgs); g; g = g->allnext) {
        uint32_t s = atomic_load(&g->status);
        if (s == Gwaiting) waiting++;
        else if (s == Grunnable || s == Grunning || s == Gsyscall) {
            /* a runnable G must be in some run queue an idle M would have found */
            int32_t n = procs();
            for (int32_t i = 0; i < n; i++)
                if (!runqempty(sched.allp[i])) return false;
            fprintf(stderr, "runtime: checkdead: found goroutine %lld in status %s\n",
                    (long long)g->id, status_text(s));
            rt_throw("checkdead: runnable g");
        }
    }
    if (waiting == 0) {
        *why = "no goroutines (main called runtime.Goexit) - deadlock!";
        return true;
    }
    if (timer_count() > 0) return false;
    *why = "all goroutines are asleep - deadlock!";
    return true;
}

static int cmp_goid(const void *a, const void *b) {
    int64_t x = (*(G *const *)a)->id, y = (*(G *const *)b)->id;
    return (x > y) - (x < y);
}

int sched_all_goroutines(G **out, int max) {
    int n = 0;
    for (G *g = atomic_load(&sched.allgs); g; g = g->allnext) {
        uint32_t s = atomic_load(&g->status);
        if (s == Gdead || s == Gidle) continue;
        if (n < max) out[n] = g;
        n++;
    }
    if (out && max > 1) qsort(out, (size_t)(n < max ? n : max), sizeof(G *), cmp_goid);
    return n;
}

void sched_print_goroutine(G *g, FILE *f) {
    uint32_t s = atomic_load(&g->status);
    if (s == Gwaiting) {
        const char *r = wait_reason_text((WaitReason)g->waitreason);
        int64_t mins = g->waitsince ? (coarse_now() - g->waitsince) / 60000000000LL : 0;
        if (mins >= 1)
            fprintf(f, "goroutine %lld [%s, %lld minute%s]:\n", (long long)g->id, r,
                    (long long)mins, mins == 1 ? "" : "s");
        else
            fprintf(f, "goroutine %lld [%s]:\n", (long long)g->id, r);
    } else {
        fprintf(f, "goroutine %lld [%s]:\n", (long long)g->id, status_text(s));
    }
    if (sched_traceback_hook) sched_traceback_hook(g, f);
    if (g->func && g->parentid != 0)
        fprintf(f, "created by %s in goroutine %lld\n\t%s:%d\n", g->func, (long long)g->parentid,
                g->file ? g->file : "?", g->line);
}

static void report_deadlock(const char *why) {
    if (sched_flush_hook) sched_flush_hook();
    fflush(stdout);
    fprintf(stderr, "fatal error: %s\n", why);
    int n = sched_all_goroutines(NULL, 0);
    if (n > 0) {
        G **gs = mem_alloc(sizeof(G *) * (size_t)n);
        n = sched_all_goroutines(gs, n);
        for (int i = 0; i < n; i++) {
            fputc('\n', stderr);
            sched_print_goroutine(gs[i], stderr);
        }
    }
    fflush(stderr);
}

_Noreturn void rt_fatal(G *g, const char *msg) {
    if (sched_flush_hook) sched_flush_hook();
    fflush(stdout);
    fprintf(stderr, "fatal error: %s\n", msg);
    if (g) {
        fputc('\n', stderr);
        sched_print_goroutine(g, stderr);
    }
    fflush(stderr);
    _exit(2);
}

/* ------------------------------------------------------------------------------------------ */
/* Init and main */

static int default_procs(void) {
    const char *e = getenv("GOMAXPROCS");
    if (e && *e) {
        char *end;
        long v = strtol(e, &end, 10);
        if (*end == 0 && v > 0) return v > MAXPROCS ? MAXPROCS : (int)v;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (n > MAXPROCS ? MAXPROCS : (int)n) : 1;
}

void sched_init(int nprocs, GRunFn run) {
    if (sched.started) rt_throw("sched_init while the scheduler runs");
    memset(&sched, 0, sizeof sched);
    atomic_fetch_add(&sched_gen, 1);
    sched.run = run;
    sched.budget = SCHED_DEFAULT_BUDGET;
    sched.ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    sched.goidgen = 1;
    sched.mnext = 0;
    int n = nprocs > 0 ? (nprocs > MAXPROCS ? MAXPROCS : nprocs) : default_procs();
    for (int i = 0; i < n; i++) sched.allp[i] = newp(i);
    atomic_store(&sched.nallp, n);
    atomic_store(&sched.gomaxprocs, n);
    for (int i = n - 1; i >= 0; i--) pidleput_locked(sched.allp[i]);
    timer_reset_all();
}

int sched_main(G *main) {
    if (sched.run == NULL) rt_throw("sched_main before sched_init");
    rt_lock(&sched.lock);
    M *m0 = allocm_locked();
    sched.m0 = m0;
    P *p = pidleget_locked();
    sched.maing = main;
    sched.started = true;
    rt_unlock(&sched.lock);
    tls_m = m0;
    acquirep(m0, p);
    main->parentid = 0;
    casgstatus(main, Gidle, Grunnable);
    ngo_add(p, 1);
    runqput(p, main, true);
    mloop(m0);
    /* exiting: wait until no other M runs Go code (Ms in syscalls are abandoned) */
    for (;;) {
        rt_lock(&sched.lock);
        int32_t others = sched.mcount - 1 - sched.nmsys;
        rt_unlock(&sched.lock);
        if (others <= 0) break;
        note_tsleep(&m0->park, 1000000);
    }
    rt_lock(&sched.lock);
    sched.started = false;
    rt_unlock(&sched.lock);
    tls_m = NULL;
    tls_g = NULL;
    return atomic_load(&sched.exitcode);
}

/* ------------------------------------------------------------------------------------------ */
/* Statistics and test hooks */

void sched_stats(SchedStats *out) {
    out->steals = atomic_load(&sched.nsteal);
    out->spills = atomic_load(&sched.nspill);
    out->threads = atomic_load(&sched.nthreads);
}

P *sched_test_newp(int id) { return newp(id); }
void sched_test_runqput(P *p, G *g, bool next) { runqput(p, g, next); }
G *sched_test_runqget(P *p) {
    bool inh;
    return runqget(p, &inh);
}
G *sched_test_runqsteal(P *dst, P *src) { return runqsteal(dst, src); }
int sched_test_runqlen(P *p) {
    return (int)(atomic_load(&p->runqtail) - atomic_load(&p->runqhead)) + (atomic_load(&p->runnext) != NULL);
}
int32_t sched_test_globrunqsize(void) { return atomic_load(&sched.runqsize); }
G *sched_test_globrunqget(void) {
    rt_lock(&sched.lock);
    G *g = sched.runqhead;
    if (g) {
        sched.runqhead = g->schedlink;
        if (!sched.runqhead) sched.runqtail = NULL;
        g->schedlink = NULL;
        atomic_fetch_sub(&sched.runqsize, 1);
    }
    rt_unlock(&sched.lock);
    return g;
}

/* ------------------------------------------------------------------------------------------ */
/* Tables */

const char *wait_reason_text(WaitReason r) {
    static const char *texts[] = {
#define X(name, text) text,
        WAIT_REASON_TABLE(X)
#undef X
    };
    return (unsigned)r < waitReasonCount_ ? texts[r] : "unknown";
}

static const struct {
    int code;
    char kind;
    const char *text;
} rt_errors[] = {
#define X(code, kind, text) {code, kind, text},
    RT_ERROR_TABLE(X)
#undef X
};

const char *rt_err_text(int code) {
    for (size_t i = 0; i < sizeof rt_errors / sizeof rt_errors[0]; i++)
        if (rt_errors[i].code == code) return rt_errors[i].text;
    return "";
}

bool rt_err_is_fatal(int code) {
    for (size_t i = 0; i < sizeof rt_errors / sizeof rt_errors[0]; i++)
        if (rt_errors[i].code == code) return rt_errors[i].kind == 'F';
    return false;
}
