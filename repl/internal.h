/* internal.h — shared declarations of the REPL's files (repl/). Not exported.
 *
 *   exec.c   runs inputs: the scheduler on its own thread, one goroutine per input, Ctrl-C
 *            interruption, panics that end only their goroutine, the event pipe;
 *   term.c   the terminal: libedit in callback mode, program output shown above the prompt;
 *   repl.c   the loop: reading (multi-line) inputs, commands, compiling and running.
 *
 * Threads: the main thread owns the terminal, the session and the compiler; goroutines run on
 * the scheduler's threads. They talk through the event pipe (one byte per event, read by the
 * main thread's poll loop) and the small state in exec.c guarded by its lock.
 */
#ifndef GORO_REPL_INTERNAL_H
#define GORO_REPL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../vm/vm.h"

/* Events (bytes on the event pipe). */
enum {
    EV_DONE = 'D',      /* the current input's goroutine ended (repl_exec_result says how) */
    EV_SIGINT = 'I',    /* Ctrl-C */
    EV_EXIT = 'X',      /* the program called os.Exit (repl_exec_exit_code) */
    EV_WINCH = 'W',     /* terminal resized */
};

/* How an input ended. */
typedef enum InputEnd { END_OK, END_PANIC, END_INTERRUPTED } InputEnd;

/* ---- exec.c ---- */
void repl_exec_start(void);             /* VM, natives, scheduler thread; returns once it runs */
int repl_exec_event_fd(void);           /* poll for POLLIN, then repl_exec_read_event */
int repl_exec_read_event(void);         /* next event byte, or -1 if none is pending */
void repl_exec_post(char ev);           /* async-signal-safe */
int64_t repl_exec_run(Closure *entry);  /* start an input in a new goroutine; its id */
void repl_exec_interrupt(void);         /* ask the running input to stop at its next yield */
bool repl_exec_detach(void);            /* stop waiting for it (it stays parked); false: done */
bool repl_exec_running(void);
InputEnd repl_exec_result(void);
int repl_exec_exit_code(void);
int64_t repl_exec_keeper_id(void);      /* the scheduler's own goroutine (hidden) */
int64_t repl_exec_ended_id(void);       /* the last input that ended (hidden: it is dying) */
int repl_show_native(G *g, Word *args); /* prints a shown value (repl_session.h) */

/* ---- term.c ---- */
bool repl_term_init(void);              /* on a tty: editing, history, output pipe */
bool repl_term_active(void);
/* Read one line: the terminal's editor, or plain stdin. Handles events while waiting.
 * Returns a GC string without the newline, or NULL at end of input. *interrupted is set when
 * Ctrl-C discarded the line being edited. */
char *repl_term_read_line(const char *prompt, bool *interrupted);
void repl_term_drain(void);             /* show pending program output now */
void repl_term_add_history(const char *line);
void repl_term_finish(void);            /* restore the terminal, save history */
/* Wait for the running input (or an event): returns the event that ended the wait. */
int repl_term_wait(int timeout_ms);
/* Candidates for completion (set by repl.c). */
extern const char **(*repl_term_complete)(const char *text, int start, const char *line);

/* ---- repl.c ---- */
_Noreturn void repl_exit(int code);

#endif
