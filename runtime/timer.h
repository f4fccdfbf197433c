/* timer.h — the one timer mechanism: a global min-heap of deadlines on the monotonic clock.
 *
 * Design choice: ONE heap for the whole process, guarded by one RtLock (timers.lock in
 * timer.c), not per-P heaps as in Go. It keeps idle handling simple (an idle M never has to
 * steal timers from other Ps) at the cost of a shared lock on timer operations; the scheduler
 * reads the earliest deadline lock-free (timer_next_when) on its hot path.
 *
 * Who runs timers: every M checks the heap when it goes through the scheduler (after each
 * runner return and while looking for work) and runs the due ones (timer_run_due). When all Ms
 * are idle, one of them sleeps with a timeout until the earliest deadline (the "timed sleeper",
 * sched.c); adding a timer earlier than that wakes it (sched_timer_wakeup). So a program
 * waiting for a 2-second timer uses no CPU, and a pending timer is never mistaken for a
 * deadlock.
 *
 * Callbacks: f(arg, now, seq) runs on a runtime thread (inside the scheduler, possibly without
 * a P, no G current) with no lock held. It must not block: it may call sched_ready, a
 * non-blocking chan_send, sched_newg/sched_go, timer_* on other timers. `seq` is the timer's arm
 * generation when it fired (t->seq increments on every start/reset), so a callback can ignore a
 * firing that a later reset made stale. A periodic timer (period > 0) is re-armed before f runs.
 * f never runs twice concurrently for one timer. After timer_stop / timer_reset returns, no
 * call of f from an earlier arming is running or will start (they wait for a running f, except
 * when called from inside that f).
 */
#ifndef GORO_RT_TIMER_H
#define GORO_RT_TIMER_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime/g.h"

typedef void (*TimerFn)(void *arg, int64_t now, int64_t seq);

struct Timer {
    int64_t when;    /* deadline, rt_nanotime() clock; timers.lock */
    int64_t period;  /* > 0: periodic; timers.lock */
    TimerFn f;       /* timers.lock (set at creation) */
    void *arg;
    int64_t seq;     /* arm generation; timers.lock */
    int32_t idx;     /* index in the heap, -1 when not armed; timers.lock */
    _Atomic(void *) running; /* the M currently running f, or NULL */
};

int64_t rt_nanotime(void);                   /* CLOCK_MONOTONIC, ns */
void rt_walltime(int64_t *sec, int32_t *nsec); /* CLOCK_REALTIME */

/* A stopped timer (not armed). when: absolute deadline on rt_nanotime's clock. */
Timer *timer_new(int64_t when, int64_t period, TimerFn f, void *arg);
void timer_start(Timer *t);                  /* arm with its current when/period */
bool timer_stop(Timer *t);                   /* disarm; true if it was armed (had not fired) */
bool timer_reset(Timer *t, int64_t when, int64_t period); /* re-arm; true if it was armed */
bool timer_active(Timer *t);

/* time.Sleep(ns): returns RT_OK at once for ns <= 0 (and when called again with g->resumed,
 * which it clears); else parks the G with reason "sleep" and returns RT_PARK. The timer is
 * armed only after the G is parked (park commit), so it cannot fire too early. */
int timer_sleep(G *g, int64_t ns);

/* ---- For the scheduler ---- */
int64_t timer_next_when(void);               /* earliest deadline, INT64_MAX if none (lock-free) */
int timer_run_due(int64_t now);              /* run every timer due at `now`; returns how many */
int64_t timer_count(void);                   /* armed timers */
void timer_reset_all(void);                  /* sched_init: forget every timer */

#endif
