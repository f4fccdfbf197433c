/* natives_math.c — natives of package math. Functions whose results depend on the algorithm
 * come from gomath.c (gc's algorithms); exact operations (Sqrt, Floor, Mod, Frexp, ...) use
 * the C library, whose results are the same correctly rounded values. */
#include <limits.h>
#include <math.h>
#include "natives_util.h"
#include "gomath.h"

#define DBL_MAX_ 1.7976931348623157e308

static inline uint64_t f2u(double f) {
    uint64_t u;
    memcpy(&u, &f, 8);
    return u;
}
static inline double u2f(uint64_t u) {
    double f;
    memcpy(&f, &u, 8);
    return f;
}

#define F1(name, expr)                       \
    static int name(G *g, Word *a) {         \
        double x = a[0].f;                   \
        a[0].f = (expr);                     \
        return NAT_OK;                       \
    }
#define F2(name, expr)                       \
    static int name(G *g, Word *a) {         \
        double x = a[0].f, y = a[1].f;       \
        a[0].f = (expr);                     \
        return NAT_OK;                       \
    }

F1(m_abs, u2f(f2u(x) & ~(1ULL << 63)))
F1(m_acos, gm_acos(x))
F1(m_acosh, gm_acosh(x))
F1(m_asin, gm_asin(x))
F1(m_asinh, gm_asinh(x))
F1(m_atan, gm_atan(x))
F2(m_atan2, gm_atan2(x, y))
F1(m_atanh, gm_atanh(x))
F1(m_cbrt, gm_cbrt(x))
F1(m_ceil, ceil(x))
F2(m_copysign, u2f((f2u(x) & ~(1ULL << 63)) | (f2u(y) & (1ULL << 63))))
F1(m_cos, gm_cos(x))
F1(m_cosh, gm_cosh(x))
F2(m_dim, (x - y) <= 0 ? 0 : x - y)
F1(m_erf, gm_erf(x))
F1(m_erfc, gm_erfc(x))
F1(m_exp, gm_exp(x))
F1(m_exp2, gm_exp2(x))
F1(m_expm1, gm_expm1(x))
F1(m_floor, floor(x))
F1(m_gamma, gm_gamma(x))
F2(m_hypot, gm_hypot(x, y))
F1(m_log, gm_log(x))
F1(m_log10, gm_log10(x))
F1(m_log1p, gm_log1p(x))
F1(m_log2, gm_log2(x))
F2(m_max, gm_max(x, y))
F2(m_min, gm_min(x, y))
F2(m_mod, fmod(x, y))
F2(m_nextafter, gm_nextafter(x, y))
F2(m_pow, gm_pow(x, y))
F2(m_remainder, remainder(x, y))
F1(m_round, round(x))
F1(m_round_to_even, nearbyint(x))
F1(m_sin, gm_sin(x))
F1(m_sinh, gm_sinh(x))
F1(m_sqrt, sqrt(x))
F1(m_tan, gm_tan(x))
F1(m_tanh, gm_tanh(x))
F1(m_trunc, trunc(x))

static int m_fma(G *g, Word *a) {
    a[0].f = fma(a[0].f, a[1].f, a[2].f);
    return NAT_OK;
}

/* float32 values travel as the double holding them */
static int m_float32bits(G *g, Word *a) {
    float f = (float)a[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    a[0].u = u;
    return NAT_OK;
}

static int m_float32frombits(G *g, Word *a) {
    uint32_t u = (uint32_t)a[0].u;
    float f;
    memcpy(&f, &u, 4);
    a[0].f = f;
    return NAT_OK;
}

static int m_float64bits(G *g, Word *a) { (void)a; return NAT_OK; }     /* same word */
static int m_float64frombits(G *g, Word *a) { (void)a; return NAT_OK; } /* same word */

static int m_frexp(G *g, Word *a) {
    double x = a[0].f;
    int e = 0;
    if (x == 0 || isnan(x) || isinf(x)) {
        a[1].i = 0; /* frac = x */
        return NAT_OK;
    }
    a[0].f = frexp(x, &e);
    a[1].i = e;
    return NAT_OK;
}

static int m_ilogb(G *g, Word *a) {
    double x = a[0].f;
    if (x == 0) a[0].i = INT32_MIN;
    else if (isnan(x) || isinf(x)) a[0].i = INT32_MAX;
    else a[0].i = ilogb(x);
    return NAT_OK;
}

static int m_logb(G *g, Word *a) {
    double x = a[0].f;
    if (x == 0) a[0].f = gm_inf(-1);
    else if (isinf(x)) a[0].f = gm_inf(1);
    else if (!isnan(x)) a[0].f = (double)ilogb(x);
    return NAT_OK;
}

static int m_inf(G *g, Word *a) {
    a[0].f = gm_inf(a[0].i >= 0 ? 1 : -1);
    return NAT_OK;
}

static int m_isinf(G *g, Word *a) {
    double f = a[0].f;
    int64_t sign = a[1].i;
    a[0].u = (sign >= 0 && f > DBL_MAX_) || (sign <= 0 && f < -DBL_MAX_);
    return NAT_OK;
}

static int m_isnan(G *g, Word *a) {
    a[0].u = a[0].f != a[0].f;
    return NAT_OK;
}

static int m_ldexp(G *g, Word *a) {
    int64_t e = a[1].i;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    a[0].f = ldexp(a[0].f, (int)e);
    return NAT_OK;
}

static int m_modf(G *g, Word *a) {
    double ip;
    double x = a[0].f;
    double fr = modf(x, &ip);
    if (isinf(x)) fr = gm_nan(); /* Go: Modf(±Inf) = ±Inf, NaN */
    a[0].f = ip;
    a[1].f = fr;
    return NAT_OK;
}

static int m_nan(G *g, Word *a) {
    a[0].f = gm_nan();
    return NAT_OK;
}

static int m_nextafter32(G *g, Word *a) {
    a[0].f = gm_nextafter32((float)a[0].f, (float)a[1].f);
    return NAT_OK;
}

static const double pow10tab[] = {
    1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
};
static const double pow10postab32[] = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
static const double pow10negtab32[] = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160,
                                       1e-192, 1e-224, 1e-256, 1e-288, 1e-320};

/* Pow10 as gc computes it: a product (or quotient) of two table entries. */
static int m_pow10(G *g, Word *a) {
    int64_t n = a[0].i;
    if (0 <= n && n <= 308) a[0].f = pow10postab32[n / 32] * pow10tab[n % 32];
    else if (-323 <= n && n <= 0) a[0].f = pow10negtab32[-n / 32] / pow10tab[-n % 32];
    else a[0].f = n > 0 ? gm_inf(1) : 0;
    return NAT_OK;
}

static int m_signbit(G *g, Word *a) {
    a[0].u = f2u(a[0].f) >> 63;
    return NAT_OK;
}

const NativeEntry natives_math[] = {
    {"math.Abs", m_abs},
    {"math.Acos", m_acos},
    {"math.Acosh", m_acosh},
    {"math.Asin", m_asin},
    {"math.Asinh", m_asinh},
    {"math.Atan", m_atan},
    {"math.Atan2", m_atan2},
    {"math.Atanh", m_atanh},
    {"math.Cbrt", m_cbrt},
    {"math.Ceil", m_ceil},
    {"math.Copysign", m_copysign},
    {"math.Cos", m_cos},
    {"math.Cosh", m_cosh},
    {"math.Dim", m_dim},
    {"math.Erf", m_erf},
    {"math.Erfc", m_erfc},
    {"math.Exp", m_exp},
    {"math.Exp2", m_exp2},
    {"math.Expm1", m_expm1},
    {"math.FMA", m_fma},
    {"math.Float32bits", m_float32bits},
    {"math.Float32frombits", m_float32frombits},
    {"math.Float64bits", m_float64bits},
    {"math.Float64frombits", m_float64frombits},
    {"math.Floor", m_floor},
    {"math.Frexp", m_frexp},
    {"math.Gamma", m_gamma},
    {"math.Hypot", m_hypot},
    {"math.Ilogb", m_ilogb},
    {"math.Inf", m_inf},
    {"math.IsInf", m_isinf},
    {"math.IsNaN", m_isnan},
    {"math.Ldexp", m_ldexp},
    {"math.Log", m_log},
    {"math.Log10", m_log10},
    {"math.Log1p", m_log1p},
    {"math.Log2", m_log2},
    {"math.Logb", m_logb},
    {"math.Max", m_max},
    {"math.Min", m_min},
    {"math.Mod", m_mod},
    {"math.Modf", m_modf},
    {"math.NaN", m_nan},
    {"math.Nextafter", m_nextafter},
    {"math.Nextafter32", m_nextafter32},
    {"math.Pow", m_pow},
    {"math.Pow10", m_pow10},
    {"math.Remainder", m_remainder},
    {"math.Round", m_round},
    {"math.RoundToEven", m_round_to_even},
    {"math.Signbit", m_signbit},
    {"math.Sin", m_sin},
    {"math.Sinh", m_sinh},
    {"math.Sqrt", m_sqrt},
    {"math.Tan", m_tan},
    {"math.Tanh", m_tanh},
    {"math.Trunc", m_trunc},
    {NULL, NULL},
};
