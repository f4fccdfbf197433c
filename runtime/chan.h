/* chan.h — Go channels (modelled on Go's runtime/chan.go).
 *
 * A channel is a lock, a ring buffer of `cap` elements, and two FIFO wait queues of Sudogs
 * (receivers, senders). Elements are raw bytes of a fixed size (a multiple of 8, or 0 for
 * chan struct{}); the VM passes pointers to them (normally into a G's registers).
 *
 * Invariants (under c->lock):
 *   - at least one of recvq, sendq is empty (except an unbuffered channel with a select on both
 *     sides from the same G, which Go also tolerates);
 *   - buffered: recvq non-empty => qcount == 0; sendq non-empty => qcount == cap;
 *   - once closed, sendq and recvq are empty and stay empty.
 * Waking: a sender that finds a waiting receiver copies the value straight into the receiver's
 * destination (sudog->elem), marks success, releases c->lock and only then calls sched_ready;
 * receivers that find a waiting sender mirror it. close() wakes everyone with success = false.
 *
 * Parking: chan_send/chan_recv return RT_PARK after queueing a Sudog for g and recording the
 * park commit (unlock c->lock) in g; the lock stays held until the scheduler runs the commit
 * after the runner returned G_RUN_PARK. The VM must do nothing else in between. When the G runs
 * again (g->resumed), the VM calls chan_send_resume / chan_recv_resume with the same arguments
 * to learn the outcome.
 */
#ifndef GORO_RT_CHAN_H
#define GORO_RT_CHAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "runtime/g.h"
#include "runtime/lock.h"

typedef struct WaitQ {
    Sudog *first, *last;
} WaitQ;

struct Chan {
    RtSpin lock;            /* protects every field below except those marked atomic; a
                               spinlock: critical sections are tiny (lock.h) */
    _Atomic uint32_t closed; /* written under lock, read lock-free by non-blocking fast paths */
    _Atomic uint64_t qcount; /* elements in buf; written under lock, read lock-free (len) */
    uint64_t dataqsiz;      /* cap; immutable */
    uint32_t elemsize;      /* bytes; immutable */
    bool elem_has_ptr;      /* immutable */
    uint64_t sendx, recvx;  /* ring indices */
    void *buf;              /* dataqsiz * elemsize bytes (scanned iff elem_has_ptr) */
    WaitQ recvq, sendq;
};

/* Result codes: aliases of RtStatus (g.h) so the VM can treat all ops alike. */
enum {
    CHAN_OK = RT_OK,
    CHAN_PARK = RT_PARK,
    CHAN_WOULDBLOCK = RT_WOULDBLOCK,
    CHAN_ERR_CLOSED = RT_ERR_SEND_CLOSED,       /* "send on closed channel" (panic) */
    CHAN_ERR_CLOSE_CLOSED = RT_ERR_CLOSE_CLOSED, /* "close of closed channel" (panic) */
    CHAN_ERR_CLOSE_NIL = RT_ERR_CLOSE_NIL,       /* "close of nil channel" (panic) */
};

/* make(chan T, cap). elemsize: bytes, a multiple of 8 or 0. cap < 0 is the caller's panic. */
Chan *chan_make(size_t elemsize, int64_t cap, bool elem_has_ptr);

/* c <- *elem. block=false: select-with-default semantics (CHAN_WOULDBLOCK if not ready).
 * Nil channel: blocks forever (park, reason "chan send (nil chan)") or WOULDBLOCK.
 * With block=false, g is never used and may be NULL: timer callbacks (time.After, Ticker)
 * send this way from a runtime thread. The same holds for chan_recv. */
int chan_send(G *g, Chan *c, const void *elem, bool block);
/* After a parked send resumed: CHAN_OK, or CHAN_ERR_CLOSED if the channel was closed while it
 * waited. Clears g->resumed. */
int chan_send_resume(G *g, Chan *c);

/* *dst = <-c (dst may be NULL: value discarded); *ok (may be NULL) = false when the channel is
 * closed and drained (then *dst is zeroed). Nil channel: blocks forever / WOULDBLOCK. */
int chan_recv(G *g, Chan *c, void *dst, bool *ok, bool block);
/* After a parked receive resumed: the value is already in dst (written by the sender or
 * zeroed by close); reports ok. Returns CHAN_OK. Clears g->resumed. */
int chan_recv_resume(G *g, Chan *c, void *dst, bool *ok);

int chan_close(Chan *c); /* CHAN_OK, CHAN_ERR_CLOSE_CLOSED, CHAN_ERR_CLOSE_NIL */
int64_t chan_len(Chan *c); /* nil: 0 */
int64_t chan_cap(Chan *c); /* nil: 0 */

/* ---- For select.c ---- */
void waitq_enqueue(WaitQ *q, Sudog *s);
Sudog *waitq_dequeue(WaitQ *q);        /* skips (drops) select sudogs whose G already won */
void waitq_remove(WaitQ *q, Sudog *s); /* no-op if s is no longer queued */
bool chan_park_commit(G *g, void *c);  /* unlock c->lock */
/* Hand-offs used by chan.c and select.c, called with c->lock held (which they keep). The
 * first two return the partner G, which the caller readies after releasing every lock. */
G *chan_send_to(Chan *c, Sudog *sg, const void *src);     /* to a waiting receiver */
G *chan_recv_from(Chan *c, Sudog *sg, void *dst);         /* from a waiting sender */
void chan_buf_put(Chan *c, const void *src);              /* buffer has room */
void chan_buf_take(Chan *c, void *dst);                   /* buffer has an element */

#endif
