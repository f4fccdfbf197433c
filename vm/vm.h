/* vm.h — bytecode, functions, closures, goroutine fibers and the dispatch loop's interface.
 *
 * A goroutine's execution state (a Fiber) is a heap-allocated array of Words (its registers,
 * one window per active call) plus an array of Frames. vm_run executes instructions of one
 * goroutine until it finishes, blocks, exhausts its budget, or the program exits; it never
 * switches C stacks and never blocks its thread (blocking is the runtime's job).
 *
 * Invariants:
 *  - Frame.base is an index into Fiber.stack (never a pointer): the stack may be reallocated
 *    when it grows, which only happens while the goroutine runs on this thread;
 *  - registers hold values in the layout of compiler/types.h; the compiler guarantees that each
 *    register's type is static;
 *  - while a goroutine is parked, pointers into its registers held by channel waiters stay valid
 *    (its stack cannot move while it is not running).
 */
#ifndef GORO_VM_H
#define GORO_VM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "value.h"

typedef enum OpCode {
#define X(name, fmt, doc) BC_##name,
#include "opcodes.def"
#undef X
    BC__COUNT
} OpCode;

extern const char *const vm_op_names[BC__COUNT];
extern const char *const vm_op_formats[BC__COUNT];

typedef struct Instr {
    uint16_t op, a, b, c;
} Instr;

#define INSTR_BX(i) (((uint32_t)(i).b << 16) | (uint32_t)(i).c)
#define INSTR_SBX(i) ((int32_t)INSTR_BX(i))
#define INSTR_SC(i) ((int16_t)(i).c)

typedef struct G G;
typedef struct Proto Proto;

/* Native function: args points at the argument words (in the caller's registers); results are
 * written starting at args[0] (overwriting arguments, like Go's result area). Returns NAT_OK,
 * NAT_PARK (the G was enqueued on a wait queue; the call will be re-executed on wake-up with
 * g->resumed set), or NAT_PANIC (a panic was recorded with rt_panic_*). */
enum { NAT_OK = 0, NAT_PARK = 1, NAT_PANIC = 2, NAT_EXIT = 3, NAT_YIELD = 4 };
typedef int (*NativeFn)(G *g, Word *args);

/* Inline cache for interface method calls: a few (type, method) pairs per call site. Each
 * slot holds a pointer to an immutable pair, replaced atomically, so readers on other threads
 * always see a consistent pair. */
enum { ICACHE_WAYS = 4 };
typedef struct ICache {
    const char *name;     /* method name (interned: compared by pointer) */
    Type *type_unused;
    struct ICacheEntry *entry[ICACHE_WAYS];
    uint32_t next;        /* round-robin victim (racy updates are harmless) */
} ICache;

typedef struct ICacheEntry {
    Type *type;
    Proto *fn;
} ICacheEntry;

struct Proto {
    const char *name;       /* Go name for traces: "main.f", "main.(*T).M", "main.main.func1" */
    Instr *code;
    int ncode;
    int32_t *lines;         /* source line per instruction */
    int file;               /* source file index */
    int line;               /* line of the declaration */
    Word *k;                /* constants */
    int nk;
    int nregs;              /* frame size in words */
    int nargs;              /* words of parameters (receiver first) */
    int nresults;           /* words of results */
    NativeFn native;        /* non-NULL: a C function (code is empty) */
    ICache *icache;
    int nicache;
    struct Closure *static_closure; /* closure value for a function without captures; set once
                                     * by CAS in vm_static_closure, read with acquire */
    bool has_defer;
    bool compiled;
    uint32_t recover_pc;    /* functions with defer: the epilogue (RUNDEFER); a recovered panic
                               resumes the deferring frame here. 0 = none */
    void *gen;              /* compiler bookkeeping */
};

typedef struct Closure {
    Proto *p;
    int nup;
    Word up[];              /* captured cell pointers */
} Closure;

/* A call record. */
typedef struct Frame {
    Proto *p;
    Closure *cl;
    uint32_t pc;            /* index of the next instruction */
    uint32_t base;          /* register window start in Fiber.stack */
    uint16_t flags;         /* FR_* */
    uint16_t ndefer;        /* deferred calls registered by this frame still pending */
} Frame;

enum {
    FR_DEFERCALL = 1 << 0,  /* this frame runs a deferred call (recover() may stop a panic) */
    FR_ENTRY = 1 << 1,      /* the goroutine's first frame: returning ends the goroutine */
    FR_NATIVE_RETURN = 1 << 2, /* returning to a native caller (nested vm_call) */
    FR_RECOVERED = 1 << 3,  /* a panic was recovered in this frame's deferred call: return now */
    FR_PANICKING = 1 << 4,  /* frame is being unwound by a panic */
};

typedef struct Defer {
    struct Defer *link;
    Closure *fn;
    uint32_t frame;         /* index of the frame that registered it */
    uint16_t nargs;
    bool started;
    Word args[];
} Defer;

typedef struct TraceEntry {
    Proto *p;
    uint32_t pc;
    uint16_t flags;
} TraceEntry;

typedef struct Panic {
    struct Panic *link;
    TraceEntry *trace;      /* the goroutine's frames when the panic started (innermost first) */
    uint32_t ntrace;
    GoIface value;
    bool recovered;
    bool aborted;
    bool goexit;
    bool fatal;
} Panic;

typedef struct Fiber {
    Word *stack;
    uint32_t stacksize;     /* words */
    Frame *frames;
    uint32_t nframes, framecap;
    Defer *defers;          /* pending deferred calls, innermost first */
    Panic *panic;           /* active panics, innermost first */
    GoIface recovering;     /* value being returned by recover() */
    uint32_t native_depth;  /* nested vm_call depth */
} Fiber;

/* Results of vm_run (the scheduler's runner protocol). */
/* VM_YIELD: runtime.Gosched (or a native asked to yield); VM_PREEMPT: the time slice (budget)
 * was spent at a safepoint. */
typedef enum { VM_DONE, VM_YIELD, VM_PREEMPT, VM_PARK, VM_EXIT } VMStatus;

/* Program-wide state. */
void vm_init(void);
Fiber *vm_new_fiber(Closure *fn, const Word *args, int nargs);
VMStatus vm_run(G *g, int budget);
/* Call fn synchronously on g's fiber from C (fmt's String methods): returns 0 ok, 1 panicked. */
int vm_call(G *g, Closure *fn, Word *args, int nargs, Word *results, int nresults);

/* Process exit (flushes stdout). */
_Noreturn void vm_exit(int code);
void vm_flush_stdout(void);
void vm_write_stdout(const char *s, size_t n);

/* Printing of goroutine traces (for panics and deadlock reports). */
void vm_print_trace(G *g, FILE *out);

/* Disassembler. */
void vm_disasm(Proto *p, FILE *out);

/* Native registry: "pkg.Name" -> C function. */
typedef struct NativeEntry {
    const char *name;
    NativeFn fn;
} NativeEntry;
NativeFn vm_find_native(const char *qualified_name);
void vm_register_natives(const NativeEntry *table);

Closure *vm_static_closure(Proto *p);

/* Program arguments for os.Args. */
extern const char **vm_args;
extern int vm_nargs;

#endif
