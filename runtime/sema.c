/* sema.c — address-keyed semaphores and notify lists (see sema.h).
 *
 * semtable[i].lock protects that bucket's list (head/tail, sudog links and tickets of queued
 * sudogs). nwait counts the sema waiters queued in the bucket (not notify-list waiters); it is
 * changed under the lock and read lock-free by sema_release's fast path, which is safe because
 * a waiter increments it BEFORE its final cansemacquire check under the lock (Go's protocol):
 * either the releaser sees nwait > 0, or the waiter sees the incremented count.
 * A sudog's elem is the address it waits on. Lock order: bucket lock -> timers -> sched.
 */
#include "runtime/sema.h"
#include "runtime/lock.h"
#include "runtime/sched.h"

enum { SEMTABSZ = 251 };

typedef struct SemaRoot {
    RtLock lock;
    _Atomic uint32_t nwait;
    Sudog *head, *tail;
} __attribute__((aligned(64))) SemaRoot;

static SemaRoot semtable[SEMTABSZ]; /* static: scanned by the GC (queued sudogs) */

static inline SemaRoot *semroot(const void *addr) {
    return &semtable[((uintptr_t)addr >> 3) % SEMTABSZ];
}

static bool cansemacquire(uint32_t *addr) {
    _Atomic uint32_t *a = (_Atomic uint32_t *)addr;
    uint32_t v = atomic_load(a);
    for (;;) {
        if (v == 0) return false;
        if (atomic_compare_exchange_weak(a, &v, v - 1)) return true;
    }
}

/* ---- bucket list (lock held) ---- */

static void root_queue(SemaRoot *r, Sudog *s, bool lifo) {
    if (lifo) {
        s->prev = NULL;
        s->next = r->head;
        if (r->head) r->head->prev = s;
        else r->tail = s;
        r->head = s;
    } else {
        s->next = NULL;
        s->prev = r->tail;
        if (r->tail) r->tail->next = s;
        else r->head = s;
        r->tail = s;
    }
}

static void root_unlink(SemaRoot *r, Sudog *s) {
    if (s->prev) s->prev->next = s->next;
    else r->head = s->next;
    if (s->next) s->next->prev = s->prev;
    else r->tail = s->prev;
    s->next = s->prev = NULL;
}

static Sudog *root_find(SemaRoot *r, const void *addr) {
    for (Sudog *s = r->head; s; s = s->next)
        if (s->elem == addr) return s;
    return NULL;
}

static bool sema_park_commit(G *g, void *root) {
    (void)g;
    rt_unlock(&((SemaRoot *)root)->lock);
    return true;
}

/* ---- semaphores ---- */

int sema_acquire(G *g, uint32_t *addr, WaitReason why) { return sema_acquire_ex(g, addr, false, why); }

int sema_acquire_ex(G *g, uint32_t *addr, bool lifo, WaitReason why) {
    Sudog *s;
    if (g->resumed) {
        /* woken by sema_release (which dequeued us and decremented nwait) */
        g->resumed = false;
        s = g->waiting;
        if (s == NULL) rt_throw("sema_acquire: resumed G has no sudog");
        if (s->ticket != 0 || cansemacquire(addr)) {
            g->waiting = NULL;
            sudog_release(s);
            return RT_OK;
        }
        /* someone else took the count first: wait again */
    } else {
        if (cansemacquire(addr)) return RT_OK;
        s = sudog_acquire(g);
        g->waiting = s;
    }
    SemaRoot *r = semroot(addr);
    rt_lock(&r->lock);
    atomic_fetch_add(&r->nwait, 1);
    if (cansemacquire(addr)) {
        atomic_fetch_sub(&r->nwait, 1);
        rt_unlock(&r->lock);
        g->waiting = NULL;
        sudog_release(s);
        return RT_OK;
    }
    s->elem = addr;
    s->ticket = 0;
    root_queue(r, s, lifo);
    sched_park_prepare(g, sema_park_commit, r, why);
    return RT_PARK;
}

void sema_release(uint32_t *addr, bool handoff) {
    SemaRoot *r = semroot(addr);
    atomic_fetch_add((_Atomic uint32_t *)addr, 1);
    if (atomic_load(&r->nwait) == 0) return;
    rt_lock(&r->lock);
    if (atomic_load(&r->nwait) == 0) {
        rt_unlock(&r->lock);
        return;
    }
    Sudog *s = root_find(r, addr);
    if (s) {
        root_unlink(r, s);
        atomic_fetch_sub(&r->nwait, 1);
    }
    rt_unlock(&r->lock);
    if (s) {
        if (s->ticket != 0) rt_throw("sema_release: corrupted semaphore ticket");
        if (handoff && cansemacquire(addr)) s->ticket = 1;
        sched_ready(s->g);
    }
}

int sema_waiters(uint32_t *addr) {
    SemaRoot *r = semroot(addr);
    int n = 0;
    rt_lock(&r->lock);
    for (Sudog *s = r->head; s; s = s->next)
        if (s->elem == addr) n++;
    rt_unlock(&r->lock);
    return n;
}

/* ---- notify lists: l[0] = wait (next ticket to hand out), l[1] = notify (next to wake) ---- */

static inline bool ticket_less(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

uint32_t notify_list_add(uint32_t *l) {
    return atomic_fetch_add((_Atomic uint32_t *)&l[0], 1);
}

int notify_list_wait(G *g, uint32_t *l, uint32_t ticket) {
    if (g->resumed) {
        g->resumed = false;
        Sudog *s = g->waiting;
        if (s == NULL) rt_throw("notify_list_wait: resumed G has no sudog");
        g->waiting = NULL;
        sudog_release(s);
        return RT_OK;
    }
    SemaRoot *r = semroot(l);
    rt_lock(&r->lock);
    if (ticket_less(ticket, atomic_load((_Atomic uint32_t *)&l[1]))) {
        rt_unlock(&r->lock); /* already notified */
        return RT_OK;
    }
    Sudog *s = sudog_acquire(g);
    s->elem = l;
    s->ticket = ticket;
    g->waiting = s;
    root_queue(r, s, false);
    sched_park_prepare(g, sema_park_commit, r, waitReasonSyncCondWait);
    return RT_PARK;
}

void notify_list_notify_all(uint32_t *l) {
    _Atomic uint32_t *wait = (_Atomic uint32_t *)&l[0], *notify = (_Atomic uint32_t *)&l[1];
    if (atomic_load(wait) == atomic_load(notify)) return; /* nobody took a ticket since */
    SemaRoot *r = semroot(l);
    rt_lock(&r->lock);
    Sudog *list = NULL, **tail = &list;
    for (Sudog *s = r->head; s;) {
        Sudog *n = s->next;
        if (s->elem == l) {
            root_unlink(r, s);
            *tail = s;
            tail = &s->waitlink;
        }
        s = n;
    }
    *tail = NULL;
    atomic_store(notify, atomic_load(wait));
    rt_unlock(&r->lock);
    while (list) {
        Sudog *n = list->waitlink;
        list->waitlink = NULL;
        sched_ready(list->g);
        list = n;
    }
}

void notify_list_notify_one(uint32_t *l) {
    _Atomic uint32_t *wait = (_Atomic uint32_t *)&l[0], *notify = (_Atomic uint32_t *)&l[1];
    if (atomic_load(wait) == atomic_load(notify)) return;
    SemaRoot *r = semroot(l);
    rt_lock(&r->lock);
    uint32_t t = atomic_load(notify);
    if (t == atomic_load(wait)) {
        rt_unlock(&r->lock);
        return;
    }
    atomic_store(notify, t + 1);
    /* The waiter with ticket t may not have queued yet; then it sees notify > t and returns
     * at once without parking. */
    for (Sudog *s = r->head; s; s = s->next) {
        if (s->elem == l && s->ticket == t) {
            root_unlink(r, s);
            rt_unlock(&r->lock);
            sched_ready(s->g);
            return;
        }
    }
    rt_unlock(&r->lock);
}
