/* test_rt_select.c — select: random fairness, default, nil cases, closed channels, select {},
 * multi-case park with exactly one winner (also under contention on several threads). */
#include "test_rt_fake.h"

TestSuite(rt_select, .init = rt_test_init, .timeout = 60);

#define SEND(c, vp) CO_OP(f->rc, chan_send(g, (c), (vp), true), chan_send_resume(g, (c)))
#define RECV(c, vp, okp) CO_OP(f->rc, chan_recv(g, (c), (vp), (okp), true), chan_recv_resume(g, (c), (vp), (okp)))
#define SELECT(n)                                                                  \
    CO_OP(f->rc, select_go(g, f->cases, (n), true, &f->chosen, &f->ok),            \
          select_resume(g, f->cases, (n), &f->chosen, &f->ok))

/* ---- fairness: two always-ready channels, each case wins 40-60% ---- */

static GRunResult main_fair(G *g, Fiber *f) {
    CO_BEGIN;
    {
        Chan *a = chan_make(8, 1, false), *b = chan_make(8, 1, false);
        int64_t one = 1, va = 0, vb = 0;
        int wins[2] = {0, 0};
        for (int i = 0; i < 10000; i++) {
            if (chan_len(a) == 0) chan_send(g, a, &one, false);
            if (chan_len(b) == 0) chan_send(g, b, &one, false);
            SelectCase cs[2] = {{a, &va, false}, {b, &vb, false}};
            int chosen = -1;
            bool ok = false;
            cr_assert_eq(select_go(g, cs, 2, true, &chosen, &ok), RT_OK);
            cr_assert(ok);
            wins[chosen]++;
        }
        printf("[rt_select] fairness over 10000 selects: case 0 %d, case 1 %d\n", wins[0], wins[1]);
        cr_assert(wins[0] >= 4000 && wins[0] <= 6000, "case 0 won %d times", wins[0]);
        /* same with a send case and a receive case, both always ready */
        Chan *s = chan_make(8, 1, false);
        wins[0] = wins[1] = 0;
        for (int i = 0; i < 10000; i++) {
            if (chan_len(a) == 0) chan_send(g, a, &one, false);
            if (chan_len(s) == 1) chan_recv(g, s, NULL, NULL, false);
            SelectCase cs[2] = {{a, &va, false}, {s, &one, true}};
            int chosen = -1;
            cr_assert_eq(select_go(g, cs, 2, false, &chosen, NULL), RT_OK);
            wins[chosen]++;
        }
        cr_assert(wins[0] >= 4000 && wins[0] <= 6000, "send/recv mix: case 0 won %d times", wins[0]);
        /* three cases, one of them on a nil channel: never chosen; the others share */
        int w3[3] = {0, 0, 0};
        for (int i = 0; i < 9000; i++) {
            if (chan_len(a) == 0) chan_send(g, a, &one, false);
            if (chan_len(b) == 0) chan_send(g, b, &one, false);
            SelectCase cs[3] = {{a, &va, false}, {NULL, &vb, false}, {b, &vb, false}};
            int chosen = -1;
            cr_assert_eq(select_go(g, cs, 3, true, &chosen, NULL), RT_OK);
            w3[chosen]++;
        }
        cr_assert_eq(w3[1], 0, "nil case chosen");
        cr_assert(w3[0] >= 3600 && w3[0] <= 5400, "case 0 won %d of 9000", w3[0]);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_select, random_fairness) { cr_assert_eq(run_main(1, main_fair, NULL, NULL, 0), 0); }

/* ---- default, nil cases, closed channels, duplicates ---- */

static GRunResult main_nonblocking(G *g, Fiber *f) {
    CO_BEGIN;
    {
        Chan *a = chan_make(8, 0, false), *b = chan_make(8, 2, false);
        int64_t v = 5, x = 0;
        bool ok = true;
        int chosen = 7;
        SelectCase cs[3] = {{a, &x, false}, {a, &v, true}, {NULL, &x, false}};
        cr_assert_eq(select_go(g, cs, 3, false, &chosen, &ok), RT_WOULDBLOCK, "nothing ready: default");
        cr_assert_eq(chosen, -1);
        /* only nil cases, non-blocking */
        SelectCase nils[2] = {{NULL, &x, false}, {NULL, &v, true}};
        cr_assert_eq(select_go(g, nils, 2, false, &chosen, &ok), RT_WOULDBLOCK);
        cr_assert_eq(select_go(g, NULL, 0, false, &chosen, &ok), RT_WOULDBLOCK, "select { default: }");
        /* buffered send case ready */
        SelectCase sc[2] = {{a, &x, false}, {b, &v, true}};
        cr_assert_eq(select_go(g, sc, 2, false, &chosen, &ok), RT_OK);
        cr_assert_eq(chosen, 1);
        cr_assert_eq(chan_len(b), 1);
        /* receive from buffered, with a duplicate channel in the list */
        SelectCase rc[3] = {{b, &x, false}, {a, &x, false}, {b, &x, false}};
        cr_assert_eq(select_go(g, rc, 3, false, &chosen, &ok), RT_OK);
        cr_assert(chosen == 0 || chosen == 2);
        cr_assert(ok && x == 5);
        /* receive from a closed channel: ready, zero value, ok = false */
        chan_close(a);
        x = 9;
        SelectCase cc[1] = {{a, &x, false}};
        cr_assert_eq(select_go(g, cc, 1, true, &chosen, &ok), RT_OK);
        cr_assert(chosen == 0 && !ok && x == 0);
        /* send on a closed channel: that case is chosen and panics */
        SelectCase sclosed[2] = {{NULL, &x, false}, {a, &v, true}};
        cr_assert_eq(select_go(g, sclosed, 2, true, &chosen, &ok), RT_ERR_SEND_CLOSED);
        cr_assert_eq(chosen, 1);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_select, default_nil_closed) { cr_assert_eq(run_main(1, main_nonblocking, NULL, NULL, 0), 0); }

/* ---- select {} and all-nil selects park forever ---- */

static GRunResult body_select_empty(G *g, Fiber *f) {
    CO_BEGIN;
    SELECT(0);
    cr_assert_fail("select {} returned");
    CO_END;
}
static GRunResult body_select_nils(G *g, Fiber *f) {
    CO_BEGIN;
    f->cases[0] = (SelectCase){NULL, &f->v, false};
    f->cases[1] = (SelectCase){NULL, &f->v, true};
    SELECT(2);
    cr_assert_fail("select on nil channels returned");
    CO_END;
}
static GRunResult main_forever(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = go(body_select_empty, NULL, NULL, 0);
    f->b = go(body_select_nils, NULL, NULL, 0);
    CO_OP(f->rc, timer_sleep(g, 10000000), timer_sleep(g, 10000000));
    cr_assert_eq(atomic_load(&((G *)f->a)->status), Gwaiting);
    cr_assert_str_eq(wait_reason_text(((G *)f->a)->waitreason), "select (no cases)");
    cr_assert_eq(atomic_load(&((G *)f->b)->status), Gwaiting);
    cr_assert_str_eq(wait_reason_text(((G *)f->b)->waitreason), "select");
    CO_EXIT(0);
    CO_END;
}
Test(rt_select, select_forever) { cr_assert_eq(run_main(2, main_forever, NULL, NULL, 0), 0); }

/* ---- multi-case park: one winner, the other sudogs leave their queues ---- */

static GRunResult body_select3(G *g, Fiber *f) {
    CO_BEGIN;
    /* cases: recv a, recv b, send on c */
    f->cases[0] = (SelectCase){f->a, &f->v, false};
    f->cases[1] = (SelectCase){f->b, &f->w, false};
    f->x = 33;
    f->cases[2] = (SelectCase){f->c, &f->x, true};
    SELECT(3);
    cr_assert_eq(f->rc, RT_OK);
    f->id = f->chosen;
    CO_END;
}
static GRunResult main_park_one_winner(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    f->b = chan_make(8, 0, false);
    f->c = chan_make(8, 0, false);
    f->d = go(body_select3, f->a, f->b, 0);
    ((Fiber *)((G *)f->d)->fiber)->c = f->c;
    CO_YIELD(); /* it parks on all three */
    {
        G *s = f->d;
        cr_assert_eq(atomic_load(&s->status), Gwaiting);
        cr_assert_str_eq(wait_reason_text(s->waitreason), "select");
        int n = 0;
        for (Sudog *x = s->waiting; x; x = x->waitlink) n++;
        cr_assert_eq(n, 3, "one sudog per case");
        /* receive from c: the select's send case fires */
        int64_t got = 0;
        bool ok;
        cr_assert_eq(chan_recv(g, f->c, &got, &ok, false), CHAN_OK);
        cr_assert_eq(got, 33);
        /* the other cases are no longer ready (their sudogs are dead or gone) */
        int64_t v = 1;
        cr_assert_eq(chan_send(g, f->a, &v, false), CHAN_WOULDBLOCK, "a second case fired");
        cr_assert_eq(chan_send(g, f->b, &v, false), CHAN_WOULDBLOCK, "a second case fired");
    }
    CO_YIELD(); /* let the select goroutine finish: it dequeues its other sudogs */
    {
        G *s = f->d;
        cr_assert_eq(atomic_load(&s->status), Gdead);
        cr_assert_null(((Chan *)f->a)->recvq.first, "sudog left on a's queue");
        cr_assert_null(((Chan *)f->b)->recvq.first, "sudog left on b's queue");
        cr_assert_null(((Chan *)f->c)->sendq.first);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_select, park_on_all_one_winner) { cr_assert_eq(run_main(1, main_park_one_winner, NULL, NULL, 0), 0); }

/* close while parked in select: the receive case fires with ok = false */
static GRunResult body_select_recv2(G *g, Fiber *f) {
    CO_BEGIN;
    f->v = 5;
    f->cases[0] = (SelectCase){f->a, &f->v, false};
    f->cases[1] = (SelectCase){f->b, &f->w, false};
    SELECT(2);
    cr_assert_eq(f->chosen, 1);
    cr_assert(!f->ok);
    atomic_store((_Atomic int64_t *)f->c, 1);
    CO_END;
}
static GRunResult main_close_select(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    f->b = chan_make(8, 0, false);
    f->c = mem_alloc(8);
    {
        G *s = newg(body_select_recv2, f->a, f->b, 0);
        ((Fiber *)s->fiber)->c = f->c;
        sched_go(s);
    }
    CO_YIELD();
    chan_close(f->b);
    while (!atomic_load((_Atomic int64_t *)f->c)) CO_YIELD();
    cr_assert_null(((Chan *)f->a)->recvq.first);
    CO_EXIT(0);
    CO_END;
}
Test(rt_select, close_wakes_select) { cr_assert_eq(run_main(1, main_close_select, NULL, NULL, 0), 0); }

/* ---- the wake race under contention: many selecting receivers, many senders on several
 * threads; every value is received exactly once (no case fires twice, none is lost). ---- */

enum { NSEL = 8, NSEND = 8, PER_SENDER = 20000, NCH = 3 };
static _Atomic int64_t race_sum, race_count;

static GRunResult body_race_sender(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < PER_SENDER; f->i++) {
        f->v = f->n * PER_SENDER + f->i + 1;
        SEND(((Chan **)f->a)[(f->i + f->n) % NCH], &f->v);
        CO_TICK();
    }
    CO_END;
}
static GRunResult body_race_selector(G *g, Fiber *f) {
    CO_BEGIN;
    for (;;) {
        for (int k = 0; k < NCH; k++) f->cases[k] = (SelectCase){((Chan **)f->a)[k], &f->v, false};
        f->cases[NCH] = (SelectCase){f->b, &f->w, false}; /* quit channel */
        SELECT(NCH + 1);
        if (f->chosen == NCH) break;
        cr_assert(f->ok);
        atomic_fetch_add(&race_sum, f->v);
        atomic_fetch_add(&race_count, 1);
        CO_TICK();
    }
    CO_END;
}
static GRunResult main_race(G *g, Fiber *f) {
    CO_BEGIN;
    {
        Chan **chs = mem_alloc(sizeof(Chan *) * NCH);
        for (int k = 0; k < NCH; k++) chs[k] = chan_make(8, k, false); /* caps 0, 1, 2 */
        f->a = chs;
        f->b = chan_make(8, 0, false);
        for (int k = 0; k < NSEL; k++) go(body_race_selector, chs, f->b, k);
        for (int k = 0; k < NSEND; k++) go(body_race_sender, chs, NULL, k);
    }
    while (atomic_load(&race_count) < (int64_t)NSEND * PER_SENDER) {
        CO_OP(f->rc, timer_sleep(g, 1000000), timer_sleep(g, 1000000));
    }
    chan_close(f->b);
    CO_EXIT(0);
    CO_END;
}
static void race(int procs) {
    atomic_store(&race_sum, 0);
    atomic_store(&race_count, 0);
    cr_assert_eq(run_main(procs, main_race, NULL, NULL, 0), 0);
    int64_t N = (int64_t)NSEND * PER_SENDER;
    cr_assert_eq(atomic_load(&race_count), N);
    cr_assert_eq(atomic_load(&race_sum), N * (N + 1) / 2);
}
Test(rt_select, wake_race_p1, .timeout = 120) { race(1); }
Test(rt_select, wake_race_p4, .timeout = 120) { race(4); }

/* select send cases racing with selecting receivers on both sides */
static GRunResult body_select_sender(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < PER_SENDER; f->i++) {
        f->v = f->n * PER_SENDER + f->i + 1;
        for (int k = 0; k < NCH; k++) f->cases[k] = (SelectCase){((Chan **)f->a)[k], &f->v, true};
        SELECT(NCH);
        cr_assert_eq(f->rc, RT_OK);
        CO_TICK();
    }
    CO_END;
}
static GRunResult main_race2(G *g, Fiber *f) {
    CO_BEGIN;
    {
        Chan **chs = mem_alloc(sizeof(Chan *) * NCH);
        for (int k = 0; k < NCH; k++) chs[k] = chan_make(8, 0, false);
        f->a = chs;
        f->b = chan_make(8, 0, false);
        for (int k = 0; k < NSEL; k++) go(body_race_selector, chs, f->b, k);
        for (int k = 0; k < NSEND; k++) go(body_select_sender, chs, NULL, k);
    }
    while (atomic_load(&race_count) < (int64_t)NSEND * PER_SENDER) {
        CO_OP(f->rc, timer_sleep(g, 1000000), timer_sleep(g, 1000000));
    }
    chan_close(f->b);
    CO_EXIT(0);
    CO_END;
}
Test(rt_select, select_both_sides_p4, .timeout = 120) {
    atomic_store(&race_sum, 0);
    atomic_store(&race_count, 0);
    cr_assert_eq(run_main(4, main_race2, NULL, NULL, 0), 0);
    int64_t N = (int64_t)NSEND * PER_SENDER;
    cr_assert_eq(atomic_load(&race_count), N);
    cr_assert_eq(atomic_load(&race_sum), N * (N + 1) / 2);
}
