/* test_rt_chan.c — channels: unbuffered/buffered, close, nil, len/cap, direct hand-off, FIFO
 * waiters, element sizes, and a 16x16 producer/consumer stress test with a checksum. */
#include "test_rt_fake.h"

TestSuite(rt_chan, .init = rt_test_init, .timeout = 60);

#define SEND(c, vp) CO_OP(f->rc, chan_send(g, (c), (vp), true), chan_send_resume(g, (c)))
#define RECV(c, vp, okp) CO_OP(f->rc, chan_recv(g, (c), (vp), (okp), true), chan_recv_resume(g, (c), (vp), (okp)))

/* ---- without goroutines switching: non-blocking paths, buffered basics ---- */

static GRunResult main_buffered_basics(G *g, Fiber *f) {
    CO_BEGIN;
    {
        Chan *c = chan_make(8, 3, false);
        cr_assert_eq(chan_cap(c), 3);
        cr_assert_eq(chan_len(c), 0);
        for (int64_t v = 10; v < 13; v++) cr_assert_eq(chan_send(g, c, &v, false), CHAN_OK);
        cr_assert_eq(chan_len(c), 3);
        int64_t x = 99;
        cr_assert_eq(chan_send(g, c, &x, false), CHAN_WOULDBLOCK, "full buffer, non-blocking");
        bool ok = false;
        for (int64_t v = 10; v < 13; v++) {
            cr_assert_eq(chan_recv(g, c, &x, &ok, false), CHAN_OK);
            cr_assert(ok);
            cr_assert_eq(x, v, "FIFO");
        }
        cr_assert_eq(chan_recv(g, c, &x, &ok, false), CHAN_WOULDBLOCK);
        /* wrap around the ring */
        for (int round = 0; round < 10; round++) {
            for (int64_t v = 0; v < 2; v++) cr_assert_eq(chan_send(g, c, &v, true), CHAN_OK);
            for (int64_t v = 0; v < 2; v++) {
                cr_assert_eq(chan_recv(g, c, &x, &ok, true), CHAN_OK);
                cr_assert_eq(x, v);
            }
        }
        /* close: buffered values drain first, then zero values with ok = false */
        int64_t v = 7;
        chan_send(g, c, &v, true);
        cr_assert_eq(chan_close(c), CHAN_OK);
        cr_assert_eq(chan_close(c), CHAN_ERR_CLOSE_CLOSED);
        cr_assert_eq(chan_send(g, c, &v, true), CHAN_ERR_CLOSED);
        cr_assert_eq(chan_send(g, c, &v, false), CHAN_ERR_CLOSED, "closed beats would-block");
        cr_assert_eq(chan_recv(g, c, &x, &ok, true), CHAN_OK);
        cr_assert(ok && x == 7);
        x = 5;
        cr_assert_eq(chan_recv(g, c, &x, &ok, true), CHAN_OK);
        cr_assert(!ok && x == 0, "zero value and ok=false from a closed drained channel");
        cr_assert_eq(chan_recv(g, c, &x, &ok, false), CHAN_OK, "non-blocking receive on closed");
        cr_assert_eq(chan_recv(g, c, NULL, NULL, true), CHAN_OK, "discarded receive");

        /* unbuffered, nobody waiting */
        Chan *u = chan_make(8, 0, false);
        cr_assert_eq(chan_cap(u), 0);
        cr_assert_eq(chan_send(g, u, &v, false), CHAN_WOULDBLOCK);
        cr_assert_eq(chan_recv(g, u, &x, &ok, false), CHAN_WOULDBLOCK);
        chan_close(u);
        cr_assert_eq(chan_recv(g, u, &x, &ok, false), CHAN_OK);
        cr_assert(!ok);

        /* nil channel */
        cr_assert_eq(chan_len(NULL), 0);
        cr_assert_eq(chan_cap(NULL), 0);
        cr_assert_eq(chan_send(g, NULL, &v, false), CHAN_WOULDBLOCK);
        cr_assert_eq(chan_recv(g, NULL, &x, &ok, false), CHAN_WOULDBLOCK);
        cr_assert_eq(chan_close(NULL), CHAN_ERR_CLOSE_NIL);
        cr_assert_str_eq(rt_err_text(CHAN_ERR_CLOSE_NIL), "close of nil channel");
        cr_assert_str_eq(rt_err_text(CHAN_ERR_CLOSE_CLOSED), "close of closed channel");

        /* zero-size and multi-word elements */
        Chan *z = chan_make(0, 2, false);
        cr_assert_eq(chan_send(g, z, NULL, false), CHAN_OK);
        cr_assert_eq(chan_len(z), 1);
        cr_assert_eq(chan_recv(g, z, NULL, &ok, false), CHAN_OK);
        cr_assert(ok);
        Chan *w = chan_make(24, 1, true);
        int64_t in[3] = {1, 2, 3}, out[3] = {0};
        chan_send(g, w, in, true);
        chan_recv(g, w, out, &ok, true);
        cr_assert(out[0] == 1 && out[1] == 2 && out[2] == 3);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_chan, buffered_and_nonblocking) { cr_assert_eq(run_main(1, main_buffered_basics, NULL, NULL, 0), 0); }

/* ---- unbuffered hand-off between goroutines ---- */

static GRunResult body_sender_n(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < f->n; f->i++) {
        f->v = f->i * 3;
        SEND(f->a, &f->v);
        cr_assert_eq(f->rc, CHAN_OK);
    }
    CO_END;
}
static GRunResult main_unbuffered(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    go(body_sender_n, f->a, NULL, 1000);
    for (f->i = 0; f->i < 1000; f->i++) {
        RECV(f->a, &f->v, &f->ok);
        cr_assert(f->ok);
        cr_assert_eq(f->v, f->i * 3);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_chan, unbuffered_p1) { cr_assert_eq(run_main(1, main_unbuffered, NULL, NULL, 0), 0); }
Test(rt_chan, unbuffered_p4) { cr_assert_eq(run_main(4, main_unbuffered, NULL, NULL, 0), 0); }

/* A parked receiver gets the value copied straight into its destination: the buffer of a
 * buffered channel is never used when a receiver waits. */
static GRunResult body_recv_into(G *g, Fiber *f) {
    CO_BEGIN;
    f->v = -1;
    RECV(f->a, &f->v, &f->ok);
    cr_assert(f->ok);
    CO_END;
}
static GRunResult main_direct(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 4, false);
    f->d = go(body_recv_into, f->a, NULL, 0);
    CO_YIELD(); /* the receiver parks (GOMAXPROCS=1) */
    {
        G *r = f->d;
        cr_assert_eq(atomic_load(&r->status), Gwaiting);
        cr_assert_str_eq(wait_reason_text(r->waitreason), "chan receive");
        f->v = 4242;
        cr_assert_eq(chan_send(g, f->a, &f->v, false), CHAN_OK, "a waiting receiver makes send ready");
        cr_assert_eq(chan_len(f->a), 0, "value went directly to the receiver, not the buffer");
        cr_assert_eq(((Fiber *)r->fiber)->v, 4242, "copied into the parked G's register");
        cr_assert_eq(atomic_load(&r->status), Grunnable);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_chan, direct_handoff_to_parked_receiver) { cr_assert_eq(run_main(1, main_direct, NULL, NULL, 0), 0); }

/* A full buffered channel with a parked sender: the receiver takes the head and the sender's
 * value enters the buffer tail, preserving FIFO order. */
static GRunResult main_full_with_sender(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 2, false);
    for (f->v = 0; f->v < 2; f->v++) chan_send(g, f->a, &f->v, true);
    go(body_sender_n, f->a, NULL, 3); /* sends 0, 3, 6: blocks on the first */
    CO_YIELD();
    for (f->i = 0; f->i < 5; f->i++) {
        RECV(f->a, &f->w, &f->ok);
        static const int64_t want[] = {0, 1, 0, 3, 6};
        cr_assert_eq(f->w, want[f->i], "element %lld", (long long)f->i);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_chan, full_buffer_parked_sender_fifo) { cr_assert_eq(run_main(1, main_full_with_sender, NULL, NULL, 0), 0); }

/* ---- FIFO fairness among waiting receivers / senders ---- */

static int64_t got_by[10];
static GRunResult body_recv_record(G *g, Fiber *f) {
    CO_BEGIN;
    RECV(f->a, &f->v, &f->ok);
    got_by[f->n] = f->v;
    CO_END;
}
static GRunResult body_send_one(G *g, Fiber *f) {
    CO_BEGIN;
    f->v = f->n;
    SEND(f->a, &f->v);
    CO_END;
}
static GRunResult main_fifo(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    /* at GOMAXPROCS=1 each new goroutine runs (and parks) before the next is created */
    for (f->i = 0; f->i < 10; f->i++) {
        go(body_recv_record, f->a, NULL, f->i);
        CO_YIELD();
    }
    for (f->v = 100; f->v < 110; f->v++) SEND(f->a, &f->v);
    CO_YIELD();
    for (int i = 0; i < 10; i++) cr_assert_eq(got_by[i], 100 + i, "receiver %d woke out of order", i);
    /* senders queue FIFO too */
    for (f->i = 0; f->i < 10; f->i++) {
        go(body_send_one, f->a, NULL, f->i);
        CO_YIELD();
    }
    for (f->i = 0; f->i < 10; f->i++) {
        RECV(f->a, &f->v, &f->ok);
        cr_assert_eq(f->v, f->i, "sender %lld served out of order", (long long)f->i);
    }
    CO_EXIT(0);
    CO_END;
}
Test(rt_chan, fifo_waiters) { cr_assert_eq(run_main(1, main_fifo, NULL, NULL, 0), 0); }

/* ---- close wakes every waiter ---- */

static _Atomic int closed_recv, closed_send;
static GRunResult body_recv_until_closed(G *g, Fiber *f) {
    CO_BEGIN;
    f->v = 77;
    RECV(f->a, &f->v, &f->ok);
    cr_assert(!f->ok);
    cr_assert_eq(f->v, 0, "close zeroes the receiver's destination");
    atomic_fetch_add(&closed_recv, 1);
    CO_END;
}
static GRunResult body_send_until_closed(G *g, Fiber *f) {
    CO_BEGIN;
    f->v = 1;
    SEND(f->a, &f->v);
    cr_assert_eq(f->rc, CHAN_ERR_CLOSED, "a parked sender panics when the channel closes");
    atomic_fetch_add(&closed_send, 1);
    CO_END;
}
static GRunResult main_close_wakes(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, 0, false);
    f->b = chan_make(8, 0, false);
    for (f->i = 0; f->i < 50; f->i++) {
        go(body_recv_until_closed, f->a, NULL, 0);
        go(body_send_until_closed, f->b, NULL, 0);
    }
    for (;;) {
        /* wait until all 100 are parked: poll with a short sleep */
        CO_OP(f->rc, timer_sleep(g, 1000000), timer_sleep(g, 1000000));
        {
            G *all[256];
            int n = sched_all_goroutines(all, 256), parked = 0;
            for (int k = 0; k < n && k < 256; k++)
                if (atomic_load(&all[k]->status) == Gwaiting && all[k]->id != 1) parked++;
            if (parked == 100) break;
        }
    }
    cr_assert_eq(chan_close(f->a), CHAN_OK);
    cr_assert_eq(chan_close(f->b), CHAN_OK);
    while (atomic_load(&closed_recv) < 50 || atomic_load(&closed_send) < 50) CO_YIELD();
    CO_EXIT(0);
    CO_END;
}
Test(rt_chan, close_wakes_all_p1) { cr_assert_eq(run_main(1, main_close_wakes, NULL, NULL, 0), 0); }
Test(rt_chan, close_wakes_all_p4) {
    atomic_store(&closed_recv, 0);
    atomic_store(&closed_send, 0);
    cr_assert_eq(run_main(4, main_close_wakes, NULL, NULL, 0), 0);
}

/* ---- nil channel blocks forever with gc's wait reasons ---- */

static GRunResult body_nil_send(G *g, Fiber *f) {
    CO_BEGIN;
    SEND(NULL, &f->v);
    cr_assert_fail("nil send returned");
    CO_END;
}
static GRunResult body_nil_recv(G *g, Fiber *f) {
    CO_BEGIN;
    RECV(NULL, &f->v, &f->ok);
    cr_assert_fail("nil receive returned");
    CO_END;
}
static GRunResult main_nil(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = go(body_nil_send, NULL, NULL, 0);
    f->b = go(body_nil_recv, NULL, NULL, 0);
    CO_OP(f->rc, timer_sleep(g, 20000000), timer_sleep(g, 20000000));
    cr_assert_eq(atomic_load(&((G *)f->a)->status), Gwaiting);
    cr_assert_str_eq(wait_reason_text(((G *)f->a)->waitreason), "chan send (nil chan)");
    cr_assert_eq(atomic_load(&((G *)f->b)->status), Gwaiting);
    cr_assert_str_eq(wait_reason_text(((G *)f->b)->waitreason), "chan receive (nil chan)");
    CO_EXIT(0);
    CO_END;
}
Test(rt_chan, nil_channel_blocks_forever) { cr_assert_eq(run_main(2, main_nil, NULL, NULL, 0), 0); }

/* ---- stress: 16 producers x 16 consumers x 100,000 messages, checksum ---- */

enum { NPROD = 16, NCONS = 16, PER_PROD = 100000 };
static _Atomic int64_t cons_sum, cons_count;

static GRunResult body_producer(G *g, Fiber *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < PER_PROD; f->i++) {
        f->v = f->n * PER_PROD + f->i + 1; /* distinct values 1..NPROD*PER_PROD */
        SEND(f->a, &f->v);
        CO_TICK();
    }
    /* the last producer to finish closes the channel */
    if (atomic_fetch_sub((_Atomic int64_t *)f->b, 1) == 1) chan_close(f->a);
    CO_END;
}
static GRunResult body_consumer(G *g, Fiber *f) {
    CO_BEGIN;
    for (;;) {
        RECV(f->a, &f->v, &f->ok);
        if (!f->ok) break;
        f->w += f->v;
        f->x++;
        CO_TICK();
    }
    atomic_fetch_add(&cons_sum, f->w);
    atomic_fetch_add(&cons_count, f->x);
    /* report done on the results channel */
    SEND(f->b, &f->x);
    CO_END;
}
static GRunResult main_stress(G *g, Fiber *f) {
    CO_BEGIN;
    f->a = chan_make(8, f->n, false); /* n = capacity */
    f->b = chan_make(8, 0, false);
    f->c = mem_alloc(sizeof(_Atomic int64_t));
    *(_Atomic int64_t *)f->c = NPROD;
    for (f->i = 0; f->i < NCONS; f->i++) go(body_consumer, f->a, f->b, 0);
    for (f->i = 0; f->i < NPROD; f->i++) go(body_producer, f->a, f->c, f->i);
    for (f->i = 0; f->i < NCONS; f->i++) RECV(f->b, &f->v, &f->ok);
    CO_EXIT(0);
    CO_END;
}
static void stress(int procs, int64_t cap) {
    atomic_store(&cons_sum, 0);
    atomic_store(&cons_count, 0);
    int64_t t0 = now_ns();
    cr_assert_eq(run_main(procs, main_stress, NULL, NULL, cap), 0);
    int64_t N = (int64_t)NPROD * PER_PROD;
    cr_assert_eq(atomic_load(&cons_count), N);
    cr_assert_eq(atomic_load(&cons_sum), N * (N + 1) / 2, "checksum");
    printf("[rt_chan] 16x16 stress, cap %lld, GOMAXPROCS=%d: %.0f ns/message\n", (long long)cap, procs,
           (double)(now_ns() - t0) / (double)N);
}
Test(rt_chan, stress_16x16_buffered_p4, .timeout = 180) { stress(4, 64); }
Test(rt_chan, stress_16x16_unbuffered_p2, .timeout = 180) { stress(2, 0); }
Test(rt_chan, stress_16x16_buffered_p1, .timeout = 180) { stress(1, 16); }
