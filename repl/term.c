/* term.c — the REPL's terminal: libedit's readline interface in callback mode, and program
 * output shown above the line being edited.
 *
 * On a terminal, fds 1 and 2 are redirected into one pipe (so stdout and stderr keep their
 * relative order) and the main thread copies the pipe to the real terminal (tty_fd). While a
 * line is being edited, complete lines of output are printed above it: clear the edit line,
 * print, redraw prompt and buffer (libedit's EL_REFRESH assumes the cursor at column 0 of a
 * fresh line, which is where the output leaves it). An unfinished output line waits (up to
 * PARTIAL_MS) for its newline so that the prompt is not redrawn in the middle of it.
 *
 * A relay thread empties the pipe into memory (relay_buf) as soon as anything is written, so a
 * writer never blocks on a full pipe: one that did would hold the program's stdout lock, and
 * the main thread, which shows the output, takes that lock too (vm_flush_stdout). The main
 * thread is told through relay_note and shows what the relay collected.
 *
 * The program's stdout buffering (vm_write_stdout) is decided on its first write: it is made
 * while fd 1 is still the terminal, so output stays line-buffered through the pipe.
 *
 * Without a terminal, lines are read from stdin (poll + read; no prompts, no echo).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <editline/readline.h>
#include "internal.h"
#include "../util/mem.h"
#include "../util/vec.h"

enum { PARTIAL_MS = 200, RELAY_MAX = 64 << 20 };

const char **(*repl_term_complete)(const char *text, int start, const char *line);

static bool active;             /* terminal mode */
static int tty_fd = -1;         /* the terminal (the original stdout) */
static FILE *tty_out;
static int outpipe[2] = {-1, -1};
static int relay_note[2] = {-1, -1}; /* a byte: the relay collected output */
static pthread_mutex_t relay_lock = PTHREAD_MUTEX_INITIALIZER;
static char *relay_buf;                /* relay_lock; malloc'ed (the relay thread is not a GC thread) */
static size_t relay_len, relay_cap;    /* relay_lock */
static bool relay_dropped;             /* relay_lock: output beyond RELAY_MAX was dropped */
static bool editing;            /* a line editor handler is installed: a prompt is on screen */
static char *got_line;
static bool have_line;
static struct termios saved_tio;
static bool saved_tio_ok;
static char hist_path[PATH_MAX];
static char last_out = '\n';    /* last byte shown on the terminal by program output */
static StrBuf partial;          /* output without its newline yet, held while editing */
static int64_t partial_since;
/* plain mode */
static StrBuf inbuf;
static size_t inpos;
static bool in_eof;

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void write_all(int fd, const char *s, size_t n) {
    while (n) {
        ssize_t k = write(fd, s, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return;
        s += k;
        n -= (size_t)k;
    }
}

/* ---- output ---- */

static void show_above(const char *s, size_t n, bool add_newline) {
    write_all(tty_fd, "\r\033[K", 4);
    write_all(tty_fd, s, n);
    if (add_newline) write_all(tty_fd, "\n", 1);
    last_out = '\n';
    rl_forced_update_display();
}

static void show(const char *s, size_t n) {
    if (!n) return;
    if (!editing) {
        write_all(tty_fd, s, n);
        last_out = s[n - 1];
        return;
    }
    sb_put(&partial, s, n);
    char *nl = memrchr(partial.data, '\n', partial.len);
    if (!nl) {
        if (!partial_since) partial_since = now_ms();
        return;
    }
    size_t upto = (size_t)(nl - partial.data) + 1;
    show_above(partial.data, upto, false);
    memmove(partial.data, partial.data + upto, partial.len - upto);
    partial.len -= upto;
    partial.data[partial.len] = 0;
    partial_since = partial.len ? now_ms() : 0;
}

static void flush_partial(bool force_newline) {
    if (!partial.len) return;
    if (editing) show_above(partial.data, partial.len, force_newline);
    else {
        write_all(tty_fd, partial.data, partial.len);
        last_out = partial.data[partial.len - 1];
    }
    partial.len = 0;
    partial_since = 0;
}

/* Move what the pipe holds into relay_buf (relay_lock held; the pipe is nonblocking). Reads
 * happen only under the lock, so whoever holds it and finds the pipe empty knows that every
 * byte written before is in relay_buf. Returns false at end of file. */
static bool relay_fill(void) {
    char buf[16384];
    for (;;) {
        ssize_t n = read(outpipe[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) return false;
        if (n < 0) return true;
        if (relay_len + (size_t)n > RELAY_MAX) {
            relay_dropped = true;
            continue;
        }
        if (relay_len + (size_t)n > relay_cap) {
            size_t nc = relay_cap ? relay_cap * 2 : 65536;
            while (nc < relay_len + (size_t)n) nc *= 2;
            char *nb = realloc(relay_buf, nc);
            if (!nb) {
                relay_dropped = true;
                continue;
            }
            relay_buf = nb;
            relay_cap = nc;
        }
        memcpy(relay_buf + relay_len, buf, (size_t)n);
        relay_len += (size_t)n;
    }
}

/* The relay thread: pipe -> relay_buf, then a note to the main thread. No GC memory. */
static void *relay_main(void *arg) {
    (void)arg;
    for (;;) {
        struct pollfd p = {outpipe[0], POLLIN, 0};
        if (poll(&p, 1, -1) < 0) {
            if (errno == EINTR) continue;
            return NULL;
        }
        pthread_mutex_lock(&relay_lock);
        bool more = relay_fill();
        pthread_mutex_unlock(&relay_lock);
        char c = 1;
        ssize_t w = write(relay_note[1], &c, 1); /* nonblocking: a full pipe already notifies */
        (void)w;
        if (!more) return NULL;
    }
}

/* Show what the relay collected; sync: first collect everything written so far. */
static void pump_output(bool sync) {
    char tmp[256];
    while (read(relay_note[0], tmp, sizeof tmp) > 0) {}
    pthread_mutex_lock(&relay_lock);
    if (sync) relay_fill();
    char *data = relay_buf;
    size_t n = relay_len;
    bool dropped = relay_dropped;
    relay_buf = NULL;
    relay_len = relay_cap = 0;
    relay_dropped = false;
    pthread_mutex_unlock(&relay_lock);
    if (n) show(data, n);
    if (dropped) {
        static const char msg[] = "\n[goro: output dropped: more than 64MB waiting for the terminal]\n";
        show(msg, sizeof msg - 1);
    }
    free(data);
}

void repl_term_drain(void) {
    if (!active) {
        fflush(stdout);
        return;
    }
    fflush(stdout);
    fflush(stderr);
    pump_output(true);
    flush_partial(false);
}

/* ---- completion ---- */

static const char **cands;
static int cand_i;

static char *cand_gen(const char *text, int state) {
    (void)text;
    if (state == 0) cand_i = 0;
    if (!cands || !cands[cand_i]) return NULL;
    return strdup(cands[cand_i++]); /* libedit frees it */
}

static char **attempt_completion(const char *text, int start, int end) {
    (void)end;
    rl_attempted_completion_over = 1;
    cands = repl_term_complete ? repl_term_complete(text, start, rl_line_buffer) : NULL;
    if (!cands || !cands[0]) return NULL;
    return rl_completion_matches(text, cand_gen);
}

/* ---- setup ---- */

bool repl_term_active(void) { return active; }

bool repl_term_init(void) {
    if (!isatty(0) || !isatty(1)) return false;
    saved_tio_ok = tcgetattr(0, &saved_tio) == 0;
    vm_write_stdout("", 0); /* decide line buffering while fd 1 is the terminal */
    tty_fd = dup(1);
    if (tty_fd < 0 || pipe(outpipe) != 0) return false;
    if (pipe(relay_note) != 0) return false;
    fcntl(tty_fd, F_SETFD, FD_CLOEXEC);
    fcntl(outpipe[0], F_SETFD, FD_CLOEXEC);
    fcntl(outpipe[0], F_SETFL, fcntl(outpipe[0], F_GETFL) | O_NONBLOCK);
    for (int i = 0; i < 2; i++) {
        fcntl(relay_note[i], F_SETFD, FD_CLOEXEC);
        fcntl(relay_note[i], F_SETFL, fcntl(relay_note[i], F_GETFL) | O_NONBLOCK);
    }
    fflush(stdout);
    fflush(stderr);
    dup2(outpipe[1], 1);
    dup2(outpipe[1], 2);
    close(outpipe[1]);
    outpipe[1] = -1;
    pthread_t t;
    if (pthread_create(&t, NULL, relay_main, NULL) != 0) return false;
    pthread_detach(t);
    tty_out = fdopen(tty_fd, "w");
    rl_readline_name = "goro";
    rl_instream = stdin;
    rl_outstream = tty_out;
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_attempted_completion_function = attempt_completion;
    static char breaks[] = " \t\n\"\\'`@$><=;|&{(+-*/%^!,[]}):~";
    rl_basic_word_break_characters = breaks;
    rl_completer_word_break_characters = breaks;
    rl_completion_append_character = '\0';
    rl_initialize();
    using_history();
    stifle_history(1000);
    const char *home = getenv("HOME");
    if (home && *home) {
        snprintf(hist_path, sizeof hist_path, "%s/.goro_history", home);
        read_history(hist_path);
    }
    active = true;
    return true;
}

void repl_term_add_history(const char *line) {
    if (!active || !*line) return;
    add_history(line);
    if (hist_path[0]) write_history(hist_path);
}

void repl_term_finish(void) {
    if (!active) {
        fflush(stdout);
        fflush(stderr);
        return;
    }
    if (editing) {
        rl_callback_handler_remove();
        editing = false;
    }
    if (saved_tio_ok) tcsetattr(0, TCSANOW, &saved_tio);
    repl_term_drain();
    if (last_out != '\n') write_all(tty_fd, "\n", 1);
    if (hist_path[0]) write_history(hist_path);
    dup2(tty_fd, 1);
    dup2(tty_fd, 2);
}

/* ---- events ---- */

/* Handle events while idle (editing or reading): returns true on Ctrl-C. */
static bool idle_events(void) {
    bool intr = false;
    int ev;
    while ((ev = repl_exec_read_event()) >= 0) {
        switch (ev) {
        case EV_SIGINT: intr = true; break;
        case EV_EXIT: repl_exit(repl_exec_exit_code());
        case EV_WINCH:
            if (active) rl_resize_terminal();
            break;
        default: break; /* EV_DONE of a detached input cannot happen; stale ones are dropped */
        }
    }
    return intr;
}

int repl_term_wait(int timeout_ms) {
    int64_t until = timeout_ms >= 0 ? now_ms() + timeout_ms : 0;
    for (;;) {
        struct pollfd p[2] = {{repl_exec_event_fd(), POLLIN, 0}, {active ? relay_note[0] : -1, POLLIN, 0}};
        int t = -1;
        if (timeout_ms >= 0) {
            int64_t left = until - now_ms();
            if (left <= 0) return 0;
            t = (int)left;
        }
        int n = poll(p, 2, t);
        if (n < 0 && errno == EINTR) continue;
        if (active && (p[1].revents & (POLLIN | POLLHUP))) pump_output(false);
        if (p[0].revents & POLLIN) {
            int ev = repl_exec_read_event();
            if (ev == EV_WINCH) {
                if (active) rl_resize_terminal();
                continue;
            }
            if (ev >= 0) return ev;
        }
        if (n == 0) return 0;
    }
}

/* ---- reading lines ---- */

static void on_line(char *line) {
    got_line = line;
    have_line = true;
}

static char *plain_read_line(bool *interrupted) {
    for (;;) {
        if (inbuf.len > inpos) {
            char *nl = memchr(inbuf.data + inpos, '\n', inbuf.len - inpos);
            if (nl || in_eof) {
                size_t end = nl ? (size_t)(nl - inbuf.data) : inbuf.len;
                char *line = mem_strndup(inbuf.data + inpos, end - inpos);
                inpos = nl ? end + 1 : inbuf.len;
                size_t l = strlen(line);
                if (l && line[l - 1] == '\r') line[l - 1] = 0;
                return line;
            }
        }
        if (in_eof) return NULL;
        if (inpos && inpos == inbuf.len) inbuf.len = inpos = 0;
        struct pollfd p[2] = {{0, POLLIN, 0}, {repl_exec_event_fd(), POLLIN, 0}};
        int n = poll(p, 2, 100);
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) {
            vm_flush_stdout(); /* output of goroutines running in the background */
            continue;
        }
        if ((p[1].revents & POLLIN) && idle_events()) {
            *interrupted = true;
            return NULL;
        }
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[65536];
            ssize_t k = read(0, buf, sizeof buf);
            if (k < 0 && errno == EINTR) continue;
            if (k <= 0) in_eof = true;
            else sb_put(&inbuf, buf, (size_t)k);
        }
    }
}

char *repl_term_read_line(const char *prompt, bool *interrupted) {
    *interrupted = false;
    if (!active) return plain_read_line(interrupted);
    repl_term_drain();
    if (last_out != '\n') {
        write_all(tty_fd, "\n", 1);
        last_out = '\n';
    }
    have_line = false;
    got_line = NULL;
    rl_callback_handler_install(prompt, on_line);
    editing = true;
    while (!have_line) {
        struct pollfd p[3] = {{0, POLLIN, 0}, {relay_note[0], POLLIN, 0}, {repl_exec_event_fd(), POLLIN, 0}};
        int timeout = partial.len ? PARTIAL_MS / 2 : -1;
        int n = poll(p, 3, timeout);
        if (n < 0 && errno == EINTR) continue;
        if (p[1].revents & (POLLIN | POLLHUP)) pump_output(false);
        if (partial.len && now_ms() - partial_since >= PARTIAL_MS) flush_partial(true);
        if ((p[2].revents & POLLIN) && idle_events()) {
            /* Ctrl-C: drop the line being edited */
            write_all(tty_fd, "^C\r\n", 4);
            rl_callback_handler_remove();
            editing = false;
            *interrupted = true;
            return NULL;
        }
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) rl_callback_read_char();
    }
    rl_callback_handler_remove();
    editing = false;
    flush_partial(false);
    if (!got_line) {
        write_all(tty_fd, "\n", 1);
        return NULL;
    }
    char *r = mem_strdup(got_line);
    free(got_line);
    return r;
}
