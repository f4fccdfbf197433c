/* test_rt_timer.c — the timer heap (ordering, stop/reset, periodic), time.Sleep, timer
 * callbacks that send on channels or start goroutines, and idle CPU use while waiting. */
#include "test_rt_fake.h"

TestSuite(rt_timer, .init = rt_test_init, .timeout = 60);

/* ---- the heap, driven directly (no scheduler) ---- */

static int64_t fired_when[10000];
static int nfired;
static void record_fire(void *arg, int64_t now, int64_t seq) {
    (void)now;
    (void)seq;
    fired_when[nfired++] = ((Timer *)arg)->when;
}

Test(rt_timer, heap_orders_10000_random_deadlines) {
    sched_init(1, fake_run);
    srand(12345);
    Timer **ts = mem_alloc(sizeof(Timer *) * 10000);
    for (int i = 0; i < 10000; i++) {
        ts[i] = timer_new(1000000000000LL + (rand() % 1000000) * 1000LL, 0, record_fire, NULL);
        ts[i]->arg = ts[i];
        timer_start(ts[i]);
    }
    cr_assert_eq(timer_count(), 10000);
    /* stop a third of them: they must never fire */
    int stopped = 0;
    for (int i = 0; i < 10000; i += 3) {
        cr_assert(timer_stop(ts[i]), "an armed timer reports active");
        cr_assert(!timer_stop(ts[i]), "stopping twice reports inactive");
        stopped++;
    }
    cr_assert_eq(timer_count(), 10000 - stopped);
    int64_t min = INT64_MAX;
    for (int i = 0; i < 10000; i++)
        if (i % 3 && ts[i]->when < min) min = ts[i]->when;
    cr_assert_eq(timer_next_when(), min);
    nfired = 0;
    /* fire in several steps: due ones only */
    int64_t now = 1000000000000LL + 500000 * 1000LL;
    int n1 = timer_run_due(now);
    for (int k = 0; k < n1; k++) cr_assert_leq(fired_when[k], now);
    cr_assert_gt(timer_next_when(), now);
    timer_run_due(INT64_MAX - 1);
    cr_assert_eq(nfired, 10000 - stopped);
    for (int k = 1; k < nfired; k++) cr_assert_leq(fired_when[k - 1], fired_when[k], "fired out of order at %d", k);
    cr_assert_eq(timer_count(), 0);
    cr_assert_eq(timer_next_when(), INT64_MAX);
}

static int fire_count;
static int64_t last_seq;
static void count_fire(void *arg, int64_t now, int64_t seq) {
    (void)arg;
    (void)now;
    fire_count++;
    last_seq = seq;
}

Test(rt_timer, stop_reset_periodic) {
    sched_init(1, fake_run);
    Timer *t = timer_new(1000, 0, count_fire, NULL);
    cr_assert(!timer_active(t));
    cr_assert(!timer_stop(t), "never started");
    timer_start(t);
    cr_assert(timer_active(t));
    cr_assert(timer_reset(t, 5000, 0), "reset of an armed timer reports active");
    timer_run_due(4999);
    cr_assert_eq(fire_count, 0, "reset moved the deadline");
    timer_run_due(5000);
    cr_assert_eq(fire_count, 1);
    cr_assert(!timer_active(t));
    cr_assert(!timer_stop(t), "already fired");
    cr_assert(!timer_reset(t, 6000, 0), "reset after firing reports inactive");
    int64_t seq = t->seq;
    timer_run_due(7000);
    cr_assert_eq(fire_count, 2);
    cr_assert_eq(last_seq, seq, "callback gets the arm generation");
    /* periodic: fires every 100 until stopped; a late run skips missed periods */
    fire_count = 0;
    timer_reset(t, 10000, 100);
    timer_run_due(10000);
    timer_run_due(10100);
    timer_run_due(10250);
    cr_assert_eq(fire_count, 3);
    cr_assert_eq(t->when, 10300);
    cr_assert(timer_active(t));
    timer_run_due(20000); /* far behind: one firing, next deadline after now */
    cr_assert_eq(fire_count, 4);
    cr_assert_eq(t->when, 20100);
    cr_assert(timer_stop(t));
    timer_run_due(30000);
    cr_assert_eq(fire_count, 4);
}

/* ---- time.Sleep through the scheduler ---- */

static int64_t wake_order[8];
static _Atomic int nwoke;
static GRunResult body_sleeper(G *g, Fiber *f) {
    CO_BEGIN;
    f->t0 = now_ns();
    CO_OP(f->rc, timer_sleep(g, f->n), timer_sleep(g, f->n));
    cr_assert_geq(now_ns() - f->t0, f->n, "woke early");
    wake_order[atomic_fetch_add(&nwoke, 1)] = f->n;
    CO_END;
}
static GRunResult main_sleepers(G *g, Fiber *f) {
    CO_BEGIN;
    {
        static const int64_t ms[] = {40, 10, 70, 20, 0, 30, 60, 50};
        for (int k = 0; k < 8; k++) go(body_sleeper, NULL, NULL, ms[k] * 1000000);
    }
    while (atomic_load(&nwoke) < 8) CO_OP(f->rc, timer_sleep(g, 5000000), timer_sleep(g, 5000000));
    for (int k = 0; k < 8; k++) cr_assert_eq(wake_order[k], k * 10 * 1000000, "wake order at %d", k);
    CO_EXIT(0);
    CO_END;
}
Test(rt_timer, sleepers_wake_in_deadline_order) {
    atomic_store(&nwoke, 0);
    cr_assert_eq(run_main(1, main_sleepers, NULL, NULL, 0), 0);
    atomic_store(&nwoke, 0);
    cr_assert_eq(run_main(4, main_sleepers, NULL, NULL, 0), 0);
}

/* A program waiting for a long timer uses ~0% CPU. */
static GRunResult main_long_sleep(G *g, Fiber *f) {
    CO_BEGIN;
    f->t0 = now_ns();
    CO_OP(f->rc, timer_sleep(g, 500000000), timer_sleep(g, 500000000));
    f->w = now_ns() - f->t0;
    CO_EXIT(0);
    CO_END;
}
Test(rt_timer, idle_wait_uses_no_cpu) {
    for (int procs = 1; procs <= 4; procs *= 4) {
        int64_t c0 = cpu_ns(), t0 = now_ns();
        cr_assert_eq(run_main(procs, main_long_sleep, NULL, NULL, 0), 0);
        int64_t cpu = cpu_ns() - c0, wall = now_ns() - t0;
        printf("[rt_timer] 500 ms sleep at GOMAXPROCS=%d: wall %.0f ms, CPU %.1f ms\n", procs, wall / 1e6, cpu / 1e6);
        cr_assert_geq(wall, 500000000);
        cr_assert_lt(wall, 700000000, "timer late");
        cr_assert_lt(cpu, 40000000, "an idle wait burned CPU: %lld ns", (long long)cpu);
    }
}

/* A timer added earlier than the one the idle M sleeps for must wake it, even when the thread
 * that armed it then blocks in a syscall (so it cannot fire it itself). */
static void send_time(void *arg, int64_t now, int64_t seq);
static GRunResult body_arm_then_block(G *g, Fiber *f) {
    CO_BEGIN;
    sched_enter_syscall();
    usleep(30000); /* meanwhile an idle M sleeps until the 2 s timer */
    sched_exit_syscall();
    f->t0 = now_ns();
    timer_start(timer_new(f->t0 + 20000000, 0, send_time, f->a));
    sched_enter_syscall();
    usleep(300000); /* cannot fire the 20 ms timer from here */
    sched_exit_syscall();
    CO_OP(f->rc, chan_send(g, f->b, &f->v, true), chan_send_resume(g, f->b));
    CO_END;
}
static GRunResult main_earlier(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 1, false);
    f->b = chan_make(8, 0, false);
    f->d = go(body_arm_then_block, f->a, f->b, 0);
    CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
    f->w = f->v - ((Fiber *)((G *)f->d)->fiber)->t0;
    cr_assert_geq(f->w, 20000000);
    cr_assert_lt(f->w, 80000000, "the 20 ms timer fired after %lld ns", (long long)f->w);
    /* do not end the program while a syscall is pending: the test re-initialises the runtime */
    CO_OP(f->rc, chan_recv(g, f->b, &f->v, &f->ok, true), chan_recv_resume(g, f->b, &f->v, &f->ok));
    CO_EXIT(0);
    CO_END;
}
static void long_timer_fn(void *arg, int64_t now, int64_t seq) {
    (void)arg;
    (void)now;
    (void)seq;
}
Test(rt_timer, earlier_timer_wakes_sleeper) {
    for (int procs = 1; procs <= 2; procs++) {
        sched_init(procs, fake_run);
        timer_start(timer_new(rt_nanotime() + 2000000000LL, 0, long_timer_fn, NULL));
        G *m = newg(main_earlier, NULL, NULL, 0);
        cr_assert_eq(sched_main(m), 0);
    }
}

/* ---- timer callbacks as the time package uses them ---- */

/* time.After / NewTimer: f does a non-blocking send of the current time on a buffered chan */
static void send_time(void *arg, int64_t now, int64_t seq) {
    (void)seq;
    chan_send(NULL, arg, &now, false);
}
/* AfterFunc: f starts a goroutine */
static _Atomic int afterfunc_ran;
static GRunResult body_afterfunc(G *g, Fiber *f) {
    CO_BEGIN;
    atomic_store(&afterfunc_ran, 1);
    CO_END;
}
static void start_goroutine(void *arg, int64_t now, int64_t seq) {
    (void)now;
    (void)seq;
    (void)arg;
    go(body_afterfunc, NULL, NULL, 0);
}
static GRunResult main_after(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 1, false);
    f->t0 = now_ns();
    timer_start(timer_new(f->t0 + 30000000, 0, send_time, f->a));
    CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
    cr_assert_geq(f->v - f->t0, 30000000);
    /* a ticker: 5 ticks 10 ms apart */
    f->b = timer_new(now_ns() + 10000000, 10000000, send_time, f->a);
    timer_start(f->b);
    for (f->i = 0; f->i < 5; f->i++)
        CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
    cr_assert(timer_stop(f->b), "a ticker stays armed");
    timer_start(timer_new(now_ns() + 5000000, 0, start_goroutine, NULL));
    while (!atomic_load(&afterfunc_ran)) CO_OP(f->rc, timer_sleep(g, 1000000), timer_sleep(g, 1000000));
    CO_EXIT(0);
    CO_END;
}
Test(rt_timer, after_ticker_afterfunc) {
    cr_assert_eq(run_main(1, main_after, NULL, NULL, 0), 0);
    atomic_store(&afterfunc_ran, 0);
    cr_assert_eq(run_main(3, main_after, NULL, NULL, 0), 0);
}

/* Stop/reset racing with firing, from goroutines on several threads: no crash, counts agree. */
static _Atomic int64_t race_fired;
static void race_fire(void *arg, int64_t now, int64_t seq) {
    (void)arg;
    (void)now;
    (void)seq;
    atomic_fetch_add(&race_fired, 1);
}
static _Atomic int64_t race_stopped, race_done;
static GRunResult body_timer_churn(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = timer_new(0, 0, race_fire, NULL);
    for (f->i = 0; f->i < 2000; f->i++) {
        timer_reset(f->a, now_ns() + (f->i % 5) * 20000, 0);
        if (f->i % 2) {
            if (timer_stop(f->a)) atomic_fetch_add(&race_stopped, 1);
        }
        CO_OP(f->rc, timer_sleep(g, 30000), timer_sleep(g, 30000));
    }
    if (timer_stop(f->a)) atomic_fetch_add(&race_stopped, 1);
    atomic_fetch_add(&race_done, 1);
    CO_END;
}
static GRunResult main_churn(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < 8; f->i++) go(body_timer_churn, NULL, NULL, 0);
    while (atomic_load(&race_done) < 8) CO_OP(f->rc, timer_sleep(g, 2000000), timer_sleep(g, 2000000));
    CO_EXIT(0);
    CO_END;
}
Test(rt_timer, stop_reset_races, .timeout = 120) {
    cr_assert_eq(run_main(4, main_churn, NULL, NULL, 0), 0);
    /* every arming either fired or was stopped (a reset of an armed timer counts as neither:
     * count resets-while-armed indirectly: fired + stopped <= armings) */
    cr_assert_leq(atomic_load(&race_fired) + atomic_load(&race_stopped), 8 * 2000);
    cr_assert_gt(atomic_load(&race_fired), 0);
}
