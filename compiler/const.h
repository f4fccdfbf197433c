/* const.h — exact constant values for the type checker (Go's untyped constant arithmetic).
 *
 * Integer constants are arbitrary precision (gc limits them to 512 bits: an operation whose
 * result needs more reports "constant overflow" via cv_overflowed). Float constants are held
 * with at least long double precision (exact rationals are not required; results are rounded
 * to the target type when converted). Values are immutable and GC-allocated; operations return
 * new values.
 */
#ifndef GORO_CONST_H
#define GORO_CONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum CvKind { CV_BOOL, CV_STRING, CV_INT, CV_FLOAT } CvKind;

typedef struct BigInt BigInt; /* opaque */

struct ConstVal {
    CvKind kind;
    bool b;              /* CV_BOOL */
    const char *s;       /* CV_STRING: bytes (may contain NUL) */
    size_t slen;
    BigInt *i;           /* CV_INT (for CV_FLOAT, const.c may keep an exact fraction here: test kind first) */
    long double f;       /* CV_FLOAT */
};
typedef struct ConstVal ConstVal;

ConstVal *cv_bool(bool b);
ConstVal *cv_string(const char *s, size_t n);
ConstVal *cv_int64(int64_t v);
ConstVal *cv_uint64(uint64_t v);
ConstVal *cv_float(long double f);
/* Parse a Go integer literal (decimal, 0x, 0o, 0 octal, 0b, with _ separators). NULL if bad. */
ConstVal *cv_parse_int(const char *lit);
/* Parse a Go float literal (decimal or hex float, _ separators). NULL if bad. */
ConstVal *cv_parse_float(const char *lit);

/* Conversions between kinds (numeric only). to_int fails (NULL) if the float is not integral. */
ConstVal *cv_to_float(const ConstVal *v);
ConstVal *cv_to_int(const ConstVal *v);   /* exact: NULL if v is a non-integral float */
ConstVal *cv_trunc_int(const ConstVal *v); /* truncating float -> int (for int(f) of non-constants: not used) */

/* Arithmetic. op is one of the GoOp codes from parser/ast.h (OP_ADD ... OP_ANDNOT, OP_SHL, OP_SHR,
 * comparisons, OP_LAND/OP_LOR). For OP_QUO on ints: truncated integer division when both are
 * CV_INT and intdiv is true, else exact/float division. Division by zero returns NULL (the checker
 * reports "invalid operation: division by zero"). */
ConstVal *cv_binary(int op, const ConstVal *x, const ConstVal *y, bool intdiv);
ConstVal *cv_shift(int op, const ConstVal *x, uint64_t count); /* OP_SHL / OP_SHR on CV_INT */
ConstVal *cv_unary(int op, const ConstVal *x, int unsigned_bits); /* OP_SUB, OP_ADD, OP_NOT, OP_XOR (^x: for unsigned types of unsigned_bits bits the result is masked; 0 = signed/untyped) */
bool cv_compare(int op, const ConstVal *x, const ConstVal *y); /* OP_EQL ... OP_GEQ */

/* True if an integer constant's magnitude exceeds the 512-bit limit (gc: "constant overflow"). */
bool cv_overflowed(const ConstVal *v);

/* Representability: does v fit the basic kind (compiler/types.def TypeKind value, e.g. TY_INT8,
 * TY_UINT64, TY_FLOAT32, TY_FLOAT64)? For floats: finite after rounding to the type. For ints from
 * CV_FLOAT: must be integral. If rounded is non-NULL, *rounded receives the value converted to
 * the type's representation (float32 rounding applied). */
bool cv_representable(const ConstVal *v, int type_kind, ConstVal **rounded);

/* Extraction (callers check representability first). */
int64_t cv_int64_val(const ConstVal *v);   /* low 64 bits, two's complement */
uint64_t cv_uint64_val(const ConstVal *v);
double cv_float64_val(const ConstVal *v);
bool cv_is_int(const ConstVal *v);         /* CV_INT, or CV_FLOAT with an integral value */
int cv_sign(const ConstVal *v);            /* -1, 0, 1 for numeric values */
bool cv_fits_int64(const ConstVal *v);
bool cv_fits_uint64(const ConstVal *v);

/* Formatting as gc prints constants in error messages: ints in decimal ("300",
 * "1267650600228229401496703205376"), floats like gc (e.g. "1.5", "1e+100"), strings quoted
 * ("\"hello\"") and truncated as gc does for long strings, bools "true"/"false". */
const char *cv_string_repr(const ConstVal *v);

#endif
