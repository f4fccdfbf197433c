/* sema.h — semaphores and notify lists keyed by address (Go's runtime/sema.go).
 *
 * The waiters live in a fixed hashed table of buckets (semtable[251], each an RtLock + a FIFO
 * list of Sudogs + an atomic waiter count), not in the semaphore word itself, so a sync.Mutex
 * and friends can be plain zeroed Go structs whose 32-bit words the natives use with atomics.
 *
 * Re-invocation rule (all parking natives): a call that returns RT_PARK is called again with
 * the same arguments when the G resumes, with g->resumed == true; the function consumes the
 * flag and either completes (RT_OK) or parks again (RT_PARK). The Sudog in between hangs off
 * g->waiting.
 */
#ifndef GORO_RT_SEMA_H
#define GORO_RT_SEMA_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime/g.h"

/* Go's semacquire: wait until *addr > 0, then decrement it. RT_OK or RT_PARK. */
int sema_acquire(G *g, uint32_t *addr, WaitReason why);
/* lifo: queue at the head of this address's waiters (sync.Mutex: a waiter that already
 * waited once). */
int sema_acquire_ex(G *g, uint32_t *addr, bool lifo, WaitReason why);
/* Go's semrelease: increment *addr and wake the first waiter if any. handoff: give the count
 * straight to that waiter (mutex starvation mode) so no other G can steal it. */
void sema_release(uint32_t *addr, bool handoff);

/* Notify list (sync.Cond): l points to two uint32 {wait, notify}, zero-initialised.
 * notify_list_add takes a ticket (before the caller unlocks its Locker); notify_list_wait
 * parks until that ticket is notified (returns RT_OK at once if it already was). */
uint32_t notify_list_add(uint32_t *l);
int notify_list_wait(G *g, uint32_t *l, uint32_t ticket);
void notify_list_notify_one(uint32_t *l);
void notify_list_notify_all(uint32_t *l);

/* Waiters currently queued on addr (tests, diagnostics). */
int sema_waiters(uint32_t *addr);

#endif
