/* natives_sync.c — package sync's native methods: thin adapters from the VM's native calling
 * convention (vm/vm.h) to runtime/sync.c and runtime/sema.c.
 *
 * Each receiver is one word: the address of the Go struct (the Go files of stdlib/sync declare the word
 * counts of runtime/sync.h). Parking natives return NAT_PARK when the runtime returned RT_PARK;
 * the VM then calls them again with the same arguments and g->resumed set, which the runtime
 * functions consume (their re-invocation protocol). Results are written over args[0] only
 * when the call completes, never before a park.
 */
#include "runtime/sched.h"
#include "runtime/sema.h"
#include "runtime/sync.h"
#include "vm/rtpanic.h"
#include "vm/vm.h"

/* RT_OK -> NAT_OK, RT_PARK -> NAT_PARK, RT_ERR_* -> a panic or fatal error with gc's text. */
static int nat_status(int rt) {
    if (rt == RT_OK) return NAT_OK;
    if (rt == RT_PARK) return NAT_PARK;
    if (rt_err_is_fatal(rt)) rt_fatal_msg(rt_err_text(rt));
    else rt_panic_string(rt_err_text(rt));
    return NAT_PANIC;
}

static inline uint64_t *recv_words(Word *a) { return (uint64_t *)a[0].p; }

/* ---- Mutex ---- */

static int mutex_lock(G *g, Word *a) { return nat_status(sync_mutex_lock(g, recv_words(a))); }
static int mutex_unlock(G *g, Word *a) { return nat_status(sync_mutex_unlock(recv_words(a))); }
static int mutex_trylock(G *g, Word *a) {
    a[0].u = sync_mutex_trylock(recv_words(a));
    return NAT_OK;
}

/* ---- RWMutex ---- */

static int rw_lock(G *g, Word *a) { return nat_status(sync_rwmutex_lock(g, recv_words(a))); }
static int rw_unlock(G *g, Word *a) { return nat_status(sync_rwmutex_unlock(recv_words(a))); }
static int rw_rlock(G *g, Word *a) { return nat_status(sync_rwmutex_rlock(g, recv_words(a))); }
static int rw_runlock(G *g, Word *a) { return nat_status(sync_rwmutex_runlock(recv_words(a))); }
static int rw_trylock(G *g, Word *a) {
    a[0].u = sync_rwmutex_trylock(recv_words(a));
    return NAT_OK;
}
static int rw_tryrlock(G *g, Word *a) {
    a[0].u = sync_rwmutex_tryrlock(recv_words(a));
    return NAT_OK;
}

/* ---- WaitGroup ---- */

static int wg_add(G *g, Word *a) { return nat_status(sync_waitgroup_add(recv_words(a), a[1].i)); }
static int wg_done(G *g, Word *a) { return nat_status(sync_waitgroup_done(recv_words(a))); }
static int wg_wait(G *g, Word *a) {
    int r = sync_waitgroup_wait(g, recv_words(a));
    /* Go 1.22 parks WaitGroup.Wait through runtime_Semacquire: a deadlock report says
     * [semacquire] (the dedicated "sync.WaitGroup.Wait" reason came in Go 1.23). The G is
     * still ours until the runner returns, so the reason can be corrected here. */
    if (r == RT_PARK) g->waitreason = (uint8_t)waitReasonSemacquire;
    return nat_status(r);
}

/* ---- Cond's notify list ---- */

static int cond_add(G *g, Word *a) {
    a[0].u = sync_cond_add((uint64_t *)a[0].p);
    return NAT_OK;
}
static int cond_wait(G *g, Word *a) {
    return nat_status(sync_cond_wait(g, (uint64_t *)a[0].p, (uint32_t)a[1].u));
}
static int cond_signal(G *g, Word *a) {
    sync_cond_signal((uint64_t *)a[0].p);
    return NAT_OK;
}
static int cond_broadcast(G *g, Word *a) {
    sync_cond_broadcast((uint64_t *)a[0].p);
    return NAT_OK;
}

/* ---- Once ---- */

static int once_done(G *g, Word *a) {
    a[0].u = sync_once_done((uint64_t *)a[0].p);
    return NAT_OK;
}
static int once_set_done(G *g, Word *a) {
    sync_once_set_done((uint64_t *)a[0].p);
    return NAT_OK;
}

const NativeEntry natives_sync[] = {
    {"sync.*Mutex.Lock", mutex_lock},
    {"sync.*Mutex.Unlock", mutex_unlock},
    {"sync.*Mutex.TryLock", mutex_trylock},
    {"sync.*RWMutex.Lock", rw_lock},
    {"sync.*RWMutex.Unlock", rw_unlock},
    {"sync.*RWMutex.RLock", rw_rlock},
    {"sync.*RWMutex.RUnlock", rw_runlock},
    {"sync.*RWMutex.TryLock", rw_trylock},
    {"sync.*RWMutex.TryRLock", rw_tryrlock},
    {"sync.*WaitGroup.Add", wg_add},
    {"sync.*WaitGroup.Done", wg_done},
    {"sync.*WaitGroup.Wait", wg_wait},
    {"sync.notifyListAdd", cond_add},
    {"sync.notifyListWait", cond_wait},
    {"sync.notifyListNotifyOne", cond_signal},
    {"sync.notifyListNotifyAll", cond_broadcast},
    {"sync.onceDone", once_done},
    {"sync.onceSetDone", once_set_done},
    {NULL, NULL},
};
