/* repl.c — the REPL's loop: reading inputs (several lines when unfinished), commands,
 * compiling with the session (compiler/repl_session.h) and running (exec.c).
 *
 * Multi-line input: a line that leaves the input unfinished (an open bracket, an operator at
 * the end, an open literal or comment) continues on the next line with the continuation
 * prompt. A blank line ends an unfinished input when no bracket is open (its syntax error is
 * shown); inside brackets blank lines are part of the input (pasted functions have them),
 * and two blank lines in a row end it. Ctrl-C discards it.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "repl.h"
#include "internal.h"
#include "../compiler/repl_session.h"
#include "../runtime/sched.h"
#include "../util/diag.h"
#include "../util/mem.h"

#define PROMPT "goro> "
#define CONT_PROMPT "  ... "

static ReplSession *S;
static StrBuf pending;      /* lines of an unfinished input */
static int blank_run;       /* consecutive blank lines inside it */

/* REPL messages go through the program's stdout, so they keep their place among its output. */
static void out(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void out(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    vm_write_stdout(b.data ? b.data : "", b.len);
}

static void errs(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void errs(const char *fmt, ...) {
    vm_flush_stdout();
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fflush(stderr);
}

_Noreturn void repl_exit(int code) {
    vm_flush_stdout();
    repl_term_finish();
    fflush(stdout);
    fflush(stderr);
    _exit(code);
}

/* ---- running ---- */

static const char *duration(int64_t ns) {
    static char buf[64];
    int64_t ms = ns / 1000000;
    if (ms < 1000) snprintf(buf, sizeof buf, "%lldms", (long long)ms);
    else if (ms < 60000) snprintf(buf, sizeof buf, "%.1fs", (double)ms / 1000);
    else if (ms < 3600000) snprintf(buf, sizeof buf, "%lldm%llds", (long long)(ms / 60000), (long long)(ms / 1000 % 60));
    else snprintf(buf, sizeof buf, "%lldh%lldm", (long long)(ms / 3600000), (long long)(ms / 60000 % 60));
    return buf;
}

/* Run an entry in a new goroutine and wait for it; Ctrl-C interrupts it. */
static void run(Closure *entry) {
    int64_t gid = repl_exec_run(entry);
    bool interrupting = false;
    int64_t waited = 0;
    for (;;) {
        int ev = repl_term_wait(interrupting ? 50 : -1);
        if (ev == EV_DONE) break;
        if (ev == EV_EXIT) repl_exit(repl_exec_exit_code());
        if (ev == EV_SIGINT) {
            if (repl_term_active()) errs("\n"); /* after the terminal's ^C echo */
            if (!interrupting) {
                repl_exec_interrupt();
                interrupting = true;
                waited = 0;
                continue;
            }
            waited = 1000; /* a second Ctrl-C: stop waiting now */
        }
        if (ev == 0 || ev == EV_SIGINT) {
            waited += 50;
            if (interrupting && waited >= 300) {
                if (repl_exec_detach()) {
                    vm_flush_stdout();
                    repl_term_drain();
                    errs("interrupted: goroutine %lld is blocked; it stays in the background (:goroutines)\n",
                         (long long)gid);
                    return;
                }
                /* it ended meanwhile: its EV_DONE is on the way */
            }
        }
    }
    vm_flush_stdout();
    repl_term_drain();
    if (repl_exec_result() == END_INTERRUPTED) errs("interrupted\n");
}

/* Compile and run one input. final: an unfinished input is an error (no more lines). Returns
 * false when the input is unfinished (keep reading). */
static bool evaluate(const char *text, size_t len, const char *path, bool final) {
    Closure *entry = NULL;
    ReplStatus st = rs_compile(S, text, len, path, final ? RS_FINAL : 0, &entry);
    if (st == RS_INCOMPLETE) return false;
    if (st == RS_ERROR) {
        vm_flush_stdout();
        repl_term_drain();
        diag_flush();
        fflush(stderr);
        return true;
    }
    if (entry) run(entry);
    return true;
}

/* ---- commands ---- */

static const char *const commands[] = {":help", ":quit", ":reset", ":type", ":vars", ":goroutines", ":bytecode", ":load", NULL};

static void cmd_help(void) {
    out("Enter Go statements, declarations (func, type, var, const, import) or expressions.\n"
        "An expression prints its value and type (42 // int); x := v declares a session variable.\n"
        "Standard packages are imported on first use. Unfinished input continues on the next line.\n"
        "Goroutines keep running between inputs. Ctrl-C interrupts the running input, Ctrl-D exits.\n"
        "\n"
        "Commands:\n"
        "  :help              this text\n"
        "  :quit              leave the REPL (also Ctrl-D)\n"
        "  :reset             forget every declaration (running goroutines go on)\n"
        "  :type EXPR         the type of an expression, without running it\n"
        "  :vars              session variables with their values and types\n"
        "  :goroutines        goroutines: id, state, wait reason and time, where created\n"
        "  :bytecode [NAME]   compiled code of a function, method (T.M), input (input3) or the last input\n"
        "  :load FILE         run a file's statements, or load a Go file's declarations\n");
}

static const char *status_name(uint32_t s) {
    static const char *const names[] = {
#define X(name, text) text,
        G_STATUS_TABLE(X)
#undef X
    };
    return s < sizeof names / sizeof names[0] ? names[s] : "?";
}

static void cmd_goroutines(void) {
    int n = sched_all_goroutines(NULL, 0);
    G **gs = NEWARR(G *, n + 64);
    n = sched_all_goroutines(gs, n + 64);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    int64_t now = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    int shown = 0;
    for (int i = 0; i < n; i++) {
        G *g = gs[i];
        if (g->id == repl_exec_keeper_id() || g->id == repl_exec_ended_id()) continue;
        uint32_t st = atomic_load(&g->status);
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "goroutine %lld [", (long long)g->id);
        if (st == Gwaiting) {
            sb_puts(&b, wait_reason_text((WaitReason)g->waitreason));
            if (g->waitsince && now > g->waitsince) sb_printf(&b, ", %s", duration(now - g->waitsince));
        } else {
            sb_puts(&b, status_name(st));
        }
        sb_puts(&b, "]");
        Fiber *f = g->fiber;
        if (st != Grunning && f && f->nframes) {
            Frame *fr = &f->frames[f->nframes - 1];
            Proto *p = fr->p;
            if (p && p->name) {
                uint32_t pc = fr->pc < (uint32_t)p->ncode ? fr->pc : (p->ncode ? (uint32_t)p->ncode - 1 : 0);
                int line = p->lines && p->ncode ? p->lines[pc] : p->line;
                Source *s = src_get(p->file);
                sb_printf(&b, " in %s at %s:%d", p->name, s ? s->path : "?", line);
            }
        }
        sb_putc(&b, '\n');
        if (g->func) sb_printf(&b, "    created by %s at %s:%d\n", g->func, g->file ? g->file : "?", g->line);
        out("%s", b.data);
        shown++;
    }
    if (!shown) out("no goroutines\n");
}

static void cmd_bytecode(const char *arg) {
    Proto *p = *arg ? rs_find_proto(S, arg) : rs_last_input(S);
    if (!p) {
        errs(*arg ? "no function %s\n" : "no input compiled yet%s\n", arg);
        return;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m) return;
    vm_disasm(p, m);
    fclose(m);
    vm_write_stdout(buf, len);
    free(buf);
}

static void cmd_load(const char *arg) {
    if (!*arg) {
        errs("usage: :load FILE\n");
        return;
    }
    Source *src = src_read_file(arg);
    if (!src) {
        errs("goro: %s: %s\n", arg, strerror(errno));
        return;
    }
    const char *text = src->text;
    size_t len = src->len;
    if (len >= 2 && text[0] == '#' && text[1] == '!') { /* keep line numbers: blank the #! line */
        char *t = mem_strndup(text, len);
        for (size_t i = 0; i < len && t[i] != '\n'; i++) t[i] = ' ';
        text = t;
    }
    evaluate(text, len, arg, true);
}

static void command(const char *line) {
    while (*line == ' ' || *line == '\t') line++;
    const char *sp = line;
    while (*sp && *sp != ' ' && *sp != '\t') sp++;
    char *word = mem_strndup(line, (size_t)(sp - line));
    while (*sp == ' ' || *sp == '\t') sp++;
    char *arg = mem_strdup(sp);
    size_t al = strlen(arg);
    while (al && (arg[al - 1] == ' ' || arg[al - 1] == '\t')) arg[--al] = 0;
    /* unique prefixes work: :h, :q, :g ... */
    const char *cmd = NULL;
    int nmatch = 0;
    for (int i = 0; commands[i]; i++) {
        if (strcmp(commands[i], word) == 0) {
            cmd = commands[i];
            nmatch = 1;
            break;
        }
        if (strncmp(commands[i], word, strlen(word)) == 0) {
            cmd = commands[i];
            nmatch++;
        }
    }
    if (strcmp(word, ":exit") == 0 || strcmp(word, ":q") == 0) cmd = ":quit", nmatch = 1;
    if (strcmp(word, ":?") == 0) cmd = ":help", nmatch = 1;
    if (nmatch != 1) {
        errs("unknown command %s (:help lists them)\n", word);
        return;
    }
    if (strcmp(cmd, ":help") == 0) cmd_help();
    else if (strcmp(cmd, ":quit") == 0) repl_exit(0);
    else if (strcmp(cmd, ":reset") == 0) {
        rs_reset(S);
        out("session reset\n");
    } else if (strcmp(cmd, ":type") == 0) {
        if (!*arg) {
            errs("usage: :type EXPR\n");
            return;
        }
        const char *t = rs_type_of(S, arg, strlen(arg));
        if (t) out("%s\n", t);
        else {
            vm_flush_stdout();
            diag_flush();
        }
    } else if (strcmp(cmd, ":vars") == 0) {
        const char *text = rs_vars_input(S);
        if (!text) {
            out("no variables\n");
            return;
        }
        Closure *entry = NULL;
        ReplStatus st = rs_compile(S, text, strlen(text), "repl", RS_FINAL | RS_LABELS, &entry);
        if (st != RS_OK) {
            vm_flush_stdout();
            diag_flush();
        } else if (entry) {
            run(entry);
        }
    } else if (strcmp(cmd, ":goroutines") == 0) cmd_goroutines();
    else if (strcmp(cmd, ":bytecode") == 0) cmd_bytecode(arg);
    else if (strcmp(cmd, ":load") == 0) cmd_load(arg);
}

/* ---- completion ---- */

static const char **complete(const char *text, int start, const char *line) {
    while (*line == ' ') line++;
    if (line[0] == ':' && (start <= 1 || !strchr(line, ' '))) {
        /* a command name: the word may or may not include the ':' (a break character) */
        bool colon = text[0] == ':';
        VEC(const char *) v = {0};
        for (int i = 0; commands[i]; i++) {
            const char *c = colon ? commands[i] : commands[i] + 1;
            if (strncmp(c, text, strlen(text)) == 0) vec_push(&v, c);
        }
        vec_push(&v, (const char *)NULL);
        return v.items;
    }
    return rs_complete(S, text);
}

/* ---- the loop ---- */

static bool is_blank(const char *s) {
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r') return false;
    return true;
}

static void handle_line(const char *line) {
    if (!pending.len) {
        const char *p = line;
        while (*p == ' ' || *p == '\t') p++;
        if (*p == ':' && p[1] != '=') {
            command(p);
            return;
        }
        if (is_blank(line)) return;
    }
    bool blank = is_blank(line);
    sb_puts(&pending, line);
    sb_putc(&pending, '\n');
    bool final = false;
    if (blank) {
        blank_run++;
        if (rs_open_depth(pending.data, pending.len) == 0 || blank_run >= 2) final = true;
        else return;
    } else {
        blank_run = 0;
    }
    if (evaluate(pending.data, pending.len, "repl", final)) {
        pending.len = 0;
        blank_run = 0;
    }
}

int repl_main(void) {
    repl_exec_start();
    bool tty = repl_term_init();
    S = rs_new(repl_show_native);
    sb_init(&pending);
    repl_term_complete = complete;
    if (tty) out("goro REPL (Go 1.22 subset): Go statements, declarations and expressions; :help for commands, Ctrl-D to exit.\n");
    for (;;) {
        vm_flush_stdout();
        repl_term_drain();
        bool intr = false;
        char *line = repl_term_read_line(pending.len ? CONT_PROMPT : PROMPT, &intr);
        if (intr) {
            pending.len = 0;
            blank_run = 0;
            if (!tty) repl_exit(130);
            continue;
        }
        if (!line) {
            if (pending.len) {
                evaluate(pending.data, pending.len, "repl", true);
                pending.len = 0;
            }
            repl_exit(0);
        }
        if (tty) repl_term_add_history(line);
        handle_line(line);
    }
}
