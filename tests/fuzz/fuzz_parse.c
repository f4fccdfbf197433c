/* fuzz_parse.c — libFuzzer target: parse_file over arbitrary bytes (never crashes, whatever
 * the input; nesting beyond PARSE_MAX_DEPTH is an error, not a deep recursion). A file that
 * parses is also dumped (--ast), which walks every node. */
#include "fuzz_common.h"
#include "parser/parse.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    fuzz_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Source *src = fuzz_input(data, size, 1);
    Node *f = parse_file(src);
    if (f) {
        StrBuf b;
        sb_init(&b);
        ast_dump(f, &b);
    }
    fuzz_done();
    return 0;
}
