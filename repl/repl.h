/* repl.h — goro's interactive REPL (`goro`, `goro repl`).
 *
 * On a terminal (stdin and stdout both ttys): line editing, history in ~/.goro_history, tab
 * completion, multi-line input, Ctrl-C interrupts the running input, Ctrl-D exits; output of
 * goroutines that keep running between inputs is printed above the prompt. Otherwise inputs
 * are read from stdin line by line with no prompts (scripting and tests), with the same
 * results. Returns the process exit status (0; n after os.Exit(n)).
 */
#ifndef GORO_REPL_H
#define GORO_REPL_H

int repl_main(void);

#endif
