/* g.h — goroutines (G), wait records (Sudog), wait reasons and runtime result codes.
 *
 * A G is a VM fiber plus the scheduler's bookkeeping. The runtime never looks inside `fiber`:
 * the VM keeps its frames/registers there (heap memory hanging off the G) and runs the G when
 * the scheduler calls the runner registered with sched_init (see sched.h).
 *
 * Size budget: a parked goroutine (G + one Sudog + the VM fiber) must stay under 1 KiB, so G is
 * kept to 128 bytes and Sudog to 56 (measured: 451 bytes per parked G with a 232-byte test
 * fiber, GC size classes included). Both are Boehm-GC memory: G is reachable from the allgs
 * list (sched.c) for its whole life (dead Gs are recycled, never freed), a Sudog from its G's
 * `waiting` list while it is queued anywhere.
 *
 * Result codes: every runtime operation a VM instruction or native calls returns an RtStatus.
 * RT_OK and RT_PARK are shared by all families (chan, select, sema, sync, sleep), so the VM can
 * treat "returned RT_PARK" uniformly: save the pc, return G_RUN_PARK from the runner, and when the
 * G runs again (g->resumed == true) execute the same instruction in resume mode.
 */
#ifndef GORO_RT_G_H
#define GORO_RT_G_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct G G;
typedef struct Sudog Sudog;
typedef struct Chan Chan;
typedef struct Timer Timer;

/* ---- Result codes and runtime errors (one table: code, panic-or-fatal, gc's text) ----
 * Kind P: a Go panic the VM raises with the text as a runtime error value.
 * Kind F: a fatal error (Go's throw/fatal): the VM calls rt_fatal(g, text): not recoverable,
 *         prints "fatal error: TEXT", the goroutine trace, exits 2. */
#define RT_ERROR_TABLE(X)                                                                  \
    X(RT_ERR_SEND_CLOSED, 'P', "send on closed channel")                                   \
    X(RT_ERR_CLOSE_CLOSED, 'P', "close of closed channel")                                 \
    X(RT_ERR_CLOSE_NIL, 'P', "close of nil channel")                                       \
    X(RT_ERR_WG_NEGATIVE, 'P', "sync: negative WaitGroup counter")                         \
    X(RT_ERR_WG_MISUSE, 'P', "sync: WaitGroup misuse: Add called concurrently with Wait")  \
    X(RT_ERR_WG_REUSE, 'P', "sync: WaitGroup is reused before previous Wait has returned") \
    X(RT_ERR_UNLOCK_UNLOCKED, 'F', "sync: unlock of unlocked mutex")                       \
    X(RT_ERR_RUNLOCK_UNLOCKED, 'F', "sync: RUnlock of unlocked RWMutex")                   \
    X(RT_ERR_RWUNLOCK_UNLOCKED, 'F', "sync: Unlock of unlocked RWMutex")                   \
    X(RT_ERR_NEG_SEMA_RELEASE, 'F', "sync: negative semaphore release")

typedef enum RtStatus {
    RT_OK = 0,         /* done; results are in the out-parameters */
    RT_PARK = 1,       /* the G must block: return G_RUN_PARK; resume mode when it runs again */
    RT_WOULDBLOCK = 2, /* non-blocking operation could not proceed (select default, TryLock) */
    RT_ERR_FIRST_ = 16,
#define X(code, kind, text) code,
    RT_ERROR_TABLE(X)
#undef X
    RT_ERR_END_
} RtStatus;

const char *rt_err_text(int code);  /* gc's message for an RT_ERR_* code ("" for others) */
bool rt_err_is_fatal(int code);     /* true: rt_fatal; false: Go panic */

/* ---- Goroutine status. Transitions are CASes on G.status (sched.c casgstatus). ----
 * Who owns the G (may write its non-atomic fields) in each state: */
#define G_STATUS_TABLE(X)                                                                      \
    X(Gidle, "idle")         /* just allocated by sched_newg: owned by its creator (the VM     \
                                sets fiber and creation site) until sched_go */                \
    X(Grunnable, "runnable") /* on a run queue (runnext, a P's ring, the global queue):       \
                                owned by the queue; whoever dequeues it owns it */             \
    X(Grunning, "running")   /* executing in the runner on exactly one M, which owns it */     \
    X(Gsyscall, "syscall")   /* running on an M that gave up its P (sched_enter_syscall):      \
                                still owned by that M */                                       \
    X(Gwaiting, "waiting")   /* parked: owned by the wait queue / timer it sits on; the one    \
                                waker that removes it calls sched_ready */                     \
    X(Gdead, "dead")         /* finished; on a free list (owned by that P / sched.lock) */

typedef enum GStatus {
#define X(name, text) name,
    G_STATUS_TABLE(X)
#undef X
} GStatus;

/* ---- Wait reasons: the text gc prints in "goroutine N [REASON]:". One table. ---- */
#define WAIT_REASON_TABLE(X)                                      \
    X(waitReasonZero, "")                                         \
    X(waitReasonChanReceive, "chan receive")                      \
    X(waitReasonChanSend, "chan send")                            \
    X(waitReasonSelect, "select")                                 \
    X(waitReasonSelectNoCases, "select (no cases)")               \
    X(waitReasonChanReceiveNilChan, "chan receive (nil chan)")    \
    X(waitReasonChanSendNilChan, "chan send (nil chan)")          \
    X(waitReasonSleep, "sleep")                                   \
    X(waitReasonSyncWaitGroupWait, "sync.WaitGroup.Wait")         \
    X(waitReasonSyncMutexLock, "sync.Mutex.Lock")                 \
    X(waitReasonSyncRWMutexLock, "sync.RWMutex.Lock")             \
    X(waitReasonSyncRWMutexRLock, "sync.RWMutex.RLock")           \
    X(waitReasonSyncCondWait, "sync.Cond.Wait")                   \
    X(waitReasonSemacquire, "semacquire")                         \
    X(waitReasonIOWait, "IO wait")                                \
    X(waitReasonSyscall, "syscall")                               \
    X(waitReasonPanicWait, "panicwait")                           \
    X(waitReasonForever, "forever")

typedef enum WaitReason {
#define X(name, text) name,
    WAIT_REASON_TABLE(X)
#undef X
    waitReasonCount_
} WaitReason;

const char *wait_reason_text(WaitReason r);

/* Park commit: called by the scheduler on the M that ran the G, after the runner returned
 * G_RUN_PARK and the G's status is Gwaiting (Go's gopark unlockf). It releases the lock(s) that
 * kept wakers away. Returning false aborts the park: the G is made runnable again at once. */
typedef bool (*GParkFn)(G *g, void *arg);

struct G {
    int64_t id;                /* goroutine id (1 = main); fixed while the G is alive */
    _Atomic uint32_t status;   /* GStatus; CAS only (sched.c) */
    uint8_t waitreason;        /* WaitReason; set by the parking op, valid in Gwaiting */
    bool resumed;              /* set by the scheduler when a parked G runs again; consumed
                                  (cleared) by the resume function / re-invoked native */
    uint8_t syncstage;         /* sync.c: where a parked Lock/Wait loop stopped (owner only) */
    uint8_t syncflags;         /* sync.c: lockSlow's starving/awoke bits (owner only) */
    _Atomic uint32_t selectdone; /* select wake race: the first waker CASes 0->1 and wins */
    int32_t line;              /* creation site line (VM) */
    void *fiber;               /* VM-owned frames/registers; opaque to the runtime */
    const char *func;          /* creation site: the function of the go statement (VM),
                                  printed as "created by FUNC in goroutine PARENT" */
    const char *file;          /* creation site file (VM) */
    int64_t parentid;          /* id of the goroutine whose go statement created this one */
    int64_t waitsince;         /* rt_nanotime() when it parked (for "[reason, N minutes]") */
    GParkFn parkfn;            /* park commit (see GParkFn); owner only, read by the M */
    void *parkarg;             /* its argument (a lock, a Chan, a Timer...) */
    Sudog *waiting;            /* sudogs this G is queued with (chan op: one; select: one per
                                  case, in lock order; sema: one). Owner only, except that
                                  wakers fill fields of the sudogs under the queue's lock */
    Sudog *param;              /* select: the sudog whose case fired, set by the winning waker
                                  (after winning selectdone; read by the G after resume) */
    G *schedlink;              /* next on the global run queue / a G free list */
    G *allnext;                /* allgs list (append-only, lock-free push; never unlinked) */
    Timer *timer;              /* timer_sleep's timer, allocated on first sleep, reused */
    int64_t syncwait;          /* sync.c: lockSlow's waitStartTime (owner only) */
};

/* A G waiting in a queue (Go's sudog). Allocated from a per-P cache (sudog_acquire).
 * Fields other than g/next/prev are written by the owning G before enqueueing, and by the one
 * waker that dequeues it (under the same queue lock). */
struct Sudog {
    G *g;
    Sudog *next, *prev;   /* wait queue links (chan recvq/sendq, sema bucket); queue's lock */
    void *elem;           /* chan: the value to send / where to receive (points into the G's
                             registers, which do not move while it is parked); sema: the
                             address it waits on */
    Chan *c;              /* chan/select: the channel */
    Sudog *waitlink;      /* next in g->waiting */
    uint32_t ticket;      /* sema: 1 = ownership handed off; notify list: the wait ticket */
    int16_t caseidx;      /* select: index of the case this sudog belongs to */
    bool isselect;        /* part of a select: wakers must win g->selectdone first */
    bool success;         /* chan: true = woken by a value hand-off, false = by close */
};

Sudog *sudog_acquire(G *g);   /* fresh zeroed sudog with s->g = g (per-P cache) */
void sudog_release(Sudog *s); /* back to the cache; must not be on any queue */

/* Print "fatal error: MSG", the current goroutine's header and trace (traceback hook), flush
 * stdout first (flush hook), and exit the process with status 2. For RT_ERR_* with kind F. */
_Noreturn void rt_fatal(G *g, const char *msg);

#endif
