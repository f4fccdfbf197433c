/* sync.c — sync.Mutex, RWMutex, WaitGroup, Cond, Once on address-keyed semaphores.
 *
 * The algorithms are Go's (sync/mutex.go & co.), restructured for re-invocation: a G that
 * parks inside Lock/Wait returns RT_PARK, and the same call is made again when it resumes
 * (g->resumed). The state a Go loop keeps in locals across runtime_Semacquire lives in the G
 * while it is parked (only the goroutine itself touches these fields):
 *   g->syncwait   Mutex.lockSlow's waitStartTime (0 = never waited)
 *   g->syncflags  bit 0: lockSlow's `starving`, bit 1: `awoke`, bit 2: its queueLifo
 *   g->syncstage  RWMutex.Lock: 1 = parked in w.Lock, 2 = parked on writerSem
 * A G blocks on at most one primitive at a time, so one set of fields suffices.
 */
#include "runtime/sync.h"
#include "runtime/lock.h"
#include "runtime/sched.h"
#include "runtime/sema.h"
#include "runtime/timer.h"

/* ---- Mutex: { int32 state; uint32 sema } ---- */

enum {
    mutexLocked = 1,
    mutexWoken = 2,
    mutexStarving = 4,
    mutexWaiterShift = 3,
};
#define STARVATION_THRESHOLD_NS 1000000 /* 1ms, as Go */

typedef struct MutexW {
    _Atomic int32_t state;
    uint32_t sema;
} MutexW;
_Static_assert(sizeof(MutexW) == 8, "Mutex is one word");

enum { FLAG_STARVING = 1, FLAG_AWOKE = 2, FLAG_LIFO = 4 };

static int mutex_lock_slow(G *g, MutexW *m, bool resumed) {
    int64_t waitstart = g->syncwait;
    bool starving = g->syncflags & FLAG_STARVING;
    bool awoke = g->syncflags & FLAG_AWOKE;
    int iter = 0;
    int32_t old;
    if (resumed) goto resume_sema;
    waitstart = 0;
    starving = awoke = false;
    old = atomic_load(&m->state);
    for (;;) {
        /* Spin only in normal mode and while the mutex is locked (ownership is handed off in
         * starvation mode, so spinning would be pointless). */
        if ((old & (mutexLocked | mutexStarving)) == mutexLocked && sched_can_spin(iter)) {
            /* Tell Unlock not to wake other blocked goroutines while we spin. */
            if (!awoke && (old & mutexWoken) == 0 && (old >> mutexWaiterShift) != 0 &&
                atomic_compare_exchange_strong(&m->state, &old, old | mutexWoken))
                awoke = true;
            sched_do_spin();
            iter++;
            old = atomic_load(&m->state);
            continue;
        }
        int32_t new = old;
        if ((old & mutexStarving) == 0) new |= mutexLocked; /* don't grab a starving mutex */
        if (old & (mutexLocked | mutexStarving)) new += 1 << mutexWaiterShift;
        /* Switch to starvation mode, but only if the mutex is still locked (Unlock expects
         * waiters in starvation mode). */
        if (starving && (old & mutexLocked)) new |= mutexStarving;
        if (awoke) {
            if ((new & mutexWoken) == 0) rt_throw("sync: inconsistent mutex state");
            new &= ~mutexWoken;
        }
        if (atomic_compare_exchange_strong(&m->state, &old, new)) {
            if ((old & (mutexLocked | mutexStarving)) == 0) break; /* locked it with the CAS */
            bool lifo = waitstart != 0; /* waited before: queue at the front */
            if (waitstart == 0) waitstart = rt_nanotime();
            g->syncwait = waitstart;
            g->syncflags = (uint8_t)((starving ? FLAG_STARVING : 0) | (awoke ? FLAG_AWOKE : 0) |
                                     (lifo ? FLAG_LIFO : 0));
            if (sema_acquire_ex(g, &m->sema, lifo, waitReasonSyncMutexLock) == RT_PARK) return RT_PARK;
        resume_sema:
            if (resumed) {
                resumed = false;
                if (sema_acquire_ex(g, &m->sema, g->syncflags & FLAG_LIFO, waitReasonSyncMutexLock) == RT_PARK)
                    return RT_PARK;
            }
            starving = starving || rt_nanotime() - waitstart > STARVATION_THRESHOLD_NS;
            old = atomic_load(&m->state);
            if (old & mutexStarving) {
                /* Ownership was handed to us, but the state is not fixed up yet: the mutex
                 * is not marked locked and we are still counted as a waiter. */
                if ((old & (mutexLocked | mutexWoken)) != 0 || (old >> mutexWaiterShift) == 0)
                    rt_throw("sync: inconsistent mutex state");
                int32_t delta = mutexLocked - (1 << mutexWaiterShift);
                if (!starving || (old >> mutexWaiterShift) == 1) {
                    /* Exit starvation mode (Go: do it here, considering wait time). */
                    delta -= mutexStarving;
                }
                atomic_fetch_add(&m->state, delta);
                break;
            }
            awoke = true;
            iter = 0;
        }
        /* CAS failure reloaded old */
    }
    g->syncwait = 0;
    g->syncflags = 0;
    return RT_OK;
}

int sync_mutex_lock(G *g, uint64_t *mu) {
    MutexW *m = (MutexW *)mu;
    if (g->resumed) return mutex_lock_slow(g, m, true);
    int32_t z = 0;
    if (atomic_compare_exchange_strong(&m->state, &z, mutexLocked)) return RT_OK;
    return mutex_lock_slow(g, m, false);
}

bool sync_mutex_trylock(uint64_t *mu) {
    MutexW *m = (MutexW *)mu;
    int32_t old = atomic_load(&m->state);
    if (old & (mutexLocked | mutexStarving)) return false;
    /* There may be a goroutine waiting for the mutex, but we are running now and can try to
     * grab it before it wakes. */
    return atomic_compare_exchange_strong(&m->state, &old, old | mutexLocked);
}

int sync_mutex_unlock(uint64_t *mu) {
    MutexW *m = (MutexW *)mu;
    int32_t new = atomic_fetch_sub(&m->state, mutexLocked) - mutexLocked;
    if (new == 0) return RT_OK;
    if (((new + mutexLocked) & mutexLocked) == 0) return RT_ERR_UNLOCK_UNLOCKED;
    if ((new & mutexStarving) == 0) {
        int32_t old = new;
        for (;;) {
            /* No waiters, or someone already woke/grabbed it, or it is starving: nothing. */
            if ((old >> mutexWaiterShift) == 0 || (old & (mutexLocked | mutexWoken | mutexStarving)))
                return RT_OK;
            new = (old - (1 << mutexWaiterShift)) | mutexWoken;
            if (atomic_compare_exchange_strong(&m->state, &old, new)) {
                sema_release(&m->sema, false);
                return RT_OK;
            }
        }
    }
    /* Starvation mode: hand ownership to the next waiter. mutexLocked is not set; the waiter
     * sets it. Since mutexStarving is set, new arrivals do not take the mutex. */
    sema_release(&m->sema, true);
    return RT_OK;
}

/* ---- RWMutex: { Mutex w; uint32 writerSem, readerSem; int32 readerCount, readerWait } ---- */

#define RWMUTEX_MAX_READERS (1 << 30)

typedef struct RWMutexW {
    uint64_t w;
    uint32_t writerSem;
    uint32_t readerSem;
    _Atomic int32_t readerCount; /* pending readers; negative while a writer holds/wants it */
    _Atomic int32_t readerWait;  /* departing readers the writer waits for */
} RWMutexW;
_Static_assert(sizeof(RWMutexW) == 24, "RWMutex is three words");

int sync_rwmutex_rlock(G *g, uint64_t *p) {
    RWMutexW *rw = (RWMutexW *)p;
    if (g->resumed) return sema_acquire(g, &rw->readerSem, waitReasonSyncRWMutexRLock);
    if (atomic_fetch_add(&rw->readerCount, 1) + 1 < 0) /* a writer is pending: wait for it */
        return sema_acquire(g, &rw->readerSem, waitReasonSyncRWMutexRLock);
    return RT_OK;
}

bool sync_rwmutex_tryrlock(uint64_t *p) {
    RWMutexW *rw = (RWMutexW *)p;
    int32_t c = atomic_load(&rw->readerCount);
    for (;;) {
        if (c < 0) return false;
        if (atomic_compare_exchange_weak(&rw->readerCount, &c, c + 1)) return true;
    }
}

int sync_rwmutex_runlock(uint64_t *p) {
    RWMutexW *rw = (RWMutexW *)p;
    int32_t r = atomic_fetch_sub(&rw->readerCount, 1) - 1;
    if (r < 0) {
        if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS) return RT_ERR_RUNLOCK_UNLOCKED;
        /* A writer is pending: the last departing reader wakes it. */
        if (atomic_fetch_sub(&rw->readerWait, 1) - 1 == 0) sema_release(&rw->writerSem, false);
    }
    return RT_OK;
}

int sync_rwmutex_lock(G *g, uint64_t *p) {
    RWMutexW *rw = (RWMutexW *)p;
    uint8_t stage = g->resumed ? g->syncstage : 0;
    if (stage == 2) goto writer_sem;
    /* First resolve competition with other writers (stage 0 fresh, 1 resumed). */
    if (sync_mutex_lock(g, &rw->w) == RT_PARK) {
        g->syncstage = 1;
        return RT_PARK;
    }
    {
        /* Announce to readers there is a pending writer. */
        int32_t r = atomic_fetch_add(&rw->readerCount, -RWMUTEX_MAX_READERS);
        /* Wait for active readers. */
        if (r != 0 && atomic_fetch_add(&rw->readerWait, r) + r != 0) {
            g->syncstage = 2;
            if (sema_acquire(g, &rw->writerSem, waitReasonSyncRWMutexLock) == RT_PARK) return RT_PARK;
        }
        g->syncstage = 0;
        return RT_OK;
    }
writer_sem:
    if (sema_acquire(g, &rw->writerSem, waitReasonSyncRWMutexLock) == RT_PARK) return RT_PARK;
    g->syncstage = 0;
    return RT_OK;
}

bool sync_rwmutex_trylock(uint64_t *p) {
    RWMutexW *rw = (RWMutexW *)p;
    if (!sync_mutex_trylock(&rw->w)) return false;
    int32_t z = 0;
    if (!atomic_compare_exchange_strong(&rw->readerCount, &z, -RWMUTEX_MAX_READERS)) {
        sync_mutex_unlock(&rw->w);
        return false;
    }
    return true;
}

int sync_rwmutex_unlock(uint64_t *p) {
    RWMutexW *rw = (RWMutexW *)p;
    /* Announce to readers there is no active writer. */
    int32_t r = atomic_fetch_add(&rw->readerCount, RWMUTEX_MAX_READERS) + RWMUTEX_MAX_READERS;
    if (r >= RWMUTEX_MAX_READERS) return RT_ERR_RWUNLOCK_UNLOCKED;
    /* Unblock blocked readers, if any. */
    for (int32_t i = 0; i < r; i++) sema_release(&rw->readerSem, false);
    /* Allow other writers to proceed. */
    return sync_mutex_unlock(&rw->w);
}

/* ---- WaitGroup: { uint64 state (counter << 32 | waiters); uint32 sema; uint32 unused } ---- */

typedef struct WaitGroupW {
    _Atomic uint64_t state;
    uint32_t sema;
    uint32_t unused;
} WaitGroupW;
_Static_assert(sizeof(WaitGroupW) == 16, "WaitGroup is two words");

int sync_waitgroup_add(uint64_t *p, int64_t delta) {
    WaitGroupW *wg = (WaitGroupW *)p;
    uint64_t d = (uint64_t)delta << 32;
    uint64_t state = atomic_fetch_add(&wg->state, d) + d;
    int32_t v = (int32_t)(state >> 32);
    uint32_t w = (uint32_t)state;
    if (v < 0) return RT_ERR_WG_NEGATIVE;
    if (w != 0 && delta > 0 && v == (int32_t)delta) return RT_ERR_WG_MISUSE;
    if (v > 0 || w == 0) return RT_OK;
    /* counter == 0 and waiters > 0: no Add may happen concurrently now, nor may Wait
     * increment waiters; reset and wake them all. */
    if (atomic_load(&wg->state) != state) return RT_ERR_WG_MISUSE;
    atomic_store(&wg->state, 0);
    for (; w != 0; w--) sema_release(&wg->sema, false);
    return RT_OK;
}

int sync_waitgroup_wait(G *g, uint64_t *p) {
    WaitGroupW *wg = (WaitGroupW *)p;
    if (g->resumed) goto resume;
    {
        uint64_t state = atomic_load(&wg->state);
        for (;;) {
            if ((int32_t)(state >> 32) == 0) return RT_OK; /* counter is 0: no need to wait */
            if (atomic_compare_exchange_weak(&wg->state, &state, state + 1)) break;
        }
    }
resume:
    if (sema_acquire(g, &wg->sema, waitReasonSyncWaitGroupWait) == RT_PARK) return RT_PARK;
    if (atomic_load(&wg->state) != 0) return RT_ERR_WG_REUSE;
    return RT_OK;
}

/* ---- Cond (notify list) ---- */

uint32_t sync_cond_add(uint64_t *n) { return notify_list_add((uint32_t *)n); }
int sync_cond_wait(G *g, uint64_t *n, uint32_t t) { return notify_list_wait(g, (uint32_t *)n, t); }
void sync_cond_signal(uint64_t *n) { notify_list_notify_one((uint32_t *)n); }
void sync_cond_broadcast(uint64_t *n) { notify_list_notify_all((uint32_t *)n); }

/* ---- Once ---- */

bool sync_once_done(uint64_t *o) { return atomic_load_explicit((_Atomic uint32_t *)o, memory_order_acquire) != 0; }
void sync_once_set_done(uint64_t *o) { atomic_store_explicit((_Atomic uint32_t *)o, 1, memory_order_release); }
