/* lock.h — the runtime's low-level locks and one-shot wake-up notes (Linux futexes).
 *
 * RtLock: a mutex for short critical sections inside the runtime (channel, scheduler, timer heap,
 *   semaphore table). Modelled on Go's lock_futex.go: one 32-bit word, 0 = unlocked, 1 = locked,
 *   2 = locked with (possible) sleepers. Uncontended lock is one CAS and unlock one exchange; a
 *   contended locker spins briefly, then sleeps in the kernel. Zero-initialised memory is an
 *   unlocked lock. Never held across a call into the VM (runner, hooks) or a blocking call.
 *
 * RtSpin: a spinlock for the tiniest critical sections (channels: a few dozen instructions,
 *   even on the park path). Lock is one CAS, unlock one release store (no RMW, unlike RtLock,
 *   whose unlock must exchange to learn about sleepers): on the goroutine-switch hot path this
 *   saves an atomic RMW per lock. A contended locker spins with PAUSE, then yields the CPU,
 *   then naps 20us at a time, so a preempted holder does not make waiters burn a core.
 *
 * RtNote: a binary wake-up token an M sleeps on (Go's note). note_wakeup sets the token and wakes
 *   the sleeper; note_sleep/note_tsleep wait for the token and consume it. A token set before
 *   the sleeper arrives is not lost (the sleeper returns at once). Spurious returns are allowed:
 *   every sleeper re-checks its real condition under a lock, in a loop. Only the owning M sleeps
 *   on its note; any thread may wake it.
 *
 * Both are built from C11 seq_cst/acq_rel atomics, so ThreadSanitizer sees the synchronisation.
 */
#ifndef GORO_RT_LOCK_H
#define GORO_RT_LOCK_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct RtLock {
    _Atomic uint32_t key; /* 0 unlocked, 1 locked, 2 locked and someone may sleep in futex */
} RtLock;

typedef struct RtSpin {
    _Atomic uint32_t key; /* 0 unlocked, 1 locked */
} RtSpin;

typedef struct RtNote {
    _Atomic uint32_t key; /* 0 no token, 1 token posted */
} RtNote;

void rt_lock_slow(RtLock *l);
void rt_unlock_slow(RtLock *l);

static inline void rt_lock(RtLock *l) {
    uint32_t z = 0;
    if (__builtin_expect(atomic_compare_exchange_strong_explicit(&l->key, &z, 1, memory_order_acquire,
                                                                 memory_order_relaxed), 1))
        return;
    rt_lock_slow(l);
}

static inline bool rt_trylock(RtLock *l) {
    uint32_t z = 0;
    return atomic_compare_exchange_strong_explicit(&l->key, &z, 1, memory_order_acquire,
                                                   memory_order_relaxed);
}

static inline void rt_unlock(RtLock *l) {
    if (__builtin_expect(atomic_exchange_explicit(&l->key, 0, memory_order_release) == 2, 0))
        rt_unlock_slow(l);
}

void rt_spin_lock_slow(RtSpin *l);

static inline void rt_spin_lock(RtSpin *l) {
    uint32_t z = 0;
    if (__builtin_expect(atomic_compare_exchange_strong_explicit(&l->key, &z, 1, memory_order_acquire,
                                                                 memory_order_relaxed), 1))
        return;
    rt_spin_lock_slow(l);
}

static inline void rt_spin_unlock(RtSpin *l) { atomic_store_explicit(&l->key, 0, memory_order_release); }

void note_wakeup(RtNote *n);
/* Wait for the token and consume it. */
void note_sleep(RtNote *n);
/* Wait at most ns nanoseconds (ns < 0: forever). Returns true if the token was consumed. */
bool note_tsleep(RtNote *n, int64_t ns);

/* A CPU pause for spin loops. */
static inline void rt_procyield(int n) {
    for (int i = 0; i < n; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        __asm__ __volatile__("yield");
#else
        atomic_signal_fence(memory_order_seq_cst);
#endif
    }
}

/* Abort the process: an internal runtime invariant failed (never a user error). */
_Noreturn void rt_throw(const char *invariant);

#endif
