/* measure.c — run a command, report its wall time and peak resident set size.
 *
 *   measure OUT TIMEOUT_S cmd [args...]
 *
 * The command's stdout goes to the file OUT, its stderr to OUT.err. When it ends, one line
 * is printed on stdout: "<wall seconds> <peak RSS KiB> <status>", where status is the exit
 * code, 128+signal if it was killed by a signal, or "timeout" if it ran past TIMEOUT_S
 * seconds (it is then killed with SIGKILL, from a SIGALRM handler: the parent blocks in
 * wait4 and adds no polling delay). Peak RSS comes from wait4()'s rusage (ru_maxrss, KiB on
 * Linux), so it is exact for short runs too.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static volatile sig_atomic_t timed_out;
static volatile pid_t child;

static void on_alarm(int sig) {
    (void)sig;
    timed_out = 1;
    kill(-child, SIGKILL); /* the whole process group: helpers it started too */
    kill(child, SIGKILL);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: measure OUT TIMEOUT_S cmd [args...]\n");
        return 2;
    }
    const char *out = argv[1];
    double limit = atof(argv[2]);
    char errpath[4096];
    snprintf(errpath, sizeof errpath, "%s.err", out);
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid == 0) {
        setpgid(0, 0);
        int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int fe = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int fi = open("/dev/null", O_RDONLY);
        if (fd < 0 || fe < 0 || fi < 0) { perror("open"); _exit(127); }
        dup2(fi, 0); dup2(fd, 1); dup2(fe, 2);
        execvp(argv[3], argv + 3);
        perror("exec");
        _exit(127);
    }
    child = pid;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    if (limit > 0) {
        struct itimerval it;
        memset(&it, 0, sizeof it);
        it.it_value.tv_sec = (time_t)limit;
        it.it_value.tv_usec = (suseconds_t)((limit - (double)(time_t)limit) * 1e6);
        setitimer(ITIMER_REAL, &it, NULL);
    }
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    for (;;) {
        pid_t r = wait4(pid, &status, 0, &ru);
        if (r == pid) break;
        if (r < 0 && errno != EINTR) { perror("wait4"); return 2; }
    }
    double wall = now() - t0;
    if (timed_out)
        printf("%.4f %ld timeout\n", wall, ru.ru_maxrss);
    else if (WIFSIGNALED(status))
        printf("%.4f %ld %d\n", wall, ru.ru_maxrss, 128 + WTERMSIG(status));
    else
        printf("%.4f %ld %d\n", wall, ru.ru_maxrss, WEXITSTATUS(status));
    return 0;
}
