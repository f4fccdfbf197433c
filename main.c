/* main.c — goro's command line: run, version, help, dump flags, REPL. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/driver.h"
#include "lexer/lexer.h"
#include "util/mem.h"

#define GORO_VERSION "goro 0.1 (go1.22 subset)"

static void usage(FILE *f) {
    fprintf(f,
            "goro: a Go interpreter\n"
            "\n"
            "usage:\n"
            "  goro run [flags] file.go... [args]   run a program\n"
            "  goro file.go [args]                  same as run\n"
            "  goro version                         print the version\n"
            "  goro help                            this text\n"
            "\n"
            "flags:\n"
            "  --tokens     print the token stream and exit\n"
            "  --ast        print the syntax tree and exit\n"
            "  --bytecode   print the compiled bytecode and exit\n");
}

static bool is_go_file(const char *s) {
    size_t n = strlen(s);
    return (n > 3 && strcmp(s + n - 3, ".go") == 0) || strcmp(s, "-") == 0;
}

int main(int argc, char **argv) {
    mem_init();
    RunOptions opt = {0};
    bool tokens = false;
    int i = 1;
    if (i < argc && strcmp(argv[i], "version") == 0) { printf("%s\n", GORO_VERSION); return 0; }
    if (i < argc && (strcmp(argv[i], "help") == 0 || strcmp(argv[i], "-h") == 0 ||
                     strcmp(argv[i], "--help") == 0)) { usage(stdout); return 0; }
    if (i < argc && strcmp(argv[i], "run") == 0) i++;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--tokens") == 0) tokens = true;
        else if (strcmp(argv[i], "--ast") == 0) opt.dump_ast = true;
        else if (strcmp(argv[i], "--bytecode") == 0) opt.dump_bytecode = true;
        else { fprintf(stderr, "goro: unknown flag %s\nrun 'goro help' for usage\n", argv[i]); return 2; }
    }
    const char *files[256];
    int nf = 0;
    while (i < argc && is_go_file(argv[i]) && nf < 256) files[nf++] = argv[i++];
    if (nf == 0) {
        if (i < argc) { fprintf(stderr, "goro: unknown command %s\nrun 'goro help' for usage\n", argv[i]); return 2; }
        usage(stderr);
        return 2;
    }
    if (tokens) {
        for (int k = 0; k < nf; k++) {
            Source *src = src_read_file(files[k]);
            if (!src) { fprintf(stderr, "goro: %s: %s\n", files[k], strerror(errno)); return 1; }
            StrBuf b;
            sb_init(&b);
            lex_dump(src, &b);
            fwrite(b.data ? b.data : "", 1, b.len, stdout);
        }
        return diag_flush() ? 1 : 0;
    }
    opt.files = files;
    opt.nfiles = nf;
    opt.argv0 = files[0];
    opt.args = (const char **)argv + i;
    opt.nargs = argc - i;
    return driver_run(&opt);
}
