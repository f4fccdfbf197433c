/* exec.c — running REPL inputs on the scheduler (see internal.h).
 *
 * The scheduler runs on its own thread (sched_main) with a "keeper" goroutine as its main G:
 * the keeper enters a blocking syscall and never comes back, so an M always counts as busy and
 * the deadlock detector never ends the session (an input blocked forever is interrupted with
 * Ctrl-C instead). The keeper runs on sched_main's own thread, so sched_main never returns:
 * os.Exit is bound to repl_os_exit instead, which hands the code to the main thread. Each
 * input is a new goroutine started from the main thread (sched_go from a thread without a P
 * takes the global queue).
 *
 * Input state (input_gid, input_end) is guarded by in_lock: the goroutine's end (runner),
 * Ctrl-C (runner, at a yield) and detaching (main thread) race to close the input; exactly one
 * wins, and only the runner's win posts EV_DONE. Stdout is flushed before EV_DONE, so the
 * input's output precedes the next prompt.
 *
 * Interruption: the runner stops an interrupted input at its next yield (budget preemption:
 * loops and calls), when the goroutine is in no wait queue, by reporting it finished; its
 * deferred calls do not run. A parked input cannot be stopped safely (it may sit on several
 * channels' queues): the main thread detaches it, and it runs on as an ordinary goroutine if
 * it is ever woken.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"
#include "../compiler/repl_session.h"
#include "../runtime/sched.h"
#include "../stdlib/fmt.h"
#include "../stdlib/natives.h"
#include "../util/mem.h"

/* Defined at the end of vm/vm.c (REPL support). */
extern bool (*vm_panic_hook)(G *g);
void vm_panic_report(G *g, FILE *out);

static int evpipe[2] = {-1, -1};
static pthread_mutex_t in_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic int64_t input_gid;     /* goroutine of the running input; 0: none */
static _Atomic bool interrupt_req;    /* Ctrl-C: stop the input at its next yield */
static _Atomic bool input_panicked;   /* set by the panic hook for the input's goroutine */
static InputEnd input_end;            /* in_lock */
static _Atomic int64_t ended_gid;     /* the last input that ended (its G may not be dead yet) */
static _Atomic int exit_code;
static _Atomic int64_t keeper_id;
static G *keeper;
static pthread_mutex_t start_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t start_cond = PTHREAD_COND_INITIALIZER;
static bool started;

void repl_exec_post(char ev) {
    int e = errno;
    ssize_t r = write(evpipe[1], &ev, 1);
    (void)r;
    errno = e;
}

int repl_exec_event_fd(void) { return evpipe[0]; }

int repl_exec_read_event(void) {
    unsigned char c;
    ssize_t r = read(evpipe[0], &c, 1);
    return r == 1 ? c : -1;
}

/* The input with goroutine id gid ended (how): true if it was still the current input. */
static bool finish(int64_t gid, InputEnd how) {
    pthread_mutex_lock(&in_lock);
    bool ok = gid != 0 && atomic_load(&input_gid) == gid;
    if (ok) {
        atomic_store(&input_gid, 0);
        atomic_store(&ended_gid, gid);
        input_end = how;
    }
    pthread_mutex_unlock(&in_lock);
    if (ok) {
        vm_flush_stdout();
        fflush(stderr);
        repl_exec_post(EV_DONE);
    }
    return ok;
}

static GRunResult runner(G *g, int budget) {
    VMStatus st = vm_run(g, budget);
    int64_t cur = atomic_load(&input_gid);
    if (cur && g->id == cur) {
        if (st == VM_DONE) finish(g->id, atomic_load(&input_panicked) ? END_PANIC : END_OK);
        else if ((st == VM_YIELD || st == VM_PREEMPT) && atomic_load(&interrupt_req) && finish(g->id, END_INTERRUPTED)) return G_RUN_DONE;
    }
    switch (st) {
    case VM_DONE: return G_RUN_DONE;
    case VM_YIELD: return G_RUN_YIELD;
    case VM_PREEMPT: return G_RUN_PREEMPT;
    case VM_PARK: return G_RUN_PARK;
    default: return G_RUN_EXIT;
    }
}

/* An unrecovered panic: print gc's report and end only that goroutine. */
static bool panic_hook(G *g) {
    vm_flush_stdout();
    vm_panic_report(g, stderr);
    fflush(stderr);
    if (g->id == atomic_load(&input_gid)) atomic_store(&input_panicked, true);
    return true;
}

/* A fatal error the VM raised itself (stack overflow): report it like gc, end only the goroutine. */
extern bool (*vm_fatal_hook)(G *g, const char *msg);
static bool fatal_hook(G *g, const char *msg) {
    vm_flush_stdout();
    if (strcmp(msg, "stack overflow") == 0) fprintf(stderr, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    fprintf(stderr, "fatal error: %s\n\ngoroutine %lld [running]:\n", msg, (long long)g->id);
    fflush(stderr);
    if (g->id == atomic_load(&input_gid)) atomic_store(&input_panicked, true);
    return true;
}

/* The keeper: enter a syscall forever (see the top of the file). */
static int keeper_native(G *g, Word *args) {
    (void)args;
    atomic_store(&keeper_id, g->id);
    sched_enter_syscall();
    pthread_mutex_lock(&start_lock);
    started = true;
    pthread_cond_broadcast(&start_cond);
    pthread_mutex_unlock(&start_lock);
    for (;;) pause();
    return NAT_OK;
}

/* os.Exit in the REPL (registered before the standard natives, so it binds first): the
 * main thread ends the process with the code; this goroutine waits for that. */
static int repl_os_exit(G *g, Word *a) {
    (void)g;
    vm_flush_stdout();
    fflush(stderr);
    atomic_store(&exit_code, (int)a[0].i);
    repl_exec_post(EV_EXIT);
    for (;;) pause();
    return NAT_EXIT;
}

static const NativeEntry repl_natives[] = {
    {"os.Exit", repl_os_exit},
    {NULL, NULL},
};

static void *sched_thread(void *arg) {
    int code = sched_main(arg);
    atomic_store(&exit_code, code);
    repl_exec_post(EV_EXIT);
    for (;;) pause();
    return NULL;
}

static Closure *keeper_closure(void) {
    Proto *np = NEW(Proto);
    np->name = "goro.repl";
    np->native = keeper_native;
    np->nregs = 1;
    np->compiled = true;
    Proto *p = NEW(Proto);
    p->name = "runtime.main";
    Instr *code = mem_alloc(sizeof(Instr) * 2);
    code[0] = (Instr){BC_CALLK, 0, 0, 0};
    code[1] = (Instr){BC_RET, 0, 0, 0};
    Word *k = mem_alloc(sizeof(Word));
    k[0].p = np;
    p->code = code;
    p->ncode = 2;
    p->k = k;
    p->nk = 1;
    p->lines = mem_alloc(sizeof(int32_t) * 2);
    p->nregs = 2;
    p->compiled = true;
    return vm_static_closure(p);
}

static void on_signal(int sig) { repl_exec_post(sig == SIGINT ? EV_SIGINT : EV_WINCH); }

void repl_exec_start(void) {
    if (pipe(evpipe) != 0) {
        perror("goro: pipe");
        _exit(2);
    }
    fcntl(evpipe[0], F_SETFL, fcntl(evpipe[0], F_GETFL) | O_NONBLOCK);
    fcntl(evpipe[0], F_SETFD, FD_CLOEXEC);
    fcntl(evpipe[1], F_SETFD, FD_CLOEXEC);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGWINCH, &sa, NULL);
    vm_init();
    vm_register_natives(repl_natives);
    stdlib_register_natives();
    static const char *noargs[1];
    stdlib_set_args("goro", noargs, 0);
    vm_panic_hook = panic_hook;
    vm_fatal_hook = fatal_hook;
    sched_init(0, runner);
    keeper = sched_newg();
    keeper->fiber = vm_new_fiber(keeper_closure(), NULL, 0);
    pthread_t t;
    if (mem_thread_create(&t, NULL, sched_thread, keeper) != 0) {
        perror("goro: thread");
        _exit(2);
    }
    pthread_mutex_lock(&start_lock);
    while (!started) pthread_cond_wait(&start_cond, &start_lock);
    pthread_mutex_unlock(&start_lock);
}

int64_t repl_exec_run(Closure *entry) {
    G *g = sched_newg();
    g->fiber = vm_new_fiber(entry, NULL, 0);
    g->func = NULL;
    atomic_store(&interrupt_req, false);
    atomic_store(&input_panicked, false);
    pthread_mutex_lock(&in_lock);
    atomic_store(&input_gid, g->id);
    pthread_mutex_unlock(&in_lock);
    int64_t id = g->id;
    sched_go(g);
    return id;
}

void repl_exec_interrupt(void) { atomic_store(&interrupt_req, true); }

bool repl_exec_detach(void) {
    pthread_mutex_lock(&in_lock);
    bool was = atomic_load(&input_gid) != 0;
    if (was) {
        atomic_store(&input_gid, 0);
        input_end = END_INTERRUPTED;
    }
    pthread_mutex_unlock(&in_lock);
    atomic_store(&interrupt_req, false);
    return was;
}

bool repl_exec_running(void) { return atomic_load(&input_gid) != 0; }

InputEnd repl_exec_result(void) {
    pthread_mutex_lock(&in_lock);
    InputEnd e = input_end;
    pthread_mutex_unlock(&in_lock);
    return e;
}

int repl_exec_exit_code(void) { return atomic_load(&exit_code); }
int64_t repl_exec_keeper_id(void) { return atomic_load(&keeper_id); }
int64_t repl_exec_ended_id(void) { return atomic_load(&ended_gid); }

/* goro.show(v any, info *ReplShow): "v // T" (or "name = v // T") on the program's stdout. */
int repl_show_native(G *g, Word *args) {
    (void)g;
    GoIface v = {(Type *)args[0].p, args[1].u};
    ReplShow *sh = args[2].p;
    StrBuf b;
    sb_init(&b);
    if (sh->label) sb_printf(&b, "%s = ", sh->label);
    fmt_sprint(&b, &v, 1);
    sb_printf(&b, " // %s\n", sh->type);
    vm_write_stdout(b.data, b.len);
    return NAT_OK;
}
