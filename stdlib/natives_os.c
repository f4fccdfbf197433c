/* natives_os.c — natives of package os: arguments, environment, exit and file system calls.
 *
 * Error convention: a native returns the C errno (0 = success) and the Go side wraps it in a
 * syscall.Errno inside gc's error types. Reads release the P around the blocking read(2)
 * (sched_enter_syscall / sched_exit_syscall) so other goroutines keep running. Writes to fd 1
 * go through the VM's stdout buffer (shared with fmt); writes to fd 2 flush that buffer first
 * so the two streams interleave as the program wrote them. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <ftw.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "natives_util.h"
#include "../runtime/sched.h"

extern char **environ;

/* A NUL-terminated copy of a Go string (for system calls). */
static char *cstr(GoString s) { return mem_strndup(s.len ? (const char *)s.ptr : "", (size_t)s.len); }

static GoString gostr(const char *s) { return gostr_from_buf(s, strlen(s)); }

static int os_runtime_args(G *g, Word *a) {
    int n = vm_nargs + 1;
    GoString *v = mem_alloc(sizeof(GoString) * (size_t)n);
    /* Args[0]: the program, named as `go run` names its binary (the file name without .go).
     * main.c passes the arguments that follow the .go files, so vm_args[-1] is the last one. */
    const char *prog = vm_args ? vm_args[-1] : "goro";
    size_t pl = strlen(prog);
    if (pl > 3 && strcmp(prog + pl - 3, ".go") == 0) pl -= 3;
    v[0] = gostr_from_buf(prog, pl);
    for (int i = 0; i < vm_nargs; i++) v[i + 1] = gostr(vm_args[i]);
    nu_ret_slice(a, v, n, n);
    return NAT_OK;
}

static int os_exit(G *g, Word *a) {
    vm_flush_stdout();
    sched_exit((int)a[0].i);
    return NAT_EXIT;
}

/* ---- environment ---- */

static int os_getenv(G *g, Word *a) {
    char *k = cstr(nu_str(a));
    const char *v = getenv(k);
    if (v) {
        GoString s = gostr(v);
        a[0].p = (void *)s.ptr;
        a[1].i = s.len;
        a[2].u = 1;
    } else {
        a[0].p = NULL;
        a[1].i = 0;
        a[2].u = 0;
    }
    return NAT_OK;
}

static int os_setenv(G *g, Word *a) {
    GoString k = nu_str(a), v = nu_str(a + 2);
    if (k.len == 0 || memchr(k.ptr, '=', (size_t)k.len) || memchr(k.ptr, 0, (size_t)k.len) ||
        (v.len && memchr(v.ptr, 0, (size_t)v.len))) {
        a[0].i = EINVAL;
        return NAT_OK;
    }
    a[0].i = setenv(cstr(k), cstr(v), 1) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_unsetenv(G *g, Word *a) {
    a[0].i = unsetenv(cstr(nu_str(a))) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_clearenv(G *g, Word *a) {
    clearenv();
    return NAT_OK;
}

static int os_environ(G *g, Word *a) {
    int n = 0;
    while (environ && environ[n]) n++;
    GoString *v = mem_alloc(sizeof(GoString) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) v[i] = gostr(environ[i]);
    nu_ret_slice(a, v, n, n);
    return NAT_OK;
}

/* ---- process ---- */

static int os_getpid(G *g, Word *a) { a[0].i = getpid(); return NAT_OK; }
static int os_getppid(G *g, Word *a) { a[0].i = getppid(); return NAT_OK; }
static int os_getuid(G *g, Word *a) { a[0].i = getuid(); return NAT_OK; }
static int os_geteuid(G *g, Word *a) { a[0].i = geteuid(); return NAT_OK; }
static int os_getgid(G *g, Word *a) { a[0].i = getgid(); return NAT_OK; }
static int os_getegid(G *g, Word *a) { a[0].i = getegid(); return NAT_OK; }

/* (string, errno) results */
static void ret_str_errno(Word *a, const char *s, int e) {
    GoString r = s ? gostr(s) : (GoString){NULL, 0};
    a[0].p = (void *)r.ptr;
    a[1].i = r.len;
    a[2].i = e;
}

static int os_hostname(G *g, Word *a) {
    char buf[256];
    if (gethostname(buf, sizeof buf) != 0) ret_str_errno(a, NULL, errno);
    else buf[sizeof buf - 1] = 0, ret_str_errno(a, buf, 0);
    return NAT_OK;
}

static int os_getwd(G *g, Word *a) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) ret_str_errno(a, NULL, errno);
    else ret_str_errno(a, buf, 0);
    return NAT_OK;
}

static int os_chdir(G *g, Word *a) {
    a[0].i = chdir(cstr(nu_str(a))) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_executable(G *g, Word *a) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) ret_str_errno(a, NULL, errno);
    else buf[n] = 0, ret_str_errno(a, buf, 0);
    return NAT_OK;
}

/* ---- files ---- */

static int os_open(G *g, Word *a) {
    char *name = cstr(nu_str(a));
    int flag = (int)a[2].i, perm = (int)a[3].u;
    int fd;
    sched_enter_syscall();
    do fd = open(name, flag | O_CLOEXEC, perm);
    while (fd < 0 && errno == EINTR);
    int e = fd < 0 ? errno : 0;
    sched_exit_syscall();
    a[0].i = fd < 0 ? -1 : fd;
    a[1].i = e;
    return NAT_OK;
}

static int os_read(G *g, Word *a) {
    int fd = (int)a[0].i;
    GoSlice p = nu_slice(a + 1);
    ssize_t n;
    sched_enter_syscall();
    do n = read(fd, p.ptr, (size_t)p.len);
    while (n < 0 && errno == EINTR);
    int e = n < 0 ? errno : 0;
    sched_exit_syscall();
    a[0].i = n < 0 ? 0 : n;
    a[1].i = e;
    return NAT_OK;
}

static int os_write(G *g, Word *a) {
    int fd = (int)a[0].i;
    GoSlice p = nu_slice(a + 1);
    if (fd == 1) {
        vm_write_stdout(p.ptr, (size_t)p.len);
        a[0].i = p.len;
        a[1].i = 0;
        return NAT_OK;
    }
    if (fd == 2) vm_flush_stdout();
    int64_t done = 0;
    int e = 0;
    while (done < p.len) {
        ssize_t k = write(fd, (const char *)p.ptr + done, (size_t)(p.len - done));
        if (k < 0) {
            if (errno == EINTR) continue;
            e = errno;
            break;
        }
        done += k;
    }
    a[0].i = done;
    a[1].i = e;
    return NAT_OK;
}

static int os_close(G *g, Word *a) {
    int fd = (int)a[0].i;
    if (fd == 1) vm_flush_stdout();
    a[0].i = close(fd) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_seek(G *g, Word *a) {
    off_t r = lseek((int)a[0].i, (off_t)a[1].i, (int)a[2].i);
    a[0].i = r < 0 ? 0 : r;
    a[1].i = r < 0 ? errno : 0;
    return NAT_OK;
}

static int os_unlink(G *g, Word *a) {
    a[0].i = unlink(cstr(nu_str(a))) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_rmdir(G *g, Word *a) {
    a[0].i = rmdir(cstr(nu_str(a))) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_mkdir(G *g, Word *a) {
    a[0].i = mkdir(cstr(nu_str(a)), (mode_t)a[2].u) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_rename(G *g, Word *a) {
    a[0].i = rename(cstr(nu_str(a)), cstr(nu_str(a + 2))) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_is_dir(G *g, Word *a) {
    struct stat st;
    if (stat(cstr(nu_str(a)), &st) != 0) {
        a[0].u = 0;
        a[1].i = errno;
    } else {
        a[0].u = S_ISDIR(st.st_mode);
        a[1].i = 0;
    }
    return NAT_OK;
}

/* RemoveAll: depth-first removal; on failure reports the path that could not be removed.
 * nftw's callback has no user argument: the failure is kept in thread-local state. */
static _Thread_local int rm_errno;
static _Thread_local char *rm_failed;

static int rm_one(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st;
    (void)ftw;
    int r = (type == FTW_DP || type == FTW_D) ? rmdir(path) : unlink(path);
    if (r != 0 && errno != ENOENT) {
        rm_errno = errno;
        rm_failed = mem_strdup(path);
        return 1;
    }
    return 0;
}

static int os_remove_all(G *g, Word *a) {
    char *path = cstr(nu_str(a));
    rm_errno = 0;
    rm_failed = NULL;
    sched_enter_syscall();
    int r = nftw(path, rm_one, 32, FTW_DEPTH | FTW_PHYS);
    int e = errno;
    sched_exit_syscall();
    if (r == 0 || (r < 0 && e == ENOENT)) {
        ret_str_errno(a, NULL, 0);
    } else if (r > 0) {
        ret_str_errno(a, rm_failed, rm_errno);
    } else {
        ret_str_errno(a, path, e);
    }
    return NAT_OK;
}

static int os_chmod(G *g, Word *a) {
    a[0].i = chmod(cstr(nu_str(a)), (mode_t)a[2].u) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_readlink(G *g, Word *a) {
    char buf[4096];
    ssize_t n = readlink(cstr(nu_str(a)), buf, sizeof buf - 1);
    if (n < 0) ret_str_errno(a, NULL, errno);
    else buf[n] = 0, ret_str_errno(a, buf, 0);
    return NAT_OK;
}

static int os_symlink(G *g, Word *a) {
    a[0].i = symlink(cstr(nu_str(a)), cstr(nu_str(a + 2))) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_link(G *g, Word *a) {
    a[0].i = link(cstr(nu_str(a)), cstr(nu_str(a + 2))) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_truncate(G *g, Word *a) {
    a[0].i = truncate(cstr(nu_str(a)), (off_t)a[2].i) == 0 ? 0 : errno;
    return NAT_OK;
}

static int os_fastrand(G *g, Word *a) {
    a[0].u = (uint32_t)val_rand64();
    return NAT_OK;
}

const NativeEntry natives_os[] = {
    {"os.sysRemoveAll", os_remove_all},
    {"os.sysChmod", os_chmod},
    {"os.sysReadlink", os_readlink},
    {"os.sysSymlink", os_symlink},
    {"os.sysLink", os_link},
    {"os.sysTruncate", os_truncate},
    {"os.fastrand", os_fastrand},
    {"os.runtimeArgs", os_runtime_args},
    {"os.Exit", os_exit},
    {"os.getenv", os_getenv},
    {"os.setenv", os_setenv},
    {"os.unsetenv", os_unsetenv},
    {"os.Clearenv", os_clearenv},
    {"os.Environ", os_environ},
    {"os.Getpid", os_getpid},
    {"os.Getppid", os_getppid},
    {"os.Getuid", os_getuid},
    {"os.Geteuid", os_geteuid},
    {"os.Getgid", os_getgid},
    {"os.Getegid", os_getegid},
    {"os.hostname", os_hostname},
    {"os.getwd", os_getwd},
    {"path/filepath.getwd", os_getwd},
    {"os.chdir", os_chdir},
    {"os.executable", os_executable},
    {"os.sysOpen", os_open},
    {"os.sysRead", os_read},
    {"os.sysWrite", os_write},
    {"os.sysClose", os_close},
    {"os.sysSeek", os_seek},
    {"os.sysUnlink", os_unlink},
    {"os.sysRmdir", os_rmdir},
    {"os.sysMkdir", os_mkdir},
    {"os.sysRename", os_rename},
    {"os.sysIsDir", os_is_dir},
    {NULL, NULL},
};
