/* vm.c — the dispatch loop (computed goto), calls and returns, defer/panic/recover, and the
 * bridge to the runtime (goroutines, channels, select).
 *
 * Loop invariants: `pc`, `R` (register window), `K` (constants) and `code` are cached in locals
 * and describe the top frame; SAVE_STATE() writes pc back before anything that can switch
 * frames, grow the stack, park or panic. After a call that may have grown the stack, R is
 * reloaded (RELOAD). A goroutine that parks leaves pc pointing at the parking instruction
 * and sets nothing else; when it runs again (g->resumed) that instruction re-executes in
 * "resume" form.
 *
 * Panics: start_panic pushes a Panic record and jumps to `unwind`, which runs the top frame's
 * pending deferred calls one at a time (each in a FR_DEFERCALL frame above it), pops frames
 * that have none left, and stops when a deferred call returns with the panic recovered: the
 * frame that deferred it then resumes at its epilogue (Proto.recover_pc) and returns normally.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "vm.h"
#include "vm_ops.h"
#include "map.h"
#include "rtpanic.h"
#include "rterror.h"
#include "../runtime/sched.h"
#include "../runtime/chan.h"
#include "../runtime/select.h"
#include "../stdlib/fmt.h"
#include "../util/mem.h"

const char *const vm_op_names[BC__COUNT] = {
#define X(name, fmt, doc) #name,
#include "opcodes.def"
#undef X
};
const char *const vm_op_formats[BC__COUNT] = {
#define X(name, fmt, doc) fmt,
#include "opcodes.def"
#undef X
};

const char **vm_args;
int vm_nargs;

/* ---- stdout ---- */

static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static char *outbuf;
static size_t outlen, outcap;
static bool out_linebuf;

void vm_write_stdout(const char *s, size_t n) {
    pthread_mutex_lock(&out_lock);
    if (!outbuf) {
        outcap = 1 << 16;
        outbuf = malloc(outcap);
        out_linebuf = isatty(1);
    }
    if (outlen + n > outcap) {
        if (outlen) {
            size_t w = 0;
            while (w < outlen) {
                ssize_t k = write(1, outbuf + w, outlen - w);
                if (k <= 0) break;
                w += (size_t)k;
            }
            outlen = 0;
        }
        if (n > outcap) {
            size_t w = 0;
            while (w < n) {
                ssize_t k = write(1, s + w, n - w);
                if (k <= 0) break;
                w += (size_t)k;
            }
            pthread_mutex_unlock(&out_lock);
            return;
        }
    }
    memcpy(outbuf + outlen, s, n);
    outlen += n;
    if (out_linebuf && memchr(s, '\n', n)) {
        size_t w = 0;
        while (w < outlen) {
            ssize_t k = write(1, outbuf + w, outlen - w);
            if (k <= 0) break;
            w += (size_t)k;
        }
        outlen = 0;
    }
    pthread_mutex_unlock(&out_lock);
}

void vm_flush_stdout(void) {
    pthread_mutex_lock(&out_lock);
    size_t w = 0;
    while (w < outlen) {
        ssize_t k = write(1, outbuf + w, outlen - w);
        if (k <= 0) break;
        w += (size_t)k;
    }
    outlen = 0;
    pthread_mutex_unlock(&out_lock);
    fflush(stdout);
}

_Noreturn void vm_exit(int code) {
    vm_flush_stdout();
    fflush(stderr);
    _exit(code);
}

/* ---- natives ---- */

static VEC(const NativeEntry *) native_tables;

void vm_register_natives(const NativeEntry *table) { vec_push(&native_tables, table); }

NativeFn vm_find_native(const char *name) {
    for (int t = 0; t < native_tables.len; t++)
        for (const NativeEntry *e = native_tables.items[t]; e->name; e++)
            if (strcmp(e->name, name) == 0) return e->fn;
    return NULL;
}

/* p->static_closure is created on first use, possibly by two workers at once: it is published
 * by a release CAS and read with acquire (a plain load on x86), so a reader sees c->p set. */
Closure *vm_static_closure(Proto *p) {
    Closure *c = __atomic_load_n(&p->static_closure, __ATOMIC_ACQUIRE);
    if (c) return c;
    c = mem_alloc(sizeof(Closure));
    c->p = p;
    c->nup = 0;
    Closure *seen = NULL;
    if (__atomic_compare_exchange_n(&p->static_closure, &seen, c, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return c;
    return seen; /* another worker published first */
}

/* ---- fibers ---- */

/* A new goroutine gets just the registers its entry function needs (plus a little slack) and
 * two frames: a parked goroutine must stay well under 1 KiB. Both grow by doubling. */
enum { STACK_MIN = 16, FRAMES_INIT = 2, MAX_STACK_WORDS = 1 << 27, MAX_FRAMES = 1 << 22 };

static void grow_stack(Fiber *f, uint32_t need) {
    uint32_t ns = f->stacksize ? f->stacksize * 2 : STACK_MIN;
    while (ns < need) ns *= 2;
    Word *n = mem_alloc(sizeof(Word) * ns);
    if (f->stacksize) memcpy(n, f->stack, sizeof(Word) * f->stacksize);
    f->stack = n;
    f->stacksize = ns;
}

static Frame *push_frame(Fiber *f) {
    if (f->nframes == f->framecap) {
        uint32_t nc = f->framecap ? f->framecap * 2 : FRAMES_INIT;
        Frame *n = mem_alloc(sizeof(Frame) * nc);
        if (f->nframes) memcpy(n, f->frames, sizeof(Frame) * f->nframes);
        f->frames = n;
        f->framecap = nc;
    }
    return &f->frames[f->nframes++];
}

/* Reset a finished goroutine's fiber for a new goroutine (recycled Gs keep theirs), or make
 * a new one: its stack and frame arrays are reused when large enough. */
static Fiber *fiber_init(Fiber *f, Closure *fn, const Word *args, int nargs) {
    uint32_t need = (uint32_t)fn->p->nregs + 4;
    if ((uint32_t)nargs + 4 > need) need = (uint32_t)nargs + 4;
    if (!f) {
        /* one allocation for the fiber, its first two frames and its registers: a goroutine
         * is three times fewer objects for the collector to allocate and scan */
        char *blk = mem_alloc(sizeof(Fiber) + FRAMES_INIT * sizeof(Frame) + need * sizeof(Word));
        f = (Fiber *)blk;
        f->frames = (Frame *)(blk + sizeof(Fiber));
        f->framecap = FRAMES_INIT;
        f->stack = (Word *)(blk + sizeof(Fiber) + FRAMES_INIT * sizeof(Frame));
        f->stacksize = need;
    }
    Word *stack = f->stack;
    uint32_t ss = f->stacksize;
    Frame *frames = f->frames;
    uint32_t fc = f->framecap;
    memset(f, 0, sizeof *f);
    if (stack && ss >= need && ss <= 4 * need + 64) {
        /* reuse; stale words above the arguments are never read before being written */
        f->stack = stack;
        f->stacksize = ss;
    } else {
        /* first allocation: exactly what is needed (grow_stack doubles later) */
        f->stack = mem_alloc(sizeof(Word) * need);
        f->stacksize = need;
    }
    if (frames && fc <= 16) {
        f->frames = frames;
        f->framecap = fc;
    }
    if (nargs) memcpy(f->stack, args, sizeof(Word) * (size_t)nargs);
    Frame *fr = push_frame(f);
    fr->p = fn->p;
    fr->cl = fn;
    fr->pc = 0;
    fr->base = 0;
    fr->flags = FR_ENTRY;
    fr->ndefer = 0;
    return f;
}

Fiber *vm_new_fiber(Closure *fn, const Word *args, int nargs) { return fiber_init(NULL, fn, args, nargs); }

/* ---- goroutine start (the go statement) ---- */

static void go_start(G *parent, Closure *fn, const Word *args, int nargs) {
    Fiber *pf = parent ? parent->fiber : NULL;
    G *ng = sched_newg();
    if (fn->p->native) {
        /* go of a native: wrap it in a tiny proto that calls it */
        Proto *w = NEW(Proto);
        Instr *code = mem_alloc(sizeof(Instr) * 3);
        Word *k = mem_alloc(sizeof(Word));
        k[0].p = fn->p;
        code[0] = (Instr){BC_CALLNAT, 0, 0, 0};
        code[1] = (Instr){BC_RET, 0, 0, 0};
        w->code = code;
        w->ncode = 2;
        w->k = k;
        w->nk = 1;
        w->lines = mem_alloc(sizeof(int32_t) * 2);
        w->nregs = nargs + fn->p->nresults + 1;
        w->name = fn->p->name;
        w->compiled = true;
        fn = vm_static_closure(w);
    }
    ng->fiber = fiber_init(ng->fiber, fn, args, nargs);
    ng->func = NULL;
    if (pf && pf->nframes) {
        Frame *fr = &pf->frames[pf->nframes - 1];
        ng->func = fr->p->name;
        Source *s = src_get(fr->p->file);
        ng->file = s ? s->path : "?";
        uint32_t pc = fr->pc ? fr->pc - 1 : 0;
        ng->line = fr->p->lines && pc < (uint32_t)fr->p->ncode ? fr->p->lines[pc] : 0;
    }
    sched_go(ng);
}

/* ---- panics ---- */

static Panic *new_panic(Fiber *f, GoIface v) {
    Panic *p = NEW(Panic);
    p->value = v;
    uint32_t n = f->nframes < 100 ? f->nframes : 100;
    p->trace = mem_alloc(sizeof(TraceEntry) * (n ? n : 1));
    for (uint32_t k = 0; k < n; k++) {
        Frame *fr = &f->frames[f->nframes - 1 - k];
        p->trace[k] = (TraceEntry){fr->p, fr->pc, fr->flags};
    }
    p->ntrace = n;
    p->link = f->panic;
    f->panic = p;
    return p;
}

static void print_panics(StrBuf *b, Panic *p) {
    if (p->link) {
        print_panics(b, p->link);
        if (!p->link->goexit) sb_putc(b, '\t');
    }
    if (p->goexit) return;
    sb_puts(b, "panic: ");
    fmt_panic_value(b, p->value);
    if (p->recovered) sb_puts(b, " [recovered]");
    sb_putc(b, '\n');
}

static void print_frame(FILE *out, Proto *p, uint32_t rpc) {
    if (!p || !p->name || strcmp(p->name, "runtime.main") == 0) return;
    uint32_t pc = rpc ? rpc - 1 : 0;
    int line = p->lines && pc < (uint32_t)p->ncode ? p->lines[pc] : p->line;
    Source *s = src_get(p->file);
    fprintf(out, "%s(%s)\n\t%s:%d\n", p->name, p->nargs ? "..." : "", s ? s->path : "?", line);
}

static void print_created_by(G *g, FILE *out) {
    if (g->func && g->id != 1)
        fprintf(out, "created by %s in goroutine %lld\n\t%s:%d\n", g->func, (long long)g->parentid, g->file ? g->file : "?",
                g->line);
}

void vm_print_trace(G *g, FILE *out) {
    Fiber *f = g->fiber;
    if (!f) return;
    for (int i = (int)f->nframes - 1; i >= 0; i--) print_frame(out, f->frames[i].p, f->frames[i].pc);
    print_created_by(g, out);
}

static void print_panic_trace(G *g, Panic *pn, FILE *out) {
    for (uint32_t k = 0; k < pn->ntrace; k++) {
        print_frame(out, pn->trace[k].p, pn->trace[k].pc);
        if ((pn->trace[k].flags & FR_DEFERCALL) && k + 1 < pn->ntrace)
            fprintf(out, "panic({...})\n\t$GOROOT/src/runtime/panic.go\n");
    }
    print_created_by(g, out);
}

static void traceback_hook(G *g, FILE *out) { vm_print_trace(g, out); }

static pthread_mutex_t die_lock = PTHREAD_MUTEX_INITIALIZER;

_Noreturn static void die_panic(G *g, Fiber *f) {
    pthread_mutex_lock(&die_lock);
    vm_flush_stdout();
    StrBuf b;
    sb_init(&b);
    print_panics(&b, f->panic);
    fputs(sb_cstr(&b), stderr);
    if (f->panic && rterror_is_nil_deref(f->panic->value))
        fputs("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n", stderr);
    fprintf(stderr, "\ngoroutine %lld [running]:\n", (long long)g->id);
    if (f->panic) print_panic_trace(g, f->panic, stderr);
    else vm_print_trace(g, stderr);
    fflush(stderr);
    vm_exit(2);
}

_Noreturn static void die_fatal(G *g, const char *msg) {
    pthread_mutex_lock(&die_lock);
    vm_flush_stdout();
    fprintf(stderr, "fatal error: %s\n\ngoroutine %lld [running]:\n", msg, (long long)g->id);
    vm_print_trace(g, stderr);
    fflush(stderr);
    vm_exit(2);
}

_Noreturn static void die_stack_overflow(G *g) {
    pthread_mutex_lock(&die_lock);
    vm_flush_stdout();
    fprintf(stderr, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    fprintf(stderr, "fatal error: stack overflow\n\ngoroutine %lld [running]:\n", (long long)g->id);
    Fiber *f = g->fiber;
    /* print only the innermost frames, as gc elides the middle of deep stacks */
    uint32_t n = f->nframes;
    for (uint32_t i = 0; i < n && i < 20; i++) {
        Frame *fr = &f->frames[n - 1 - i];
        uint32_t pc = fr->pc ? fr->pc - 1 : 0;
        Source *s = src_get(fr->p->file);
        fprintf(stderr, "%s(...)\n\t%s:%d\n", fr->p->name, s ? s->path : "?",
                fr->p->lines && pc < (uint32_t)fr->p->ncode ? fr->p->lines[pc] : 0);
    }
    fprintf(stderr, "...additional frames elided...\n");
    fflush(stderr);
    vm_exit(2);
}

/* ---- interface method lookup ---- */

static Proto *find_method(Type *t, const char *name) {
    MethodTable *mt = t->mtab;
    if (!mt) return NULL;
    /* names are interned: a pointer scan finds it without comparing strings */
    for (int k = 0; k < mt->n; k++)
        if (mt->e[k].name == name) return (Proto *)mt->e[k].fn;
    int lo = 0, hi = mt->n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(mt->e[mid].name, name);
        if (c == 0) return (Proto *)mt->e[mid].fn;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

/* A lookup or delete on a nil map hashes the key anyway (gc): an interface key holding an
 * unhashable value panics. kt can hold an interface (the compiler checked). */
static void nilmap_key(Type *kt, const void *key) { (void)val_hash(kt, key, 0); }

/* Does dynamic type t implement interface it? */
static bool implements(Type *t, Type *it) {
    Type *iu = it->u;
    for (int i = 0; i < iu->nimethods; i++) {
        MethodTable *mt = t->mtab;
        bool found = false;
        if (mt)
            for (int k = 0; k < mt->n; k++)
                if (strcmp(mt->e[k].name, iu->imethods[i].name) == 0) {
                    found = mt->e[k].sig == iu->imethods[i].sig || !mt->e[k].sig;
                    break;
                }
        if (!found) return false;
    }
    return true;
}

bool vm_implements(Type *t, Type *iface) { return implements(t, iface); }

static const char *missing_method_name(Type *t, Type *it) {
    Type *iu = it->u;
    for (int i = 0; i < iu->nimethods; i++)
        if (!find_method(t, iu->imethods[i].name)) return iu->imethods[i].name;
    return iu->nimethods ? iu->imethods[0].name : "?";
}

/* ---- fmt hook: calling String/Error from C ---- */

static int invoke_string_method(struct Func *fn, uint64_t recv, GoString *out, GoString *panicmsg) {
    G *g = sched_current();
    Proto *p = (Proto *)fn;
    Word args[4];
    args[0].u = recv;
    Word res[2] = {{0}, {0}};
    int r = vm_call(g, vm_static_closure(p), args, 1, res, 2);
    if (r != 0) {
        Fiber *f = g->fiber;
        StrBuf b;
        sb_init(&b);
        if (f->recovering.type) fmt_sprint(&b, &f->recovering, 1);
        f->recovering.type = NULL;
        panicmsg->ptr = (const uint8_t *)sb_cstr(&b);
        panicmsg->len = (int64_t)b.len;
        return 1;
    }
    out->ptr = res[0].p;
    out->len = res[1].i;
    return 0;
}

/* The run-time type of *fmt.state (set by the driver when package fmt is part of the program). */
Type *vm_fmt_state_type;

static int invoke_format_method(struct Func *fn, uint64_t recv, FmtState *st, int32_t verb, GoString *panicmsg) {
    G *g = sched_current();
    if (!vm_fmt_state_type) return 1;
    Word *state = mem_alloc(sizeof(Word));
    state[0].p = st;
    Word args[4];
    args[0].u = recv;
    args[1].p = vm_fmt_state_type;
    args[2].p = state;
    args[3].i = verb;
    Word res[1];
    int r = vm_call(g, vm_static_closure((Proto *)fn), args, 4, res, 0);
    if (r != 0) {
        Fiber *f = g->fiber;
        StrBuf b;
        sb_init(&b);
        if (f->recovering.type) fmt_sprint(&b, &f->recovering, 1);
        f->recovering.type = NULL;
        panicmsg->ptr = (const uint8_t *)sb_cstr(&b);
        panicmsg->len = (int64_t)b.len;
    }
    return r;
}

void vm_init(void) {
    rterror_init();
    fmt_invoke_string_method = invoke_string_method;
    fmt_invoke_format_method = invoke_format_method;
    sched_traceback_hook = traceback_hook;
    sched_flush_hook = vm_flush_stdout;
    mem_oom_flush = vm_flush_stdout;
}

/* ---- the loop ---- */

#define BUDGET_CALL 1

static inline GoString R_str(Word *R, int r) { return (GoString){R[r].p, R[r + 1].i}; }
static inline GoSlice R_slice(Word *R, int r) { return (GoSlice){R[r].p, R[r + 1].i, R[r + 2].i}; }

typedef enum { RUN_NORMAL, RUN_NESTED } RunMode;

static VMStatus run(G *g, int budget, uint32_t stop_depth);
static int call_native(G *g, Fiber *f, Proto *np, uint32_t base);

VMStatus vm_run(G *g, int budget) { return run(g, budget, 0); }

int vm_call(G *g, Closure *fn, Word *args, int nargs, Word *results, int nresults) {
    Fiber *f = g->fiber;
    Frame *top = &f->frames[f->nframes - 1];
    uint32_t base = top->base + (uint32_t)top->p->nregs + 8;
    uint32_t need = base + (uint32_t)fn->p->nregs + (uint32_t)nargs + 8;
    if (need > f->stacksize) grow_stack(f, need);
    memcpy(f->stack + base, args, sizeof(Word) * (size_t)nargs);
    if (fn->p->native) {
        int r = call_native(g, f, fn->p, base);
        if (r == NAT_PANIC) {
            RtPanic rp = rt_take_panic();
            f->recovering = rterror_value(&rp);
            return 1;
        }
        memcpy(results, f->stack + base, sizeof(Word) * (size_t)nresults);
        return 0;
    }
    Frame *fr = push_frame(f);
    fr->p = fn->p;
    fr->cl = fn;
    fr->pc = 0;
    fr->base = base;
    fr->flags = FR_NATIVE_RETURN;
    fr->ndefer = 0;
    uint32_t depth = f->nframes;
    f->native_depth++;
    VMStatus st = run(g, 1 << 30, depth);
    f->native_depth--;
    if (st == VM_PARK) die_fatal(g, "goro: a String or Error method called by fmt blocked (not supported)");
    if (st == VM_DONE) {
        memcpy(results, f->stack + base, sizeof(Word) * (size_t)nresults);
        return 0;
    }
    return 1;
}

/* Call a native with its arguments at stack index base. A native may re-enter the VM (fmt
 * calling String methods), which can reallocate the stack: its results then sit in the old
 * array and are copied to the new one. */
static int call_native(G *g, Fiber *f, Proto *np, uint32_t base) {
    Word *old = f->stack;
    int r = np->native(g, old + base);
    if (f->stack != old && np->nresults) memcpy(f->stack + base, old + base, sizeof(Word) * (size_t)np->nresults);
    return r;
}

static GoIface runtime_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static GoIface runtime_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    RtPanic rp = {RTP_RUNTIME_ERROR, sb_cstr(&b), NULL};
    return rterror_value(&rp);
}

static GoIface bounds_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static GoIface bounds_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    return rterror_bounds(sb_cstr(&b));
}

static GoIface index_error(int64_t ix, int64_t n) {
    if (ix < 0) return bounds_error("index out of range [%lld]", (long long)ix);
    return bounds_error("index out of range [%lld] with length %lld", (long long)ix, (long long)n);
}

static GoIface slice_error(int64_t lo, int64_t hi, int64_t max, int64_t cap, int flags, bool is_string_or_array) {
    /* gc checks max first, then hi, then lo */
    bool three = flags & 4;
    const char *what = is_string_or_array ? "length" : "capacity";
    if (three) {
        if ((uint64_t)max > (uint64_t)cap) return bounds_error("slice bounds out of range [::%lld] with %s %lld", (long long)max, what, (long long)cap);
        if ((uint64_t)hi > (uint64_t)max) return bounds_error("slice bounds out of range [:%lld:%lld]", (long long)hi, (long long)max);
        return bounds_error("slice bounds out of range [%lld:%lld:]", (long long)lo, (long long)hi);
    }
    if (hi < 0 || hi > cap) {
        if (hi < 0) return bounds_error("slice bounds out of range [:%lld]", (long long)hi);
        return bounds_error("slice bounds out of range [:%lld] with %s %lld", (long long)hi, what, (long long)cap);
    }
    if (lo < 0) return bounds_error("slice bounds out of range [%lld:]", (long long)lo);
    return bounds_error("slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
}

static VMStatus run(G *g, int budget, uint32_t stop_depth) {
    Fiber *f = g->fiber;
    Frame *fr;
    Proto *p;
    const Instr *code;
    Word *R;
    Word *K;
    uint32_t pc;
    Instr i;
    GoIface perr;
    int natst = 0;

#define LOAD_FRAME()                         \
    do {                                     \
        fr = &f->frames[f->nframes - 1];     \
        p = fr->p;                           \
        code = p->code;                      \
        K = p->k;                            \
        R = f->stack + fr->base;             \
        pc = fr->pc;                         \
    } while (0)
#define SAVE_PC() (fr->pc = pc)
#define RELOAD() (R = f->stack + fr->base)
/* A native can re-enter the VM (fmt calling a String method), and the nested frames can
 * reallocate f->frames: after a native call fr is re-derived from the (unchanged) depth. */
#define REFRAME() (fr = &f->frames[f->nframes - 1])
#define RAISE(val)       \
    do {                 \
        perr = (val);    \
        goto do_panic;   \
    } while (0)

    static const void *const labels[BC__COUNT] = {
#define X(name, fmt, doc) &&L_##name,
#include "opcodes.def"
#undef X
    };
#define DISPATCH()                 \
    do {                           \
        i = code[pc++];            \
        goto *labels[i.op];        \
    } while (0)
#define NEXT() DISPATCH()

    LOAD_FRAME();
    if (g->resumed) {
        /* re-execute the parking instruction in resume mode */
    }
    DISPATCH();

L_NOP: NEXT();
L_MOV: R[i.a] = R[i.b]; NEXT();
L_MOV2: R[i.a] = R[i.b]; R[i.a + 1] = R[i.b + 1]; NEXT();
L_MOV3: R[i.a] = R[i.b]; R[i.a + 1] = R[i.b + 1]; R[i.a + 2] = R[i.b + 2]; NEXT();
L_MOVN: memmove(&R[i.a], &R[i.b], sizeof(Word) * i.c); NEXT();
L_LOADK: R[i.a] = K[INSTR_BX(i)]; NEXT();
L_LOADK2: R[i.a] = K[INSTR_BX(i)]; R[i.a + 1] = K[INSTR_BX(i) + 1]; NEXT();
L_LOADI: R[i.a].i = INSTR_SBX(i); NEXT();
L_LOADI64: memcpy(&R[i.a], &code[pc], 8); pc++; NEXT();
L_ZERO: memset(&R[i.a], 0, sizeof(Word) * i.b); NEXT();
L_LOADNIL: R[i.a].u = 0; NEXT();

L_ADD_I: R[i.a].u = R[i.b].u + R[i.c].u; NEXT();
L_SUB_I: R[i.a].u = R[i.b].u - R[i.c].u; NEXT();
L_MUL_I: R[i.a].u = R[i.b].u * R[i.c].u; NEXT();
L_DIV_I: {
    int64_t d = R[i.c].i;
    if (d == 0) { SAVE_PC(); RAISE(runtime_error("integer divide by zero")); }
    int64_t n = R[i.b].i;
    R[i.a].i = (d == -1) ? (int64_t)(0 - (uint64_t)n) : n / d;
    NEXT();
}
L_REM_I: {
    int64_t d = R[i.c].i;
    if (d == 0) { SAVE_PC(); RAISE(runtime_error("integer divide by zero")); }
    R[i.a].i = (d == -1) ? 0 : R[i.b].i % d;
    NEXT();
}
L_DIV_U: {
    uint64_t d = R[i.c].u;
    if (d == 0) { SAVE_PC(); RAISE(runtime_error("integer divide by zero")); }
    R[i.a].u = R[i.b].u / d;
    NEXT();
}
L_REM_U: {
    uint64_t d = R[i.c].u;
    if (d == 0) { SAVE_PC(); RAISE(runtime_error("integer divide by zero")); }
    R[i.a].u = R[i.b].u % d;
    NEXT();
}
L_ADDI: R[i.a].u = R[i.b].u + (uint64_t)(int64_t)INSTR_SC(i); NEXT();
L_SUBI: R[i.a].u = R[i.b].u - (uint64_t)(int64_t)INSTR_SC(i); NEXT();
L_MULI: R[i.a].u = R[i.b].u * (uint64_t)(int64_t)INSTR_SC(i); NEXT();
L_DIVI: R[i.a].i = R[i.b].i / (int64_t)INSTR_SC(i); NEXT();
L_REMI: R[i.a].i = R[i.b].i % (int64_t)INSTR_SC(i); NEXT();
L_NEG_I: R[i.a].u = 0 - R[i.b].u; NEXT();
L_AND: R[i.a].u = R[i.b].u & R[i.c].u; NEXT();
L_OR: R[i.a].u = R[i.b].u | R[i.c].u; NEXT();
L_XOR: R[i.a].u = R[i.b].u ^ R[i.c].u; NEXT();
L_ANDNOT: R[i.a].u = R[i.b].u & ~R[i.c].u; NEXT();
L_NOT_I: R[i.a].u = ~R[i.b].u; NEXT();
L_SHL: { uint64_t s = R[i.c].u; R[i.a].u = s >= 64 ? 0 : R[i.b].u << s; NEXT(); }
L_SHR_I: { uint64_t s = R[i.c].u; R[i.a].i = s >= 64 ? (R[i.b].i < 0 ? -1 : 0) : R[i.b].i >> s; NEXT(); }
L_SHR_U: { uint64_t s = R[i.c].u; R[i.a].u = s >= 64 ? 0 : R[i.b].u >> s; NEXT(); }
L_SHLI: R[i.a].u = R[i.b].u << i.c; NEXT();
L_SHRI_I: R[i.a].i = R[i.b].i >> i.c; NEXT();
L_SHRI_U: R[i.a].u = R[i.b].u >> i.c; NEXT();
L_CHKSHIFT:
    if (R[i.a].i < 0) { SAVE_PC(); RAISE(runtime_error("negative shift amount")); }
    NEXT();
L_SEXT8: R[i.a].i = (int8_t)R[i.b].u; NEXT();
L_SEXT16: R[i.a].i = (int16_t)R[i.b].u; NEXT();
L_SEXT32: R[i.a].i = (int32_t)R[i.b].u; NEXT();
L_ZEXT8: R[i.a].u = (uint8_t)R[i.b].u; NEXT();
L_ZEXT16: R[i.a].u = (uint16_t)R[i.b].u; NEXT();
L_ZEXT32: R[i.a].u = (uint32_t)R[i.b].u; NEXT();

L_ADD_F: R[i.a].f = R[i.b].f + R[i.c].f; NEXT();
L_SUB_F: R[i.a].f = R[i.b].f - R[i.c].f; NEXT();
L_MUL_F: R[i.a].f = R[i.b].f * R[i.c].f; NEXT();
L_DIV_F: R[i.a].f = R[i.b].f / R[i.c].f; NEXT();
L_NEG_F: R[i.a].f = -R[i.b].f; NEXT();
L_F32ROUND: R[i.a].f = (double)(float)R[i.b].f; NEXT();
L_FSQRT: R[i.a].f = sqrt(R[i.b].f); NEXT();
L_FABS: R[i.a].f = fabs(R[i.b].f); NEXT();
L_FFLOOR: R[i.a].f = floor(R[i.b].f); NEXT();
L_FCEIL: R[i.a].f = ceil(R[i.b].f); NEXT();
L_FTRUNC: R[i.a].f = trunc(R[i.b].f); NEXT();
L_I2F: R[i.a].f = (double)R[i.b].i; NEXT();
L_U2F: R[i.a].f = (double)R[i.b].u; NEXT();
L_F2I: {
    double d = R[i.b].f;
    R[i.a].i = (d != d) ? INT64_MIN : (d >= 9223372036854775807.0 || d < -9223372036854775808.0) ? INT64_MIN : (int64_t)d;
    NEXT();
}
L_F2U: {
    double d = R[i.b].f;
    if (d != d || d < 0) R[i.a].u = d < 0 && d > -9223372036854775808.0 ? (uint64_t)(int64_t)d : 0x8000000000000000ull;
    else if (d >= 18446744073709551616.0) R[i.a].u = 0x8000000000000000ull;
    else R[i.a].u = (uint64_t)d;
    NEXT();
}
L_BOOLNOT: R[i.a].u = !R[i.b].u; NEXT();

L_EQ: R[i.a].u = R[i.b].u == R[i.c].u; NEXT();
L_NE: R[i.a].u = R[i.b].u != R[i.c].u; NEXT();
L_LT_I: R[i.a].u = R[i.b].i < R[i.c].i; NEXT();
L_LE_I: R[i.a].u = R[i.b].i <= R[i.c].i; NEXT();
L_LT_U: R[i.a].u = R[i.b].u < R[i.c].u; NEXT();
L_LE_U: R[i.a].u = R[i.b].u <= R[i.c].u; NEXT();
L_EQ_F: R[i.a].u = R[i.b].f == R[i.c].f; NEXT();
L_NE_F: R[i.a].u = R[i.b].f != R[i.c].f; NEXT();
L_LT_F: R[i.a].u = R[i.b].f < R[i.c].f; NEXT();
L_LE_F: R[i.a].u = R[i.b].f <= R[i.c].f; NEXT();
L_EQ_S: R[i.a].u = ops_streq(R_str(R, i.b), R_str(R, i.c)); NEXT();
L_LT_S: R[i.a].u = ops_strcmp(R_str(R, i.b), R_str(R, i.c)) < 0; NEXT();
L_LE_S: R[i.a].u = ops_strcmp(R_str(R, i.b), R_str(R, i.c)) <= 0; NEXT();
L_EQ_T: {
    Type *t;
    memcpy(&t, &code[pc], 8);
    pc++;
    t = K[(uint64_t)(uintptr_t)t].p;
    SAVE_PC();
    bool eq = val_equal(t, &R[i.b], &R[i.c]);
    if (rt_pending_panic()) { RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    R[i.a].u = eq;
    NEXT();
}
L_EQ_IFACE: {
    SAVE_PC();
    bool eq = val_equal(ty_any, &R[i.b], &R[i.c]);
    if (rt_pending_panic()) { RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    R[i.a].u = eq;
    NEXT();
}

L_JMP: pc += INSTR_SBX(i); NEXT();
L_JT: if (R[i.a].u) pc += INSTR_SBX(i); NEXT();
L_JF: if (!R[i.a].u) pc += INSTR_SBX(i); NEXT();
L_JLT_I: if (R[i.a].i < R[i.b].i) pc += INSTR_SC(i); NEXT();
L_JGE_I: if (R[i.a].i >= R[i.b].i) pc += INSTR_SC(i); NEXT();
L_JLE_I: if (R[i.a].i <= R[i.b].i) pc += INSTR_SC(i); NEXT();
L_JGT_I: if (R[i.a].i > R[i.b].i) pc += INSTR_SC(i); NEXT();
L_JEQ: if (R[i.a].u == R[i.b].u) pc += INSTR_SC(i); NEXT();
L_JNE: if (R[i.a].u != R[i.b].u) pc += INSTR_SC(i); NEXT();
L_JLTI: if (R[i.a].i < (int16_t)i.b) pc += INSTR_SC(i); NEXT();
L_JLEI: if (R[i.a].i <= (int16_t)i.b) pc += INSTR_SC(i); NEXT();
L_JGTI: if (R[i.a].i > (int16_t)i.b) pc += INSTR_SC(i); NEXT();
L_JGEI: if (R[i.a].i >= (int16_t)i.b) pc += INSTR_SC(i); NEXT();
L_JEQI: if (R[i.a].i == (int16_t)i.b) pc += INSTR_SC(i); NEXT();
L_JNEI: if (R[i.a].i != (int16_t)i.b) pc += INSTR_SC(i); NEXT();
L_LOOP:
    pc += INSTR_SBX(i);
    if (--budget <= 0) {
        SAVE_PC();
        if (stop_depth == 0) return VM_PREEMPT;
        budget = 1 << 30;
    }
    NEXT();

L_CONCAT: {
    GoString s = ops_concat(R_str(R, i.b), R_str(R, i.c));
    R[i.a].p = (void *)s.ptr;
    R[i.a + 1].i = s.len;
    NEXT();
}
L_STRINDEX: {
    int64_t ix = R[i.c].i, n = R[i.b + 1].i;
    if ((uint64_t)ix >= (uint64_t)n) { SAVE_PC(); RAISE(index_error(ix, n)); }
    R[i.a].u = ((const uint8_t *)R[i.b].p)[ix];
    NEXT();
}
L_STRSLICE: {
    int flags = code[pc].a;
    pc++;
    int64_t n = R[i.b + 1].i;
    int64_t lo = (flags & 1) ? R[i.c].i : 0, hi = (flags & 2) ? R[i.c + 1].i : n;
    if (hi < 0 || hi > n || lo < 0 || lo > hi) { SAVE_PC(); RAISE(slice_error(lo, hi, 0, n, flags & 3, true)); }
    const uint8_t *b = R[i.b].p;
    R[i.a].p = (void *)(b ? b + lo : b);
    R[i.a + 1].i = hi - lo;
    NEXT();
}
L_STRLEN: R[i.a].i = R[i.b + 1].i; NEXT();

L_LOAD:
    if (!R[i.b].p) goto nil_deref;
    R[i.a].u = *(uint64_t *)((char *)R[i.b].p + i.c);
    NEXT();
L_LOAD2: {
    if (!R[i.b].p) goto nil_deref;
    uint64_t *s = (uint64_t *)((char *)R[i.b].p + i.c);
    R[i.a].u = s[0];
    R[i.a + 1].u = s[1];
    NEXT();
}
L_LOAD3: {
    if (!R[i.b].p) goto nil_deref;
    uint64_t *s = (uint64_t *)((char *)R[i.b].p + i.c);
    R[i.a].u = s[0];
    R[i.a + 1].u = s[1];
    R[i.a + 2].u = s[2];
    NEXT();
}
L_LOADN: {
    int n = code[pc].a;
    pc++;
    if (!R[i.b].p) goto nil_deref;
    memcpy(&R[i.a], (char *)R[i.b].p + i.c, sizeof(Word) * (size_t)n);
    NEXT();
}
L_LOADX: {
    int kind = code[pc].a;
    pc++;
    if (!R[i.b].p) goto nil_deref;
    ops_load_packed(kind, (char *)R[i.b].p + i.c, &R[i.a]);
    NEXT();
}
L_STORE:
    if (!R[i.a].p) goto nil_deref;
    *(uint64_t *)((char *)R[i.a].p + i.c) = R[i.b].u;
    NEXT();
L_STORE2: {
    if (!R[i.a].p) goto nil_deref;
    uint64_t *d = (uint64_t *)((char *)R[i.a].p + i.c);
    d[0] = R[i.b].u;
    d[1] = R[i.b + 1].u;
    NEXT();
}
L_STORE3: {
    if (!R[i.a].p) goto nil_deref;
    uint64_t *d = (uint64_t *)((char *)R[i.a].p + i.c);
    d[0] = R[i.b].u;
    d[1] = R[i.b + 1].u;
    d[2] = R[i.b + 2].u;
    NEXT();
}
L_STOREN: {
    int n = code[pc].a;
    pc++;
    if (!R[i.a].p) goto nil_deref;
    memmove((char *)R[i.a].p + i.c, &R[i.b], sizeof(Word) * (size_t)n);
    NEXT();
}
L_STOREX: {
    int kind = code[pc].a;
    pc++;
    if (!R[i.a].p) goto nil_deref;
    ops_store_packed(kind, (char *)R[i.a].p + i.c, R[i.b]);
    NEXT();
}
L_ADDPTR:
    if (!R[i.b].p) goto nil_deref;
    R[i.a].p = (char *)R[i.b].p + i.c;
    NEXT();
L_NILCHK:
    if (!R[i.a].p) goto nil_deref;
    NEXT();
L_NEWCELL: R[i.a].p = mem_alloc(INSTR_BX(i) ? INSTR_BX(i) : 8); NEXT();
L_NEWOBJ: {
    Type *t = K[INSTR_BX(i)].p;
    R[i.a].p = val_alloc(t, t->size ? t->size : 8);
    NEXT();
}
L_ZEROMEM: {
    uint64_t n;
    memcpy(&n, &code[pc], 8);
    pc++;
    memset(R[i.a].p, 0, n);
    NEXT();
}
L_COPYMEM: {
    uint64_t n;
    memcpy(&n, &code[pc], 8);
    pc++;
    memmove(R[i.a].p, R[i.b].p, n);
    NEXT();
}

L_IDXADDR: {
    int es = code[pc].a;
    pc++;
    int64_t ix = R[i.c].i, n = R[i.b + 1].i;
    if ((uint64_t)ix >= (uint64_t)n) { SAVE_PC(); RAISE(index_error(ix, n)); }
    R[i.a].p = (char *)R[i.b].p + ix * es;
    NEXT();
}
L_ARRADDR: {
    Instr x = code[pc++];
    int es = x.a;
    int64_t n = (x.b == 0xffff && x.c == 0xffff) ? INT64_MAX : (int64_t)(((uint32_t)x.b << 16) | x.c);
    int64_t ix = R[i.c].i;
    if (!R[i.b].p && n != INT64_MAX) goto nil_deref;
    if ((uint64_t)ix >= (uint64_t)n) { SAVE_PC(); RAISE(index_error(ix, n)); }
    R[i.a].p = (char *)R[i.b].p + ix * es;
    NEXT();
}
L_IDXCHK:
    if ((uint64_t)R[i.a].i >= (uint64_t)R[i.b].i) {
        SAVE_PC();
        RAISE(bounds_error("index out of range [%lld] with length %lld", (long long)R[i.a].i, (long long)R[i.b].i));
    }
    NEXT();
L_SLICE: {
    Instr x = code[pc++];
    int flags = x.a, es = x.b;
    GoSlice s = R_slice(R, i.b);
    int64_t lo = (flags & 1) ? R[i.c].i : 0;
    int64_t hi = (flags & 2) ? R[i.c + 1].i : s.len;
    int64_t max = (flags & 4) ? R[i.c + 2].i : s.cap;
    bool bad = (flags & 4) ? ((uint64_t)max > (uint64_t)s.cap || (uint64_t)hi > (uint64_t)max || (uint64_t)lo > (uint64_t)hi)
                           : ((uint64_t)hi > (uint64_t)s.cap || (uint64_t)lo > (uint64_t)hi);
    if (bad) { SAVE_PC(); RAISE(slice_error(lo, hi, max, s.cap, flags, x.c == 1)); }
    R[i.a].p = s.ptr ? (char *)s.ptr + lo * es : s.ptr;
    if (hi - lo == 0 && max - lo == 0 && s.ptr) R[i.a].p = (char *)s.ptr + lo * es;
    R[i.a + 1].i = hi - lo;
    R[i.a + 2].i = max - lo;
    NEXT();
}
L_MAKESLICE: {
    Type *et;
    uint64_t kk;
    memcpy(&kk, &code[pc], 8);
    pc++;
    et = K[kk].p;
    int64_t len = R[i.b].i, cap = R[i.c].i;
    if (len < 0) { SAVE_PC(); RAISE(runtime_error("makeslice: len out of range")); }
    if (cap < len) { SAVE_PC(); RAISE(runtime_error("makeslice: cap out of range")); }
    void *mem = ops_alloc_elems(et, cap);
    if (!mem) { rt_take_panic(); SAVE_PC(); RAISE(runtime_error(len > cap ? "makeslice: cap out of range" : "makeslice: len out of range")); }
    R[i.a].p = mem;
    R[i.a + 1].i = len;
    R[i.a + 2].i = cap;
    NEXT();
}
L_MKSLICE: {
    uint64_t kk;
    memcpy(&kk, &code[pc], 8);
    pc++;
    Type *et = K[kk].p;
    int n = i.c;
    void *mem = ops_alloc_elems(et, n);
    ops_pack_elems(et, mem, &R[i.b], n);
    R[i.a].p = mem;
    R[i.a + 1].i = n;
    R[i.a + 2].i = n;
    NEXT();
}
L_APPEND: {
    uint64_t kk;
    memcpy(&kk, &code[pc], 8);
    pc++;
    Type *et = K[kk].p;
    GoSlice s = R_slice(R, i.b);
    int n = i.c;
    int64_t oldlen = s.len;
    s = ops_grow(s, oldlen + n, et);
    if (rt_pending_panic()) { SAVE_PC(); RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    ops_pack_elems(et, (char *)s.ptr + oldlen * et->esize, &R[i.b + 3], n);
    R[i.a].p = s.ptr;
    R[i.a + 1].i = s.len;
    R[i.a + 2].i = s.cap;
    NEXT();
}
L_APPENDSL: {
    uint64_t kk;
    memcpy(&kk, &code[pc], 8);
    pc++;
    Type *et = K[kk].p;
    GoSlice s = R_slice(R, i.b), t = R_slice(R, i.c);
    int64_t oldlen = s.len;
    if (t.len) {
        s = ops_grow(s, oldlen + t.len, et);
        memmove((char *)s.ptr + oldlen * et->esize, t.ptr, (size_t)(t.len * et->esize));
    }
    R[i.a].p = s.ptr;
    R[i.a + 1].i = s.len;
    R[i.a + 2].i = s.cap;
    NEXT();
}
L_APPENDSTR: {
    GoSlice s = R_slice(R, i.b);
    GoString t = R_str(R, i.c);
    int64_t oldlen = s.len;
    if (t.len) {
        s = ops_grow(s, oldlen + t.len, ty_uint8);
        memmove((char *)s.ptr + oldlen, t.ptr, (size_t)t.len);
    }
    R[i.a].p = s.ptr;
    R[i.a + 1].i = s.len;
    R[i.a + 2].i = s.cap;
    NEXT();
}
L_COPY: {
    int es = code[pc].a;
    pc++;
    GoSlice d = R_slice(R, i.b), s = R_slice(R, i.c);
    int64_t n = d.len < s.len ? d.len : s.len;
    if (n > 0) memmove(d.ptr, s.ptr, (size_t)(n * es));
    R[i.a].i = n;
    NEXT();
}
L_COPYSTR: {
    GoSlice d = R_slice(R, i.b);
    GoString s = R_str(R, i.c);
    int64_t n = d.len < s.len ? d.len : s.len;
    if (n > 0) memmove(d.ptr, s.ptr, (size_t)n);
    R[i.a].i = n;
    NEXT();
}
L_CLEARSL: {
    int es = code[pc].a;
    pc++;
    GoSlice s = R_slice(R, i.a);
    if (s.len) memset(s.ptr, 0, (size_t)(s.len * es));
    NEXT();
}
L_SLICE2ARR: {
    int es = code[pc].a;
    pc++;
    GoSlice s = R_slice(R, i.b);
    if (s.len < i.c) {
        SAVE_PC();
        RAISE(runtime_error("cannot convert slice with length %lld to array or pointer to array with length %d", (long long)s.len, i.c));
    }
    if (i.c) memmove(R[i.a].p, s.ptr, (size_t)i.c * (size_t)es);
    NEXT();
}
L_SLICE2ARRP: {
    uint64_t n;
    memcpy(&n, &code[pc], 8);
    pc++;
    GoSlice s = R_slice(R, i.b);
    if ((uint64_t)s.len < n) {
        SAVE_PC();
        RAISE(runtime_error("cannot convert slice with length %lld to array or pointer to array with length %llu", (long long)s.len,
                            (unsigned long long)n));
    }
    R[i.a].p = s.ptr;
    NEXT();
}
L_FMIN: {
    double a = R[i.a].f, b = R[i.b].f;
    if (a != a || b != b) R[i.a].f = a != a ? a : b;
    else if (a == 0 && b == 0) R[i.a].f = signbit(a) ? a : b;
    else R[i.a].f = b < a ? b : a;
    NEXT();
}
L_FMAX: {
    double a = R[i.a].f, b = R[i.b].f;
    if (a != a || b != b) R[i.a].f = a != a ? a : b;
    else if (a == 0 && b == 0) R[i.a].f = signbit(a) ? b : a;
    else R[i.a].f = b > a ? b : a;
    NEXT();
}

L_STR2BYTES: {
    GoSlice s = ops_str2bytes(R_str(R, i.b));
    if (i.c) s.cap = s.len;
    R[i.a].p = s.ptr; R[i.a + 1].i = s.len; R[i.a + 2].i = s.cap;
    NEXT();
}
L_BYTES2STR: {
    GoString s = ops_bytes2str(R_slice(R, i.b));
    R[i.a].p = (void *)s.ptr; R[i.a + 1].i = s.len;
    NEXT();
}
L_STR2RUNES: {
    GoSlice s = ops_str2runes(R_str(R, i.b));
    if (i.c) s.cap = s.len;
    R[i.a].p = s.ptr; R[i.a + 1].i = s.len; R[i.a + 2].i = s.cap;
    NEXT();
}
L_RUNES2STR: {
    GoString s = ops_runes2str(R_slice(R, i.b));
    R[i.a].p = (void *)s.ptr; R[i.a + 1].i = s.len;
    NEXT();
}
L_RUNE2STR: {
    GoString s = ops_rune2str(R[i.b].i);
    R[i.a].p = (void *)s.ptr; R[i.a + 1].i = s.len;
    NEXT();
}
L_STRNEXT: {
    int32_t r;
    int64_t nx = ops_strnext(R_str(R, i.b), R[i.c].i, &r);
    R[i.a].i = r;
    R[i.a + 1].i = nx;
    NEXT();
}

L_MAKEMAP: {
    Type *mt = K[i.b].p;
    int64_t hint = i.c == 0xffff ? 0 : R[i.c].i;
    if (hint < 0) hint = 0;
    R[i.a].p = map_new(mt, hint);
    NEXT();
}
L_MAPGET: {
    int w = code[pc].a;
    pc++;
    GoMap *m = R[i.b].p;
    SAVE_PC();
    void *v = m ? map_access(m, &R[i.c]) : NULL;
    if (!m && code[pc - 1].b) nilmap_key(K[code[pc - 1].b - 1].p, &R[i.c]);
    if (rt_pending_panic()) { RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    if (v) memcpy(&R[i.a], v, sizeof(Word) * (size_t)w);
    else memset(&R[i.a], 0, sizeof(Word) * (size_t)w);
    NEXT();
}
L_MAPGET2: {
    int w = code[pc].a;
    pc++;
    GoMap *m = R[i.b].p;
    SAVE_PC();
    void *v = m ? map_access(m, &R[i.c]) : NULL;
    if (!m && code[pc - 1].b) nilmap_key(K[code[pc - 1].b - 1].p, &R[i.c]);
    if (rt_pending_panic()) { RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    if (v) memcpy(&R[i.a], v, sizeof(Word) * (size_t)w);
    else memset(&R[i.a], 0, sizeof(Word) * (size_t)w);
    R[i.a + w].u = v != NULL;
    NEXT();
}
L_MAPSET: {
    GoMap *m = R[i.a].p;
    SAVE_PC();
    if (!m) RAISE(rterror_plain("assignment to entry in nil map"));
    void *v = map_assign(m, &R[i.b]);
    if (rt_pending_panic()) { RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    int w = m->vsize / 8;
    if (w) memcpy(v, &R[i.c], sizeof(Word) * (size_t)w);
    NEXT();
}
L_MAPADDR: {
    GoMap *m = R[i.b].p;
    SAVE_PC();
    if (!m) RAISE(rterror_plain("assignment to entry in nil map"));
    R[i.a].p = map_assign(m, &R[i.c]);
    if (rt_pending_panic()) { RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    NEXT();
}
L_MAPDEL: {
    GoMap *m = R[i.a].p;
    SAVE_PC();
    if (m) map_delete(m, &R[i.b]);
    else if (i.c) nilmap_key(K[i.c - 1].p, &R[i.b]);
    if (rt_pending_panic()) { RtPanic rp = rt_take_panic(); RAISE(rterror_value(&rp)); }
    NEXT();
}
L_MAPLEN: R[i.a].i = R[i.b].p ? map_len(R[i.b].p) : 0; NEXT();
L_MAPITER: {
    MapIter *it = NEW(MapIter);
    if (R[i.b].p) map_iter_init(R[i.b].p, it);
    else it = NULL;
    R[i.a].p = it;
    NEXT();
}
L_MAPNEXT: {
    Instr x = code[pc++];
    MapIter *it = R[i.b].p;
    void *k, *v;
    if (!it || !map_iter_next(it, &k, &v)) {
        pc += INSTR_SC(i) - 1; /* jump relative to the word after MAPNEXT */
        NEXT();
    }
    if (x.a) memcpy(&R[i.a], k, sizeof(Word) * x.a);
    if (x.b) memcpy(&R[i.a + x.a], v, sizeof(Word) * x.b);
    NEXT();
}
L_MAPCLEAR: if (R[i.a].p) map_clear(R[i.a].p); NEXT();

L_BOX: {
    Type *t = K[i.c].p;
    uint64_t d = val_box(t, &R[i.b]);
    R[i.a].p = t;
    R[i.a + 1].u = d;
    NEXT();
}
L_UNBOX: {
    int w = code[pc].a;
    pc += 2; /* + the type word */
    Type *t = R[i.b].p;
    if (w == 1 && t && t->size == 8) R[i.a] = R[i.b + 1];
    else if (w) {
        const void *src = val_unbox_ptr(t, &R[i.b + 1].u);
        if (src) memcpy(&R[i.a], src, sizeof(Word) * (size_t)w);
        else memset(&R[i.a], 0, sizeof(Word) * (size_t)w);
    }
    NEXT();
}
L_ASSERT:
L_ASSERT2: {
    Type *T = K[i.c].p;
    uint64_t stk;
    memcpy(&stk, &code[pc], 8);
    pc++;
    Type *dyn = R[i.b].p;
    int w = (int)(T->size / 8);
    if (dyn == T) {
        uint64_t d = R[i.b + 1].u;
        if (w == 1) R[i.a].u = d;
        else if (w) memcpy(&R[i.a], (const void *)(uintptr_t)d, sizeof(Word) * (size_t)w);
        if (i.op == BC_ASSERT2) R[i.a + w].u = 1;
        NEXT();
    }
    if (i.op == BC_ASSERT2) {
        memset(&R[i.a], 0, sizeof(Word) * (size_t)(w + 1));
        NEXT();
    }
    SAVE_PC();
    RAISE(rterror_type_assertion(K[stk].p, dyn, T, NULL));
}
L_ASSERTI: {
    Type *T = K[i.c].p;
    uint64_t stk;
    memcpy(&stk, &code[pc], 8);
    pc++;
    Type *dyn = R[i.b].p;
    if (dyn && implements(dyn, T)) {
        R[i.a] = R[i.b];
        R[i.a + 1] = R[i.b + 1];
        NEXT();
    }
    SAVE_PC();
    (void)stk;
    RAISE(rterror_type_assertion(NULL, dyn, T, dyn ? missing_method_name(dyn, T) : NULL));
}
L_ASSERTI2: {
    Type *T = K[i.c].p;
    Type *dyn = R[i.b].p;
    if (dyn && implements(dyn, T)) {
        uint64_t d = R[i.b + 1].u;
        R[i.a].p = dyn;
        R[i.a + 1].u = d;
        R[i.a + 2].u = 1;
    } else {
        R[i.a].u = 0;
        R[i.a + 1].u = 0;
        R[i.a + 2].u = 0;
    }
    NEXT();
}
L_TYPEOF: R[i.a] = R[i.b]; NEXT();
L_IMETHOD: {
    Type *dyn = R[i.b].p;
    if (!dyn) goto nil_deref;
    ICache *ic = &p->icache[i.c];
    Proto *fn = NULL;
    for (int w = 0; w < ICACHE_WAYS; w++) {
        ICacheEntry *e = __atomic_load_n(&ic->entry[w], __ATOMIC_ACQUIRE);
        if (e && e->type == dyn) {
            fn = e->fn;
            break;
        }
    }
    if (!fn) {
        fn = find_method(dyn, ic->name);
        if (!fn) {
            SAVE_PC();
            RAISE(runtime_error("goro: method %s not found on %s", ic->name, type_rstring(dyn)));
        }
        ICacheEntry *ne = mem_alloc(sizeof(ICacheEntry));
        ne->type = dyn;
        ne->fn = fn;
        uint32_t victim = __atomic_fetch_add(&ic->next, 1, __ATOMIC_RELAXED) % ICACHE_WAYS;
        __atomic_store_n(&ic->entry[victim], ne, __ATOMIC_RELEASE);
    }
    R[i.a].p = vm_static_closure(fn);
    NEXT();
}

L_CLOSURE: {
    Proto *np = K[i.b].p;
    int n = i.c;
    int from = code[pc].a;
    pc++;
    Closure *cl = mem_alloc(sizeof(Closure) + sizeof(Word) * (size_t)n);
    cl->p = np;
    cl->nup = n;
    memcpy(cl->up, &R[from], sizeof(Word) * (size_t)n);
    R[i.a].p = cl;
    NEXT();
}
L_FUNCVAL: R[i.a] = K[INSTR_BX(i)]; NEXT();
L_GETUP: R[i.a] = fr->cl->up[i.b]; NEXT();

L_CALL: {
    Closure *cl = R[i.b].p;
    if (!cl) goto nil_deref;
    Proto *np = cl->p;
    if (np->native) {
        SAVE_PC();
        natst = call_native(g, f, np, fr->base + i.a);
        REFRAME();
        if (natst != NAT_OK) goto native_status;
        RELOAD();
        NEXT();
    }
    uint32_t nb = fr->base + i.a;
    if (nb + (uint32_t)np->nregs + 1 > f->stacksize) {
        if (nb + (uint32_t)np->nregs > MAX_STACK_WORDS) { SAVE_PC(); goto stack_overflow; }
        grow_stack(f, nb + (uint32_t)np->nregs + 1);
    }
    if (f->nframes >= MAX_FRAMES) { SAVE_PC(); goto stack_overflow; }
    SAVE_PC();
    Frame *nf = push_frame(f);
    nf->p = np;
    nf->cl = cl;
    nf->pc = 0;
    nf->base = nb;
    nf->flags = 0;
    nf->ndefer = 0;
    LOAD_FRAME();
    if (--budget <= 0 && stop_depth == 0) return VM_PREEMPT;
    NEXT();
}
L_CALLK: {
    Proto *np = K[INSTR_BX(i)].p;
    if (np->native) goto callnat;
    uint32_t nb = fr->base + i.a;
    SAVE_PC();
    if (__builtin_expect(nb + (uint32_t)np->nregs + 1 > f->stacksize || f->nframes == f->framecap, 0)) {
        if (nb + (uint32_t)np->nregs > MAX_STACK_WORDS || f->nframes >= MAX_FRAMES) goto stack_overflow;
        if (nb + (uint32_t)np->nregs + 1 > f->stacksize) grow_stack(f, nb + (uint32_t)np->nregs + 1);
        push_frame(f); /* grows the frame array */
        f->nframes--;
    }
    /* fast path: room for the frame and its registers */
    Frame *nf = &f->frames[f->nframes++];
    nf->p = np;
    nf->cl = NULL;
    nf->pc = 0;
    nf->base = nb;
    nf->flags = 0;
    nf->ndefer = 0;
    fr = nf;
    p = np;
    code = np->code;
    K = np->k;
    R = f->stack + nb;
    pc = 0;
    if (__builtin_expect(--budget <= 0, 0) && stop_depth == 0) return VM_PREEMPT;
    NEXT();
}
L_CALLNAT: {
callnat:;
    Proto *np = K[INSTR_BX(i)].p;
    uint32_t nb = fr->base + i.a;
    if (nb + (uint32_t)np->nregs + 8 > f->stacksize) {
        grow_stack(f, nb + (uint32_t)np->nregs + 8);
        RELOAD();
    }
    SAVE_PC();
    natst = call_native(g, f, np, nb);
    REFRAME();
    if (natst != NAT_OK) goto native_status;
    RELOAD();
    NEXT();
}
native_status:
    /* fr/pc describe the calling frame; pc is after the call instruction; natst set */
    switch (natst) {
    case NAT_PARK:
        fr->pc = pc - 1; /* re-execute the call when the goroutine resumes */
        return VM_PARK;
    case NAT_PANIC: {
        RtPanic rp = rt_take_panic();
        if (rp.kind == RTP_FATAL) die_fatal(g, rp.msg);
        if (rp.kind == RTP_GOEXIT) {
            perr.type = NULL;
            perr.data = 0;
            Panic *pn = new_panic(f, perr);
            pn->goexit = true;
            goto unwind;
        }
        RAISE(rterror_value(&rp));
    }
    case NAT_EXIT:
        return VM_EXIT;
    case NAT_YIELD:
        RELOAD();
        if (stop_depth == 0) return VM_YIELD;
        NEXT();
    default:
        RELOAD();
        NEXT();
    }

L_RET: {
    uint32_t n = i.b;
    Word *dst = f->stack + fr->base;
    if (n == 1) dst[0] = R[i.a];
    else if (n) memmove(dst, &R[i.a], sizeof(Word) * n);
    uint16_t flags = fr->flags;
    f->nframes--;
    if (flags & FR_ENTRY) return VM_DONE;
    if (flags & FR_NATIVE_RETURN) return VM_DONE;
    LOAD_FRAME();
    if ((flags & FR_DEFERCALL) && (fr->flags & FR_PANICKING)) goto after_panic_defer;
    NEXT();
}
L_RUNDEFER: {
    if (fr->ndefer == 0) NEXT();
    Defer *d = f->defers;
    f->defers = d->link;
    fr->ndefer--;
    pc--; /* execute RUNDEFER again after the call */
    SAVE_PC();
    if (!d->fn) RAISE(rterror_nil_deref());
    Proto *dp = d->fn->p;
    uint32_t nb = fr->base + (uint32_t)p->nregs;
    if (nb + (uint32_t)dp->nregs + d->nargs + 8 > f->stacksize) grow_stack(f, nb + (uint32_t)dp->nregs + d->nargs + 8);
    memcpy(f->stack + nb, d->args, sizeof(Word) * d->nargs);
    if (dp->native) {
        natst = call_native(g, f, dp, nb);
        REFRAME();
        if (natst == NAT_PARK) {
            /* put it back: the call is repeated when the goroutine resumes */
            d->link = f->defers;
            f->defers = d;
            fr->ndefer++;
            return VM_PARK;
        }
        if (natst != NAT_OK) goto native_status;
        RELOAD();
        NEXT();
    }
    Frame *nf = push_frame(f);
    nf->p = dp;
    nf->cl = d->fn;
    nf->pc = 0;
    nf->base = nb;
    nf->flags = FR_DEFERCALL;
    nf->ndefer = 0;
    LOAD_FRAME();
    NEXT();
}
L_DEFER: {
    int n = i.c;
    Defer *d = mem_alloc(sizeof(Defer) + sizeof(Word) * (size_t)n);
    d->fn = R[i.a].p;
    d->frame = f->nframes - 1;
    d->nargs = (uint16_t)n;
    memcpy(d->args, &R[i.b], sizeof(Word) * (size_t)n);
    d->link = f->defers;
    f->defers = d;
    fr->ndefer++;
    if (!d->fn) {
        /* deferring a nil func panics when the deferred call runs, as in Go */
    }
    NEXT();
}
L_RECOVER: {
    /* valid only directly in a deferred call made by a panicking frame */
    R[i.a].u = 0;
    R[i.a + 1].u = 0;
    if ((fr->flags & FR_DEFERCALL) && f->nframes >= 2) {
        Frame *caller = &f->frames[f->nframes - 2];
        Panic *pn = f->panic;
        if ((caller->flags & FR_PANICKING) && pn && !pn->recovered && !pn->goexit) {
            pn->recovered = true;
            R[i.a].p = pn->value.type;
            R[i.a + 1].u = pn->value.data;
        }
    }
    NEXT();
}
L_PANIC: {
    SAVE_PC();
    GoIface v = {R[i.a].p, R[i.a + 1].u};
    if (!v.type) v = rterror_panic_nil();
    RAISE(v);
}
L_GO: {
    Closure *cl = R[i.a].p;
    SAVE_PC();
    if (!cl) RAISE(runtime_error("invalid memory address or nil pointer dereference"));
    go_start(g, cl, &R[i.b], i.c);
    NEXT();
}

L_MAKECHAN: {
    Type *et = K[i.b].p;
    int64_t size = i.c == 0xffff ? 0 : R[i.c].i;
    /* gc: plainError (no "runtime error: " prefix) when size < 0 or size*elemsize > maxAlloc (1<<48) */
    if (size < 0 || (uint64_t)size > (1ull << 48) / (et->size ? et->size : 1)) { SAVE_PC(); RAISE(rterror_plain("makechan: size out of range")); }
    R[i.a].p = chan_make((size_t)et->size, size, (et->flags & TF_HASPTR) != 0);
    NEXT();
}
L_SEND: {
    Chan *c = R[i.a].p;
    int st;
    SAVE_PC();
    if (g->resumed) {
        g->resumed = false;
        st = chan_send_resume(g, c);
    } else {
        st = chan_send(g, c, &R[i.b], true);
    }
    if (st == RT_PARK) {
        fr->pc = pc - 1;
        return VM_PARK;
    }
    if (st != RT_OK) RAISE(rterror_plain(rt_err_text(st)));
    NEXT();
}
L_RECV: {
    int w = code[pc].a;
    pc++;
    Chan *c = R[i.b].p;
    bool ok = false;
    int st;
    SAVE_PC();
    if (g->resumed) {
        g->resumed = false;
        st = chan_recv_resume(g, c, w ? &R[i.a] : NULL, &ok);
    } else {
        st = chan_recv(g, c, w ? &R[i.a] : NULL, &ok, true);
    }
    if (st == RT_PARK) {
        fr->pc = pc - 2;
        return VM_PARK;
    }
    if (!ok && w) memset(&R[i.a], 0, sizeof(Word) * (size_t)w);
    if (i.c) R[i.a + w].u = ok;
    NEXT();
}
L_CLOSE: {
    SAVE_PC();
    int st = chan_close(R[i.a].p);
    if (st != RT_OK) RAISE(rterror_plain(rt_err_text(st)));
    NEXT();
}
L_CHANLEN: R[i.a].i = chan_len(R[i.b].p); NEXT();
L_CHANCAP: R[i.a].i = chan_cap(R[i.b].p); NEXT();
L_SELECT: {
    int hasdef = code[pc].a;
    pc++;
    int n = i.c;
    SelectCase cases[n ? n : 1];
    for (int k = 0; k < n; k++) {
        Word *row = &R[i.b + 3 * k];
        cases[k].c = row[0].p;
        cases[k].elem = &R[row[1].i];
        cases[k].is_send = row[2].u != 0;
    }
    int chosen = -1;
    bool recvok = false;
    int st;
    SAVE_PC();
    if (g->resumed) {
        g->resumed = false;
        st = select_resume(g, cases, n, &chosen, &recvok);
    } else {
        st = select_go(g, cases, n, !hasdef, &chosen, &recvok);
    }
    if (st == RT_PARK) {
        fr->pc = pc - 2;
        return VM_PARK;
    }
    if (st == RT_WOULDBLOCK) chosen = -1;
    else if (st != RT_OK) RAISE(rterror_plain(rt_err_text(st)));
    R[i.a].i = chosen;
    R[i.a + 1].u = recvok;
    NEXT();
}

L_LEN_SL: R[i.a].i = R[i.b + 1].i; NEXT();
L_PRINT: {
    int n = i.b;
    StrBuf b;
    sb_init(&b);
    fmt_builtin_print(&b, (GoIface *)&R[i.a], n, i.c != 0);
    vm_flush_stdout();
    fwrite(b.data ? b.data : "", 1, b.len, stderr);
    fflush(stderr);
    NEXT();
}
L_NATIVE: NEXT();
L_STRCMP: R[i.a].i = ops_strcmp(R_str(R, i.b), R_str(R, i.c)); NEXT();
L_CONVIFACE: R[i.a] = R[i.b]; R[i.a + 1] = R[i.b + 1]; NEXT();
L_UNREACHABLE: {
    SAVE_PC();
    die_fatal(g, "goro: internal error: reached the end of a function without return");
}
L_HALT: {
    /* runtime.main finished: the program exits */
    SAVE_PC();
    vm_flush_stdout();
    sched_exit(0);
    return VM_EXIT;
}

stack_overflow: {
    /* fatal (not a panic); in the REPL only this goroutine ends */
    extern bool (*vm_fatal_hook)(G *, const char *);
    if (vm_fatal_hook && vm_fatal_hook(g, "stack overflow")) {
        f->nframes = 0;
        f->defers = NULL;
        f->panic = NULL;
        return VM_DONE;
    }
    die_stack_overflow(g);
}

nil_deref:
    SAVE_PC();
    perr = rterror_nil_deref();
    goto do_panic;

do_panic: {
    new_panic(f, perr);
    goto unwind;
}
unwind: {
    for (;;) {
        fr = &f->frames[f->nframes - 1];
        if (fr->ndefer > 0) {
            Defer *d = f->defers;
            f->defers = d->link;
            fr->ndefer--;
            fr->flags |= FR_PANICKING;
            if (!d->fn) {
                f->panic->aborted = true; /* it started this deferred call, which panics */
                perr = rterror_nil_deref();
                goto do_panic;
            }
            Proto *dp = d->fn->p;
            uint32_t nb = fr->base + (uint32_t)fr->p->nregs;
            if (nb + (uint32_t)dp->nregs + d->nargs + 8 > f->stacksize) grow_stack(f, nb + (uint32_t)dp->nregs + d->nargs + 8);
            memcpy(f->stack + nb, d->args, sizeof(Word) * d->nargs);
            if (dp->native) {
                int r = call_native(g, f, dp, nb);
                if (r == NAT_PANIC) {
                    RtPanic rp = rt_take_panic();
                    f->panic->aborted = true; /* it started this deferred call, which panics */
                    perr = rterror_value(&rp);
                    goto do_panic;
                }
                continue;
            }
            Frame *nf = push_frame(f);
            nf->p = dp;
            nf->cl = d->fn;
            nf->pc = 0;
            nf->base = nb;
            nf->flags = FR_DEFERCALL;
            nf->ndefer = 0;
            LOAD_FRAME();
            NEXT();
        }
        /* no deferred calls left in this frame: pop it */
        if (fr->flags & FR_NATIVE_RETURN) {
            /* the panic leaves a nested vm_call: hand it to the native caller */
            Panic *pn = f->panic;
            f->panic = pn->link;
            f->recovering = pn->value;
            f->nframes--;
            return VM_YIELD; /* vm_call reports failure */
        }
        if (fr->flags & FR_ENTRY) {
            Panic *pn = f->panic;
            if (pn->goexit) {
                f->nframes--;
                return VM_DONE;
            }
            {
                extern bool (*vm_panic_hook)(G *); /* REPL (end of file) */
                if (vm_panic_hook && vm_panic_hook(g)) {
                    f->nframes--;
                    return VM_DONE;
                }
            }
            die_panic(g, f);
        }
        if ((fr->flags & FR_DEFERCALL) && f->nframes >= 2 && (f->frames[f->nframes - 2].flags & FR_PANICKING)) {
            /* a deferred call started by an older panic ends under this one: that panic is
             * aborted (gc's gopanic meeting a started defer); deferred calls nest, so it is
             * the nearest older panic not aborted yet */
            for (Panic *q = f->panic->link; q; q = q->link)
                if (!q->aborted) { q->aborted = true; break; }
        }
        f->nframes--;
    }
}
after_panic_defer: {
    /* a deferred call run by the panic returned into fr (FR_PANICKING) */
    Panic *pn = f->panic;
    if (pn && pn->recovered) {
        f->panic = pn->link;
        /* as gc: the panics this one aborted (it started in their deferred calls) end with it,
         * or a later unrecovered panic would print them as its chain */
        while (f->panic && f->panic->aborted) f->panic = f->panic->link;
        fr->flags &= (uint16_t)~FR_PANICKING;
        /* resume at the epilogue: run remaining defers and return the named results */
        if (p->recover_pc) {
            pc = p->recover_pc;
            SAVE_PC();
            NEXT();
        }
        /* a function without results/defer epilogue: return nothing */
        {
            uint16_t flags = fr->flags;
            f->nframes--;
            if (flags & (FR_ENTRY | FR_NATIVE_RETURN)) return VM_DONE;
            LOAD_FRAME();
            NEXT();
        }
    }
    goto unwind;
}
}

/* ---- REPL support (repl/) ----
 * When set, an unrecovered panic that reaches a goroutine's entry frame calls the hook instead
 * of ending the process (the hook prints the report with vm_panic_report); a true result means
 * "handled": only that goroutine ends (vm_run returns VM_DONE). NULL outside the REPL. */
bool (*vm_panic_hook)(G *g);

/* Likewise for fatal errors the VM raises itself (stack overflow): the hook prints what it
 * wants (e.g. "runtime: goroutine stack exceeds ..." + "fatal error: MSG"); true = handled. */
bool (*vm_fatal_hook)(G *g, const char *msg);

/* The report die_panic prints (panic values, goroutine header, trace), without exiting. */
void vm_panic_report(G *g, FILE *out);
void vm_panic_report(G *g, FILE *out) {
    Fiber *f = g->fiber;
    StrBuf b;
    sb_init(&b);
    if (f->panic) print_panics(&b, f->panic);
    fputs(sb_cstr(&b), out);
    if (f->panic && rterror_is_nil_deref(f->panic->value))
        fputs("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n", out);
    fprintf(out, "\ngoroutine %lld [running]:\n", (long long)g->id);
    if (f->panic) print_panic_trace(g, f->panic, out);
    else vm_print_trace(g, out);
    fflush(out);
}
