/* fmt.h — the formatting engine behind fmt.Printf/Sprintf/Sprint/Sprintln/Errorf, the
 * runtime's panic-value printing and the builtin print/println.
 *
 * Output is byte-for-byte gc's (Go 1.19 fmt, with Go 1.20+'s multiple %w in Errorf). The
 * engine walks values through their run-time Type (compiler/types.h layouts): operands are
 * interface values (GoIface), as Go's ...any passes them.
 *
 * Methods. Before formatting an operand (and, as fmt does, every nested value reachable
 * without passing through an unexported struct field) with %v %s %q %x %X or Print/Println,
 * the engine looks its dynamic type's method table (t->mtab) up for Error() string, else
 * String() string; with %#v for GoString() string. To run the method it calls the hook
 * below, which the VM sets at start-up. A method that panics prints
 * "%!v(PANIC=String method: msg)", or "<nil>" when the receiver is a nil pointer.
 * While the hook is NULL, methods are never called (values print structurally).
 *
 * Formatter. A Format(fmt.State, rune) method takes precedence over all of these (as in Go):
 * the engine calls fmt_invoke_format_method with the printer itself as the State; the Go side
 * wraps that pointer in a type implementing fmt.State whose methods call fmt_state_*. The
 * FmtState pointer is valid only during that call.
 */
#ifndef GORO_FMT_H
#define GORO_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../util/vec.h"
#include "../vm/value.h"

struct Func;

/* Call fn (a method taking the receiver's interface data word, returning one string).
 * Returns 0 and sets *out on success; returns 1 if the call panicked, with *panic_msg set to
 * the panic value formatted as %v would print it (e.g. "boom", "runtime error: ..."). */
extern int (*fmt_invoke_string_method)(struct Func *fn, uint64_t recv_data, GoString *out,
                                       GoString *panic_msg);

/* The printer while a Format method runs (Go's *pp as a fmt.State). */
typedef struct FmtState FmtState;

/* Call fn, a Format(f fmt.State, verb rune) method, with the receiver's data word; the VM
 * passes st to the method inside a fmt.State value. Returns 0, or 1 if the call panicked
 * (*panic_msg as for fmt_invoke_string_method). */
extern int (*fmt_invoke_format_method)(struct Func *fn, uint64_t recv_data, FmtState *st,
                                       int32_t verb, GoString *panic_msg);
/* fmt.State's methods: Write (appends to the output), Width, Precision, Flag. */
void fmt_state_write(FmtState *st, const uint8_t *p, size_t n);
int64_t fmt_state_width(FmtState *st, bool *ok);
int64_t fmt_state_precision(FmtState *st, bool *ok);
bool fmt_state_flag(FmtState *st, int64_t c);

/* Sprintf(format, args...) */
void fmt_sprintf(StrBuf *out, const uint8_t *format, size_t flen, GoIface *args, int nargs);
/* Sprint(args...): a space between operands when neither side is a string. */
void fmt_sprint(StrBuf *out, GoIface *args, int nargs);
/* Sprintln(args...): spaces between all operands, then a newline. */
void fmt_sprintln(StrBuf *out, GoIface *args, int nargs);
/* Errorf's text: %w accepts error operands (printed as %v). Returns the number of %w verbs
 * that had an operand, which selects the error Errorf builds (Go 1.20+): 0 errors.New(text);
 * 1 *fmt.wrapError{text, args[(*wrapped)[0]] if it is an error, else nil}; 2+
 * *fmt.wrapErrors{text, the errors args[(*wrapped)[0..*nwrapped)]} (operand indexes sorted
 * when the format used explicit indexes, repeated ones dropped, non-errors left out).
 * *wrapped is GC-allocated (NULL when *nwrapped is 0). */
int fmt_errorf(StrBuf *out, const uint8_t *format, size_t flen, GoIface *args, int nargs,
               int **wrapped, int *nwrapped);

/* The text gc prints after "panic: " for a panic value (printpanicval): an error's Error(),
 * a Stringer's String(), predeclared values in the runtime's print format, named basic
 * values as main.T(5) / main.S("x"), anything else as "(main.T) 0x...". */
void fmt_panic_value(StrBuf *out, GoIface v);

/* The builtin print (ln false) / println (ln true). args[i].type is the operand's static type
 * (an interface type for interface operands, whose data then points to the GoIface). */
void fmt_builtin_print(StrBuf *out, GoIface *args, int n, bool ln);

/* Method lookup in t's run-time table: the entry named name with signature () string, or NULL. */
const MethodEntry *fmt_string_method(Type *t, const char *name);

#endif
