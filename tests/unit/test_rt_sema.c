/* test_rt_sema.c — semaphores, and sync.Mutex / RWMutex / WaitGroup / Cond built on them,
 * under GOMAXPROCS 1, 2 and 4; misuse errors; starvation mode. */
#include "test_rt_fake.h"

TestSuite(rt_sema, .init = rt_test_init, .timeout = 120);

#define NATIVE(call) CO_OP(f->rc, (call), (call)) /* re-invoked with the same arguments */
#define LOCK(m) NATIVE(sync_mutex_lock(g, (m)))
#define SLEEP(ns) NATIVE(timer_sleep(g, (ns)))

/* ---- raw semaphores ---- */

static uint32_t sem;
static GRunResult body_acquire(G *g, Fiber *f) {
    CO_BEGIN;
    NATIVE(sema_acquire(g, &sem, waitReasonSemacquire));
    f->v = 1;
    atomic_fetch_add((_Atomic int64_t *)f->a, 1);
    CO_END;
}
static GRunResult main_sema(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = mem_alloc(8);
    for (f->i = 0; f->i < 3; f->i++) go(body_acquire, f->a, NULL, 0);
    CO_YIELD();
    cr_assert_eq(sema_waiters(&sem), 3);
    cr_assert_eq(atomic_load((_Atomic int64_t *)f->a), 0);
    {
        G *all[8];
        int n = sched_all_goroutines(all, 8);
        cr_assert_eq(n, 4);
        cr_assert_str_eq(wait_reason_text(all[1]->waitreason), "semacquire");
    }
    sema_release(&sem, false);
    sema_release(&sem, true); /* hand-off: this count goes straight to the second waiter */
    cr_assert_eq(sem, 1, "handoff consumed its count for the waiter; the first one's remains");
    CO_YIELD();
    CO_YIELD();
    cr_assert_eq(atomic_load((_Atomic int64_t *)f->a), 2);
    cr_assert_eq(sem, 0);
    cr_assert_eq(sema_waiters(&sem), 1);
    sema_release(&sem, false);
    while (atomic_load((_Atomic int64_t *)f->a) < 3) CO_YIELD();
    cr_assert_eq(sema_waiters(&sem), 0);
    /* a count available up front: no park */
    sema_release(&sem, false);
    cr_assert_eq(sema_acquire(g, &sem, waitReasonSemacquire), RT_OK);
    CO_EXIT(0);
    CO_END;
}
Test(rt_sema, semaphore_basics) { cr_assert_eq(run_main(1, main_sema, NULL, NULL, 0), 0); }

/* ---- Mutex: mutual exclusion of a plain counter ---- */

static uint64_t mu;          /* sync.Mutex: one zeroed word */
static int64_t plain_counter; /* protected by mu, deliberately non-atomic */
static _Atomic int in_cs;

static GRunResult body_mutex_inc(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < f->n; f->i++) {
        LOCK(&mu);
        cr_assert_eq(atomic_fetch_add(&in_cs, 1), 0, "two goroutines in the critical section");
        plain_counter++;
        if (f->i % 16 == 0) CO_YIELD(); /* preempted while holding the lock */
        atomic_fetch_sub(&in_cs, 1);
        cr_assert_eq(sync_mutex_unlock(&mu), RT_OK);
        CO_TICK();
    }
    atomic_fetch_add((_Atomic int64_t *)f->a, 1);
    CO_END;
}
static GRunResult main_mutex(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = mem_alloc(8);
    for (f->i = 0; f->i < 8; f->i++) go(body_mutex_inc, f->a, NULL, 20000);
    while (atomic_load((_Atomic int64_t *)f->a) < 8) SLEEP(1000000);
    CO_EXIT(0);
    CO_END;
}
static void mutex_counter(int procs) {
    mu = 0;
    plain_counter = 0;
    cr_assert_eq(run_main(procs, main_mutex, NULL, NULL, 0), 0);
    cr_assert_eq(plain_counter, 8 * 20000);
    cr_assert_eq(mu, 0, "mutex state back to zero");
}
Test(rt_sema, mutex_p1) { mutex_counter(1); }
Test(rt_sema, mutex_p2) { mutex_counter(2); }
Test(rt_sema, mutex_p4) { mutex_counter(4); }

/* Starvation mode: holders sleep >1ms inside the lock, so waiters exceed the threshold. */
static GRunResult body_mutex_slow(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < 15; f->i++) {
        LOCK(&mu);
        cr_assert_eq(atomic_fetch_add(&in_cs, 1), 0);
        plain_counter++;
        SLEEP(1500000);
        atomic_fetch_sub(&in_cs, 1);
        cr_assert_eq(sync_mutex_unlock(&mu), RT_OK);
    }
    atomic_fetch_add((_Atomic int64_t *)f->a, 1);
    CO_END;
}
static _Atomic int saw_starving;
static GRunResult main_starve(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = mem_alloc(8);
    for (f->i = 0; f->i < 4; f->i++) go(body_mutex_slow, f->a, NULL, 0);
    while (atomic_load((_Atomic int64_t *)f->a) < 4) {
        if (atomic_load((_Atomic int32_t *)&mu) & 4) atomic_store(&saw_starving, 1);
        SLEEP(500000);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_sema, mutex_starvation_mode) {
    for (int procs = 1; procs <= 4; procs *= 2) {
        mu = 0;
        plain_counter = 0;
        cr_assert_eq(run_main(procs, main_starve, NULL, NULL, 0), 0);
        cr_assert_eq(plain_counter, 4 * 15);
        cr_assert_eq(mu, 0);
    }
    cr_assert(atomic_load(&saw_starving), "mutex never entered starvation mode");
}

static GRunResult main_mutex_misuse(G *g, Fiber *f) {
    CO_BEGIN;
    {
        uint64_t m = 0;
        cr_assert(sync_mutex_trylock(&m));
        cr_assert(!sync_mutex_trylock(&m));
        cr_assert_eq(sync_mutex_unlock(&m), RT_OK);
        cr_assert(sync_mutex_trylock(&m));
        cr_assert_eq(sync_mutex_unlock(&m), RT_OK);
        cr_assert_eq(m, 0);
        uint64_t m2 = 0;
        cr_assert_eq(sync_mutex_unlock(&m2), RT_ERR_UNLOCK_UNLOCKED);
        cr_assert(rt_err_is_fatal(RT_ERR_UNLOCK_UNLOCKED));
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_sema, mutex_trylock_and_misuse) { cr_assert_eq(run_main(1, main_mutex_misuse, NULL, NULL, 0), 0); }

/* the VM's handling of the fatal code, end to end in a child process */
static GRunResult main_unlock_unlocked(G *g, Fiber *f) {
    CO_BEGIN;
    {
        uint64_t m = 0;
        int rc = sync_mutex_unlock(&m);
        if (rt_err_is_fatal(rc)) rt_fatal(g, rt_err_text(rc));
    }
    CO_EXIT(0);
    CO_END;
}
static void child_unlock(void) {
    mem_init();
    _exit(run_main(2, main_unlock_unlocked, NULL, NULL, 0));
}
Test(rt_sema, fatal_unlock_of_unlocked_mutex) {
    char err[1024];
    int st = run_child(child_unlock, err, sizeof err);
    cr_assert_eq(st, 2);
    cr_assert_str_eq(err, "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n");
}

/* ---- RWMutex ---- */

static uint64_t rw[3];
static int64_t rw_a, rw_b; /* writers keep a == b; readers check it */
static _Atomic int readers_in, writers_in, max_readers;

static GRunResult body_writer(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < f->n; f->i++) {
        NATIVE(sync_rwmutex_lock(g, rw));
        cr_assert_eq(atomic_fetch_add(&writers_in, 1), 0);
        cr_assert_eq(atomic_load(&readers_in), 0, "reader inside while writing");
        rw_a++;
        if (f->i % 8 == 0) CO_YIELD();
        rw_b++;
        atomic_fetch_sub(&writers_in, 1);
        cr_assert_eq(sync_rwmutex_unlock(rw), RT_OK);
        CO_TICK();
    }
    atomic_fetch_add((_Atomic int64_t *)f->a, 1);
    CO_END;
}
static GRunResult body_reader(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < f->n; f->i++) {
        NATIVE(sync_rwmutex_rlock(g, rw));
        {
            int r = atomic_fetch_add(&readers_in, 1) + 1;
            int m = atomic_load(&max_readers);
            while (r > m && !atomic_compare_exchange_weak(&max_readers, &m, r)) {}
        }
        cr_assert_eq(atomic_load(&writers_in), 0, "writer inside while reading");
        cr_assert_eq(rw_a, rw_b, "torn write observed");
        if (f->i % 8 == 0) CO_YIELD();
        atomic_fetch_sub(&readers_in, 1);
        cr_assert_eq(sync_rwmutex_runlock(rw), RT_OK);
        CO_TICK();
    }
    atomic_fetch_add((_Atomic int64_t *)f->a, 1);
    CO_END;
}
static GRunResult main_rw(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = mem_alloc(8);
    for (f->i = 0; f->i < 8; f->i++) go(body_reader, f->a, NULL, 5000);
    for (f->i = 0; f->i < 4; f->i++) go(body_writer, f->a, NULL, 2000);
    while (atomic_load((_Atomic int64_t *)f->a) < 12) SLEEP(1000000);
    CO_EXIT(0);
    CO_END;
}
static void rwmutex(int procs) {
    memset(rw, 0, sizeof rw);
    rw_a = rw_b = 0;
    atomic_store(&max_readers, 0);
    cr_assert_eq(run_main(procs, main_rw, NULL, NULL, 0), 0);
    cr_assert_eq(rw_a, 4 * 2000);
    cr_assert_eq(rw_b, 4 * 2000);
    cr_assert(rw[0] == 0 && rw[1] == 0 && rw[2] == 0, "RWMutex words back to zero");
    cr_assert_gt(atomic_load(&max_readers), 1, "readers never shared the lock");
}
Test(rt_sema, rwmutex_p1) { rwmutex(1); }
Test(rt_sema, rwmutex_p2) { rwmutex(2); }
Test(rt_sema, rwmutex_p4) { rwmutex(4); }

static GRunResult main_rw_misuse(G *g, Fiber *f) {
    CO_BEGIN;
    {
        uint64_t r[3] = {0};
        cr_assert_eq(sync_rwmutex_runlock(r), RT_ERR_RUNLOCK_UNLOCKED);
        uint64_t r2[3] = {0};
        cr_assert_eq(sync_rwmutex_unlock(r2), RT_ERR_RWUNLOCK_UNLOCKED);
        cr_assert_str_eq(rt_err_text(RT_ERR_RUNLOCK_UNLOCKED), "sync: RUnlock of unlocked RWMutex");
        cr_assert_str_eq(rt_err_text(RT_ERR_RWUNLOCK_UNLOCKED), "sync: Unlock of unlocked RWMutex");
        uint64_t r3[3] = {0};
        cr_assert(sync_rwmutex_tryrlock(r3));
        cr_assert(sync_rwmutex_tryrlock(r3));
        cr_assert(!sync_rwmutex_trylock(r3), "TryLock with readers");
        cr_assert_eq(sync_rwmutex_runlock(r3), RT_OK);
        cr_assert_eq(sync_rwmutex_runlock(r3), RT_OK);
        cr_assert(sync_rwmutex_trylock(r3));
        cr_assert(!sync_rwmutex_tryrlock(r3), "TryRLock with a writer");
        cr_assert(!sync_rwmutex_trylock(r3));
        cr_assert_eq(sync_rwmutex_unlock(r3), RT_OK);
        cr_assert(r3[0] == 0 && r3[1] == 0 && r3[2] == 0);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_sema, rwmutex_try_and_misuse) { cr_assert_eq(run_main(1, main_rw_misuse, NULL, NULL, 0), 0); }

/* ---- WaitGroup ---- */

static uint64_t wg[2];
static _Atomic int64_t wg_work, wg_waiters_done;
static GRunResult body_wg_worker(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < 10; f->i++) CO_YIELD();
    atomic_fetch_add(&wg_work, 1);
    cr_assert_eq(sync_waitgroup_done(wg), RT_OK);
    CO_END;
}
static GRunResult body_wg_waiter(G *g, Fiber *f) {
    CO_BEGIN;
    NATIVE(sync_waitgroup_wait(g, wg));
    cr_assert_eq(f->rc, RT_OK);
    cr_assert_eq(atomic_load(&wg_work), 100, "Wait returned before all Done");
    atomic_fetch_add(&wg_waiters_done, 1);
    CO_END;
}
static GRunResult main_wg(G *g, Fiber *f) {
    CO_BEGIN;
    cr_assert_eq(sync_waitgroup_wait(g, wg), RT_OK, "zero counter: no wait");
    cr_assert_eq(sync_waitgroup_add(wg, 100), RT_OK);
    for (f->i = 0; f->i < 5; f->i++) go(body_wg_waiter, NULL, NULL, 0);
    for (f->i = 0; f->i < 100; f->i++) go(body_wg_worker, NULL, NULL, 0);
    NATIVE(sync_waitgroup_wait(g, wg));
    cr_assert_eq(f->rc, RT_OK);
    cr_assert_eq(atomic_load(&wg_work), 100);
    while (atomic_load(&wg_waiters_done) < 5) CO_YIELD();
    cr_assert(wg[0] == 0, "state reset after the wake-up");
    /* reuse after Wait returned is fine */
    cr_assert_eq(sync_waitgroup_add(wg, 1), RT_OK);
    cr_assert_eq(sync_waitgroup_done(wg), RT_OK);
    /* negative counter: a panic */
    cr_assert_eq(sync_waitgroup_done(wg), RT_ERR_WG_NEGATIVE);
    cr_assert(!rt_err_is_fatal(RT_ERR_WG_NEGATIVE));
    cr_assert_str_eq(rt_err_text(RT_ERR_WG_NEGATIVE), "sync: negative WaitGroup counter");
    CO_EXIT(0);
    CO_END;
}
static void waitgroup(int procs) {
    memset(wg, 0, sizeof wg);
    atomic_store(&wg_work, 0);
    atomic_store(&wg_waiters_done, 0);
    cr_assert_eq(run_main(procs, main_wg, NULL, NULL, 0), 0);
}
Test(rt_sema, waitgroup_p1) { waitgroup(1); }
Test(rt_sema, waitgroup_p2) { waitgroup(2); }
Test(rt_sema, waitgroup_p4) { waitgroup(4); }

/* ---- Cond: a bounded queue with Signal, and Broadcast at the end ---- */

enum { QCAP = 8, NITEMS = 20000, NCONSUMERS = 4 };
static uint64_t qmu, qcond;
static int64_t queue[QCAP], qlen, qhead, consumed_sum, consumed_n;
static bool qdone;

static GRunResult body_cond_consumer(G *g, Fiber *f) {
    CO_BEGIN;
    for (;;) {
        LOCK(&qmu);
        while (qlen == 0 && !qdone) {
            f->ticket = sync_cond_add(&qcond);
            sync_mutex_unlock(&qmu);
            NATIVE(sync_cond_wait(g, &qcond, f->ticket));
            LOCK(&qmu);
        }
        if (qlen == 0 && qdone) {
            sync_mutex_unlock(&qmu);
            break;
        }
        consumed_sum += queue[qhead];
        consumed_n++;
        qhead = (qhead + 1) % QCAP;
        qlen--;
        sync_cond_broadcast(&qcond); /* room for the producer */
        sync_mutex_unlock(&qmu);
        CO_TICK();
    }
    atomic_fetch_add((_Atomic int64_t *)f->a, 1);
    CO_END;
}
static GRunResult main_cond(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = mem_alloc(8);
    for (f->i = 0; f->i < NCONSUMERS; f->i++) go(body_cond_consumer, f->a, NULL, 0);
    for (f->i = 1; f->i <= NITEMS; f->i++) {
        LOCK(&qmu);
        while (qlen == QCAP) {
            f->ticket = sync_cond_add(&qcond);
            sync_mutex_unlock(&qmu);
            NATIVE(sync_cond_wait(g, &qcond, f->ticket));
            LOCK(&qmu);
        }
        queue[(qhead + qlen) % QCAP] = f->i;
        qlen++;
        sync_cond_signal(&qcond);
        sync_mutex_unlock(&qmu);
    }
    LOCK(&qmu);
    qdone = true;
    sync_cond_broadcast(&qcond);
    sync_mutex_unlock(&qmu);
    while (atomic_load((_Atomic int64_t *)f->a) < NCONSUMERS) SLEEP(1000000);
    CO_EXIT(0);
    CO_END;
}
static void cond(int procs) {
    qmu = qcond = 0;
    qlen = qhead = consumed_sum = consumed_n = 0;
    qdone = false;
    cr_assert_eq(run_main(procs, main_cond, NULL, NULL, 0), 0);
    cr_assert_eq(consumed_n, NITEMS);
    cr_assert_eq(consumed_sum, (int64_t)NITEMS * (NITEMS + 1) / 2);
}
Test(rt_sema, cond_p1) { cond(1); }
Test(rt_sema, cond_p2) { cond(2); }
Test(rt_sema, cond_p4) { cond(4); }

/* Signal wakes exactly one waiter, in FIFO order of their tickets. */
static int64_t woke_seq[4];
static _Atomic int nwoke;
static GRunResult body_cond_wait_once(G *g, Fiber *f) {
    CO_BEGIN;
    LOCK(&qmu);
    f->ticket = sync_cond_add(&qcond);
    sync_mutex_unlock(&qmu);
    NATIVE(sync_cond_wait(g, &qcond, f->ticket));
    woke_seq[atomic_fetch_add(&nwoke, 1)] = f->n;
    CO_END;
}
static GRunResult main_signal(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < 4; f->i++) {
        go(body_cond_wait_once, NULL, NULL, f->i);
        CO_YIELD();
    }
    {
        G *all[8];
        int n = sched_all_goroutines(all, 8);
        cr_assert_eq(n, 5);
        for (int k = 1; k < n; k++) cr_assert_str_eq(wait_reason_text(all[k]->waitreason), "sync.Cond.Wait");
    }
    sync_cond_signal(&qcond);
    CO_YIELD();
    cr_assert_eq(atomic_load(&nwoke), 1, "Signal woke more than one");
    sync_cond_signal(&qcond);
    CO_YIELD();
    cr_assert_eq(atomic_load(&nwoke), 2, "Signal woke more than one");
    /* Signal wakes the oldest ticket first */
    cr_assert_eq(woke_seq[0], 0);
    cr_assert_eq(woke_seq[1], 1);
    sync_cond_broadcast(&qcond);
    CO_YIELD();
    CO_YIELD();
    cr_assert_eq(atomic_load(&nwoke), 4);
    sync_cond_signal(&qcond); /* nobody waiting: no-op */
    CO_EXIT(0);
    CO_END;
}
Test(rt_sema, cond_signal_fifo) {
    qmu = qcond = 0;
    cr_assert_eq(run_main(1, main_signal, NULL, NULL, 0), 0);
}

/* Once's state word */
Test(rt_sema, once_done_word) {
    uint64_t once[2] = {0, 0};
    cr_assert(!sync_once_done(once));
    sync_once_set_done(once);
    cr_assert(sync_once_done(once));
    cr_assert_eq(once[1], 0, "the Mutex word is untouched");
}

/* Deadlock report names the sync wait reasons */
static GRunResult body_wg_forever(G *g, Fiber *f) {
    CO_BEGIN;
    NATIVE(sync_waitgroup_wait(g, wg));
    CO_END;
}
static GRunResult main_lock_twice(G *g, Fiber *f) {
    CO_BEGIN;
    sync_waitgroup_add(wg, 1);
    go(body_wg_forever, NULL, NULL, 0);
    LOCK(&mu);
    LOCK(&mu);
    CO_END;
}
static void child_sync_deadlock(void) {
    mem_init();
    mu = 0;
    memset(wg, 0, sizeof wg);
    _exit(run_main(2, main_lock_twice, NULL, NULL, 0));
}
Test(rt_sema, deadlock_reasons) {
    char err[2048];
    int st = run_child(child_sync_deadlock, err, sizeof err);
    cr_assert_eq(st, 2);
    cr_assert_str_eq(err,
                     "fatal error: all goroutines are asleep - deadlock!\n"
                     "\n"
                     "goroutine 1 [sync.Mutex.Lock]:\n"
                     "\n"
                     "goroutine 2 [sync.WaitGroup.Wait]:\n"
                     "created by main.worker in goroutine 1\n\t/tmp/fake.go:42\n");
}
