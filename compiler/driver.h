/* driver.h — from files on disk to a checked, compiled, running program. */
#ifndef GORO_DRIVER_H
#define GORO_DRIVER_H

#include <stdbool.h>
#include <stdint.h>

typedef struct RunOptions {
    const char **files;   /* .go files making up package main; "-" reads the program from stdin */
    int nfiles;
    const char **args;    /* os.Args[1:] */
    int nargs;
    const char *argv0;    /* os.Args[0] */
    bool dump_tokens;     /* --tokens: print each file's tokens, do not run */
    bool dump_ast;        /* --ast: print the tree after parsing, do not run */
    bool dump_bytecode;   /* --bytecode: print compiled code, do not run */
    bool check_only;      /* type-check, do not run */
    int64_t timeout_ns;   /* --timeout: > 0 stops the program after this long (exit DRIVER_EXIT_TIMEOUT) */
    int64_t max_memory;   /* --max-memory: > 0 stops it when its heap grows past this many bytes */
    const char *timeout_text;    /* the limits as the user wrote them, for the messages */
    const char *max_memory_text;
} RunOptions;

/* Exit statuses of a program stopped by a limit (goro help documents them). */
enum { DRIVER_EXIT_TIMEOUT = 124, DRIVER_EXIT_MEMORY = 125 };

/* Returns the process exit status (0 ok, 1 compile error, 2 panic/fatal, n for os.Exit(n),
 * DRIVER_EXIT_TIMEOUT / DRIVER_EXIT_MEMORY when a limit stopped it). */
int driver_run(RunOptions *opt);

/* The .go files of the package in dir (not _test.go), sorted; NULL (errno set) if dir cannot
 * be read. *n may be 0. */
const char **driver_package_files(const char *dir, int *n);

#endif
