/* test_rt_shim.h — a tiny stand-in for the subset of Criterion the runtime tests use, for
 * ThreadSanitizer builds: Criterion aborts at start-up under TSan ("Could not initialize
 * inheritable arena", Snaipe/Criterion#274). Selected by compiling with -DRT_NO_CRITERION
 * (test_rt_fake.h includes this instead of <criterion/criterion.h>).
 *
 * Like Criterion, every test runs in its own forked child (with the suite's .init and an
 * alarm for .timeout); the parent prints one line per test and a synthesis line, and exits
 * non-zero if any test failed. `--filter GLOB` matches "suite/name"; `--jobs`, `-q` ignored.
 */
#ifndef TEST_RT_SHIM_H
#define TEST_RT_SHIM_H

#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct ShimOpts {
    void (*init)(void);
    double timeout;
} ShimOpts;

typedef struct ShimTest {
    const char *suite, *name;
    void (*fn)(void);
    const ShimOpts *suite_opts, *opts;
    struct ShimTest *next;
} ShimTest;

static ShimTest *shim_head, **shim_tail = &shim_head;

#define TestSuite(suite, ...) static const ShimOpts shim_suite_##suite = {__VA_ARGS__}

#define Test(suite, name, ...)                                                                 \
    static void suite##_##name##_fn(void);                                                     \
    static const ShimOpts suite##_##name##_opts = {__VA_ARGS__};                               \
    static ShimTest suite##_##name##_t = {#suite, #name, suite##_##name##_fn,                   \
                                          &shim_suite_##suite, &suite##_##name##_opts, NULL};  \
    __attribute__((constructor)) static void suite##_##name##_reg(void) {                      \
        *shim_tail = &suite##_##name##_t;                                                       \
        shim_tail = &suite##_##name##_t.next;                                                   \
    }                                                                                          \
    static void suite##_##name##_fn(void)

static void shim_fail(const char *file, int line, const char *expr,
                                                            const char *fmt, ...) {
    fflush(stdout);
    fprintf(stderr, "[----] %s:%d: Assertion Failed: %s\n", file, line, expr);
    if (fmt && *fmt) {
        va_list ap;
        va_start(ap, fmt);
        fprintf(stderr, "[----]   ");
        vfprintf(stderr, fmt, ap);
        fprintf(stderr, "\n");
        va_end(ap);
    }
    _exit(1);
}

#define cr_assert(cond, ...)                                                    \
    do {                                                                        \
        if (!(cond)) shim_fail(__FILE__, __LINE__, #cond, "" __VA_ARGS__);      \
    } while (0)
#define cr_assert_fail(...) shim_fail(__FILE__, __LINE__, "fail", "" __VA_ARGS__)
#define cr_assert_eq(a, b, ...) cr_assert((a) == (b), ##__VA_ARGS__)
#define cr_assert_lt(a, b, ...) cr_assert((a) < (b), ##__VA_ARGS__)
#define cr_assert_leq(a, b, ...) cr_assert((a) <= (b), ##__VA_ARGS__)
#define cr_assert_gt(a, b, ...) cr_assert((a) > (b), ##__VA_ARGS__)
#define cr_assert_geq(a, b, ...) cr_assert((a) >= (b), ##__VA_ARGS__)
#define cr_assert_null(a, ...) cr_assert((a) == NULL, ##__VA_ARGS__)
#define cr_assert_str_eq(a, b, ...)                                                              \
    do {                                                                                         \
        const char *shim_a_ = (a), *shim_b_ = (b);                                               \
        if (strcmp(shim_a_, shim_b_) != 0) {                                                     \
            fprintf(stderr, "[----] got:\n%s\n[----] want:\n%s\n", shim_a_, shim_b_);             \
            shim_fail(__FILE__, __LINE__, #a " == " #b, "" __VA_ARGS__);                         \
        }                                                                                        \
    } while (0)
#define cr_log_info(...) (printf(__VA_ARGS__), printf("\n"))

int main(int argc, char **argv) {
    const char *filter = NULL;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--filter") == 0 && i + 1 < argc) filter = argv[++i];
    int tested = 0, failed = 0;
    for (ShimTest *t = shim_head; t; t = t->next) {
        char full[256];
        snprintf(full, sizeof full, "%s/%s", t->suite, t->name);
        if (filter && fnmatch(filter, full, 0) != 0) continue;
        tested++;
        double timeout = t->opts->timeout > 0 ? t->opts->timeout : t->suite_opts->timeout;
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            if (timeout > 0) alarm((unsigned)timeout + 1);
            if (t->suite_opts->init) t->suite_opts->init();
            if (t->opts->init) t->opts->init();
            t->fn();
            fflush(stdout);
            _exit(0);
        }
        int st = 0;
        waitpid(pid, &st, 0);
        bool ok = WIFEXITED(st) && WEXITSTATUS(st) == 0;
        if (!ok) failed++;
        if (!ok && WIFSIGNALED(st))
            printf("[FAIL] %s: %s (signal %d)\n", full, WTERMSIG(st) == SIGALRM ? "Timed out" : "Crashed",
                   WTERMSIG(st));
        else
            printf("[%s] %s\n", ok ? "PASS" : "FAIL", full);
    }
    printf("[====] Synthesis: Tested: %d | Passing: %d | Failing: %d\n", tested, tested - failed, failed);
    return failed != 0;
}

#endif
