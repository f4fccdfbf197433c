/* select.c — select over channel cases (see select.h for the algorithm and the wake race).
 *
 * Invariants: while a select G is parked, g->waiting lists its sudogs in lock order (channel
 * address order, duplicates adjacent); each sudog is on its channel's queue until a waker pops
 * it. Exactly one waker wins g->selectdone and sets g->param to its sudog; sudogs popped by
 * losers are simply dropped from their queue. The G, on resume, locks all its channels, takes
 * the remaining sudogs off their queues (waitq_remove tolerates already-popped ones), unlocks.
 */
#include <string.h>
#include "runtime/select.h"
#include "runtime/sched.h"
#include "util/mem.h"

enum { SELECT_STACK_CASES = 256 };

static inline uintptr_t caddr(const SelectCase *cases, uint16_t i) { return (uintptr_t)cases[i].c; }

/* Heap sort of case indices by channel address (Go sorts lockorder the same way). */
static void sort_lockorder(const SelectCase *cases, uint16_t *order, int n) {
    for (int i = 0; i < n; i++) { /* build a max-heap */
        int j = i;
        uint16_t x = order[i];
        uintptr_t c = caddr(cases, x);
        while (j > 0 && caddr(cases, order[(j - 1) / 2]) < c) {
            order[j] = order[(j - 1) / 2];
            j = (j - 1) / 2;
        }
        order[j] = x;
    }
    for (int i = n - 1; i > 0; i--) {
        uint16_t x = order[i];
        uintptr_t c = caddr(cases, x);
        order[i] = order[0];
        int j = 0;
        for (;;) {
            int k = 2 * j + 1;
            if (k >= i) break;
            if (k + 1 < i && caddr(cases, order[k]) < caddr(cases, order[k + 1])) k++;
            if (c < caddr(cases, order[k])) {
                order[j] = order[k];
                j = k;
            } else {
                break;
            }
        }
        order[j] = x;
    }
}

static void sellock(const SelectCase *cases, const uint16_t *lockorder, int n) {
    Chan *last = NULL;
    for (int i = 0; i < n; i++) {
        Chan *c = cases[lockorder[i]].c;
        if (c != last) rt_spin_lock(&c->lock);
        last = c;
    }
}

static void selunlock(const SelectCase *cases, const uint16_t *lockorder, int n) {
    for (int i = n - 1; i >= 0; i--) {
        Chan *c = cases[lockorder[i]].c;
        if (i > 0 && c == cases[lockorder[i - 1]].c) continue; /* unlock once, at the first */
        rt_spin_unlock(&c->lock);
    }
}

/* Park commit: unlock every channel of g's sudogs (in lock order, each once). We only read a
 * sudog while still holding its channel's lock: once all locks of a prefix are released the G
 * may be woken, but on resume it must lock every channel again before it touches a sudog. */
static bool selparkcommit(G *g, void *arg) {
    (void)arg;
    Chan *last = NULL;
    for (Sudog *s = g->waiting; s; s = s->waitlink) {
        if (s->c != last && last != NULL) rt_spin_unlock(&last->lock);
        last = s->c;
    }
    if (last) rt_spin_unlock(&last->lock);
    return true;
}

/* Tries one case with its channel locked: true when it completed (or must panic: *rc), with
 * *wakeg set to a G to make ready once the locks are released. */
static bool try_case(SelectCase *cas, G **wakeg, bool *recvok, int *rc) {
    Chan *c = cas->c;
    if (cas->is_send) {
        if (atomic_load_explicit(&c->closed, memory_order_relaxed)) {
            *rc = RT_ERR_SEND_CLOSED;
            return true;
        }
        Sudog *sg = waitq_dequeue(&c->recvq);
        if (sg) {
            *wakeg = chan_send_to(c, sg, cas->elem);
            return true;
        }
        if (atomic_load_explicit(&c->qcount, memory_order_relaxed) < c->dataqsiz) {
            chan_buf_put(c, cas->elem);
            return true;
        }
        return false;
    }
    Sudog *sg = waitq_dequeue(&c->sendq);
    if (sg) {
        *wakeg = chan_recv_from(c, sg, cas->elem);
        if (recvok) *recvok = true;
        return true;
    }
    if (atomic_load_explicit(&c->qcount, memory_order_relaxed) > 0) {
        chan_buf_take(c, cas->elem);
        if (recvok) *recvok = true;
        return true;
    }
    if (atomic_load_explicit(&c->closed, memory_order_relaxed)) {
        if (cas->elem && c->elemsize) memset(cas->elem, 0, c->elemsize);
        if (recvok) *recvok = false;
        return true;
    }
    return false;
}

int select_go(G *g, SelectCase *cases, int ncases, bool block, int *chosen, bool *recvok) {
    if (ncases < 0 || ncases > 65535) rt_throw("select_go: bad number of cases");
    *chosen = -1;
    if (recvok) *recvok = false;
    uint16_t stackbuf[2 * SELECT_STACK_CASES];
    uint16_t *pollorder = stackbuf, *lockorder = stackbuf + SELECT_STACK_CASES;
    if (ncases > SELECT_STACK_CASES) {
        pollorder = mem_alloc_atomic(sizeof(uint16_t) * 2 * (size_t)ncases);
        lockorder = pollorder + ncases;
    }
    /* poll order: a uniformly random permutation of the non-nil cases (inside-out shuffle) */
    int norder = 0;
    for (int i = 0; i < ncases; i++) {
        if (cases[i].c == NULL) continue;
        uint32_t j = rt_fastrandn((uint32_t)norder + 1);
        pollorder[norder] = pollorder[j];
        pollorder[j] = (uint16_t)i;
        norder++;
    }
    if (norder <= 0) {
        if (!block) return RT_WOULDBLOCK;
        sched_park_prepare(g, NULL, NULL, ncases == 0 ? waitReasonSelectNoCases : waitReasonSelect);
        return RT_PARK;
    }
    /* pass 0 (no gc counterpart): buffered channels can be seen ready without their lock.
     * In poll order, the first buffered case that looks ready is tried under its own lock
     * only; it is then the case gc would choose had the earlier cases been polled a moment
     * before. An unbuffered case (readiness is in its wait queues) or a lost race ends the
     * pass, and the full algorithm runs. */
    for (int k = 0; k < norder; k++) {
        int i = pollorder[k];
        SelectCase *cas = &cases[i];
        Chan *c = cas->c;
        if (c->dataqsiz == 0) break;
        uint64_t q = atomic_load_explicit(&c->qcount, memory_order_relaxed);
        bool closed = atomic_load_explicit(&c->closed, memory_order_relaxed);
        if (!(closed || (cas->is_send ? q < c->dataqsiz : q > 0))) continue;
        G *wakeg = NULL;
        int rc = RT_OK;
        rt_spin_lock(&c->lock);
        bool done = try_case(cas, &wakeg, recvok, &rc);
        rt_spin_unlock(&c->lock);
        if (!done) break;
        if (wakeg) sched_ready(wakeg);
        *chosen = i;
        return rc;
    }

    memcpy(lockorder, pollorder, sizeof(uint16_t) * (size_t)norder);
    sort_lockorder(cases, lockorder, norder);
    sellock(cases, lockorder, norder);

    /* pass 1: the first ready case in poll order */
    G *wakeg = NULL;
    int casi = -1;
    int rc = RT_OK;
    for (int k = 0; k < norder && casi < 0; k++) {
        int i = pollorder[k];
        if (try_case(&cases[i], &wakeg, recvok, &rc)) casi = i;
    }
    if (casi >= 0) {
        selunlock(cases, lockorder, norder);
        if (wakeg) sched_ready(wakeg);
        *chosen = casi;
        return rc;
    }
    if (!block) {
        selunlock(cases, lockorder, norder);
        return RT_WOULDBLOCK;
    }

    /* pass 2: enqueue on every channel, in lock order; park with all locks held */
    atomic_store_explicit(&g->selectdone, 0, memory_order_relaxed);
    g->param = NULL;
    Sudog **link = &g->waiting;
    for (int k = 0; k < norder; k++) {
        int i = lockorder[k];
        Sudog *s = sudog_acquire(g);
        s->isselect = true;
        s->elem = cases[i].elem;
        s->c = cases[i].c;
        s->caseidx = (int16_t)i;
        *link = s;
        link = &s->waitlink;
        waitq_enqueue(cases[i].is_send ? &s->c->sendq : &s->c->recvq, s);
    }
    *link = NULL;
    sched_park_prepare(g, selparkcommit, NULL, waitReasonSelect);
    return RT_PARK;
}

int select_resume(G *g, SelectCase *cases, int ncases, int *chosen, bool *recvok) {
    g->resumed = false;
    Sudog *win = g->param;
    if (win == NULL || g->waiting == NULL) rt_throw("select_resume: no winning case");
    /* pass 3: relock (g->waiting is in lock order), dequeue the losers, unlock */
    Chan *last = NULL;
    for (Sudog *s = g->waiting; s; s = s->waitlink) {
        if (s->c != last) rt_spin_lock(&s->c->lock);
        last = s->c;
    }
    for (Sudog *s = g->waiting; s; s = s->waitlink) {
        if (s == win) continue;
        if (s->caseidx < 0 || s->caseidx >= ncases) rt_throw("select_resume: cases changed");
        waitq_remove(cases[s->caseidx].is_send ? &s->c->sendq : &s->c->recvq, s);
    }
    last = NULL;
    for (Sudog *s = g->waiting; s; s = s->waitlink) {
        if (s->c != last) rt_spin_unlock(&s->c->lock); /* duplicates are adjacent: once each */
        last = s->c;
    }
    int casi = win->caseidx;
    bool success = win->success;
    Sudog *s = g->waiting;
    g->waiting = NULL;
    g->param = NULL;
    while (s) {
        Sudog *n = s->waitlink;
        s->waitlink = NULL;
        sudog_release(s);
        s = n;
    }
    *chosen = casi;
    if (cases[casi].is_send) return success ? RT_OK : RT_ERR_SEND_CLOSED;
    if (recvok) *recvok = success;
    return RT_OK;
}
