/* lock.c — futex-based runtime mutex and wake-up notes (see lock.h). */
#include <errno.h>
#include <linux/futex.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "runtime/lock.h"

static long futex(_Atomic uint32_t *addr, int op, uint32_t val, const struct timespec *ts) {
    return syscall(SYS_futex, (uint32_t *)addr, op | FUTEX_PRIVATE_FLAG, val, ts, NULL, 0);
}

enum { SPIN_ACTIVE = 4, SPIN_ACTIVE_CNT = 30, SPIN_PASSIVE = 1 };

/* Go's lock2: try, spin actively, yield, then sleep with the word set to 2 so the unlocker
 * knows to wake someone. Once we slept we must leave 2 behind when we take the lock (we cannot
 * know whether other sleepers remain). */
void rt_lock_slow(RtLock *l) {
    uint32_t wait = atomic_exchange_explicit(&l->key, 1, memory_order_acquire);
    if (wait == 0) return;
    for (;;) {
        for (int i = 0; i < SPIN_ACTIVE; i++) {
            while (atomic_load_explicit(&l->key, memory_order_relaxed) == 0) {
                uint32_t z = 0;
                if (atomic_compare_exchange_weak_explicit(&l->key, &z, wait, memory_order_acquire,
                                                          memory_order_relaxed))
                    return;
            }
            rt_procyield(SPIN_ACTIVE_CNT);
        }
        for (int i = 0; i < SPIN_PASSIVE; i++) {
            while (atomic_load_explicit(&l->key, memory_order_relaxed) == 0) {
                uint32_t z = 0;
                if (atomic_compare_exchange_weak_explicit(&l->key, &z, wait, memory_order_acquire,
                                                          memory_order_relaxed))
                    return;
            }
            sched_yield();
        }
        uint32_t v = atomic_exchange_explicit(&l->key, 2, memory_order_acquire);
        if (v == 0) return;
        wait = 2;
        futex(&l->key, FUTEX_WAIT, 2, NULL);
    }
}

void rt_unlock_slow(RtLock *l) { futex(&l->key, FUTEX_WAKE, 1, NULL); }

void rt_spin_lock_slow(RtSpin *l) {
    for (unsigned i = 0;; i++) {
        while (atomic_load_explicit(&l->key, memory_order_relaxed) != 0) {
            if (i < 64) {
                rt_procyield(10);
            } else if (i < 128) {
                sched_yield();
            } else {
                struct timespec ts = {0, 20000};
                nanosleep(&ts, NULL);
            }
            i++;
        }
        uint32_t z = 0;
        if (atomic_compare_exchange_weak_explicit(&l->key, &z, 1, memory_order_acquire, memory_order_relaxed))
            return;
    }
}

void note_wakeup(RtNote *n) {
    if (atomic_exchange_explicit(&n->key, 1, memory_order_seq_cst) == 0)
        futex(&n->key, FUTEX_WAKE, 1, NULL);
}

void note_sleep(RtNote *n) { note_tsleep(n, -1); }

static int64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

bool note_tsleep(RtNote *n, int64_t ns) {
    int64_t deadline = ns >= 0 ? mono_ns() + ns : 0;
    for (;;) {
        if (atomic_exchange_explicit(&n->key, 0, memory_order_seq_cst) == 1) return true;
        if (ns < 0) {
            futex(&n->key, FUTEX_WAIT, 0, NULL);
        } else {
            int64_t left = deadline - mono_ns();
            if (left <= 0) return atomic_exchange_explicit(&n->key, 0, memory_order_seq_cst) == 1;
            struct timespec ts = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
            futex(&n->key, FUTEX_WAIT, 0, &ts);
        }
    }
}

_Noreturn void rt_throw(const char *invariant) {
    fflush(stdout);
    fprintf(stderr, "fatal error: goro runtime invariant violated: %s\n", invariant);
    abort();
}
