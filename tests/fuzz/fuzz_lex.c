/* fuzz_lex.c — libFuzzer target: the lexer over arbitrary bytes, every token to the end.
 * Invariants checked beyond "no crash": lex_next keeps returning 0 after the end, and a
 * token's position never goes backwards. */
#include <stdio.h>
#include "fuzz_common.h"
#include "lexer/lex.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    fuzz_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Source *src = fuzz_input(data, size, 1);
    Lexer *lx = lex_new(src);
    Pos last = {0};
    /* every token consumes at least one byte, plus the final implicit ';' and slack */
    size_t limit = 2 * size + 16;
    size_t n = 0;
    for (;;) {
        Token t = lex_next(lx);
        if (t.code == 0) break;
        if (pos_cmp(t.pos, last) < 0) {
            fprintf(stderr, "fuzz_lex: token at %d:%d after %d:%d\n", t.pos.line, t.pos.col, last.line, last.col);
            abort();
        }
        last = t.pos;
        if (++n > limit) {
            fprintf(stderr, "fuzz_lex: %zu tokens from %zu bytes: the lexer does not advance\n", n, size);
            abort();
        }
    }
    if (lex_next(lx).code != 0) {
        fprintf(stderr, "fuzz_lex: a token after the end\n");
        abort();
    }
    fuzz_done();
    return 0;
}
