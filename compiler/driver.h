/* driver.h — from files on disk to a checked, compiled, running program. */
#ifndef GORO_DRIVER_H
#define GORO_DRIVER_H

#include <stdbool.h>

typedef struct RunOptions {
    const char **files;   /* .go files making up package main */
    int nfiles;
    const char **args;    /* os.Args[1:] */
    int nargs;
    const char *argv0;    /* os.Args[0] */
    bool dump_ast;        /* --ast: print the tree after parsing, do not run */
    bool dump_bytecode;   /* --bytecode: print compiled code, do not run */
    bool check_only;      /* type-check, do not run */
} RunOptions;

/* Returns the process exit status (0 ok, 1 compile error, 2 panic/fatal, n for os.Exit(n)). */
int driver_run(RunOptions *opt);

#endif
