/* chan.c — channels: send, receive, close, with direct hand-off to waiting Gs (see chan.h).
 *
 * Lock order: a channel lock is taken before timers.lock and sched.lock (sched_ready is only
 * ever called after the channel lock is released). select.c takes several channel locks in
 * address order.
 */
#include <string.h>
#include "runtime/chan.h"
#include "runtime/sched.h"
#include "util/mem.h"

Chan *chan_make(size_t elemsize, int64_t cap, bool elem_has_ptr) {
    if (elemsize % 8 != 0 && elemsize != 0) rt_throw("chan_make: element size not a multiple of 8");
    if (cap < 0) rt_throw("chan_make: negative capacity");
    Chan *c = NEW(Chan);
    c->elemsize = (uint32_t)elemsize;
    c->dataqsiz = (uint64_t)cap;
    c->elem_has_ptr = elem_has_ptr;
    size_t bytes = (size_t)cap * elemsize;
    if (bytes > 0) c->buf = elem_has_ptr ? mem_alloc(bytes) : mem_alloc_atomic(bytes);
    return c;
}

int64_t chan_len(Chan *c) { return c ? (int64_t)atomic_load_explicit(&c->qcount, memory_order_relaxed) : 0; }
int64_t chan_cap(Chan *c) { return c ? (int64_t)c->dataqsiz : 0; }

static inline void *chanbuf(Chan *c, uint64_t i) { return (char *)c->buf + i * c->elemsize; }

static inline void elem_copy(void *dst, const void *src, uint32_t n) {
    if (n && dst) {
        if (src) memcpy(dst, src, n);
        else memset(dst, 0, n);
    }
}

/* ---- wait queues (c->lock held) ---- */

void waitq_enqueue(WaitQ *q, Sudog *s) {
    s->next = NULL;
    s->prev = q->last;
    if (q->last) q->last->next = s;
    else q->first = s;
    q->last = s;
}

/* Pop the first sudog whose G can still be woken. A select sudog is only taken if we win its
 * G's selectdone race; a lost one is dropped (its G takes its own sudogs off on resume, and
 * waitq_remove tolerates the missing one). */
Sudog *waitq_dequeue(WaitQ *q) {
    for (;;) {
        Sudog *s = q->first;
        if (s == NULL) return NULL;
        Sudog *y = s->next;
        if (y == NULL) {
            q->first = q->last = NULL;
        } else {
            y->prev = NULL;
            q->first = y;
            s->next = NULL;
        }
        if (s->isselect) {
            uint32_t z = 0;
            if (!atomic_compare_exchange_strong(&s->g->selectdone, &z, 1)) continue;
        }
        return s;
    }
}

void waitq_remove(WaitQ *q, Sudog *s) {
    Sudog *x = s->prev, *y = s->next;
    if (x) {
        if (y) {
            x->next = y;
            y->prev = x;
            s->next = s->prev = NULL;
            return;
        }
        x->next = NULL; /* s was last */
        q->last = x;
        s->prev = NULL;
        return;
    }
    if (y) { /* s was first */
        y->prev = NULL;
        q->first = y;
        s->next = NULL;
        return;
    }
    /* no neighbours: either the only element, or already dequeued by a waker */
    if (q->first == s) q->first = q->last = NULL;
}

bool chan_park_commit(G *g, void *c) {
    (void)g;
    rt_spin_unlock(&((Chan *)c)->lock);
    return true;
}

/* ---- hand-offs (c->lock held; the caller unlocks, then readies the returned G) ---- */

G *chan_send_to(Chan *c, Sudog *sg, const void *src) {
    elem_copy(sg->elem, src, c->elemsize);
    sg->elem = NULL;
    sg->success = true;
    if (sg->isselect) sg->g->param = sg;
    return sg->g;
}

G *chan_recv_from(Chan *c, Sudog *sg, void *dst) {
    if (c->dataqsiz == 0) {
        elem_copy(dst, sg->elem, c->elemsize);
    } else {
        /* The buffer is full: take its head, and put the sender's value at the tail (which is
         * the same slot, since the ring is full). */
        void *slot = chanbuf(c, c->recvx);
        elem_copy(dst, slot, c->elemsize);
        elem_copy(slot, sg->elem, c->elemsize);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->sendx = c->recvx;
    }
    sg->elem = NULL;
    sg->success = true;
    if (sg->isselect) sg->g->param = sg;
    return sg->g;
}

void chan_buf_put(Chan *c, const void *src) {
    elem_copy(chanbuf(c, c->sendx), src, c->elemsize);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    atomic_store_explicit(&c->qcount, atomic_load_explicit(&c->qcount, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}

void chan_buf_take(Chan *c, void *dst) {
    void *slot = chanbuf(c, c->recvx);
    elem_copy(dst, slot, c->elemsize);
    if (c->elemsize) memset(slot, 0, c->elemsize); /* do not keep the value alive for the GC */
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    atomic_store_explicit(&c->qcount, atomic_load_explicit(&c->qcount, memory_order_relaxed) - 1,
                          memory_order_relaxed);
}

/* ---- send ---- */


int chan_send(G *g, Chan *c, const void *elem, bool block) {
    if (c == NULL) {
        if (!block) return CHAN_WOULDBLOCK;
        sched_park_prepare(g, NULL, NULL, waitReasonChanSendNilChan);
        return CHAN_PARK;
    }
    /* Non-blocking fast path on a buffered channel: full and not closed -> would block. */
    if (!block && c->dataqsiz > 0 && !atomic_load_explicit(&c->closed, memory_order_acquire) &&
        atomic_load_explicit(&c->qcount, memory_order_acquire) == c->dataqsiz)
        return CHAN_WOULDBLOCK;
    rt_spin_lock(&c->lock);
    if (atomic_load_explicit(&c->closed, memory_order_relaxed)) {
        rt_spin_unlock(&c->lock);
        return CHAN_ERR_CLOSED;
    }
    Sudog *sg = waitq_dequeue(&c->recvq);
    if (sg) {
        G *gp = chan_send_to(c, sg, elem);
        rt_spin_unlock(&c->lock);
        sched_ready(gp); /* only after the channel lock is released */
        return CHAN_OK;
    }
    if (atomic_load_explicit(&c->qcount, memory_order_relaxed) < c->dataqsiz) {
        chan_buf_put(c, elem);
        rt_spin_unlock(&c->lock);
        return CHAN_OK;
    }
    if (!block) {
        rt_spin_unlock(&c->lock);
        return CHAN_WOULDBLOCK;
    }
    Sudog *s = sudog_acquire(g);
    s->elem = (void *)elem;
    s->c = c;
    g->waiting = s;
    g->param = NULL;
    waitq_enqueue(&c->sendq, s);
    sched_park_prepare(g, chan_park_commit, c, waitReasonChanSend);
    return CHAN_PARK;
}

int chan_send_resume(G *g, Chan *c) {
    (void)c;
    g->resumed = false;
    Sudog *s = g->waiting;
    if (s == NULL) rt_throw("chan_send_resume: G not waiting on a channel");
    g->waiting = NULL;
    bool ok = s->success;
    sudog_release(s);
    return ok ? CHAN_OK : CHAN_ERR_CLOSED;
}

/* ---- receive ---- */

int chan_recv(G *g, Chan *c, void *dst, bool *ok, bool block) {
    if (c == NULL) {
        if (!block) return CHAN_WOULDBLOCK;
        sched_park_prepare(g, NULL, NULL, waitReasonChanReceiveNilChan);
        return CHAN_PARK;
    }
    /* Non-blocking fast path on a buffered channel (Go's): empty and not closed -> would
     * block, without the lock. Load order matters: empty first, then closed. */
    if (!block && c->dataqsiz > 0 && atomic_load_explicit(&c->qcount, memory_order_acquire) == 0 &&
        !atomic_load_explicit(&c->closed, memory_order_acquire))
        return CHAN_WOULDBLOCK;
    rt_spin_lock(&c->lock);
    if (atomic_load_explicit(&c->closed, memory_order_relaxed) &&
        atomic_load_explicit(&c->qcount, memory_order_relaxed) == 0) {
        rt_spin_unlock(&c->lock);
        elem_copy(dst, NULL, c->elemsize);
        if (ok) *ok = false;
        return CHAN_OK;
    }
    Sudog *sg = waitq_dequeue(&c->sendq);
    if (sg) {
        G *gp = chan_recv_from(c, sg, dst);
        rt_spin_unlock(&c->lock);
        sched_ready(gp);
        if (ok) *ok = true;
        return CHAN_OK;
    }
    if (atomic_load_explicit(&c->qcount, memory_order_relaxed) > 0) {
        chan_buf_take(c, dst);
        rt_spin_unlock(&c->lock);
        if (ok) *ok = true;
        return CHAN_OK;
    }
    if (!block) {
        rt_spin_unlock(&c->lock);
        return CHAN_WOULDBLOCK;
    }
    Sudog *s = sudog_acquire(g);
    s->elem = dst;
    s->c = c;
    g->waiting = s;
    g->param = NULL;
    waitq_enqueue(&c->recvq, s);
    sched_park_prepare(g, chan_park_commit, c, waitReasonChanReceive);
    return CHAN_PARK;
}

int chan_recv_resume(G *g, Chan *c, void *dst, bool *ok) {
    (void)c;
    (void)dst;
    g->resumed = false;
    Sudog *s = g->waiting;
    if (s == NULL) rt_throw("chan_recv_resume: G not waiting on a channel");
    g->waiting = NULL;
    if (ok) *ok = s->success;
    sudog_release(s);
    return CHAN_OK;
}

/* ---- close ---- */

int chan_close(Chan *c) {
    if (c == NULL) return CHAN_ERR_CLOSE_NIL;
    rt_spin_lock(&c->lock);
    if (atomic_load_explicit(&c->closed, memory_order_relaxed)) {
        rt_spin_unlock(&c->lock);
        return CHAN_ERR_CLOSE_CLOSED;
    }
    atomic_store_explicit(&c->closed, 1, memory_order_relaxed);
    /* Collect every waiter (receivers get zero values, senders will panic), then wake them
     * after unlocking. The list reuses s->next, free once the sudog is off the queue; the
     * sudogs' Gs cannot run (and touch them) before we ready them. */
    Sudog *list = NULL;
    Sudog *sg;
    while ((sg = waitq_dequeue(&c->recvq)) != NULL) {
        elem_copy(sg->elem, NULL, c->elemsize);
        sg->elem = NULL;
        sg->success = false;
        if (sg->isselect) sg->g->param = sg;
        sg->next = list;
        list = sg;
    }
    while ((sg = waitq_dequeue(&c->sendq)) != NULL) {
        sg->elem = NULL;
        sg->success = false;
        if (sg->isselect) sg->g->param = sg;
        sg->next = list;
        list = sg;
    }
    rt_spin_unlock(&c->lock);
    /* Wake in FIFO order (the list is reversed). */
    Sudog *rev = NULL;
    while (list) {
        Sudog *n = list->next;
        list->next = rev;
        rev = list;
        list = n;
    }
    while (rev) {
        Sudog *n = rev->next;
        rev->next = NULL;
        G *gp = rev->g;
        sched_ready(gp); /* after this, rev may be released by its G: read n first */
        rev = n;
    }
    return CHAN_OK;
}
