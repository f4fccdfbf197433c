/* test_rt_sched.c — scheduler: run queues, goroutine lifecycle, exit, GOMAXPROCS, syscalls,
 * preemption, deadlock reports, 1M goroutines, ping-pong cost and parked-G size. */
#define GC_THREADS
#include <gc/gc.h>
#include "test_rt_fake.h"

TestSuite(rt_sched, .init = rt_test_init, .timeout = 60);

/* ---- run queues (data structure) ---- */

static G *fakeg(int64_t id) {
    G *g = NEW(G);
    g->id = id;
    return g;
}

Test(rt_sched, runq_fifo_and_runnext) {
    sched_init(1, fake_run);
    P *p = sched_test_newp(0);
    G *gs[10];
    for (int i = 0; i < 10; i++) sched_test_runqput(p, gs[i] = fakeg(i), false);
    G *n1 = fakeg(100), *n2 = fakeg(101);
    sched_test_runqput(p, n1, true);
    sched_test_runqput(p, n2, true); /* kicks n1 to the tail */
    cr_assert_eq(sched_test_runqlen(p), 12);
    cr_assert_eq(sched_test_runqget(p), n2, "runnext first");
    for (int i = 0; i < 10; i++) cr_assert_eq(sched_test_runqget(p), gs[i], "FIFO order at %d", i);
    cr_assert_eq(sched_test_runqget(p), n1, "old runnext went to the tail");
    cr_assert_null(sched_test_runqget(p));
}

Test(rt_sched, runq_overflow_to_global) {
    sched_init(1, fake_run);
    P *p = sched_test_newp(0);
    G *gs[300];
    for (int i = 0; i < 300; i++) sched_test_runqput(p, gs[i] = fakeg(i), false);
    /* the 257th put moved half the ring (128) plus itself to the global queue */
    cr_assert_eq(sched_test_globrunqsize(), 129);
    cr_assert_eq(sched_test_runqlen(p), 300 - 129);
    /* global: the ring's older half, then the G that did not fit */
    for (int i = 0; i < 128; i++) cr_assert_eq(sched_test_globrunqget(), gs[i], "global order %d", i);
    cr_assert_eq(sched_test_globrunqget(), gs[256]);
    for (int i = 128; i < 300; i++)
        if (i != 256) cr_assert_eq(sched_test_runqget(p), gs[i], "local order %d", i);
    SchedStats st;
    sched_stats(&st);
    cr_assert_eq(st.spills, 1);
}

Test(rt_sched, runq_steal_half) {
    sched_init(2, fake_run);
    P *a = sched_test_newp(0), *b = sched_test_newp(1);
    G *gs[100];
    for (int i = 0; i < 100; i++) sched_test_runqput(a, gs[i] = fakeg(i), false);
    G *first = sched_test_runqsteal(b, a);
    cr_assert_eq(first, gs[49], "the thief runs the last G of its batch");
    cr_assert_eq(sched_test_runqlen(a), 50);
    cr_assert_eq(sched_test_runqlen(b), 49);
    for (int i = 0; i < 49; i++) cr_assert_eq(sched_test_runqget(b), gs[i]);
    for (int i = 50; i < 100; i++) cr_assert_eq(sched_test_runqget(a), gs[i]);
    /* runnext is owner-private: never stolen */
    G *n = fakeg(7);
    sched_test_runqput(a, n, true);
    cr_assert_null(sched_test_runqsteal(b, a));
    cr_assert_eq(sched_test_runqget(a), n);
}

/* Concurrent owner push/pop vs thieves: every G comes out exactly once. */
typedef struct {
    P *owner, *thief;
    G **gs;
    int n;
    _Atomic int *seen;
    _Atomic int done;
} RunqRace;

static void *thief_thread(void *arg) {
    RunqRace *r = arg;
    while (!atomic_load(&r->done)) {
        G *g = sched_test_runqsteal(r->thief, r->owner);
        if (g) atomic_fetch_add(&r->seen[g->id], 1);
        while ((g = sched_test_runqget(r->thief)) != NULL) atomic_fetch_add(&r->seen[g->id], 1);
    }
    return NULL;
}

Test(rt_sched, runq_concurrent_steal_exactly_once) {
    sched_init(2, fake_run);
    RunqRace r = {0};
    r.n = 200000;
    r.owner = sched_test_newp(0);
    r.thief = sched_test_newp(1);
    r.gs = mem_alloc(sizeof(G *) * (size_t)r.n);
    r.seen = mem_alloc_atomic(sizeof(int) * (size_t)r.n);
    for (int i = 0; i < r.n; i++) r.gs[i] = fakeg(i);
    pthread_t th;
    mem_thread_create(&th, NULL, thief_thread, &r);
    for (int i = 0; i < r.n; i++) {
        sched_test_runqput(r.owner, r.gs[i], i % 7 == 0);
        if (i % 3 == 0) {
            G *g = sched_test_runqget(r.owner);
            if (g) atomic_fetch_add(&r.seen[g->id], 1);
        }
    }
    G *g;
    while ((g = sched_test_runqget(r.owner)) != NULL) atomic_fetch_add(&r.seen[g->id], 1);
    atomic_store(&r.done, 1);
    pthread_join(th, NULL);
    while ((g = sched_test_runqget(r.thief)) != NULL) atomic_fetch_add(&r.seen[g->id], 1);
    while ((g = sched_test_globrunqget()) != NULL) atomic_fetch_add(&r.seen[g->id], 1);
    for (int i = 0; i < r.n; i++) cr_assert_eq(atomic_load(&r.seen[i]), 1, "G %d seen %d times", i, r.seen[i]);
}

/* ---- lifecycle ---- */

static GRunResult main_exit7(G *g, Fiber *f) {
    CO_BEGIN;
    cr_assert_eq(g->id, 1);
    cr_assert_eq(sched_current(), g);
    CO_EXIT(7);
    CO_END;
}

Test(rt_sched, main_exit_code) {
    cr_assert_eq(run_main(2, main_exit7, NULL, NULL, 0), 7);
    /* the scheduler can be initialised again after sched_main returned */
    cr_assert_eq(run_main(1, main_exit7, NULL, NULL, 0), 7);
}

static _Atomic int64_t counter;

static GRunResult body_count(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < f->n; f->i++) {
        atomic_fetch_add(&counter, 1);
        CO_TICK();
    }
    CO_END;
}

/* main: spawn n goroutines of body_count(m), wait by yielding until all ran, exit. */
static GRunResult main_spawn(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < f->n; f->i++) go(body_count, NULL, NULL, 100);
    while (atomic_load(&counter) < f->n * 100) CO_YIELD();
    /* a finished goroutine is gone from the count; only main remains eventually */
    while (sched_numgoroutine() != 1) CO_YIELD();
    CO_EXIT(0);
    CO_END;
}

static void spawn_many(int procs) {
    atomic_store(&counter, 0);
    cr_assert_eq(run_main(procs, main_spawn, NULL, NULL, 1000), 0);
    cr_assert_eq(atomic_load(&counter), 100000);
}

Test(rt_sched, spawn_and_finish_p1) { spawn_many(1); }
Test(rt_sched, spawn_and_finish_p2) { spawn_many(2); }
Test(rt_sched, spawn_and_finish_p4) {
    spawn_many(4);
    SchedStats st;
    sched_stats(&st);
    cr_log_info("p4: %lld steals, %lld spills, %lld threads", (long long)st.steals, (long long)st.spills,
                (long long)st.threads);
    cr_assert_leq(st.threads, 3, "at most GOMAXPROCS-1 worker threads (+none in syscalls)");
}

/* goroutine ids: main is 1, then sequential at GOMAXPROCS=1; parentid recorded */
static int64_t child_ids[5], child_parent[5];
static GRunResult body_record_id(G *g, Fiber *f) {
    CO_BEGIN;
    child_ids[f->n] = g->id;
    child_parent[f->n] = g->parentid;
    CO_END;
}
static GRunResult main_ids(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < 5; f->i++) go(body_record_id, NULL, NULL, f->i);
    CO_YIELD();
    CO_YIELD();
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, goroutine_ids) {
    run_main(1, main_ids, NULL, NULL, 0);
    for (int i = 0; i < 5; i++) {
        cr_assert_eq(child_ids[i], 2 + i);
        cr_assert_eq(child_parent[i], 1);
    }
}

/* exit from a non-main goroutine (os.Exit) while main is blocked forever */
static GRunResult body_exit3(G *g, Fiber *f) {
    CO_BEGIN;
    CO_EXIT(3);
    CO_END;
}
static GRunResult main_block_nil(G *g, Fiber *f) {
    CO_BEGIN;
    go(body_exit3, NULL, NULL, 0);
    CO_OP(f->rc, chan_recv(g, NULL, &f->v, &f->ok, true), RT_OK);
    cr_assert_fail("nil channel receive returned");
    CO_END;
}
Test(rt_sched, exit_from_goroutine) {
    for (int procs = 1; procs <= 4; procs *= 2) cr_assert_eq(run_main(procs, main_block_nil, NULL, NULL, 0), 3);
}

/* ---- preemption: a `for {}` goroutine does not starve others or timers ---- */

static _Atomic int stop_spin;
static GRunResult body_spin(G *g, Fiber *f) {
    CO_BEGIN;
    while (!atomic_load(&stop_spin)) CO_TICK();
    CO_END;
}
static GRunResult main_with_spinner(G *g, Fiber *f) {
    CO_BEGIN;
    go(body_spin, NULL, NULL, 0);
    go(body_spin, NULL, NULL, 0);
    CO_YIELD();
    f->t0 = now_ns();
    CO_OP(f->rc, timer_sleep(g, 20000000), timer_sleep(g, 20000000));
    cr_assert_geq(now_ns() - f->t0, 20000000);
    atomic_store(&stop_spin, 1);
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, spinners_do_not_starve_timers) {
    cr_assert_eq(run_main(1, main_with_spinner, NULL, NULL, 0), 0);
    atomic_store(&stop_spin, 0);
    cr_assert_eq(run_main(2, main_with_spinner, NULL, NULL, 0), 0);
}

/* A ping-pong pair hands the CPU back and forth through runnext forever; a G that lands in the
 * global queue (here: started from a thread that is not an M) must still run. */
static _Atomic int pair_stop;
static GRunResult body_set_stop(G *g, Fiber *f) {
    CO_BEGIN;
    atomic_store(&pair_stop, 1);
    CO_END;
}
static void *inject_thread(void *arg) {
    (void)arg;
    usleep(20000);
    go(body_set_stop, NULL, NULL, 0); /* no P on this thread: global queue */
    return NULL;
}
static GRunResult body_pair(G *g, Fiber *f) {
    CO_BEGIN;
    for (;;) { /* until the program ends */
        CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
        CO_OP(f->rc, chan_send(g, f->b, &f->v, true), chan_send_resume(g, f->b));
    }
    CO_END;
}
static GRunResult main_pair(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    f->b = chan_make(8, 0, false);
    go(body_pair, f->a, f->b, 0);
    CO_YIELD(); /* a new tick: schedtick % 61 != 0 from here on */
    {
        pthread_t th;
        mem_thread_create(&th, NULL, inject_thread, NULL);
        pthread_detach(th);
    }
    while (!atomic_load(&pair_stop)) {
        CO_OP(f->rc, chan_send(g, f->a, &f->v, true), chan_send_resume(g, f->a));
        CO_OP(f->rc, chan_recv(g, f->b, &f->v, &f->ok, true), chan_recv_resume(g, f->b, &f->v, &f->ok));
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, pingpong_pair_does_not_starve_global_queue) {
    cr_assert_eq(run_main(1, main_pair, NULL, NULL, 0), 0);
}

/* ---- GOMAXPROCS at run time ---- */

static GRunResult main_gomaxprocs(G *g, Fiber *f) {
    CO_BEGIN;
    cr_assert_eq(sched_gomaxprocs(0), 2);
    cr_assert_eq(sched_gomaxprocs(4), 2);
    cr_assert_eq(sched_gomaxprocs(0), 4);
    for (f->i = 0; f->i < 200; f->i++) go(body_count, NULL, NULL, 1000);
    CO_YIELD();
    cr_assert_eq(sched_gomaxprocs(1), 4);
    while (atomic_load(&counter) < 200 * 1000) CO_YIELD();
    cr_assert_eq(sched_gomaxprocs(3), 1);
    for (f->i = 0; f->i < 100; f->i++) go(body_count, NULL, NULL, 1000);
    while (atomic_load(&counter) < 300 * 1000) CO_YIELD();
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, gomaxprocs_changes) {
    atomic_store(&counter, 0);
    cr_assert_eq(run_main(2, main_gomaxprocs, NULL, NULL, 0), 0);
    cr_assert_eq(atomic_load(&counter), 300000);
}

/* ---- syscalls: the P is handed off while a G blocks in the kernel ---- */

static _Atomic int64_t progress;
static GRunResult body_syscall(G *g, Fiber *f) {
    CO_BEGIN;
    sched_enter_syscall();
    usleep(100000); /* a blocking read, say */
    f->v = atomic_load(&progress);
    sched_exit_syscall();
    cr_assert_gt(f->v, 0, "other goroutines ran while this one was in a syscall");
    CO_OP(f->rc, chan_send(g, f->a, &f->v, true), chan_send_resume(g, f->a));
    CO_END;
}
static GRunResult body_progress(G *g, Fiber *f) {
    CO_BEGIN;
    while (!atomic_load(&stop_spin)) {
        atomic_fetch_add(&progress, 1);
        CO_TICK();
    }
    CO_END;
}
static GRunResult main_syscall(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    go(body_syscall, f->a, NULL, 0);
    go(body_progress, NULL, NULL, 0);
    /* no deadlock report while the syscall is pending, even though main blocks */
    CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
    cr_assert_gt(f->v, 0);
    atomic_store(&stop_spin, 1);
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, syscall_hands_off_p) {
    for (int procs = 1; procs <= 2; procs++) {
        atomic_store(&stop_spin, 0);
        atomic_store(&progress, 0);
        cr_assert_eq(run_main(procs, main_syscall, NULL, NULL, 0), 0);
    }
}

/* A CPU-bound goroutine must not keep a G returning from a syscall off the CPU forever. */
static GRunResult body_short_syscall(G *g, Fiber *f) {
    CO_BEGIN;
    sched_enter_syscall();
    usleep(10000);
    sched_exit_syscall();
    atomic_store(&stop_spin, 1);
    CO_END;
}
static GRunResult main_spin_until(G *g, Fiber *f) {
    CO_BEGIN;
    go(body_short_syscall, NULL, NULL, 0);
    while (!atomic_load(&stop_spin)) CO_TICK();
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, syscall_return_not_starved) {
    atomic_store(&stop_spin, 0);
    cr_assert_eq(run_main(1, main_spin_until, NULL, NULL, 0), 0);
}

/* ---- deadlock detection (in a child process) ---- */

static void trace_hook(G *g, FILE *out) { fprintf(out, "main.fake(...)\n\t/tmp/fake.go:%lld\n", (long long)g->id); }
static bool flushed;
static void flush_hook(void) {
    flushed = true;
    fputs("flushed\n", stderr);
}

static GRunResult body_send_forever(G *g, Fiber *f) {
    CO_BEGIN;
    f->v = 1;
    CO_OP(f->rc, chan_send(g, f->a, &f->v, true), chan_send_resume(g, f->a));
    CO_END;
}
static GRunResult body_select_nocases(G *g, Fiber *f) {
    CO_BEGIN;
    CO_OP(f->rc, select_go(g, NULL, 0, true, &f->chosen, &f->ok), RT_OK);
    CO_END;
}
static GRunResult main_deadlock(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    f->b = chan_make(8, 0, false);
    go(body_send_forever, f->b, NULL, 0);
    go(body_select_nocases, NULL, NULL, 0);
    CO_YIELD();
    CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
    CO_END;
}
static void child_deadlock(void) {
    mem_init();
    sched_traceback_hook = trace_hook;
    sched_flush_hook = flush_hook;
    int code = run_main((int)(getpid() % 3) + 1, main_deadlock, NULL, NULL, 0);
    _exit(code);
}
Test(rt_sched, deadlock_report) {
    char err[4096];
    int st = run_child(child_deadlock, err, sizeof err);
    cr_assert_eq(st, 2, "exit status %d, stderr:\n%s", st, err);
    const char *want =
        "flushed\n"
        "fatal error: all goroutines are asleep - deadlock!\n"
        "\n"
        "goroutine 1 [chan receive]:\n"
        "main.fake(...)\n\t/tmp/fake.go:1\n"
        "\n"
        "goroutine 2 [chan send]:\n"
        "main.fake(...)\n\t/tmp/fake.go:2\n"
        "created by main.worker in goroutine 1\n\t/tmp/fake.go:42\n"
        "\n"
        "goroutine 3 [select (no cases)]:\n"
        "main.fake(...)\n\t/tmp/fake.go:3\n"
        "created by main.worker in goroutine 1\n\t/tmp/fake.go:42\n";
    cr_assert_str_eq(err, want);
}

static GRunResult main_goexit(G *g, Fiber *f) {
    CO_BEGIN;
    go(body_count, NULL, NULL, 10);
    CO_END; /* DONE from main = runtime.Goexit */
}
static void child_goexit(void) {
    mem_init();
    _exit(run_main(2, main_goexit, NULL, NULL, 0));
}
Test(rt_sched, goexit_no_goroutines) {
    char err[4096];
    int st = run_child(child_goexit, err, sizeof err);
    cr_assert_eq(st, 2);
    cr_assert_str_eq(err, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}

/* No false alarm: main blocks while a timer is pending, then the timer wakes it. */
static GRunResult body_sleep_send(G *g, Fiber *f) {
    CO_BEGIN;
    CO_OP(f->rc, timer_sleep(g, 50000000), timer_sleep(g, 50000000));
    f->v = 5;
    CO_OP(f->rc, chan_send(g, f->a, &f->v, true), chan_send_resume(g, f->a));
    CO_END;
}
static GRunResult main_wait_timer(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    go(body_sleep_send, f->a, NULL, 0);
    CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
    CO_EXIT((int)f->v);
    CO_END;
}
Test(rt_sched, no_deadlock_while_timer_pending) {
    cr_assert_eq(run_main(1, main_wait_timer, NULL, NULL, 0), 5);
    cr_assert_eq(run_main(3, main_wait_timer, NULL, NULL, 0), 5);
}

/* rt_fatal prints gc's fatal error format and exits 2 */
static void child_fatal(void) {
    mem_init();
    sched_init(1, fake_run);
    G *g = sched_newg();
    rt_fatal(g, rt_err_text(RT_ERR_UNLOCK_UNLOCKED));
}
Test(rt_sched, fatal_error_format) {
    char err[1024];
    int st = run_child(child_fatal, err, sizeof err);
    cr_assert_eq(st, 2);
    cr_assert_str_eq(err, "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [idle]:\n");
    cr_assert(rt_err_is_fatal(RT_ERR_UNLOCK_UNLOCKED));
    cr_assert(!rt_err_is_fatal(RT_ERR_WG_NEGATIVE));
    cr_assert_str_eq(rt_err_text(RT_ERR_SEND_CLOSED), "send on closed channel");
    cr_assert_str_eq(wait_reason_text(waitReasonSyncWaitGroupWait), "sync.WaitGroup.Wait");
}

/* ---- 1,000,000 goroutines created and finished ---- */

static GRunResult body_done(G *g, Fiber *f) {
    CO_BEGIN;
    atomic_fetch_add(&counter, 1);
    CO_END;
}
static GRunResult main_million(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < f->n; f->i++) {
        go(body_done, NULL, NULL, 0);
        CO_TICK();
    }
    while (atomic_load(&counter) < f->n) CO_YIELD();
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, million_goroutines, .timeout = 120) {
    atomic_store(&counter, 0);
    int64_t t0 = now_ns();
    cr_assert_eq(run_main(2, main_million, NULL, NULL, 1000000), 0);
    int64_t dt = now_ns() - t0;
    cr_assert_eq(atomic_load(&counter), 1000000);
    printf("[rt_sched] 1,000,000 goroutines created and finished in %.0f ms (%.0f ns each), heap %zu KiB\n",
           dt / 1e6, (double)dt / 1e6, mem_heap_size() / 1024);
}

/* ---- ping-pong round trip at GOMAXPROCS=1 ---- */

static GRunResult body_pong(G *g, Fiber *f) {
    CO_BEGIN;
    for (;;) {
        CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
        if (f->v < 0) break;
        f->v++;
        CO_OP(f->rc, chan_send(g, f->b, &f->v, true), chan_send_resume(g, f->b));
    }
    CO_END;
}
static int64_t pingpong_ns;
static GRunResult main_ping(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    f->b = chan_make(8, 0, false);
    go(body_pong, f->a, f->b, 0);
    f->t0 = now_ns();
    for (f->i = 0; f->i < f->n; f->i++) {
        f->v = f->i;
        CO_OP(f->rc, chan_send(g, f->a, &f->v, true), chan_send_resume(g, f->a));
        CO_OP(f->rc, chan_recv(g, f->b, &f->w, &f->ok, true), chan_recv_resume(g, f->b, &f->w, &f->ok));
        if (f->w != f->i + 1) f->x++; /* no cr_assert in the timed loop: it is not free */
    }
    cr_assert_eq(f->x, 0, "%lld wrong replies", (long long)f->x);
    pingpong_ns = (now_ns() - f->t0) / f->n;
    f->v = -1;
    CO_OP(f->rc, chan_send(g, f->a, &f->v, true), chan_send_resume(g, f->a));
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, pingpong_cost) {
    cr_assert_eq(run_main(1, main_ping, NULL, NULL, 1000000), 0);
    printf("[rt_sched] unbuffered ping-pong round trip at GOMAXPROCS=1: %lld ns\n", (long long)pingpong_ns);
    cr_assert_eq(run_main(2, main_ping, NULL, NULL, 100000), 0);
    printf("[rt_sched] unbuffered ping-pong round trip at GOMAXPROCS=2: %lld ns\n", (long long)pingpong_ns);
}

/* ---- bytes per parked goroutine ---- */

static size_t heap_used(void) {
    GC_gcollect();
    GC_word heap = 0, freeb = 0, unmapped = 0;
    GC_get_heap_usage_safe(&heap, &freeb, &unmapped, NULL, NULL);
    return (size_t)(heap - freeb - unmapped);
}
static size_t parked_before, parked_after;
static GRunResult body_park_recv(G *g, Fiber *f) {
    CO_BEGIN;
    CO_OP(f->rc, chan_recv(g, f->a, &f->v, &f->ok, true), chan_recv_resume(g, f->a, &f->v, &f->ok));
    CO_END;
}
static GRunResult main_parked(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    parked_before = heap_used();
    for (f->i = 0; f->i < f->n; f->i++) {
        go(body_park_recv, f->a, NULL, 0);
        if (f->i % 64 == 0) CO_YIELD();
    }
    while (sched_numgoroutine() < f->n + 1) CO_YIELD();
    CO_YIELD();
    parked_after = heap_used();
    cr_assert_eq(sched_numgoroutine(), f->n + 1);
    CO_OP(f->rc, chan_close(f->a), RT_OK);
    CO_EXIT(0);
    CO_END;
}
Test(rt_sched, bytes_per_parked_g) {
    int n = 100000;
    cr_assert_eq(run_main(1, main_parked, NULL, NULL, n), 0);
    double per = (double)(parked_after - parked_before) / n;
    printf("[rt_sched] bytes per parked goroutine (G %zu + Sudog %zu + fake fiber %zu, GC-rounded): %.0f\n",
           sizeof(G), sizeof(Sudog), sizeof(Fiber), per);
    cr_assert_lt(sizeof(G), 200);
    cr_assert_lt(per, 1024);
}
