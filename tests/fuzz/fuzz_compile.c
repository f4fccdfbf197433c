/* fuzz_compile.c — libFuzzer target: parse, check, and compile to bytecode every input the
 * checker accepts (nothing runs). */
#include "fuzz_common.h"
#include "compiler/check.h"
#include "compiler/compile.h"
#include "parser/parse.h"
#include "stdlib/natives.h"
#include "vm/vm.h"

void check_reset(void); /* compiler/check.c: forget user packages (fuzzing, REPL) */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    fuzz_init();
    vm_init();
    stdlib_register_natives();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Source *src = fuzz_input(data, size, 0);
    Node *f = parse_file(src);
    if (f && !diag_count()) {
        Package *P = check_program(&f, 1);
        if (P && !diag_count()) compile_program(P, false);
    }
    check_reset();
    fuzz_done();
    return 0;
}
