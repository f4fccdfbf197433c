/* repl_session.h — incremental checking and compilation for the REPL: one persistent session
 * package that each input extends.
 *
 * The session is a package "main" whose scope is a chain of layers (Scope.parent):
 *
 *   universe <- imports <- layer <- layer <- ... <- top
 *
 * Each input adds layers on top, so a later declaration shadows (replaces) an earlier one
 * with the same name while code compiled before keeps the object it was compiled against
 * (an old function keeps calling the old f; a redefined method replaces the old one in its
 * type's method set). Per input:
 *  - imports go to the imports scope; a standard package used as `pkg.Name` without being
 *    imported is imported on first use (auto-import); unused imports are never errors;
 *  - declarations (func, method, type, const, var) are hoisted into one layer with package
 *    semantics: declared, resolved in dependency order, function bodies checked, variables
 *    initialized in Go's package initialization order before the input's statements, then
 *    init functions run after them (so :load of a Go file behaves as the package would,
 *    without running main);
 *  - statements run in order, once, in a fresh entry function. A top-level `x := e` declares
 *    session variables (package-level variables: global cells) in a new layer above the
 *    current top; `e` is checked before the names are visible (Go's scoping of local
 *    declarations), so `x := x + 1` redefines x from the old x;
 *  - a top-level expression statement that has a value prints it: `42 // int`; a call with
 *    several results prints each one. Calls of fmt.Print* / Fprint* print nothing more.
 * An input with compile errors changes nothing: its layers and method attachments are undone.
 *
 * Entry functions are named "main.inputN" (N counts inputs), their sources "repl" (or the
 * file given to :load). The returned closure runs, in a new goroutine, the initialization of
 * standard packages imported for the first time, then the input's statements.
 *
 * Threads: every function here runs on one thread (the REPL's); goroutines started by earlier
 * inputs may run meanwhile. The compiler only adds code, except that a type whose method set
 * changed gets a new method table (a goroutine calling through an interface meanwhile may
 * briefly see the table being built; call sites that cached the old method keep it).
 */
#ifndef GORO_REPL_SESSION_H
#define GORO_REPL_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include "../vm/vm.h"

typedef struct ReplSession ReplSession;

/* The native that prints a shown value: args[0..1] the value as an interface (any), args[2] a
 * pointer to a ReplShow. Installed by the REPL front end (it formats with fmt). */
typedef struct ReplShow {
    const char *label;   /* "x" for :vars lines ("x = 42 // int"), NULL for expressions */
    const char *type;    /* static type, written relative to the session package */
} ReplShow;

ReplSession *rs_new(NativeFn show);

typedef enum ReplStatus {
    RS_OK,          /* compiled; entry may still be NULL when there is nothing to run */
    RS_INCOMPLETE,  /* the text stops inside an unfinished construct: read more lines */
    RS_ERROR,       /* errors were reported through diag (not flushed) */
} ReplStatus;

/* Flags of rs_compile. */
enum {
    RS_FINAL = 1,   /* no more lines will come: an unfinished input is a syntax error */
    RS_LABELS = 2,  /* show a bare identifier as "x = value // T" (:vars) */
};

/* Parse, check and compile one input (statements, declarations, expressions, imports).
 * path names the source in messages and traces. On RS_OK, *entry is the closure to run in a
 * new goroutine (NULL: nothing to run). */
ReplStatus rs_compile(ReplSession *s, const char *text, size_t len, const char *path, int flags, Closure **entry);

/* :reset — forget every declaration and import (standard packages stay initialized). */
void rs_reset(ReplSession *s);

/* Depth of brackets left open at the end of text ((, [, {), ignoring strings and comments. */
int rs_open_depth(const char *text, size_t len);

/* :type EXPR — the type of an expression (or "type T" for a type), without running it; NULL
 * after reporting errors through diag. */
const char *rs_type_of(ReplSession *s, const char *text, size_t len);

/* :vars — the source of an input that shows every visible session variable (NULL: none). */
const char *rs_vars_input(ReplSession *s);

/* Candidates for tab completion of the word `prefix` (an identifier prefix, or x.prefix for
 * package members, fields and methods): sorted, without duplicates, NULL-terminated. */
const char **rs_complete(ReplSession *s, const char *prefix);

/* :bytecode NAME — the compiled code of a session function, method ("T.M") or of input N
 * ("input3"); NULL when there is no such function. */
Proto *rs_find_proto(ReplSession *s, const char *name);

/* The entry function of the last input that had statements, or NULL. */
Proto *rs_last_input(ReplSession *s);

#endif
