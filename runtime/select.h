/* select.h — the select statement (modelled on Go's runtime/select.go).
 *
 * select_go takes the cases in source order (no default: that is `block == false`):
 *   1. lock every distinct non-nil channel in address order (the lock order);
 *   2. poll the cases in a random permutation (fairness), taking the first that is ready;
 *   3. none ready: return RT_WOULDBLOCK (*chosen = -1) if !block; with no non-nil cases at all
 *      park forever (reason "select (no cases)" when ncases == 0, else "select");
 *   4. otherwise enqueue one Sudog per case on its channel (all at once, in lock order, linked
 *      on g->waiting), clear g->selectdone, and park; the park commit unlocks all channels.
 * The wake race: a waker that dequeues one of our sudogs must CAS g->selectdone 0 -> 1 first;
 * only the winner hands off its value and records itself in g->param; losers drop the sudog
 * and look for another waiter. So exactly one case fires.
 * On resume (select_resume, same cases): lock the channels again, take every other sudog off
 * its queue, unlock, and report the winning case. Its value is already in cases[i].elem
 * (receive) or was taken from it (send).
 */
#ifndef GORO_RT_SELECT_H
#define GORO_RT_SELECT_H

#include <stdbool.h>
#include "runtime/chan.h"

typedef struct SelectCase {
    Chan *c;      /* NULL: never ready */
    void *elem;   /* send: the value; receive: destination (may be NULL) */
    bool is_send;
} SelectCase;

/* Returns RT_OK with *chosen = index of the case that ran and *recvok (may be NULL) = the
 * receive's ok; RT_WOULDBLOCK (non-blocking, nothing ready, *chosen = -1); RT_PARK; or
 * RT_ERR_SEND_CLOSED when the chosen case is a send on a closed channel (*chosen set).
 * At most 65535 cases. */
int select_go(G *g, SelectCase *cases, int ncases, bool block, int *chosen, bool *recvok);

/* After a parked select resumed (g->resumed; same cases). Clears g->resumed. Returns RT_OK or
 * RT_ERR_SEND_CLOSED (the winning case is a send and the channel was closed). */
int select_resume(G *g, SelectCase *cases, int ncases, int *chosen, bool *recvok);

#endif
