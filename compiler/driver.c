/* driver.c — parse, check, compile and run a program (see driver.h).
 *
 * Start-up order: natives are registered before compilation (body-less stdlib functions bind to
 * them by name); the scheduler starts with goroutine 1 running runtime.main, which initialises
 * packages and calls main.main; the process exit status comes from sched_main.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "driver.h"
#include "check_internal.h"
#include "compile.h"
#include "../parser/parse.h"
#include "../runtime/sched.h"
#include "../stdlib/natives.h"
#include "../vm/vm.h"

static GRunResult runner(G *g, int budget) {
    switch (vm_run(g, budget)) {
    case VM_DONE: return G_RUN_DONE;
    case VM_YIELD: return G_RUN_YIELD;
    case VM_PARK: return G_RUN_PARK;
    default: return G_RUN_EXIT;
    }
}

int driver_run(RunOptions *opt) {
    VEC(Node *) files = {0};
    for (int i = 0; i < opt->nfiles; i++) {
        Source *src = src_read_file(opt->files[i]);
        if (!src) {
            fprintf(stderr, "goro: %s: %s\n", opt->files[i], strerror(errno));
            return 1;
        }
        Node *f = parse_file(src);
        if (f) vec_push(&files, f);
    }
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
    {
        /* fmt's printer state type, for custom Format methods */
        extern Type *vm_fmt_state_type;
        int np;
        Package **pk = check_all_packages(&np);
        for (int i = 0; i < np; i++)
            if (strcmp(pk[i]->pkg->path, "fmt") == 0) {
                Object *o = scope_lookup_local(pk[i]->pkg->scope, ast_intern("state", 5));
                if (o && o->type) vm_fmt_state_type = types_pointer(o->type);
            }
    }
    Closure *entry = compile_program(P, opt->dump_bytecode);
    if (!entry || diag_count()) {
        diag_flush();
        return 1;
    }
    if (opt->dump_bytecode) return 0;
    vm_args = opt->args;
    vm_nargs = opt->nargs;
    stdlib_set_args(opt->argv0, opt->args, opt->nargs);
    sched_init(0, runner);
    G *mg = sched_newg();
    mg->fiber = vm_new_fiber(entry, NULL, 0);
    mg->func = NULL;
    int code = sched_main(mg);
    vm_flush_stdout();
    return code;
}
