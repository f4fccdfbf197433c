/* main.c — goro's command line: run, repl, version, help, dump flags, limits.
 *
 *   goro [run] [flags] PROGRAM [args...]   PROGRAM: files (a.go b.go), a directory, or -
 *   goro | goro repl                       the REPL
 *
 * As with the go tool, flags come before the program; everything after the program's files
 * is passed to it (os.Args = [program, args...]). Usage errors exit 2 and name the culprit.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "compiler/driver.h"
#include "repl/repl.h"
#include "util/mem.h"

#define GORO_VERSION "goro 0.1 (go1.22 subset)"

static void usage(FILE *f) {
    fprintf(f,
            "goro: a Go interpreter\n"
            "\n"
            "usage:\n"
            "  goro                                 start the REPL (reads inputs from stdin when it is not a terminal)\n"
            "  goro repl                            start the REPL\n"
            "  goro run [flags] file.go... [args]   run package main made of the files\n"
            "  goro run [flags] dir [args]          run the package in a directory (_test.go files excluded)\n"
            "  goro run [flags] - [args]            run a program read from stdin\n"
            "  goro [flags] file.go [args]          same as run (also for #!/usr/bin/env goro scripts)\n"
            "  goro version                         print the version\n"
            "  goro help                            this text (also -h, --help)\n"
            "\n"
            "flags (before the program; -flag and --flag are the same):\n"
            "  --timeout=DURATION     stop the program after DURATION (5s, 1m30s, 250ms, 1.5s)\n"
            "  --max-memory=SIZE      stop the program when its heap exceeds SIZE (256MB, 1GB, 512KB, bytes;\n"
            "                         KB, MB, GB are 2^10, 2^20, 2^30 bytes)\n"
            "  --tokens               print the token stream and exit\n"
            "  --ast                  print the syntax tree and exit\n"
            "  --bytecode             print the compiled bytecode and exit\n"
            "\n"
            "exit status:\n"
            "  0    the program ended normally\n"
            "  1    compile error (or a file that cannot be read)\n"
            "  2    panic, fatal error (deadlock...), or a usage error\n"
            "  n    the program called os.Exit(n)\n"
            "  124  --timeout exceeded (\"goro: time limit of 5s exceeded\" on stderr)\n"
            "  125  --max-memory exceeded (\"goro: memory limit of 256MB exceeded\" on stderr)\n"
            "Standard output is flushed before goro exits, whatever the reason.\n");
}

_Noreturn static void usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "goro: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nRun 'goro help' for usage.\n");
    exit(2);
}

/* Go duration syntax ("1h2m3.5s", "250ms", "10us"); a plain number is seconds. -1: invalid. */
static int64_t parse_duration(const char *s) {
    if (!*s) return -1;
    char *end;
    double v = strtod(s, &end);
    if (end == s) return -1;
    if (!*end) return v >= 0 ? (int64_t)(v * 1e9) : -1;
    double total = 0;
    const char *p = s;
    while (*p) {
        double x = strtod(p, &end);
        if (end == p || x < 0) return -1;
        p = end;
        double unit;
        if (strncmp(p, "ns", 2) == 0) unit = 1, p += 2;
        else if (strncmp(p, "us", 2) == 0) unit = 1e3, p += 2;
        else if (strncmp(p, "µs", 3) == 0) unit = 1e3, p += 3;
        else if (strncmp(p, "ms", 2) == 0) unit = 1e6, p += 2;
        else if (*p == 's') unit = 1e9, p += 1;
        else if (*p == 'm') unit = 60e9, p += 1;
        else if (*p == 'h') unit = 3600e9, p += 1;
        else return -1;
        total += x * unit;
    }
    return total > 9e18 ? -1 : (int64_t)total;
}

/* "256MB", "1GB", "512k", "1048576" (bytes). -1: invalid. */
static int64_t parse_size(const char *s) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0) return -1;
    double m = 1;
    if (!*end || strcasecmp(end, "b") == 0) m = 1;
    else if (strcasecmp(end, "k") == 0 || strcasecmp(end, "kb") == 0 || strcasecmp(end, "kib") == 0) m = 1024.0;
    else if (strcasecmp(end, "m") == 0 || strcasecmp(end, "mb") == 0 || strcasecmp(end, "mib") == 0) m = 1024.0 * 1024;
    else if (strcasecmp(end, "g") == 0 || strcasecmp(end, "gb") == 0 || strcasecmp(end, "gib") == 0)
        m = 1024.0 * 1024 * 1024;
    else return -1;
    double b = v * m;
    return b > 9e18 ? -1 : (int64_t)b;
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && !S_ISDIR(st.st_mode);
}

static bool has_go_suffix(const char *s) {
    size_t n = strlen(s);
    return n > 3 && strcmp(s + n - 3, ".go") == 0;
}

/* A program argument: file.go, an existing file (a #! script), a directory, or "-". */
static bool is_program(const char *s) { return strcmp(s, "-") == 0 || has_go_suffix(s) || is_file(s) || is_dir(s); }

/* Parse flags at argv[*i]; returns false at the first non-flag. */
static void parse_flags(int argc, char **argv, int *i, RunOptions *opt) {
    while (*i < argc && argv[*i][0] == '-' && argv[*i][1]) {
        const char *a = argv[*i];
        if (strcmp(a, "--") == 0) {
            (*i)++;
            return;
        }
        const char *name = a + (a[1] == '-' ? 2 : 1);
        const char *eq = strchr(name, '=');
        size_t nl = eq ? (size_t)(eq - name) : strlen(name);
        const char *val = eq ? eq + 1 : NULL;
#define IS(s) (nl == strlen(s) && strncmp(name, s, nl) == 0)
        if (IS("tokens") || IS("ast") || IS("bytecode")) {
            if (val) usage_error("flag %s does not take a value", a);
            if (IS("tokens")) opt->dump_tokens = true;
            else if (IS("ast")) opt->dump_ast = true;
            else opt->dump_bytecode = true;
        } else if (IS("timeout") || IS("max-memory")) {
            bool t = IS("timeout");
            if (!val) {
                if (*i + 1 >= argc) usage_error("flag needs an argument: %s", a);
                val = argv[++*i];
            }
            if (t) {
                opt->timeout_ns = parse_duration(val);
                if (opt->timeout_ns <= 0) usage_error("invalid value for --timeout: %s (want a duration such as 5s)", val);
                opt->timeout_text = val;
            } else {
                opt->max_memory = parse_size(val);
                if (opt->max_memory <= 0) usage_error("invalid value for --max-memory: %s (want a size such as 256MB)", val);
                opt->max_memory_text = val;
            }
        } else if (IS("h") || IS("help")) {
            usage(stdout);
            exit(0);
        } else {
            usage_error("flag provided but not defined: %s", a);
        }
#undef IS
        (*i)++;
    }
}

/* Like gc's runtime: a standard descriptor that is closed at start-up is opened on /dev/null,
 * so that os.Stdin reads EOF and writes to os.Stdout/os.Stderr vanish, and no file the
 * program opens later lands on descriptor 0, 1 or 2 by accident. */
static void std_fds_open(void) {
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        int n = open("/dev/null", O_RDWR);
        if (n >= 0 && n != fd) {
            dup2(n, fd);
            close(n);
        }
    }
}

int main(int argc, char **argv) {
    std_fds_open();
    mem_init();
    RunOptions opt = {0};
    int i = 1;
    if (argc == 1) return repl_main();
    const char *cmd = argv[1];
    if (strcmp(cmd, "version") == 0) {
        if (argc > 2) usage_error("version: unexpected argument %s", argv[2]);
        printf("%s\n", GORO_VERSION);
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "repl") == 0) {
        if (argc > 2) usage_error("repl: unexpected argument %s", argv[2]);
        return repl_main();
    }
    bool run = strcmp(cmd, "run") == 0;
    if (run) i = 2;
    else if (cmd[0] != '-' && !is_program(cmd)) {
        fprintf(stderr, "goro %s: unknown command\nRun 'goro help' for usage.\n", cmd);
        return 2;
    }
    parse_flags(argc, argv, &i, &opt);
    if (i >= argc) usage_error("%s", "no program: name .go files, a directory, or - (stdin)");
    const char **files = NEWARR(const char *, argc + 1);
    int nf = 0;
    const char *first = argv[i];
    if (strcmp(first, "-") == 0) {
        files[nf++] = argv[i++];
    } else if (is_dir(first)) {
        int n;
        const char **fs = driver_package_files(first, &n);
        if (!fs) {
            fprintf(stderr, "goro: %s: %s\n", first, strerror(errno));
            return 1;
        }
        if (n == 0) {
            fprintf(stderr, "goro: no Go files in %s\n", first);
            return 1;
        }
        files = fs;
        nf = n;
        i++;
    } else {
        if (!has_go_suffix(first) && !is_file(first)) usage_error("not a Go file, directory or -: %s", first);
        files[nf++] = argv[i++];
        while (i < argc && has_go_suffix(argv[i])) files[nf++] = argv[i++];
    }
    opt.files = files;
    opt.nfiles = nf;
    opt.argv0 = first;
    opt.args = (const char **)argv + i;
    opt.nargs = argc - i;
    return driver_run(&opt);
}
