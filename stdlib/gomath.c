/* gomath.c — Go's math package functions, ported to C so results match gc on amd64 bit for
 * bit (the C library's libm differs from Go's algorithms in the last place, which %v shows).
 *
 * Sources: the algorithms of Go 1.22's src/math (*.go, BSD licence; most derived from FreeBSD
 * and Cephes). On amd64 gc uses assembly for Exp (Shibata's method, FMA variant when the CPU
 * has AVX+FMA, as every current x86-64 does), Log, Hypot, Floor/Ceil/Trunc, Sqrt, Max/Min; the
 * first three are ported from that assembly, the rest are exact operations C has too.
 * Rules kept: no FP contraction (C11 mode: -ffp-contract=off), SSE2 doubles, and every
 * constant expression Go evaluates exactly is written as its correctly rounded hex value. */
#include <math.h>
#include <string.h>
#include "gomath.h"

static inline uint64_t bits(double f) {
    uint64_t u;
    memcpy(&u, &f, 8);
    return u;
}

static inline double frombits(uint64_t u) {
    double f;
    memcpy(&f, &u, 8);
    return f;
}

#define PI 0x1.921fb54442d18p+1      /* Pi */
#define PI_2 0x1.921fb54442d18p+0    /* Pi/2 */
#define PI_4 0x1.921fb54442d18p-1    /* Pi/4 */
#define PI3_4 0x1.2d97c7f3321d2p+1   /* 3*Pi/4 */
#define FOUR_PI 0x1.45f306dc9c883p+0 /* 4/Pi */
#define LN2 0x1.62e42fefa39efp-1     /* Ln2 */
#define INV_LN2 0x1.71547652b82fep+0 /* 1/Ln2 */
#define INV_LN10 0x1.bcb7b1526e50ep-2 /* 1/Ln10 */

double gm_nan(void) { return frombits(0x7FF8000000000001ULL); }
double gm_inf(int sign) { return frombits(sign >= 0 ? 0x7FF0000000000000ULL : 0xFFF0000000000000ULL); }
static inline bool isnan_(double x) { return x != x; }
static inline bool isinf_(double x, int sign) {
    return (sign >= 0 && x > 1.7976931348623157e308) || (sign <= 0 && x < -1.7976931348623157e308);
}
static inline bool signbit_(double x) { return bits(x) >> 63; }
static inline double copysign_(double x, double y) {
    return frombits((bits(x) & ~(1ULL << 63)) | (bits(y) & (1ULL << 63)));
}

/* ---- Exp and Log: gc's amd64 assembly ---- */

double gm_exp(double x) {
    const double LOG2E = 1.4426950408889634073599246810018920;
    const double LN2U = 0.69314718055966295651160180568695068359375;
    const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    const double Overflow = 7.09782712893384e+02;
    uint64_t bx = bits(x);
    if ((bx & ~(1ULL << 63)) >= 0x7FF0000000000000ULL) { /* not finite */
        if (bx == 0xFFF0000000000000ULL) return 0;       /* -Inf */
        return x;                                        /* NaN or +Inf */
    }
    if (x > Overflow) return gm_inf(1);
    double x1 = LOG2E * x;
    /* CVTSD2SL: round to nearest even; out of range gives the "integer indefinite" INT32_MIN */
    int32_t e = INT32_MIN;
    if (x1 >= -2147483648.0 && x1 < 2147483648.0) {
        double r = nearbyint(x1);
        if (r < 2147483648.0) e = (int32_t)r;
    }
    x1 = (double)e;
    double x0 = fma(-x1, LN2U, x);
    x0 = fma(-x1, LN2L, x0);
    x0 *= 0.0625;
    double p = 2.4801587301587301587e-5;
    p = fma(p, x0, 1.9841269841269841270e-4);
    p = fma(p, x0, 1.3888888888888888889e-3);
    p = fma(p, x0, 8.3333333333333333333e-3);
    p = fma(p, x0, 4.1666666666666666667e-2);
    p = fma(p, x0, 1.6666666666666666667e-1);
    p = fma(p, x0, 0.5);
    p = fma(p, x0, 1.0);
    x0 = x0 * p;
    for (int i = 0; i < 3; i++) {
        p = x0 + 2.0;
        x0 = x0 * p;
    }
    p = x0 + 2.0;
    x0 = fma(x0, p, 1.0);
    /* x0 * 2**e */
    int64_t be = (int64_t)e + 0x3FF;
    if (be <= 0) {
        if (be < -52) return 0;
        be += 0x3FE;
        x0 *= frombits((uint64_t)be << 52);
        be = 1;
    } else if (be >= 0x7FF) {
        return gm_inf(1);
    }
    return x0 * frombits((uint64_t)be << 52);
}

double gm_log(double x) {
    const double HSqrt2 = 7.07106781186547524401e-01;
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01;
    const double L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01;
    const double L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01;
    const double L7 = 1.479819860511658591e-01;
    uint64_t bx = bits(x);
    if ((bx & ~(1ULL << 63)) == 0) return gm_inf(-1);
    if ((int64_t)bx < 0) return gm_nan();
    if (bx >= 0x7FF0000000000000ULL) return x;
    /* raw exponent split, as the assembly does (subnormals are not normalised) */
    double f1 = frombits((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
    double k = (double)((int)((bx >> 52) & 0x7FF) - 0x3FE);
    if (!(HSqrt2 < f1)) { /* CMPSD NLT */
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

/* ---- exp2, expm1, log1p, log10, log2 ---- */

static double expmulti(double hi, double lo, int k) {
    const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03;
    const double P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06;
    const double P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return ldexp(y, k);
}

double gm_exp2(double x) {
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    const double Overflow = 1.0239999999999999e+03, Underflow = -1.0740e+03;
    if (isnan_(x) || isinf_(x, 1)) return x;
    if (isinf_(x, -1)) return 0;
    if (x > Overflow) return gm_inf(1);
    if (x < Underflow) return 0;
    int k = 0;
    if (x > 0) k = (int)(x + 0.5);
    else if (x < 0) k = (int)(x - 0.5);
    double t = x - (double)k;
    double hi = t * Ln2Hi;
    double lo = -t * Ln2Lo;
    return expmulti(hi, lo, k);
}

double gm_expm1(double x) {
    const double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01;
    const double Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01;
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    const double InvLn2 = 1.44269504088896338700e+00, Tiny = 0x1p-54;
    const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03;
    const double Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06;
    const double Q5 = -2.01099218183624371326e-07;
    if (isinf_(x, 1) || isnan_(x)) return x;
    if (isinf_(x, -1)) return -1;
    double absx = x;
    bool sign = false;
    if (x < 0) {
        absx = -absx;
        sign = true;
    }
    if (absx >= Ln2X56) {
        if (sign) return -1;
        if (absx >= Othreshold) return gm_inf(1);
    }
    double c = 0;
    int k;
    if (absx > Ln2Half) {
        double hi, lo;
        if (absx < Ln2HalfX3) {
            if (!sign) {
                hi = x - Ln2Hi;
                lo = Ln2Lo;
                k = 1;
            } else {
                hi = x + Ln2Hi;
                lo = -Ln2Lo;
                k = -1;
            }
        } else {
            k = !sign ? (int)(InvLn2 * x + 0.5) : (int)(InvLn2 * x - 0.5);
            double t = (double)k;
            hi = x - t * Ln2Hi;
            lo = t * Ln2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < Tiny) {
        return x;
    } else {
        k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25) return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        y = frombits(bits(y) + ((uint64_t)(int64_t)k << 52));
        return y - 1;
    }
    if (k < 20) {
        double tt = frombits(0x3ff0000000000000ULL - (0x20000000000000ULL >> (unsigned)k));
        double y = tt - (e - x);
        return frombits(bits(y) + ((uint64_t)(int64_t)k << 52));
    }
    t = frombits((uint64_t)(0x3ff - k) << 52);
    double y = x - (e + t);
    y++;
    return frombits(bits(y) + ((uint64_t)(int64_t)k << 52));
}

double gm_log1p(double x) {
    const double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01;
    const double Small = 0x1p-29, Tiny = 0x1p-54, Two53 = 0x1p53;
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    const double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01;
    const double Lp3 = 2.857142874366239149e-01, Lp4 = 2.222219843214978396e-01;
    const double Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01;
    const double Lp7 = 1.479819860511658591e-01;
    if (x < -1 || isnan_(x)) return gm_nan();
    if (x == -1) return gm_inf(-1);
    if (isinf_(x, 1)) return gm_inf(1);
    double absx = fabs(x);
    double f = 0;
    uint64_t iu = 0;
    int k = 1;
    if (absx < Sqrt2M1) {
        if (absx < Small) {
            if (absx < Tiny) return x;
            return x - x * x * 0.5;
        }
        if (x > Sqrt2HalfM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    double c = 0;
    if (k != 0) {
        double u;
        if (absx < Two53) {
            u = 1.0 + x;
            iu = bits(u);
            k = (int)((iu >> 52) - 1023);
            if (k > 0) c = 1.0 - (u - x);
            else c = x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = bits(u);
            k = (int)((iu >> 52) - 1023);
            c = 0;
        }
        iu &= 0x000fffffffffffffULL;
        if (iu < 0x0006a09e667f3bcdULL) {
            u = frombits(iu | 0x3ff0000000000000ULL);
        } else {
            k++;
            u = frombits(iu | 0x3fe0000000000000ULL);
            iu = (0x0010000000000000ULL - iu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    double s, R, z;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0) return 0;
            c += (double)k * Ln2Lo;
            return (double)k * Ln2Hi + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return (double)k * Ln2Hi - ((R - ((double)k * Ln2Lo + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return (double)k * Ln2Hi - ((hfsq - (s * (hfsq + R) + ((double)k * Ln2Lo + c))) - f);
}

double gm_log10(double x) { return gm_log(x) * INV_LN10; }

double gm_log2(double x) {
    int e = 0;
    double frac;
    if (x == 0 || isnan_(x) || isinf_(x, 0)) frac = x, e = 0;
    else frac = frexp(x, &e);
    if (frac == 0.5) return (double)(e - 1);
    return gm_log(frac) * INV_LN2 + (double)e;
}

/* ---- Pow ---- */

static bool is_odd_int(double x) {
    if (fabs(x) >= 0x1p53) return false;
    double xi;
    double xf = modf(x, &xi);
    return xf == 0 && ((int64_t)xi & 1) == 1;
}

double gm_pow(double x, double y) {
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isnan_(x) || isnan_(y)) return gm_nan();
    if (x == 0) {
        if (y < 0) {
            if (signbit_(x) && is_odd_int(y)) return gm_inf(-1);
            return gm_inf(1);
        }
        if (y > 0) {
            if (signbit_(x) && is_odd_int(y)) return x;
            return 0;
        }
    } else if (isinf_(y, 0)) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == isinf_(y, 1)) return 0;
        return gm_inf(1);
    } else if (isinf_(x, 0)) {
        if (isinf_(x, -1)) return gm_pow(1 / x, -y);
        if (y < 0) return 0;
        if (y > 0) return gm_inf(1);
    } else if (y == 0.5) {
        return sqrt(x);
    } else if (y == -0.5) {
        return 1 / sqrt(x);
    }
    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0) return gm_nan();
    if (yi >= 0x1p63) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return gm_inf(1);
    }
    double a1 = 1.0;
    int ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = gm_exp(yf * gm_log(x));
    }
    int xe;
    double x1 = frexp(x, &xe);
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2; /* Go: xe <<= 1 (xe may be negative) */
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return ldexp(a1, ae);
}

/* ---- trigonometry ---- */

static const double sin_c[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
static const double cos_c[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};
static const double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8,
                    PI4C = 2.69515142907905952645e-15;
static const double REDUCE_THRESHOLD = 0x1p29;

/* 4/Pi in binary, for Payne-Hanek reduction of huge arguments. */
static const uint64_t mpi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

static void trig_reduce(double x, uint64_t *jout, double *zout) {
    if (x < PI_4) {
        *jout = 0;
        *zout = x;
        return;
    }
    uint64_t ix = bits(x);
    int exp = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
    ix &= ~(0x7FFULL << 52);
    ix |= 1ULL << 52;
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    /* Go's shifts by 64 give 0; C's are undefined: guard bitshift == 0 */
#define SHR(v, n) ((n) >= 64 ? 0 : (v) >> (n))
    uint64_t z0 = (mpi4[digit] << bitshift) | SHR(mpi4[digit + 1], 64 - bitshift);
    uint64_t z1 = (mpi4[digit + 1] << bitshift) | SHR(mpi4[digit + 2], 64 - bitshift);
    uint64_t z2 = (mpi4[digit + 2] << bitshift) | SHR(mpi4[digit + 3], 64 - bitshift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix;
    unsigned __int128 p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64);
    uint64_t z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t carry = lo < z1lo;
    uint64_t hi = z0lo + z1hi + carry;
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)(1023 - (lz + 1));
    hi = (lz + 1 >= 64 ? 0 : hi << (lz + 1)) | SHR(lo, 64 - (lz + 1));
    hi >>= 64 - 52;
    hi |= e << 52;
#undef SHR
    double z = frombits(hi);
    if ((j & 1) == 1) {
        j++;
        j &= 7;
        z--;
    }
    *jout = j;
    *zout = z * PI_4;
}

/* Octant j and reduced argument z of x >= 0. */
static void trig_octant(double x, uint64_t *jout, double *zout, bool mask7) {
    if (x >= REDUCE_THRESHOLD) {
        trig_reduce(x, jout, zout);
        return;
    }
    uint64_t j = (uint64_t)(x * FOUR_PI);
    double y = (double)j;
    if ((j & 1) == 1) {
        j++;
        y++;
    }
    if (mask7) j &= 7;
    *jout = j;
    *zout = ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static inline double sin_poly(double z, double zz) {
    return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz + sin_c[4]) * zz + sin_c[5]);
}
static inline double cos_poly(double zz) {
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz + cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

double gm_cos(double x) {
    if (isnan_(x) || isinf_(x, 0)) return gm_nan();
    bool sign = false;
    x = fabs(x);
    uint64_t j;
    double z;
    trig_octant(x, &j, &z, true);
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1) sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

double gm_sin(double x) {
    if (x == 0 || isnan_(x)) return x;
    if (isinf_(x, 0)) return gm_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z;
    trig_octant(x, &j, &z, true);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

double gm_tan(double x) {
    static const double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
    static const double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                               2.50083801823357915839e7, -5.38695755929454629881e7};
    if (x == 0 || isnan_(x)) return x;
    if (isinf_(x, 0)) return gm_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z;
    trig_octant(x, &j, &z, false);
    double zz = z * z, y;
    if (zz > 1e-14)
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else
        y = z;
    if ((j & 2) == 2) y = -1 / y;
    return sign ? -y : y;
}

static double xatan(double x) {
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

static double satan(double x) {
    const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
    if (x <= 0.66) return xatan(x);
    if (x > Tan3pio8) return PI_2 - xatan(1 / x) + Morebits;
    return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

double gm_atan(double x) {
    if (x == 0) return x;
    if (x > 0) return satan(x);
    return -satan(-x);
}

double gm_asin(double x) {
    if (x == 0) return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x > 1) return gm_nan();
    double temp = sqrt(1 - x * x);
    if (x > 0.7) temp = PI_2 - satan(temp / x);
    else temp = satan(x / temp);
    return sign ? -temp : temp;
}

double gm_acos(double x) { return PI_2 - gm_asin(x); }

double gm_atan2(double y, double x) {
    if (isnan_(y) || isnan_(x)) return gm_nan();
    if (y == 0) {
        if (x >= 0 && !signbit_(x)) return copysign_(0, y);
        return copysign_(PI, y);
    }
    if (x == 0) return copysign_(PI_2, y);
    if (isinf_(x, 0)) {
        if (isinf_(x, 1)) return isinf_(y, 0) ? copysign_(PI_4, y) : copysign_(0, y);
        return isinf_(y, 0) ? copysign_(PI3_4, y) : copysign_(PI, y);
    }
    if (isinf_(y, 0)) return copysign_(PI_2, y);
    double q = gm_atan(y / x);
    if (x < 0) {
        if (q <= 0) return q + PI;
        return q - PI;
    }
    return q;
}

/* ---- hyperbolic ---- */

double gm_sinh(double x) {
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > 21) {
        temp = gm_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = gm_exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

double gm_cosh(double x) {
    x = fabs(x);
    if (x > 21) return gm_exp(x) * 0.5;
    double ex = gm_exp(x);
    return (ex + 1 / ex) * 0.5;
}

double gm_tanh(double x) {
    static const double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
    static const double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
    const double MAXLOG = 8.8029691931113054295988e+01;
    double z = fabs(x);
    if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = gm_exp(2 * z);
        z = 1 - 2 / (s + 1);
        if (x < 0) z = -z;
        return z;
    }
    if (x == 0) return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double gm_asinh(double x) {
    const double Ln2 = 6.93147180559945286227e-01, NearZero = 0x1p-28, Large = 0x1p28;
    if (isnan_(x) || isinf_(x, 0)) return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > Large) temp = gm_log(x) + Ln2;
    else if (x > 2) temp = gm_log(2 * x + 1 / (sqrt(x * x + 1) + x));
    else if (x < NearZero) temp = x;
    else temp = gm_log1p(x + x * x / (1 + sqrt(1 + x * x)));
    return sign ? -temp : temp;
}

double gm_acosh(double x) {
    const double Large = 0x1p28;
    if (x < 1 || isnan_(x)) return gm_nan();
    if (x == 1) return 0;
    if (x >= Large) return gm_log(x) + LN2;
    if (x > 2) return gm_log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return gm_log1p(t + sqrt(2 * t + t * t));
}

double gm_atanh(double x) {
    const double NearZero = 0x1p-28;
    if (x < -1 || x > 1 || isnan_(x)) return gm_nan();
    if (x == 1) return gm_inf(1);
    if (x == -1) return gm_inf(-1);
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x < NearZero) {
        temp = x;
    } else if (x < 0.5) {
        temp = x + x;
        temp = 0.5 * gm_log1p(temp + temp * x / (1 - x));
    } else {
        temp = 0.5 * gm_log1p((x + x) / (1 - x));
    }
    return sign ? -temp : temp;
}

/* ---- Cbrt, Hypot, Max, Min, Nextafter ---- */

double gm_cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || isnan_(x) || isinf_(x, 0)) return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double t = frombits(bits(x) / 3 + (B1 << 32));
    if (x < SmallestNormal) {
        t = 0x1p54;
        t *= x;
        t = frombits(bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = frombits((bits(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

double gm_hypot(double p, double q) {
    uint64_t bp = bits(p) & ~(1ULL << 63), bq = bits(q) & ~(1ULL << 63);
    const uint64_t inf = 0x7FF0000000000000ULL;
    if (bp >= inf || bq >= inf) {
        if (bp == inf || bq == inf) return gm_inf(1);
        return gm_nan();
    }
    if ((bp | bq) == 0) return 0;
    double a = frombits(bp), b = frombits(bq);
    double mx = a > b ? a : b, mn = a > b ? b : a;
    mn = mn / mx;
    mn = mn * mn;
    mn = mn + 1.0;
    return mx * sqrt(mn);
}

double gm_max(double x, double y) {
    if (isinf_(x, 1) || isinf_(y, 1)) return gm_inf(1);
    if (isnan_(x) || isnan_(y)) return gm_nan();
    if (x == 0 && x == y) return signbit_(x) ? y : x;
    return x > y ? x : y;
}

double gm_min(double x, double y) {
    if (isinf_(x, -1) || isinf_(y, -1)) return gm_inf(-1);
    if (isnan_(x) || isnan_(y)) return gm_nan();
    if (x == 0 && x == y) return signbit_(x) ? x : y;
    return x < y ? x : y;
}

double gm_nextafter(double x, double y) {
    if (isnan_(x) || isnan_(y)) return gm_nan();
    if (x == y) return x;
    if (x == 0) return copysign_(frombits(1), y);
    if ((y > x) == (x > 0)) return frombits(bits(x) + 1);
    return frombits(bits(x) - 1);
}

float gm_nextafter32(float x, float y) {
    if (x != x || y != y) return (float)gm_nan();
    if (x == y) return x;
    uint32_t u;
    float r;
    if (x == 0) {
        u = 1 | ((signbit(y) ? 1u : 0u) << 31);
    } else {
        memcpy(&u, &x, 4);
        if ((y > x) == (x > 0)) u++;
        else u--;
    }
    memcpy(&r, &u, 4);
    return r;
}

/* ---- Gamma, Erf, Erfc ---- */

static const double gamP[] = {1.60119522476751861407e-04, 1.19135147006586384913e-03,
                              1.04213797561761569935e-02, 4.76367800457137231464e-02,
                              2.07448227648435975150e-01, 4.94214826801497100753e-01,
                              9.99999999999999996796e-01};
static const double gamQ[] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04,
                              -4.45641913851797240494e-03, 1.18139785222060435552e-02,
                              3.58236398605498653373e-02,  -2.34591795718243348568e-01,
                              7.14304917030273074085e-02,  1.00000000000000000320e+00};
static const double gamS[] = {7.87311395793093628397e-04, -2.29549961613378126380e-04,
                              -2.68132617805781232825e-03, 3.47222221605458667310e-03,
                              8.33333333333482257126e-02};

static void stirling(double x, double *r1, double *r2) {
    if (x > 200) {
        *r1 = gm_inf(1);
        *r2 = 1;
        return;
    }
    const double SqrtTwoPi = 2.506628274631000502417, MaxStirling = 143.01608;
    double w = 1 / x;
    w = 1 + w * ((((gamS[0] * w + gamS[1]) * w + gamS[2]) * w + gamS[3]) * w + gamS[4]);
    double y1 = gm_exp(x);
    double y2 = 1.0;
    if (x > MaxStirling) {
        double v = gm_pow(x, 0.5 * x - 0.25);
        y2 = v / y1;
        y1 = v;
    } else {
        y1 = gm_pow(x, x - 0.5) / y1;
    }
    *r1 = y1;
    *r2 = SqrtTwoPi * w * y2;
}

static bool is_neg_int(double x) {
    if (x < 0) {
        double xi;
        return modf(x, &xi) == 0;
    }
    return false;
}

double gm_gamma(double x) {
    const double Euler = 0.57721566490153286060651209008240243104215933593992;
    if (is_neg_int(x) || isinf_(x, -1) || isnan_(x)) return gm_nan();
    if (isinf_(x, 1)) return gm_inf(1);
    if (x == 0) return signbit_(x) ? gm_inf(-1) : gm_inf(1);
    double q = fabs(x);
    double p = floor(q);
    if (q > 33) {
        double s1, s2;
        if (x >= 0) {
            stirling(x, &s1, &s2);
            return s1 * s2;
        }
        int signgam = 1;
        if (((int64_t)p & 1) == 0) signgam = -1;
        double z = q - p;
        if (z > 0.5) {
            p = p + 1;
            z = q - p;
        }
        z = q * gm_sin(PI * z);
        if (z == 0) return gm_inf(signgam);
        stirling(q, &s1, &s2);
        double absz = fabs(z);
        double d = absz * s1 * s2;
        if (isinf_(d, 0)) z = PI / absz / s1 / s2;
        else z = PI / d;
        return (double)signgam * z;
    }
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09) goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09) goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2) return z;
    x = x - 2;
    p = (((((x * gamP[0] + gamP[1]) * x + gamP[2]) * x + gamP[3]) * x + gamP[4]) * x + gamP[5]) * x + gamP[6];
    q = ((((((x * gamQ[0] + gamQ[1]) * x + gamQ[2]) * x + gamQ[3]) * x + gamQ[4]) * x + gamQ[5]) * x + gamQ[6]) * x + gamQ[7];
    return z * p / q;
small:
    if (x == 0) return gm_inf(1);
    return z / ((1 + Euler * x) * x);
}

static const double erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01,
                    efx8 = 1.02703333676410069053e+00, pp0 = 1.28379167095512558561e-01,
                    pp1 = -3.25042107247001499370e-01, pp2 = -2.84817495755985104766e-02,
                    pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05,
                    qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02,
                    qq3 = 5.08130628187576562776e-03, qq4 = 1.32494738004321644526e-04,
                    qq5 = -3.96022827877536812320e-06, pa0 = -2.36211856075265944077e-03,
                    pa1 = 4.14856118683748331666e-01, pa2 = -3.72207876035701323847e-01,
                    pa3 = 3.18346619901161753674e-01, pa4 = -1.10894694282396677476e-01,
                    pa5 = 3.54783043256182359371e-02, pa6 = -2.16637559486879084300e-03,
                    qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01,
                    qa3 = 7.18286544141962662868e-02, qa4 = 1.26171219808761642112e-01,
                    qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02,
                    ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01,
                    ra2 = -1.05586262253232909814e+01, ra3 = -6.23753324503260060396e+01,
                    ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02,
                    ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00,
                    sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02,
                    sa3 = 4.34565877475229228821e+02, sa4 = 6.45387271733267880336e+02,
                    sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02,
                    sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02,
                    rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01,
                    rb2 = -1.77579549177547519889e+01, rb3 = -1.60636384855821916062e+02,
                    rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03,
                    rb6 = -4.83519191608651397019e+02, sb1 = 3.03380607434824582924e+01,
                    sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03,
                    sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03,
                    sb6 = 4.74528541206955367215e+02, sb7 = -2.24409524465858183362e+01;
static const double INV_035 = 0x1.6db6db6db6db7p+1; /* 1/0.35 */

/* erf/erfc tail: Exp(-z*z-0.5625)*Exp((z-x)*(z+x)+R/S) for 1.25 <= x. */
static double erf_tail(double x, bool erfc_neg_big, bool *ret2) {
    double s = 1 / (x * x), R, S;
    *ret2 = false;
    if (x < INV_035) {
        R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
        S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
    } else {
        if (erfc_neg_big && x > 6) {
            *ret2 = true;
            return 0;
        }
        R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
        S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
    }
    double z = frombits(bits(x) & 0xffffffff00000000ULL);
    return gm_exp(-z * z - 0.5625) * gm_exp((z - x) * (z + x) + R / S);
}

double gm_erf(double x) {
    const double VeryTiny = 2.848094538889218e-306, Small = 0x1p-28;
    if (isnan_(x)) return gm_nan();
    if (isinf_(x, 1)) return 1;
    if (isinf_(x, -1)) return -1;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x < 0.84375) {
        double temp;
        if (x < Small) {
            if (x < VeryTiny) temp = 0.125 * (8.0 * x + efx8 * x);
            else temp = x + efx * x;
        } else {
            double z = x * x;
            double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
            double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
            double y = r / s;
            temp = x + x * y;
        }
        return sign ? -temp : temp;
    }
    if (x < 1.25) {
        double s = x - 1;
        double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
        double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
        if (sign) return -erx - P / Q;
        return erx + P / Q;
    }
    if (x >= 6) return sign ? -1 : 1;
    bool unused;
    double r = erf_tail(x, false, &unused);
    if (sign) return r / x - 1;
    return 1 - r / x;
}

double gm_erfc(double x) {
    const double Tiny = 0x1p-56;
    if (isnan_(x)) return gm_nan();
    if (isinf_(x, 1)) return 0;
    if (isinf_(x, -1)) return 2;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x < 0.84375) {
        double temp;
        if (x < Tiny) {
            temp = x;
        } else {
            double z = x * x;
            double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
            double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
            double y = r / s;
            if (x < 0.25) temp = x + x * y;
            else temp = 0.5 + (x * y + (x - 0.5));
        }
        return sign ? 1 + temp : 1 - temp;
    }
    if (x < 1.25) {
        double s = x - 1;
        double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
        double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
        if (sign) return 1 + erx + P / Q;
        return 1 - erx - P / Q;
    }
    if (x < 28) {
        bool two;
        double r = erf_tail(x, sign, &two);
        if (two) return 2;
        if (sign) return 2 - r / x;
        return r / x;
    }
    return sign ? 2 : 0;
}
