/* fuzz_check.c — libFuzzer target: parse, then type-check as package main (errors discarded).
 * The stdlib packages an input imports are checked once and cached, as in one goro run. */
#include "fuzz_common.h"
#include "compiler/check.h"
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
    if (f && !diag_count()) check_program(&f, 1);
    check_reset();
    fuzz_done();
    return 0;
}
