/* driver.c — parse, check, compile and run a program (see driver.h). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "driver.h"
#include "../parser/parse.h"

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
        fwrite(b.data, 1, b.len, stdout);
        return 0;
    }
    fprintf(stderr, "goro: running programs is not built yet\n");
    return 1;
}
