/* natives_time.c — package time: clocks, Sleep, and the timers behind Timer, Ticker, After,
 * Tick and AfterFunc, all on the runtime's one timer heap (runtime/timer.h).
 *
 * A Go-side *runtimeTimer is a TimeTimer below. A channel timer's callback sends the current
 * time on its channel with a non-blocking send (Go 1.22: the channel has capacity 1 and a
 * value is dropped when it is full). A function timer's callback starts a new goroutine
 * running the Go func value (AfterFunc), as Go's goFunc does: callbacks run on a runtime
 * thread and must not block, and sched_newg/sched_go are allowed there (timer.h).
 *
 * The sent value is a time.Time, whose layout stdlib/time/time.go fixes as four words:
 * {sec since year 1, nsec, monotonic reading, *Location}.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "natives_util.h"
#include "runtime/chan.h"
#include "runtime/sched.h"
#include "runtime/timer.h"
#include "vm/rtpanic.h"
#include "vm/vm.h"

enum { TIME_WORDS = 4 };
#define UNIX_TO_INTERNAL INT64_C(62135596800) /* seconds from year 1 to 1970 */

typedef struct TimeTimer {
    Timer *t;
    Chan *c;       /* channel timers: where to send */
    void *loc;     /* *time.Location of the sent Time (Local) */
    Closure *fn;   /* AfterFunc: the function to start in a goroutine */
} TimeTimer;

/* Go's when(d): the deadline on the runtime clock, saturating. */
static int64_t deadline(int64_t d) {
    int64_t now = rt_nanotime();
    if (d <= 0) return now;
    int64_t t = now + d;
    return t < 0 ? INT64_MAX : t;
}

static void fill_now(Word *v, void *loc) {
    int64_t sec;
    int32_t nsec;
    rt_walltime(&sec, &nsec);
    v[0].i = sec + UNIX_TO_INTERNAL;
    v[1].i = nsec;
    v[2].i = rt_nanotime();
    v[3].p = loc;
}

static void send_time(void *arg, int64_t now, int64_t seq) {
    (void)now;
    (void)seq;
    TimeTimer *tt = arg;
    Word v[TIME_WORDS];
    fill_now(v, tt->loc);
    chan_send(NULL, tt->c, v, false); /* full: the tick is dropped */
}

/* A goroutine running closure fn: what the VM's go statement does, for a func value built
 * by Go code (a native proto gets a two-instruction wrapper that calls it). */
static void start_goroutine(Closure *fn) {
    if (fn->p->native) {
        Proto *w = NEW(Proto);
        Instr *code = mem_alloc(sizeof(Instr) * 2);
        Word *k = mem_alloc(sizeof(Word));
        k[0].p = fn->p;
        code[0] = (Instr){BC_CALLNAT, 0, 0, 0};
        code[1] = (Instr){BC_RET, 0, 0, 0};
        w->code = code;
        w->ncode = 2;
        w->k = k;
        w->nk = 1;
        w->lines = mem_alloc(sizeof(int32_t) * 2);
        w->nregs = fn->p->nresults + 1;
        w->name = fn->p->name;
        w->compiled = true;
        fn = vm_static_closure(w);
    }
    G *ng = sched_newg();
    ng->fiber = vm_new_fiber(fn, NULL, 0);
    ng->func = "time.goFunc";
    ng->file = "$GOROOT/src/time/sleep.go";
    ng->line = 177;
    sched_go(ng);
}

static void run_func(void *arg, int64_t now, int64_t seq) {
    (void)now;
    (void)seq;
    TimeTimer *tt = arg;
    if (tt->fn) start_goroutine(tt->fn);
}

/* ---- natives ---- */

/* now() (sec int64, nsec int32, mono int64): Unix wall clock and monotonic clock. */
static int time_now(G *g, Word *a) {
    int64_t sec;
    int32_t nsec;
    rt_walltime(&sec, &nsec);
    a[0].i = sec;
    a[1].i = nsec;
    a[2].i = rt_nanotime();
    return NAT_OK;
}

static int time_runtime_nano(G *g, Word *a) {
    a[0].i = rt_nanotime();
    return NAT_OK;
}

/* Sleep(d): parks on the G's own timer; called again with g->resumed when it fires. */
static int time_sleep(G *g, Word *a) {
    return timer_sleep(g, a[0].i) == RT_PARK ? NAT_PARK : NAT_OK;
}

/* startTimer(c chan Time, d, period int64, loc *Location) *runtimeTimer */
static int time_start_timer(G *g, Word *a) {
    TimeTimer *tt = NEW(TimeTimer);
    tt->c = a[0].p;
    tt->loc = a[3].p;
    tt->t = timer_new(deadline(a[1].i), a[2].i > 0 ? a[2].i : 0, send_time, tt);
    timer_start(tt->t);
    a[0].p = tt;
    return NAT_OK;
}

/* startFuncTimer(f func(), d int64) *runtimeTimer */
static int time_start_func_timer(G *g, Word *a) {
    TimeTimer *tt = NEW(TimeTimer);
    tt->fn = a[0].p;
    tt->t = timer_new(deadline(a[1].i), 0, run_func, tt);
    timer_start(tt->t);
    a[0].p = tt;
    return NAT_OK;
}

/* stopTimer(r) bool */
static int time_stop_timer(G *g, Word *a) {
    TimeTimer *tt = a[0].p;
    a[0].u = timer_stop(tt->t);
    return NAT_OK;
}

/* resetTimer(r, d, period int64) bool */
static int time_reset_timer(G *g, Word *a) {
    TimeTimer *tt = a[0].p;
    a[0].u = timer_reset(tt->t, deadline(a[1].i), a[2].i > 0 ? a[2].i : 0);
    return NAT_OK;
}

/* getenv(key string) (value string, found bool) */
static int time_getenv(G *g, Word *a) {
    GoString k = nu_str(a);
    char *key = mem_strndup((const char *)k.ptr, (size_t)k.len);
    const char *v = getenv(key);
    if (v) nu_ret_strcopy(a, v, strlen(v));
    else nu_ret_str(a, NULL, 0);
    a[2].u = v != NULL;
    return NAT_OK;
}

/* readFile(path string) (data []byte, ok bool): a small file (zoneinfo), read with the P
 * released as a blocking system call. */
static int time_read_file(G *g, Word *a) {
    GoString ps = nu_str(a);
    char path[4096];
    bool ok = false;
    char *buf = NULL;
    size_t n = 0;
    if (ps.len > 0 && (size_t)ps.len < sizeof path && !memchr(ps.ptr, 0, (size_t)ps.len)) {
        memcpy(path, ps.ptr, (size_t)ps.len);
        path[ps.len] = 0;
        sched_enter_syscall();
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            size_t cap = 0;
            ok = true;
            for (;;) {
                if (n == cap) {
                    cap = cap ? cap * 2 : 8192;
                    if (cap > (64u << 20)) { ok = false; break; } /* not a zone file */
                    char *nb = realloc(buf, cap);
                    if (!nb) { ok = false; break; }
                    buf = nb;
                }
                ssize_t r = read(fd, buf + n, cap - n);
                if (r < 0 && errno == EINTR) continue;
                if (r < 0) { ok = false; break; }
                if (r == 0) break;
                n += (size_t)r;
            }
            close(fd);
        }
        sched_exit_syscall();
    }
    if (ok) nu_ret_bytes(a, buf, n);
    else nu_ret_slice(a, NULL, 0, 0);
    free(buf);
    a[3].u = ok;
    return NAT_OK;
}

const NativeEntry natives_time[] = {
    {"time.now", time_now},
    {"time.runtimeNano", time_runtime_nano},
    {"time.Sleep", time_sleep},
    {"time.startTimer", time_start_timer},
    {"time.startFuncTimer", time_start_func_timer},
    {"time.stopTimer", time_stop_timer},
    {"time.resetTimer", time_reset_timer},
    {"time.getenv", time_getenv},
    {"time.readFile", time_read_file},
    {NULL, NULL},
};
