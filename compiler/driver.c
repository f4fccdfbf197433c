/* driver.c — parse, check, compile and run a program (see driver.h).
 *
 * Start-up order: natives are registered before compilation (body-less stdlib functions bind to
 * them by name); the scheduler starts with goroutine 1 running runtime.main, which initialises
 * packages and calls main.main; the process exit status comes from sched_main.
 *
 * Limits (--timeout, --max-memory): once the program starts (after compilation), a watchdog
 * thread polls the clock and the collector's heap every WATCH_MS. Past a limit it flushes the program's stdout (nothing written so far is
 * lost), prints "goro: time limit of 5s exceeded" / "goro: memory limit of 256MB exceeded" on
 * stderr and exits with DRIVER_EXIT_TIMEOUT / DRIVER_EXIT_MEMORY. The memory measure is the
 * heap in use (heap minus free blocks); when it passes the limit a collection runs first, so
 * garbage not yet collected does not count (at most one forced collection per FORCED_GC_MS).
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "driver.h"
#include "check.h"
#include "compile.h"
#include "../lexer/lex.h"
#include "../parser/parse.h"
#include "../runtime/sched.h"
#include "../stdlib/natives.h"
#include "../vm/vm.h"

/* Boehm GC queries (gc.h is included only by util/mem.c; declared here as in
 * stdlib/natives_runtime.c). */
void GC_gcollect(void);
void GC_get_heap_usage_safe(unsigned long *heap_size, unsigned long *free_bytes, unsigned long *unmapped_bytes,
                            unsigned long *bytes_since_gc, unsigned long *total_bytes);

enum { WATCH_MS = 5, FORCED_GC_MS = 100 };

static GRunResult runner(G *g, int budget) {
    switch (vm_run(g, budget)) {
    case VM_DONE: return G_RUN_DONE;
    case VM_YIELD: return G_RUN_YIELD;
    case VM_PREEMPT: return G_RUN_PREEMPT;
    case VM_PARK: return G_RUN_PARK;
    default: return G_RUN_EXIT;
    }
}

/* ---- limits ---- */

static int64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

_Noreturn static void limit_exceeded(const char *what, const char *text, int code) {
    vm_flush_stdout();
    fprintf(stderr, "goro: %s limit of %s exceeded\n", what, text);
    fflush(stderr);
    _exit(code);
}

static size_t heap_in_use(void) {
    unsigned long heap = 0, freeb = 0, unmapped = 0, since = 0, total = 0;
    GC_get_heap_usage_safe(&heap, &freeb, &unmapped, &since, &total);
    return heap > freeb ? heap - freeb : 0;
}

static void *watchdog(void *arg) {
    RunOptions *opt = arg;
    int64_t start = mono_ns(), last_gc = 0;
    for (;;) {
        struct timespec d = {0, WATCH_MS * 1000000L};
        nanosleep(&d, NULL);
        int64_t now = mono_ns();
        if (opt->timeout_ns > 0 && now - start >= opt->timeout_ns)
            limit_exceeded("time", opt->timeout_text, DRIVER_EXIT_TIMEOUT);
        if (opt->max_memory > 0 && heap_in_use() > (size_t)opt->max_memory) {
            if (now - last_gc < (int64_t)FORCED_GC_MS * 1000000) continue;
            GC_gcollect();
            last_gc = mono_ns();
            if (heap_in_use() > (size_t)opt->max_memory) limit_exceeded("memory", opt->max_memory_text, DRIVER_EXIT_MEMORY);
        }
    }
    return NULL;
}

static void start_watchdog(RunOptions *opt) {
    if (opt->timeout_ns <= 0 && opt->max_memory <= 0) return;
    if (!opt->timeout_text) opt->timeout_text = "?";
    if (!opt->max_memory_text) opt->max_memory_text = "?";
    pthread_t t;
    if (mem_thread_create(&t, NULL, watchdog, opt) != 0) {
        fprintf(stderr, "goro: cannot start the limit watchdog\n");
        exit(2);
    }
    pthread_detach(t);
}

/* ---- packages in a directory ---- */

static int str_cmp(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

const char **driver_package_files(const char *dir, int *n) {
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    VEC(const char *) v = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l <= 3 || strcmp(e->d_name + l - 3, ".go") != 0) continue;
        if (l > 8 && strcmp(e->d_name + l - 8, "_test.go") == 0) continue;
        if (e->d_name[0] == '.' || e->d_name[0] == '_') continue; /* ignored by the go tool too */
        StrBuf p;
        sb_init(&p);
        size_t dl = strlen(dir);
        sb_printf(&p, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->d_name);
        vec_push(&v, sb_cstr(&p));
    }
    closedir(d);
    if (v.len) qsort(v.items, (size_t)v.len, sizeof(char *), str_cmp);
    *n = v.len;
    const char **out = NEWARR(const char *, v.len + 1);
    for (int i = 0; i < v.len; i++) out[i] = v.items[i];
    return out;
}

/* ---- running ---- */

int driver_run(RunOptions *opt) {
    VEC(Node *) files = {0};
    for (int i = 0; i < opt->nfiles; i++) {
        Source *src = src_read_file(opt->files[i]);
        if (!src) {
            fprintf(stderr, "goro: %s: %s\n", opt->files[i], strerror(errno));
            return 1;
        }
        if (opt->dump_tokens) {
            StrBuf b;
            sb_init(&b);
            lex_dump(src, &b);
            fwrite(b.data ? b.data : "", 1, b.len, stdout);
            continue;
        }
        Node *f = parse_file(src);
        if (f) vec_push(&files, f);
    }
    if (opt->dump_tokens) return diag_flush() ? 1 : 0;
    if (diag_flush()) return 1;
    if (opt->dump_ast) {
        StrBuf b;
        sb_init(&b);
        for (int i = 0; i < files.len; i++) ast_dump(files.items[i], &b);
        fwrite(b.data ? b.data : "", 1, b.len, stdout);
        return 0;
    }
    vm_init();
    stdlib_register_natives();
    Package *P = check_program(files.items, files.len);
    if (!P || diag_count()) {
        diag_flush();
        return 1;
    }
    if (opt->check_only) return 0;
    Closure *entry = compile_program(P, opt->dump_bytecode);
    if (!entry || diag_count()) {
        diag_flush();
        return 1;
    }
    if (opt->dump_bytecode) return 0;
    vm_args = opt->args;
    vm_nargs = opt->nargs;
    stdlib_set_args(opt->argv0, opt->args, opt->nargs);
    start_watchdog(opt); /* the limits are the program's: compilation is not counted */
    sched_init(0, runner);
    G *mg = sched_newg();
    mg->fiber = vm_new_fiber(entry, NULL, 0);
    mg->func = NULL;
    int code = sched_main(mg);
    vm_flush_stdout();
    return code;
}
