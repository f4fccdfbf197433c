/* const.c — exact constant values for the type checker (see const.h).
 *
 * Representation (what must stay true):
 *  - CV_INT: i is a BigInt (bigint.h). Values are exact up to BIGINT_MAX_BITS; beyond that the
 *    BigInt is "infinite". Go's own limit is 512 bits: cv_overflowed reports anything above.
 *  - CV_FLOAT: f always holds the value rounded to long double. Like go/constant, a float is kept
 *    as an exact fraction while numerator and denominator stay below RAT_MAX_BITS bits (gc's
 *    "ratVal"); then i points at the `num` member of a private Rat (num/den in lowest terms,
 *    den > 0). Past that size the value is only f (i == NULL, gc's "floatVal"), and every
 *    result computed from an inexact operand is inexact too. Exact fractions make 1.1*10 an
 *    integer, 0.1+0.2-0.3 zero, and float32/float64 rounding exact, as in gc.
 *  - CV_STRING: s[0:slen] (a private copy, NUL-terminated for convenience), CV_BOOL: b.
 *  Values are immutable; no function here keeps mutable global state (thread-safe).
 */
#include "const.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/ast.h"
#include "../util/mem.h"
#include "bigint.h"
#include "types.h"

#define RAT_MAX_BITS 4096   /* gc's maxExp: fractions with bigger parts become floats */
#define CONST_INT_BITS 512  /* gc: untyped integer constants may not exceed 512 bits */

/* Smallest subnormal exponents (value of the last significand bit) of the binary formats. */
#define LSB_MIN_F32 (-149L)
#define LSB_MIN_F64 (-1074L)
#define LSB_MIN_LD (-16445L)

typedef struct Rat {
    BigInt num;          /* first member: a CV_FLOAT's i points here */
    const BigInt *den;   /* > 0, gcd(num, den) == 1 */
} Rat;

static const Rat *rat_of(const ConstVal *v) {
    return v->kind == CV_FLOAT && v->i ? (const Rat *)(const void *)v->i : NULL;
}

static BigInt *big_one(void) { return bigint_from_u64(1); }

static bool big_is_one(const BigInt *b) { return b->sign > 0 && !b->inf && b->n == 1 && b->d[0] == 1; }

/* ---- construction ---- */

static ConstVal *mk(CvKind k) {
    ConstVal *v = NEW(ConstVal);
    v->kind = k;
    return v;
}

static ConstVal *mk_int(const BigInt *b) {
    ConstVal *v = mk(CV_INT);
    v->i = (BigInt *)b;
    return v;
}

ConstVal *cv_bool(bool b) {
    ConstVal *v = mk(CV_BOOL);
    v->b = b;
    return v;
}

ConstVal *cv_string(const char *s, size_t n) {
    ConstVal *v = mk(CV_STRING);
    v->s = mem_strndup(s ? s : "", s ? n : 0);
    v->slen = s ? n : 0;
    return v;
}

ConstVal *cv_int64(int64_t x) { return mk_int(bigint_from_i64(x)); }
ConstVal *cv_uint64(uint64_t x) { return mk_int(bigint_from_u64(x)); }

/* The value of num/den (den > 0) correctly rounded (to nearest, ties to even) to a binary
 * format with prec-bit significands whose smallest subnormal is 2^lsb_min. The result is
 * exactly representable in that format unless it overflows, in which case it exceeds the
 * format's range (callers convert to float/double, which then gives ±Inf). */
static long double rat_round(const BigInt *num, const BigInt *den, long prec, long lsb_min) {
    if (num->sign == 0) return 0.0L;
    int sign = num->sign;
    if (num->inf) return sign * HUGE_VALL;
    if (den->inf) return sign * 0.0L;
    BigInt *a = bigint_abs(num);
    const BigInt *b = den;
    long la = (long)bigint_bitlen(a), lb = (long)bigint_bitlen(b);
    /* find e with 2^(e-1) <= a/b < 2^e */
    long e = la - lb;
    int c = e >= 0 ? bigint_cmp(a, bigint_shl(b, (uint64_t)e)) : bigint_cmp(bigint_shl(a, (uint64_t)-e), b);
    if (c >= 0) e++;
    long p = prec;
    if (e - p < lsb_min) p = e - lsb_min; /* subnormal: fewer significant bits */
    if (p < 0) return sign * 0.0L;         /* below half the smallest subnormal */
    /* q2 = floor(a/b * 2^(p-e+1)): the p-bit significand plus one rounding bit */
    long sh = p - e + 1;
    BigInt *n2 = sh >= 0 ? bigint_shl(a, (uint64_t)sh) : a;
    const BigInt *d2 = sh >= 0 ? b : bigint_shl(b, (uint64_t)-sh);
    BigInt *q2, *r;
    bigint_divmod(n2, d2, &q2, &r);
    bool sticky = r->sign != 0, half = bigint_bit(q2, 0);
    BigInt *q = bigint_shr(q2, 1);
    if (half && (sticky || bigint_bit(q, 0))) q = bigint_add(q, big_one());
    long ex = e - p;
    if (bigint_bitlen(q) > 64) { /* q == 2^64 after rounding up */
        q = bigint_shr(q, 1);
        ex++;
    }
    long double m = (long double)bigint_low64(q);
    long double res = ldexpl(m, (int)ex);
    return sign < 0 ? -res : res;
}

static ConstVal *mk_float_inexact(long double f) {
    ConstVal *v = mk(CV_FLOAT);
    v->f = f;
    return v;
}

/* num/den as a float constant, exact when small enough. den != 0. */
static ConstVal *mk_float_rat(const BigInt *num, const BigInt *den) {
    if (den->sign < 0) {
        num = bigint_neg(num);
        den = bigint_neg(den);
    }
    if (num->inf || den->inf) return mk_float_inexact(rat_round(num, den, LDBL_MANT_DIG, LSB_MIN_LD));
    if (num->sign == 0) den = big_one();
    if (!big_is_one(den)) {
        BigInt *g = bigint_gcd(num, den);
        if (!big_is_one(g)) {
            BigInt *q;
            bigint_divmod(num, g, &q, NULL);
            num = q;
            bigint_divmod(den, g, &q, NULL);
            den = q;
        }
    }
    long double f = rat_round(num, den, LDBL_MANT_DIG, LSB_MIN_LD);
    if (bigint_bitlen(num) >= RAT_MAX_BITS || bigint_bitlen(den) >= RAT_MAX_BITS) return mk_float_inexact(f);
    Rat *r = NEW(Rat);
    r->num = *num;
    r->den = den;
    ConstVal *v = mk(CV_FLOAT);
    v->f = f;
    v->i = &r->num;
    return v;
}

/* An integral long double as a BigInt (f finite and integral). */
static BigInt *big_from_ld(long double f) {
    if (f == 0) return bigint_from_u64(0);
    int e;
    long double m = frexpl(fabsl(f), &e); /* |f| = m * 2^e, 0.5 <= m < 1 */
    uint64_t M = (uint64_t)ldexpl(m, 64);
    BigInt *b = bigint_from_u64(M);
    b = e >= 64 ? bigint_shl(b, (uint64_t)(e - 64)) : bigint_shr(b, (uint64_t)(64 - e));
    return f < 0 ? bigint_neg(b) : b;
}

ConstVal *cv_float(long double f) {
    if (!isfinite(f) || f == 0) {
        if (f == 0) return mk_float_rat(bigint_from_u64(0), big_one());
        return mk_float_inexact(f);
    }
    /* Every finite long double is exactly M * 2^(e-64) with a 64-bit M. */
    int e;
    long double m = frexpl(fabsl(f), &e);
    uint64_t M = (uint64_t)ldexpl(m, 64);
    int tz = __builtin_ctzll(M);
    M >>= tz;
    long ex = (long)e - 64 + tz;
    if (ex >= RAT_MAX_BITS - 64 || -ex >= RAT_MAX_BITS) return mk_float_inexact(f);
    BigInt *num = bigint_from_u64(M);
    if (f < 0) num = bigint_neg(num);
    if (ex >= 0) return mk_float_rat(bigint_shl(num, (uint64_t)ex), big_one());
    return mk_float_rat(num, bigint_shl(big_one(), (uint64_t)-ex));
}

/* ---- literals ---- */

/* Copy lit without '_' into a fresh buffer; NULL if an '_' is misplaced. Go allows '_' only
 * between digits or between a base prefix and a digit (digit classes are checked later). */
static char *strip_underscores(const char *lit, size_t *outlen) {
    size_t n = strlen(lit);
    char *s = mem_alloc_atomic(n + 1);
    size_t k = 0;
    bool hex = n >= 2 && lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X');
    int (*isdig)(int) = hex ? isxdigit : isdigit; /* ('_' in a hex float's decimal exponent: isxdigit is a superset) */
    for (size_t j = 0; j < n; j++) {
        if (lit[j] == '_') {
            bool prev_ok = j > 0 && (isdig((unsigned char)lit[j - 1]) ||
                                     (j == 1 && lit[0] == '0') ||
                                     (j == 2 && lit[0] == '0' && strchr("xXoObB", lit[1])));
            bool next_ok = j + 1 < n && isdig((unsigned char)lit[j + 1]);
            if (!prev_ok || !next_ok) return NULL;
            continue;
        }
        s[k++] = lit[j];
    }
    s[k] = 0;
    *outlen = k;
    return s;
}

ConstVal *cv_parse_int(const char *lit) {
    if (!lit) return NULL;
    size_t n;
    char *s = strip_underscores(lit, &n);
    if (!s || n == 0) return NULL;
    int base = 10;
    const char *d = s;
    if (s[0] == '0' && n >= 2) {
        switch (s[1]) {
        case 'x': case 'X': base = 16; d = s + 2; break;
        case 'o': case 'O': base = 8; d = s + 2; break;
        case 'b': case 'B': base = 2; d = s + 2; break;
        default: base = 8; d = s + 1; break; /* legacy octal 0777 */
        }
    }
    BigInt *b = bigint_parse(d, strlen(d), base);
    return b ? mk_int(b) : NULL;
}

static bool all_digits(const char *p, size_t n, int base) {
    if (n == 0) return false;
    for (size_t j = 0; j < n; j++) {
        int c = (unsigned char)p[j];
        int v = isdigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : 99;
        if (v >= base) return false;
    }
    return true;
}

ConstVal *cv_parse_float(const char *lit) {
    if (!lit) return NULL;
    size_t n;
    char *s = strip_underscores(lit, &n);
    if (!s || n == 0) return NULL;
    bool hex = n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    const char *p = hex ? s + 2 : s;
    /* mantissa: int digits [. frac digits] */
    const char *ip = p;
    size_t il = 0;
    while (p[il] && (hex ? isxdigit((unsigned char)p[il]) : isdigit((unsigned char)p[il]))) il++;
    const char *fp = "";
    size_t fl = 0;
    const char *q = p + il;
    if (*q == '.') {
        fp = q + 1;
        while (fp[fl] && (hex ? isxdigit((unsigned char)fp[fl]) : isdigit((unsigned char)fp[fl]))) fl++;
        q = fp + fl;
    }
    if (il + fl == 0) return NULL;
    long exp = 0;
    bool has_exp = false;
    if (*q == (hex ? 'p' : 'e') || *q == (hex ? 'P' : 'E')) {
        has_exp = true;
        q++;
        int esign = 1;
        if (*q == '+' || *q == '-') esign = *q++ == '-' ? -1 : 1;
        if (!isdigit((unsigned char)*q)) return NULL;
        while (isdigit((unsigned char)*q)) {
            if (exp < 100000000) exp = exp * 10 + (*q - '0');
            q++;
        }
        exp *= esign;
    }
    if (*q != 0) return NULL;
    if (hex && !has_exp) return NULL; /* Go: hexadecimal mantissa requires a 'p' exponent */

    /* digits of the mantissa as one integer */
    char *digits = mem_alloc_atomic(il + fl + 1);
    memcpy(digits, ip, il);
    memcpy(digits + il, fp, fl);
    size_t dl = il + fl;
    if (!all_digits(digits, dl, hex ? 16 : 10)) return NULL;
    /* leading zeros cost nothing but make the size estimate below wrong: drop them */
    size_t lz = 0;
    while (lz + 1 < dl && digits[lz] == '0') lz++;
    BigInt *m = bigint_parse(digits + lz, dl - lz, hex ? 16 : 10);
    if (!m) return NULL;
    if (m->sign == 0) return cv_float(0.0L);

    if (hex) {
        long e2 = exp - 4 * (long)fl;
        long mb = (long)bigint_bitlen(m);
        if (!m->inf && mb + e2 < RAT_MAX_BITS && -e2 < RAT_MAX_BITS) {
            if (e2 >= 0) return mk_float_rat(bigint_shl(m, (uint64_t)e2), big_one());
            return mk_float_rat(m, bigint_shl(big_one(), (uint64_t)-e2));
        }
    } else {
        long e10 = exp - (long)fl;
        long mb = (long)bigint_bitlen(m);
        /* 10^k needs about 3.33k bits */
        if (!m->inf && mb + (e10 > 0 ? e10 * 10 / 3 + 1 : 0) < 2 * RAT_MAX_BITS && (e10 >= 0 || -e10 * 10 / 3 < 2 * RAT_MAX_BITS)) {
            if (e10 >= 0) return mk_float_rat(bigint_mul(m, bigint_pow(10, (uint64_t)e10)), big_one());
            return mk_float_rat(m, bigint_pow(10, (uint64_t)-e10));
        }
    }
    /* Too large or too small for a fraction: long double only (strtold reads both forms). */
    return mk_float_inexact(strtold(s, NULL));
}

/* ---- conversions ---- */

ConstVal *cv_to_float(const ConstVal *v) {
    if (!v) return NULL;
    if (v->kind == CV_FLOAT) return (ConstVal *)v;
    if (v->kind != CV_INT) return NULL;
    return mk_float_rat(v->i, big_one());
}

/* gc (go/constant.ToInt) accepts a non-fraction float within a few bits of an integer, to
 * forgive rounding in earlier operations, but only below 2^4095 in magnitude ("smallFloat":
 * 1e4000 is not an integer to gc). */
static ConstVal *inexact_to_int(long double f, bool trunc) {
    if (!isfinite(f)) return NULL;
    if (trunc) return mk_int(big_from_ld(truncl(f)));
    int e;
    frexpl(f, &e);
    if (e >= RAT_MAX_BITS) return NULL;
    if (floorl(f) == f) return mk_int(big_from_ld(f));
    long double r = roundl(f);
    if (fabsl(f - r) <= ldexpl(fabsl(f), -(LDBL_MANT_DIG - 4))) return mk_int(big_from_ld(r));
    return NULL;
}

ConstVal *cv_to_int(const ConstVal *v) {
    if (!v) return NULL;
    if (v->kind == CV_INT) return (ConstVal *)v;
    if (v->kind != CV_FLOAT) return NULL;
    const Rat *r = rat_of(v);
    if (!r) return inexact_to_int(v->f, false);
    if (!big_is_one(r->den)) return NULL;
    BigInt *b = NEW(BigInt);
    *b = r->num;
    return mk_int(b);
}

ConstVal *cv_trunc_int(const ConstVal *v) {
    if (!v) return NULL;
    if (v->kind == CV_INT) return (ConstVal *)v;
    if (v->kind != CV_FLOAT) return NULL;
    const Rat *r = rat_of(v);
    if (!r) return inexact_to_int(v->f, true);
    BigInt *q;
    bigint_divmod(&r->num, r->den, &q, NULL);
    return mk_int(q);
}

/* ---- arithmetic ---- */

static bool is_num(const ConstVal *v) { return v->kind == CV_INT || v->kind == CV_FLOAT; }

/* x op y on floats (op one of + - * /); NULL on division by zero. */
static ConstVal *float_arith(int op, const ConstVal *x, const ConstVal *y) {
    if (op == OP_QUO && cv_sign(y) == 0) return NULL;
    const Rat *a = rat_of(x), *b = rat_of(y);
    if (a && b) {
        const BigInt *an = &a->num, *bn = &b->num;
        switch (op) {
        case OP_ADD:
        case OP_SUB: {
            BigInt *l = bigint_mul(an, b->den), *r = bigint_mul(bn, a->den);
            return mk_float_rat(op == OP_ADD ? bigint_add(l, r) : bigint_sub(l, r), bigint_mul(a->den, b->den));
        }
        case OP_MUL: return mk_float_rat(bigint_mul(an, bn), bigint_mul(a->den, b->den));
        case OP_QUO: return mk_float_rat(bigint_mul(an, b->den), bigint_mul(a->den, bn));
        default: return NULL;
        }
    }
    long double l = x->f, r = y->f;
    switch (op) {
    case OP_ADD: return mk_float_inexact(l + r);
    case OP_SUB: return mk_float_inexact(l - r);
    case OP_MUL: return mk_float_inexact(l * r);
    case OP_QUO: return mk_float_inexact(l / r);
    default: return NULL;
    }
}

/* -1, 0, 1 comparing two numeric constants (of any numeric kinds) */
static int num_cmp(const ConstVal *x, const ConstVal *y) {
    if (x->kind == CV_INT && y->kind == CV_INT) return bigint_cmp(x->i, y->i);
    x = cv_to_float(x);
    y = cv_to_float(y);
    const Rat *a = rat_of(x), *b = rat_of(y);
    if (a && b) return bigint_cmp(bigint_mul(&a->num, b->den), bigint_mul(&b->num, a->den));
    return x->f < y->f ? -1 : x->f > y->f ? 1 : 0;
}

static bool cmp_result(int op, int c) {
    switch (op) {
    case OP_EQL: return c == 0;
    case OP_NEQ: return c != 0;
    case OP_LSS: return c < 0;
    case OP_LEQ: return c <= 0;
    case OP_GTR: return c > 0;
    case OP_GEQ: return c >= 0;
    default: return false;
    }
}

static bool is_cmp_op(int op) { return op >= OP_EQL && op <= OP_GEQ; }

bool cv_compare(int op, const ConstVal *x, const ConstVal *y) {
    if (!x || !y || !is_cmp_op(op)) return false;
    if (is_num(x) && is_num(y)) return cmp_result(op, num_cmp(x, y));
    if (x->kind != y->kind) return false;
    if (x->kind == CV_BOOL) {
        if (op == OP_EQL) return x->b == y->b;
        if (op == OP_NEQ) return x->b != y->b;
        return false;
    }
    /* strings: bytewise, the shorter prefix first */
    size_t n = x->slen < y->slen ? x->slen : y->slen;
    int c = memcmp(x->s, y->s, n);
    if (c == 0) c = x->slen < y->slen ? -1 : x->slen > y->slen ? 1 : 0;
    return cmp_result(op, c < 0 ? -1 : c > 0);
}

ConstVal *cv_shift(int op, const ConstVal *x, uint64_t count) {
    if (!x) return NULL;
    ConstVal *xi = cv_to_int(x);
    if (!xi) return NULL;
    if (op == OP_SHL) return mk_int(bigint_shl(xi->i, count));
    if (op == OP_SHR) return mk_int(bigint_shr(xi->i, count));
    return NULL;
}

ConstVal *cv_binary(int op, const ConstVal *x, const ConstVal *y, bool intdiv) {
    if (!x || !y) return NULL;
    if (is_cmp_op(op)) {
        if (is_num(x) != is_num(y) || (!is_num(x) && x->kind != y->kind)) return NULL;
        if (x->kind == CV_BOOL && op != OP_EQL && op != OP_NEQ) return NULL;
        return cv_bool(cv_compare(op, x, y));
    }
    if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
        if (op == OP_LAND) return cv_bool(x->b && y->b);
        if (op == OP_LOR) return cv_bool(x->b || y->b);
        return NULL;
    }
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        if (op != OP_ADD) return NULL;
        ConstVal *v = mk(CV_STRING);
        char *s = mem_alloc_atomic(x->slen + y->slen + 1);
        memcpy(s, x->s, x->slen);
        memcpy(s + x->slen, y->s, y->slen);
        v->s = s;
        v->slen = x->slen + y->slen;
        return v;
    }
    if (!is_num(x) || !is_num(y)) return NULL;
    if (op == OP_SHL || op == OP_SHR) {
        /* untyped constant shifts: both operands must be integers (2.0 counts), count >= 0 */
        ConstVal *yi = cv_to_int(y);
        if (!yi || yi->i->sign < 0) return NULL;
        return cv_shift(op, x, bigint_fits_u64(yi->i) ? bigint_low64(yi->i) : UINT64_MAX);
    }
    if (x->kind == CV_INT && y->kind == CV_INT) {
        const BigInt *a = x->i, *b = y->i;
        BigInt *q, *r;
        switch (op) {
        case OP_ADD: return mk_int(bigint_add(a, b));
        case OP_SUB: return mk_int(bigint_sub(a, b));
        case OP_MUL: return mk_int(bigint_mul(a, b));
        case OP_QUO:
            if (b->sign == 0) return NULL;
            if (!intdiv) return float_arith(OP_QUO, cv_to_float(x), cv_to_float(y));
            bigint_divmod(a, b, &q, NULL);
            return mk_int(q);
        case OP_REM:
            if (b->sign == 0) return NULL;
            bigint_divmod(a, b, NULL, &r);
            return mk_int(r);
        case OP_AND: return mk_int(bigint_and(a, b));
        case OP_OR: return mk_int(bigint_or(a, b));
        case OP_XOR: return mk_int(bigint_xor(a, b));
        case OP_ANDNOT: return mk_int(bigint_andnot(a, b));
        default: return NULL;
        }
    }
    switch (op) {
    case OP_ADD: case OP_SUB: case OP_MUL: case OP_QUO:
        return float_arith(op, cv_to_float(x), cv_to_float(y));
    default:
        return NULL;
    }
}

ConstVal *cv_unary(int op, const ConstVal *x, int unsigned_bits) {
    if (!x) return NULL;
    switch (op) {
    case OP_ADD:
        return is_num(x) ? (ConstVal *)x : NULL;
    case OP_SUB:
        if (x->kind == CV_INT) return mk_int(bigint_neg(x->i));
        if (x->kind == CV_FLOAT) {
            const Rat *r = rat_of(x);
            if (!r) return mk_float_inexact(-x->f);
            return mk_float_rat(bigint_neg(&r->num), r->den);
        }
        return NULL;
    case OP_NOT:
        return x->kind == CV_BOOL ? cv_bool(!x->b) : NULL;
    case OP_XOR: {
        if (x->kind != CV_INT) return NULL;
        BigInt *z = bigint_not(x->i);
        /* Unsigned types: ^x is the complement within the type's width (go/constant limits the
         * result to prec bits: z &^= -1 << prec). */
        if (unsigned_bits > 0) z = bigint_andnot(z, bigint_shl(bigint_from_i64(-1), (uint64_t)unsigned_bits));
        return mk_int(z);
    }
    default:
        return NULL;
    }
}

bool cv_overflowed(const ConstVal *v) {
    if (!v) return false;
    if (v->kind == CV_INT) return v->i->inf || bigint_bitlen(v->i) > CONST_INT_BITS;
    if (v->kind == CV_FLOAT) return !isfinite(v->f);
    return false;
}

/* ---- representability ---- */

static bool int_fits_kind(const BigInt *b, int kind) {
    int bits;
    bool is_signed;
    switch (kind) {
    case TY_INT8: bits = 8; is_signed = true; break;
    case TY_INT16: bits = 16; is_signed = true; break;
    case TY_INT32: bits = 32; is_signed = true; break;
    case TY_INT: case TY_INT64: bits = 64; is_signed = true; break;
    case TY_UINT8: bits = 8; is_signed = false; break;
    case TY_UINT16: bits = 16; is_signed = false; break;
    case TY_UINT32: bits = 32; is_signed = false; break;
    case TY_UINT: case TY_UINT64: case TY_UINTPTR: bits = 64; is_signed = false; break;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: return !b->inf && bigint_bitlen(b) <= CONST_INT_BITS;
    default: return false;
    }
    if (b->inf) return false;
    size_t bl = bigint_bitlen(b);
    if (!is_signed) return b->sign >= 0 && bl <= (size_t)bits;
    if (b->sign >= 0) return bl <= (size_t)bits - 1;
    /* negative: |b| <= 2^(bits-1) */
    return bl < (size_t)bits || (bl == (size_t)bits && bigint_trailing_zeros(b) == (size_t)bits - 1);
}

/* v (numeric) rounded to float32 (prec 24) or float64 (prec 53). */
static long double round_to(const ConstVal *v, int prec) {
    ConstVal *fv = cv_to_float(v);
    const Rat *r = rat_of(fv);
    long double f;
    if (prec == 24) f = r ? (float)rat_round(&r->num, r->den, 24, LSB_MIN_F32) : (float)fv->f;
    else f = r ? (double)rat_round(&r->num, r->den, 53, LSB_MIN_F64) : (double)fv->f;
    return f == 0 ? 0.0L : f; /* constants have no -0 (go/constant.MakeFloat64(-0) is 0) */
}

bool cv_representable(const ConstVal *v, int type_kind, ConstVal **rounded) {
    if (!v) return false;
    switch (type_kind) {
    case TY_BOOL:
    case TY_UNTYPED_BOOL:
        if (v->kind != CV_BOOL) return false;
        if (rounded) *rounded = (ConstVal *)v;
        return true;
    case TY_STRING:
    case TY_UNTYPED_STRING:
        if (v->kind != CV_STRING) return false;
        if (rounded) *rounded = (ConstVal *)v;
        return true;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: {
        if (!is_num(v) || cv_overflowed(v)) return false;
        ConstVal *iv = cv_to_int(v);
        if (!iv || !int_fits_kind(iv->i, type_kind)) return false;
        if (rounded) *rounded = iv;
        return true;
    }
    case TY_FLOAT32: case TY_COMPLEX64:
    case TY_FLOAT64: case TY_COMPLEX128: {
        if (!is_num(v) || cv_overflowed(v)) return false;
        long double f = round_to(v, type_kind == TY_FLOAT32 || type_kind == TY_COMPLEX64 ? 24 : 53);
        if (!isfinite(f)) return false;
        if (rounded) *rounded = cv_float(f);
        return true;
    }
    case TY_UNTYPED_FLOAT:
        if (!is_num(v) || cv_overflowed(v)) return false;
        if (rounded) *rounded = cv_to_float(v);
        return true;
    default:
        return false;
    }
}

/* ---- extraction ---- */

int64_t cv_int64_val(const ConstVal *v) { return (int64_t)cv_uint64_val(v); }

uint64_t cv_uint64_val(const ConstVal *v) {
    if (!v) return 0;
    if (v->kind == CV_BOOL) return v->b;
    ConstVal *iv = cv_trunc_int(v);
    return iv ? bigint_low64(iv->i) : 0;
}

double cv_float64_val(const ConstVal *v) {
    if (!v || !is_num(v)) return 0;
    return (double)round_to(v, 53);
}

bool cv_is_int(const ConstVal *v) { return v && (v->kind == CV_INT || (v->kind == CV_FLOAT && cv_to_int(v))); }

int cv_sign(const ConstVal *v) {
    if (!v) return 0;
    if (v->kind == CV_INT) return v->i->sign;
    if (v->kind == CV_FLOAT) {
        const Rat *r = rat_of(v);
        if (r) return r->num.sign;
        return v->f > 0 ? 1 : v->f < 0 ? -1 : 0;
    }
    return 0;
}

bool cv_fits_int64(const ConstVal *v) {
    ConstVal *iv = v && is_num(v) ? cv_to_int(v) : NULL;
    return iv && bigint_fits_i64(iv->i);
}

bool cv_fits_uint64(const ConstVal *v) {
    ConstVal *iv = v && is_num(v) ? cv_to_int(v) : NULL;
    return iv && bigint_fits_u64(iv->i);
}

/* ---- formatting ---- */

/* strconv.IsPrint, approximated: Go's table lists every unassigned code point as unprintable;
 * here only controls, format characters, non-ASCII spaces, surrogates, private use areas and
 * noncharacters are (what a constant in an error message realistically contains). */
static bool go_isprint(uint32_t r) {
    static const uint32_t nonprint[][2] = {
        {0x80, 0xA0}, {0xAD, 0xAD}, {0x600, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD},
        {0x70F, 0x70F}, {0x890, 0x891}, {0x8E2, 0x8E2}, {0x1680, 0x1680}, {0x180E, 0x180E},
        {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F}, {0x3000, 0x3000},
        {0xD800, 0xF8FF}, {0xFDD0, 0xFDEF}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB},
        {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
        {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
    };
    if (r < 0x80) return r >= 0x20 && r < 0x7F;
    if (r > 0x10FFFF || (r & 0xFFFE) == 0xFFFE) return false;
    for (size_t k = 0; k < sizeof nonprint / sizeof nonprint[0]; k++)
        if (r >= nonprint[k][0] && r <= nonprint[k][1]) return false;
    return true;
}

/* Decode one rune as Go does; *r = 0xFFFD with width 1 for any invalid sequence. */
static int utf8_dec(const unsigned char *s, size_t n, uint32_t *r) {
    unsigned c = s[0];
    *r = 0xFFFD;
    if (c < 0x80) {
        *r = c;
        return 1;
    }
    int w;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) w = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        w = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        w = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else return 1;
    if (n < (size_t)w || s[1] < lo || s[1] > hi) return 1;
    for (int k = 2; k < w; k++)
        if (s[k] < 0x80 || s[k] > 0xBF) return 1;
    uint32_t v = c & (w == 2 ? 0x1F : w == 3 ? 0x0F : 0x07);
    for (int k = 1; k < w; k++) v = (v << 6) | (s[k] & 0x3F);
    *r = v;
    return w;
}

/* strconv.Quote, then go/constant's shortening to 72 runes ("..." replacing the tail). */
static const char *quote_go(const char *s, size_t n) {
    size_t cap = n * 10 + 3, k = 0;
    char *out = mem_alloc_atomic(cap);
    out[k++] = '"';
    for (size_t j = 0; j < n;) {
        uint32_t r;
        int w = utf8_dec((const unsigned char *)s + j, n - j, &r);
        if (w == 1 && r == 0xFFFD) {
            k += (size_t)sprintf(out + k, "\\x%02x", (unsigned char)s[j]);
        } else if (r == '"' || r == '\\') {
            out[k++] = '\\';
            out[k++] = (char)r;
        } else if (go_isprint(r)) {
            memcpy(out + k, s + j, (size_t)w);
            k += (size_t)w;
        } else {
            switch (r) {
            case '\a': k += (size_t)sprintf(out + k, "\\a"); break;
            case '\b': k += (size_t)sprintf(out + k, "\\b"); break;
            case '\f': k += (size_t)sprintf(out + k, "\\f"); break;
            case '\n': k += (size_t)sprintf(out + k, "\\n"); break;
            case '\r': k += (size_t)sprintf(out + k, "\\r"); break;
            case '\t': k += (size_t)sprintf(out + k, "\\t"); break;
            case '\v': k += (size_t)sprintf(out + k, "\\v"); break;
            default:
                if (r < ' ' || r == 0x7F) k += (size_t)sprintf(out + k, "\\x%02x", (unsigned)r);
                else if (r < 0x10000) k += (size_t)sprintf(out + k, "\\u%04x", (unsigned)r);
                else k += (size_t)sprintf(out + k, "\\U%08x", (unsigned)r);
            }
        }
        j += (size_t)w;
    }
    out[k++] = '"';
    out[k] = 0;
    /* shorten: the quoted form is valid UTF-8, so count lead bytes */
    const size_t max_len = 72;
    size_t runes = 0;
    for (size_t j = 0; j < k; j++)
        if (((unsigned char)out[j] & 0xC0) != 0x80) runes++;
    if (runes > max_len) {
        size_t j = 0, cnt = 0;
        while (cnt < max_len - 3) {
            j++;
            while (j < k && ((unsigned char)out[j] & 0xC0) == 0x80) j++;
            cnt++;
        }
        memcpy(out + j, "...", 4);
    }
    return out;
}

/* fmt's %g (shortest representation that reads back as x), x finite and nonzero. */
static void fmt_g_shortest(double x, char *out, size_t cap) {
    char buf[48];
    for (int P = 1; P <= 17; P++) {
        snprintf(buf, sizeof buf, "%.*e", P - 1, x);
        if (strtod(buf, NULL) == x) break;
    }
    /* buf: [-]D[.DDD]e(+|-)XX */
    char digs[32];
    int nd = 0;
    const char *p = buf;
    bool neg = *p == '-';
    if (neg) p++;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digs[nd++] = *p;
    while (nd > 1 && digs[nd - 1] == '0') nd--;
    int exp = atoi(p + 1);
    size_t k = 0;
    if (neg) out[k++] = '-';
    if (exp < -4 || exp >= 6) { /* %e with all shortest digits, exponent at least 2 digits */
        out[k++] = digs[0];
        if (nd > 1) {
            out[k++] = '.';
            for (int j = 1; j < nd; j++) out[k++] = digs[j];
        }
        snprintf(out + k, cap - k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return;
    }
    int dp = exp + 1; /* digits before the decimal point */
    if (dp > 0) {
        for (int j = 0; j < dp; j++) out[k++] = j < nd ? digs[j] : '0';
    } else {
        out[k++] = '0';
    }
    int frac = nd - dp > 0 ? nd - dp : 0;
    if (frac > 0) {
        out[k++] = '.';
        for (int j = 0; j < frac; j++) {
            int idx = dp + j;
            out[k++] = idx >= 0 && idx < nd ? digs[idx] : '0';
        }
    }
    out[k] = 0;
}

/* go/constant's Float String: %.6g of the float64 value when it is in float64 range (with the
 * Go 1.20+ fix for issue 56220: a non-integer that %.6g shows without a '.' gets %g); otherwise
 * an approximate mantissa and decimal exponent. */
static const char *float_repr(const ConstVal *v) {
    char buf[64];
    if (!isfinite(v->f)) return v->f < 0 ? "-Inf" : "+Inf";
    const Rat *r = rat_of(v);
    double x = r ? (double)rat_round(&r->num, r->den, 53, LSB_MIN_F64) : (double)v->f;
    int sign = cv_sign(v);
    if ((sign == 0) == (x == 0) && !isinf(x)) {
        snprintf(buf, sizeof buf, "%.6g", x);
        bool is_int = r ? big_is_one(r->den) : floorl(v->f) == v->f;
        if (!is_int && !strchr(buf, '.')) fmt_g_shortest(x, buf, sizeof buf);
        return mem_strdup(buf);
    }
    int exp;
    double m = (double)frexpl(v->f, &exp);            /* 0.5 <= |m| < 1 */
    double d = (double)exp * 0.30102999566398119521; /* log10(2) */
    long long e = (long long)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    snprintf(buf, sizeof buf, "%.6ge%+lld", m, e);
    return mem_strdup(buf);
}

const char *cv_string_repr(const ConstVal *v) {
    if (!v) return "unknown";
    switch (v->kind) {
    case CV_BOOL: return v->b ? "true" : "false";
    case CV_STRING: return quote_go(v->s, v->slen);
    case CV_INT: return v->i->inf ? "unknown" : bigint_to_dec(v->i);
    case CV_FLOAT: return float_repr(v);
    }
    return "unknown";
}
