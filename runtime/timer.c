/* timer.c — the global timer heap (see timer.h for the design and the guarantees).
 *
 * timers.lock protects the heap array, every armed Timer's when/period/seq/idx, and count.
 * timers.next mirrors heap[0]->when (INT64_MAX when empty); written under the lock, read
 * lock-free by the scheduler. Timer.running is the thread running the timer's f (NULL if none);
 * set/cleared under the lock, read lock-free only as an optimisation.
 * Lock order: timers.lock before sched.lock; sched_timer_wakeup is called after unlocking.
 */
#include <sched.h>
#include <time.h>
#include "runtime/timer.h"
#include "runtime/lock.h"
#include "runtime/sched.h"
#include "util/mem.h"

_Static_assert(sizeof(void *) == sizeof(int64_t), "timer_sleep passes a deadline in a pointer");

static struct {
    RtLock lock;
    Timer **heap;
    int32_t n, cap;
    _Atomic int64_t next;
    _Atomic int64_t count;
} timers = {.next = INT64_MAX};

static _Thread_local char tls_self; /* its address identifies the running thread */

int64_t rt_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void rt_walltime(int64_t *sec, int32_t *nsec) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *sec = (int64_t)ts.tv_sec;
    *nsec = (int32_t)ts.tv_nsec;
}

/* ---- binary min-heap on when (timers.lock held) ---- */

static inline bool earlier(Timer *a, Timer *b) { return a->when < b->when; }

static void heap_set(int32_t i, Timer *t) {
    timers.heap[i] = t;
    t->idx = i;
}

static void siftup(int32_t i) {
    Timer *t = timers.heap[i];
    while (i > 0) {
        int32_t parent = (i - 1) / 2;
        if (!earlier(t, timers.heap[parent])) break;
        heap_set(i, timers.heap[parent]);
        i = parent;
    }
    heap_set(i, t);
}

static void siftdown(int32_t i) {
    Timer *t = timers.heap[i];
    for (;;) {
        int32_t c = 2 * i + 1;
        if (c >= timers.n) break;
        if (c + 1 < timers.n && earlier(timers.heap[c + 1], timers.heap[c])) c++;
        if (!earlier(timers.heap[c], t)) break;
        heap_set(i, timers.heap[c]);
        i = c;
    }
    heap_set(i, t);
}

static void update_next(void) {
    atomic_store(&timers.next, timers.n ? timers.heap[0]->when : INT64_MAX);
    atomic_store_explicit(&timers.count, timers.n, memory_order_relaxed);
}

/* Returns true if t became the earliest timer. */
static bool heap_add(Timer *t) {
    if (timers.n == timers.cap) {
        int32_t ncap = timers.cap ? timers.cap * 2 : 64;
        Timer **nh = mem_alloc(sizeof(Timer *) * (size_t)ncap);
        for (int32_t i = 0; i < timers.n; i++) nh[i] = timers.heap[i];
        timers.heap = nh;
        timers.cap = ncap;
    }
    int32_t i = timers.n++;
    heap_set(i, t);
    siftup(i);
    update_next();
    return t->idx == 0;
}

static void heap_del(Timer *t) {
    int32_t i = t->idx;
    int32_t last = --timers.n;
    if (i != last) {
        heap_set(i, timers.heap[last]);
        timers.heap[last] = NULL;
        if (i > 0 && earlier(timers.heap[i], timers.heap[(i - 1) / 2])) siftup(i);
        else siftdown(i);
    } else {
        timers.heap[last] = NULL;
    }
    t->idx = -1;
    update_next();
}

/* Wait (lock released meanwhile) until no other thread runs t's f. */
static void wait_not_running(Timer *t) {
    for (;;) {
        void *r = atomic_load(&t->running);
        if (r == NULL || r == &tls_self) return;
        rt_unlock(&timers.lock);
        sched_yield();
        rt_lock(&timers.lock);
    }
}

static int64_t clamp_when(int64_t when) { return when < 0 ? INT64_MAX - 1 : when; }

/* ---- API ---- */

Timer *timer_new(int64_t when, int64_t period, TimerFn f, void *arg) {
    Timer *t = NEW(Timer);
    t->when = clamp_when(when);
    t->period = period;
    t->f = f;
    t->arg = arg;
    t->idx = -1;
    return t;
}

void timer_start(Timer *t) {
    rt_lock(&timers.lock);
    wait_not_running(t);
    if (t->idx >= 0) rt_throw("timer_start: timer already armed");
    t->seq++;
    bool first = heap_add(t);
    int64_t when = t->when;
    rt_unlock(&timers.lock);
    if (first) sched_timer_wakeup(when);
}

bool timer_stop(Timer *t) {
    rt_lock(&timers.lock);
    wait_not_running(t);
    bool was = t->idx >= 0;
    if (was) heap_del(t);
    t->seq++;
    rt_unlock(&timers.lock);
    return was;
}

bool timer_reset(Timer *t, int64_t when, int64_t period) {
    rt_lock(&timers.lock);
    wait_not_running(t);
    bool was = t->idx >= 0;
    if (was) heap_del(t);
    t->when = clamp_when(when);
    t->period = period;
    t->seq++;
    bool first = heap_add(t);
    when = t->when;
    rt_unlock(&timers.lock);
    if (first) sched_timer_wakeup(when);
    return was;
}

bool timer_active(Timer *t) {
    rt_lock(&timers.lock);
    bool a = t->idx >= 0;
    rt_unlock(&timers.lock);
    return a;
}

int64_t timer_next_when(void) { return atomic_load_explicit(&timers.next, memory_order_acquire); }
int64_t timer_count(void) { return atomic_load_explicit(&timers.count, memory_order_relaxed); }

int timer_run_due(int64_t now) {
    int ran = 0;
    rt_lock(&timers.lock);
    while (timers.n > 0) {
        Timer *t = timers.heap[0];
        if (t->when > now) break;
        if (atomic_load(&t->running) != NULL) break; /* periodic, its f still runs elsewhere */
        if (t->period > 0) {
            int64_t late = now - t->when;
            int64_t next = t->when + t->period * (1 + late / t->period);
            t->when = next < t->when ? INT64_MAX - 1 : next;
            siftdown(0);
            update_next();
        } else {
            heap_del(t);
        }
        TimerFn f = t->f;
        void *arg = t->arg;
        int64_t seq = t->seq;
        atomic_store(&t->running, (void *)&tls_self);
        rt_unlock(&timers.lock);
        f(arg, now, seq);
        ran++;
        rt_lock(&timers.lock);
        atomic_store(&t->running, NULL);
    }
    rt_unlock(&timers.lock);
    return ran;
}

void timer_reset_all(void) {
    rt_lock(&timers.lock);
    for (int32_t i = 0; i < timers.n; i++) {
        timers.heap[i]->idx = -1;
        timers.heap[i] = NULL;
    }
    timers.n = 0;
    update_next();
    rt_unlock(&timers.lock);
}

/* ---- time.Sleep ---- */

static void sleep_wake(void *arg, int64_t now, int64_t seq) {
    (void)now;
    (void)seq;
    sched_ready((G *)arg);
}

/* Park commit: the G is Gwaiting now, so the timer may fire at once. */
static bool sleep_commit(G *g, void *arg) {
    timer_reset(g->timer, (int64_t)(intptr_t)arg, 0);
    return true;
}

int timer_sleep(G *g, int64_t ns) {
    if (g->resumed) {
        g->resumed = false;
        return RT_OK;
    }
    if (ns <= 0) return RT_OK;
    if (g->timer == NULL) g->timer = timer_new(0, 0, sleep_wake, g);
    int64_t when = rt_nanotime() + ns;
    if (when < 0) when = INT64_MAX - 1;
    sched_park_prepare(g, sleep_commit, (void *)(intptr_t)when, waitReasonSleep);
    return RT_PARK;
}
