/* sync.h — package sync's algorithms in C, on top of sema.h (Go's sync/mutex.go, rwmutex.go,
 * waitgroup.go, cond.go, once.go).
 *
 * Each primitive is a zeroed Go struct of 64-bit words; the natives get a pointer to its first
 * word. The compiler must declare the structs with exactly these sizes (8-byte aligned):
 *
 *   sync.Mutex      1 word   { int32 state; uint32 sema }
 *                            e.g. `type Mutex struct { state int64 }`
 *   sync.RWMutex    3 words  { Mutex w; uint32 writerSem; uint32 readerSem;
 *                              int32 readerCount; int32 readerWait }
 *   sync.WaitGroup  2 words  { uint64 state (high 32: counter, low 32: waiters);
 *                              uint32 sema; uint32 unused }
 *   sync.Cond       notify list: 1 word { uint32 wait; uint32 notify }; the Go struct holds it
 *                   beside `L Locker`: `type Cond struct { L Locker; notify int64 }`, with
 *                   Wait written in Go as
 *                       t := notifyListAdd(&c.notify); c.L.Unlock(); notifyListWait(&c.notify, t); c.L.Lock()
 *   sync.Once       2 words  { uint32 done; uint32 pad; Mutex m } — Do is written in Go:
 *                       if !onceDone(o) { o.m.Lock(); defer o.m.Unlock();
 *                                         if !onceDone(o) { defer onceSetDone(o); f() } }
 *
 * Results: RT_OK, RT_PARK (re-invoke with the same arguments when g->resumed, see sema.h), or
 * an RT_ERR_* code: rt_err_is_fatal() tells a fatal error (unlock of unlocked mutex: the VM
 * calls rt_fatal) from a panic (negative WaitGroup counter: the VM panics with rt_err_text()).
 * Try* functions return true/false.
 */
#ifndef GORO_RT_SYNC_H
#define GORO_RT_SYNC_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime/g.h"

enum { SYNC_MUTEX_WORDS = 1, SYNC_RWMUTEX_WORDS = 3, SYNC_WAITGROUP_WORDS = 2,
       SYNC_COND_WORDS = 1, SYNC_ONCE_WORDS = 2 };

int sync_mutex_lock(G *g, uint64_t *m);
bool sync_mutex_trylock(uint64_t *m);
int sync_mutex_unlock(uint64_t *m);          /* RT_OK or RT_ERR_UNLOCK_UNLOCKED (fatal) */

int sync_rwmutex_lock(G *g, uint64_t *rw);
int sync_rwmutex_unlock(uint64_t *rw);       /* RT_OK or RT_ERR_RWUNLOCK_UNLOCKED (fatal) */
int sync_rwmutex_rlock(G *g, uint64_t *rw);
int sync_rwmutex_runlock(uint64_t *rw);      /* RT_OK or RT_ERR_RUNLOCK_UNLOCKED (fatal) */
bool sync_rwmutex_trylock(uint64_t *rw);
bool sync_rwmutex_tryrlock(uint64_t *rw);

int sync_waitgroup_add(uint64_t *wg, int64_t delta); /* RT_OK, RT_ERR_WG_NEGATIVE/MISUSE (panics) */
int sync_waitgroup_wait(G *g, uint64_t *wg);         /* RT_OK, RT_PARK, RT_ERR_WG_REUSE (panic) */
static inline int sync_waitgroup_done(uint64_t *wg) { return sync_waitgroup_add(wg, -1); }

uint32_t sync_cond_add(uint64_t *notify);            /* runtime_notifyListAdd */
int sync_cond_wait(G *g, uint64_t *notify, uint32_t ticket); /* RT_OK / RT_PARK */
void sync_cond_signal(uint64_t *notify);
void sync_cond_broadcast(uint64_t *notify);

bool sync_once_done(uint64_t *once);                 /* atomic load-acquire of done */
void sync_once_set_done(uint64_t *once);             /* atomic store-release done = 1 */

#endif
