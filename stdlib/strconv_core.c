/* strconv_core.c — exact number formatting/parsing and quoting (see strconv_core.h).
 *
 * Float digits: shortest and up to 18 significant digits come from a port of Go's Ryū code
 * (ftoaryu.go), so digits and rounding are Go's exactly; longer %e/%g and all %f come from
 * the C library's exact conversions (glibc printf is exact and rounds half to even on exact
 * ties, like Go's multiprecision decimal rounding). Parsing uses Go's syntax checks, then
 * strtod/strtof (correctly rounded).
 * Layout of the digits into %e/%f/%g text follows Go's ftoa.go (fmtE, fmtF, formatDigits).
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "strconv_core.h"
#include "utf8.h"

static const char lowerhex[] = "0123456789abcdef";
static const char upperhex[] = "0123456789ABCDEF";
static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* ================================ integers ================================ */

int strconv_fmt_uint_buf(char *buf, uint64_t u, int base, bool neg) {
    char tmp[66];
    int i = 66;
    if (base < 2 || base > 36) base = 10;
    if (base == 10) {
        while (u >= 10) {
            tmp[--i] = (char)('0' + u % 10);
            u /= 10;
        }
    } else {
        while (u >= (uint64_t)base) {
            tmp[--i] = digits36[u % (uint64_t)base];
            u /= (uint64_t)base;
        }
    }
    tmp[--i] = digits36[u];
    if (neg) tmp[--i] = '-';
    int n = 66 - i;
    memcpy(buf, tmp + i, (size_t)n);
    return n;
}

void strconv_format_int(StrBuf *out, int64_t v, int base) {
    char buf[66];
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    sb_put(out, buf, (size_t)strconv_fmt_uint_buf(buf, u, base, neg));
}

void strconv_format_uint(StrBuf *out, uint64_t v, int base) {
    char buf[66];
    sb_put(out, buf, (size_t)strconv_fmt_uint_buf(buf, v, base, false));
}

/* ================================ float digits ================================ */

/* Parse "d.ddde±XX" (as printf %e writes it) into digits/dp; trailing zeros trimmed. */
static void digits_from_e(FloatDigits *fd, const char *s) {
    int nd = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9' && nd < (int)sizeof fd->d) fd->d[nd++] = *p;
    }
    int exp = (*p == 'e') ? atoi(p + 1) : 0;
    while (nd > 0 && fd->d[nd - 1] == '0') nd--;
    fd->nd = nd;
    fd->dp = nd ? exp + 1 : 0;
}

/* Parse "ddd.ddd" (printf %f) into digits/dp, skipping leading zeros. */
static void digits_from_f(FloatDigits *fd, const char *s) {
    int nd = 0, dp = 0;
    bool sawdot = false;
    for (const char *p = s; *p; p++) {
        if (*p == '.') {
            sawdot = true;
            continue;
        }
        if (*p < '0' || *p > '9') continue;
        if (nd == 0 && *p == '0') {
            if (sawdot) dp--;
            continue;
        }
        if (!sawdot) dp++;
        if (nd < (int)sizeof fd->d) fd->d[nd++] = *p;
    }
    /* dp counted integer digits after the first significant one; fix for leading part */
    while (nd > 0 && fd->d[nd - 1] == '0') nd--;
    fd->nd = nd;
    fd->dp = nd ? dp : 0;
}

/* ================================ Ryū ================================ */

/* A C rendering of Go's strconv/ftoaryu.go (Ulf Adams' Ryū: shortest digits; and the
 * fixed-precision variant for up to 18 digits), so digits and rounding are exactly Go's.
 *
 * pow10_tab[q + 348] = the 128-bit normalised mantissa of 10^q, truncated ({lo, hi}), as
 * Go's detailedPowersOfTen; computed once from exact big integers (10^q by multiplication,
 * 2^1400 / 10^n by repeated division: floor(floor(x/10)/10) == floor(x/100)). */
#define POW10_MIN (-348)
#define POW10_MAX 347
static uint64_t pow10_tab[POW10_MAX - POW10_MIN + 1][2];
static pthread_once_t pow10_once = PTHREAD_ONCE_INIT;

static void top128(const uint32_t *x, int n, uint64_t out[2]) {
    while (n > 1 && x[n - 1] == 0) n--;
    int len = (n - 1) * 32 + (32 - __builtin_clz(x[n - 1]));
    unsigned __int128 v = 0;
    for (int b = len - 1; b >= len - 128; b--) {
        v <<= 1;
        if (b >= 0) v |= (x[b / 32] >> (b % 32)) & 1;
    }
    out[0] = (uint64_t)v;
    out[1] = (uint64_t)(v >> 64);
}

static void pow10_init(void) {
    enum { W = 48 };
    uint32_t x[W] = {1};
    int n = 1;
    for (int q = 0; q <= POW10_MAX; q++) {
        top128(x, n, pow10_tab[q - POW10_MIN]);
        uint64_t carry = 0;
        for (int i = 0; i < n; i++) {
            uint64_t t = (uint64_t)x[i] * 10 + carry;
            x[i] = (uint32_t)t;
            carry = t >> 32;
        }
        if (carry && n < W) x[n++] = (uint32_t)carry;
    }
    uint32_t y[W] = {0};
    y[1400 / 32] = 1u << (1400 % 32);
    int ny = 1400 / 32 + 1;
    for (int k = 1; k <= -POW10_MIN; k++) {
        uint64_t rem = 0;
        for (int i = ny - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | y[i];
            y[i] = (uint32_t)(cur / 10);
            rem = cur % 10;
        }
        top128(y, ny, pow10_tab[-k - POW10_MIN]);
    }
}

static inline int mulByLog2Log10(int x) { return (x * 78913) >> 18; }
static inline int mulByLog10Log2(int x) { return (x * 108853) >> 15; }

static bool divisibleByPower5(uint64_t m, int k) {
    if (m == 0) return true;
    for (int i = 0; i < k; i++) {
        if (m % 5 != 0) return false;
        m /= 5;
    }
    return true;
}

static uint32_t mult64bitPow10(uint32_t m, int e2, int q, int *resE, bool *exact) {
    if (q == 0) {
        *resE = e2 - 6;
        *exact = true;
        return m << 6;
    }
    uint64_t pow = pow10_tab[q - POW10_MIN][1];
    if (q < 0) pow += 1;
    unsigned __int128 r = (unsigned __int128)m * pow;
    uint64_t hi = (uint64_t)(r >> 64), lo = (uint64_t)r;
    *resE = e2 + mulByLog10Log2(q) - 63 + 57;
    *exact = (lo << 7) == 0;
    return (uint32_t)(hi << 7 | lo >> 57);
}

static uint64_t mult128bitPow10(uint64_t m, int e2, int q, int *resE, bool *exact) {
    if (q == 0) {
        *resE = e2 - 8;
        *exact = true;
        return m << 8;
    }
    uint64_t p0 = pow10_tab[q - POW10_MIN][0], p1 = pow10_tab[q - POW10_MIN][1];
    if (q < 0) p0 += 1;
    *resE = e2 + mulByLog10Log2(q) - 127 + 119;
    unsigned __int128 l = (unsigned __int128)m * p0, h = (unsigned __int128)m * p1;
    uint64_t l1 = (uint64_t)(l >> 64), l0 = (uint64_t)l;
    uint64_t h1 = (uint64_t)(h >> 64), h0 = (uint64_t)h;
    uint64_t mid = l1 + h0;
    h1 += mid < l1;
    *exact = (mid << 9) == 0 && l0 == 0;
    return h1 << 9 | mid >> 55;
}

static const uint64_t uint64pow10[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
    1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
    1000000000000000000ull, 10000000000000000000ull};

/* Digit buffer with a movable start (Go slices d.d). */
typedef struct DS {
    char *d;
    int nd, dp;
} DS;

static void formatDecimal(DS *d, uint64_t m, bool trunc, bool roundUp, int prec) {
    uint64_t max = uint64pow10[prec];
    int trimmed = 0;
    while (m >= max) {
        uint64_t a = m / 10, b = m % 10;
        m = a;
        trimmed++;
        if (b > 5) roundUp = true;
        else if (b < 5) roundUp = false;
        else roundUp = trunc || (m & 1) == 1;
        if (b != 0) trunc = true;
    }
    if (roundUp) m++;
    if (m >= max) {
        m /= 10;
        trimmed++;
    }
    d->nd = prec;
    for (int i = prec - 1; i >= 0; i--) {
        d->d[i] = (char)('0' + m % 10);
        m /= 10;
    }
    while (d->nd > 0 && d->d[d->nd - 1] == '0') {
        d->nd--;
        trimmed++;
    }
    d->dp = d->nd + trimmed;
}

static void ryuFtoaFixed32(DS *d, uint32_t mant, int exp, int prec) {
    if (mant == 0) {
        d->nd = d->dp = 0;
        return;
    }
    int e2 = exp;
    int b = 32 - __builtin_clz(mant);
    if (b < 25) {
        mant <<= 25 - b;
        e2 += b - 25;
    }
    int q = -mulByLog2Log10(e2 + 24) + prec - 1;
    bool exact = q <= 27 && q >= 0;
    int dexp2;
    bool d0;
    uint32_t di = mult64bitPow10(mant, e2, q, &dexp2, &d0);
    if (q < 0 && q >= -10 && divisibleByPower5(mant, -q)) {
        exact = true;
        d0 = true;
    }
    unsigned extra = (unsigned)-dexp2;
    uint32_t extraMask = (uint32_t)((1ull << extra) - 1);
    uint32_t dfrac = di & extraMask;
    di >>= extra;
    bool roundUp;
    uint32_t half = (uint32_t)(1ull << (extra - 1));
    if (exact) roundUp = dfrac > half || (dfrac == half && !d0) || (dfrac == half && d0 && (di & 1));
    else roundUp = (dfrac >> (extra - 1)) == 1;
    if (dfrac != 0) d0 = false;
    formatDecimal(d, di, !d0, roundUp, prec);
    d->dp -= q;
}

static void ryuFtoaFixed64(DS *d, uint64_t mant, int exp, int prec) {
    if (mant == 0) {
        d->nd = d->dp = 0;
        return;
    }
    int e2 = exp;
    int b = 64 - __builtin_clzll(mant);
    if (b < 55) {
        mant <<= 55 - b;
        e2 += b - 55;
    }
    int q = -mulByLog2Log10(e2 + 54) + prec - 1;
    bool exact = q <= 55 && q >= 0;
    int dexp2;
    bool d0;
    uint64_t di = mult128bitPow10(mant, e2, q, &dexp2, &d0);
    if (q < 0 && q >= -22 && divisibleByPower5(mant, -q)) {
        exact = true;
        d0 = true;
    }
    unsigned extra = (unsigned)-dexp2;
    uint64_t extraMask = (1ull << extra) - 1;
    uint64_t dfrac = di & extraMask;
    di >>= extra;
    bool roundUp;
    uint64_t half = 1ull << (extra - 1);
    if (exact) roundUp = dfrac > half || (dfrac == half && !d0) || (dfrac == half && d0 && (di & 1));
    else roundUp = (dfrac >> (extra - 1)) == 1;
    if (dfrac != 0) d0 = false;
    formatDecimal(d, di, !d0, roundUp, prec);
    d->dp -= q;
}

static void ryuDigits32(DS *d, uint32_t lower, uint32_t central, uint32_t upper, bool c0, bool cup,
                        int endindex) {
    if (upper == 0) {
        d->dp = endindex + 1;
        return;
    }
    int trimmed = 0, cNextDigit = 0;
    while (upper > 0) {
        uint32_t l = (lower + 9) / 10;
        uint32_t c = central / 10, cdigit = central % 10;
        uint32_t u = upper / 10;
        if (l > u) break;
        if (l == c + 1 && c < u) {
            c++;
            cdigit = 0;
            cup = false;
        }
        trimmed++;
        c0 = c0 && cNextDigit == 0;
        cNextDigit = (int)cdigit;
        lower = l;
        central = c;
        upper = u;
    }
    if (trimmed > 0)
        cup = cNextDigit > 5 || (cNextDigit == 5 && !c0) || (cNextDigit == 5 && c0 && (central & 1));
    if (central < upper && cup) central++;
    endindex -= trimmed;
    uint32_t v = central;
    int n = endindex;
    while (n > d->nd) {
        uint32_t v1 = v / 100, v2 = v % 100;
        d->d[n] = (char)('0' + v2 % 10);
        d->d[n - 1] = (char)('0' + v2 / 10);
        n -= 2;
        v = v1;
    }
    if (n == d->nd) d->d[n] = (char)('0' + v);
    d->nd = endindex + 1;
    d->dp = d->nd + trimmed;
}

static void ryuDigits(DS *d, uint64_t lower, uint64_t central, uint64_t upper, bool c0, bool cup) {
    uint32_t lhi = (uint32_t)(lower / 1000000000), llo = (uint32_t)(lower % 1000000000);
    uint32_t chi = (uint32_t)(central / 1000000000), clo = (uint32_t)(central % 1000000000);
    uint32_t uhi = (uint32_t)(upper / 1000000000), ulo = (uint32_t)(upper % 1000000000);
    if (uhi == 0) {
        ryuDigits32(d, llo, clo, ulo, c0, cup, 8);
    } else if (lhi < uhi) {
        if (llo != 0) lhi++;
        c0 = c0 && clo == 0;
        cup = (clo > 500000000) || (clo == 500000000 && cup);
        ryuDigits32(d, lhi, chi, uhi, c0, cup, 8);
        d->dp += 9;
    } else {
        d->nd = 0;
        int n = 9;
        for (uint32_t v = chi; v > 0;) {
            uint32_t v1 = v / 10, v2 = v % 10;
            v = v1;
            n--;
            d->d[n] = (char)(v2 + '0');
        }
        d->d += n;
        d->nd = 9 - n;
        ryuDigits32(d, llo, clo, ulo, c0, cup, d->nd + 8);
    }
    while (d->nd > 0 && d->d[d->nd - 1] == '0') d->nd--;
    while (d->nd > 0 && d->d[0] == '0') {
        d->nd--;
        d->dp--;
        d->d++;
    }
}

/* mant * 2^exp (exp already unbiased, mantissa bits removed); bitsize selects float32 math. */
static void ryuFtoaShortest(DS *d, uint64_t mant, int exp, int bitsize) {
    int mantbits = bitsize == 32 ? 23 : 52, bias = bitsize == 32 ? -127 : -1023;
    if (mant == 0) {
        d->nd = d->dp = 0;
        return;
    }
    if (exp <= 0 && __builtin_ctzll(mant) >= -exp) {
        mant >>= -exp;
        ryuDigits(d, mant, mant, mant, true, false);
        return;
    }
    uint64_t ml, mc, mu;
    int e2;
    if (mant != (1ull << mantbits) || exp == bias + 1 - mantbits) {
        ml = 2 * mant - 1;
        mc = 2 * mant;
        mu = 2 * mant + 1;
        e2 = exp - 1;
    } else {
        ml = 4 * mant - 1;
        mc = 4 * mant;
        mu = 4 * mant + 2;
        e2 = exp - 2;
    }
    if (e2 == 0) {
        ryuDigits(d, ml, mc, mu, true, false);
        return;
    }
    int q = mulByLog2Log10(-e2) + 1;
    uint64_t dl, dc, du;
    bool dl0, dc0, du0;
    int ee;
    if (bitsize == 32) {
        dl = mult64bitPow10((uint32_t)ml, e2, q, &ee, &dl0);
        dc = mult64bitPow10((uint32_t)mc, e2, q, &ee, &dc0);
        du = mult64bitPow10((uint32_t)mu, e2, q, &ee, &du0);
    } else {
        dl = mult128bitPow10(ml, e2, q, &ee, &dl0);
        dc = mult128bitPow10(mc, e2, q, &ee, &dc0);
        du = mult128bitPow10(mu, e2, q, &ee, &du0);
    }
    e2 = ee;
    if (q > 55) dl0 = dc0 = du0 = false;
    if (q < 0 && q >= -24) {
        if (divisibleByPower5(ml, -q)) dl0 = true;
        if (divisibleByPower5(mc, -q)) dc0 = true;
        if (divisibleByPower5(mu, -q)) du0 = true;
    }
    unsigned extra = (unsigned)-e2;
    uint64_t extraMask = (1ull << extra) - 1;
    uint64_t fracl = dl & extraMask, fracc = dc & extraMask, fracu = du & extraMask;
    dl >>= extra;
    dc >>= extra;
    du >>= extra;
    bool uok = !du0 || fracu > 0;
    if (du0 && fracu == 0) uok = (mant & 1) == 0;
    if (!uok) du--;
    bool cup;
    if (dc0) cup = fracc > (1ull << (extra - 1)) || (fracc == (1ull << (extra - 1)) && (dc & 1));
    else cup = (fracc >> (extra - 1)) == 1;
    bool lok = dl0 && fracl == 0 && (mant & 1) == 0;
    if (!lok) dl++;
    bool c0 = dc0 && fracc == 0;
    ryuDigits(d, dl, dc, du, c0, cup);
    d->dp -= q;
}

/* Decompose a finite value at bitsize into (mant, exp) as genericFtoa does. */
static void float_parts(double f, int bitsize, uint64_t *mant, int *exp) {
    if (bitsize == 32) {
        float fv = (float)f;
        uint32_t b;
        memcpy(&b, &fv, 4);
        int e = (int)(b >> 23) & 0xff;
        uint64_t m = b & ((1u << 23) - 1);
        if (e == 0) e++;
        else m |= 1u << 23;
        *mant = m;
        *exp = e - 127 - 23;
    } else {
        uint64_t b;
        memcpy(&b, &f, 8);
        int e = (int)(b >> 52) & 0x7ff;
        uint64_t m = b & ((1ull << 52) - 1);
        if (e == 0) e++;
        else m |= 1ull << 52;
        *mant = m;
        *exp = e - 1023 - 52;
    }
}

/* Ryū paths: shortest (digits < 0) or a fixed number of digits (1..18). */
static void ryu_digits(FloatDigits *fd, double f, int bitsize, int digits) {
    pthread_once(&pow10_once, pow10_init);
    uint64_t mant;
    int exp;
    float_parts(f, bitsize, &mant, &exp);
    char buf[40];
    DS d = {buf, 0, 0};
    if (digits < 0) ryuFtoaShortest(&d, mant, exp, bitsize);
    else if (bitsize == 32 && digits <= 9) ryuFtoaFixed32(&d, (uint32_t)mant, exp, digits);
    else ryuFtoaFixed64(&d, mant, exp, digits);
    memcpy(fd->d, d.d, (size_t)d.nd);
    fd->nd = d.nd;
    fd->dp = d.nd ? d.dp : 0;
}

void strconv_float_digits(FloatDigits *fd, double f, char mode, int prec, int bitsize) {
    if (bitsize == 32) f = (double)(float)f;
    fd->neg = signbit(f) != 0;
    double a = fabs(f);
    if (a == 0) {
        fd->nd = 0;
        fd->dp = 0;
        return;
    }
    if (prec < 0) prec = 0;
    char small[128];
    char *buf = small;
    size_t cap = sizeof small;
    size_t need = (size_t)prec + 400;
    if (need > cap) {
        buf = malloc(need);
        cap = need;
        if (!buf) { fd->nd = 0; fd->dp = 0; return; }
    }
    switch (mode) {
    case 's':
        ryu_digits(fd, a, bitsize, -1);
        break;
    case 'e':
        if (prec + 1 <= 18) ryu_digits(fd, a, bitsize, prec + 1);
        else {
            snprintf(buf, cap, "%.*e", prec, a);
            digits_from_e(fd, buf);
        }
        break;
    case 'g':
        if (prec == 0) prec = 1;
        if (prec <= 18) ryu_digits(fd, a, bitsize, prec);
        else {
            snprintf(buf, cap, "%.*e", prec - 1, a);
            digits_from_e(fd, buf);
        }
        break;
    case 'f':
    default: {
        /* Rounding at a fixed position: find the exact decimal exponent from 18 correctly
         * rounded digits (only a result of exactly "1" is ambiguous: a power of ten, or a
         * carry out of ...999), then round to dp + prec significant digits. */
        static const double p10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        ryu_digits(fd, a, bitsize, 18);
        int need = fd->dp + prec;
        bool ambiguous = fd->nd == 1 && fd->d[0] == '1' &&
                         !(fd->dp >= 1 && fd->dp <= 23 && a == p10[fd->dp - 1]);
        if (!ambiguous && need >= 1 && need <= 17) {
            ryu_digits(fd, a, bitsize, need);
            break;
        }
        snprintf(buf, cap, "%.*f", prec, a);
        digits_from_f(fd, buf);
        break;
    }
    }
    if (buf != small) free(buf);
}

/* ================================ float layout ================================ */

static void fmt_e(StrBuf *out, const FloatDigits *d, int prec, char fmt) {
    if (d->neg) sb_putc(out, '-');
    sb_putc(out, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        sb_putc(out, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            sb_put(out, d->d + i, (size_t)(m - i));
            i = m;
        }
        for (; i <= prec; i++) sb_putc(out, '0');
    }
    sb_putc(out, fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    if (exp < 0) {
        sb_putc(out, '-');
        exp = -exp;
    } else {
        sb_putc(out, '+');
    }
    if (exp < 10) {
        sb_putc(out, '0');
        sb_putc(out, (char)('0' + exp));
    } else if (exp < 100) {
        sb_putc(out, (char)('0' + exp / 10));
        sb_putc(out, (char)('0' + exp % 10));
    } else {
        sb_putc(out, (char)('0' + exp / 100));
        sb_putc(out, (char)('0' + (exp / 10) % 10));
        sb_putc(out, (char)('0' + exp % 10));
    }
}

static void fmt_f(StrBuf *out, const FloatDigits *d, int prec) {
    if (d->neg) sb_putc(out, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        sb_put(out, d->d, (size_t)m);
        for (; m < d->dp; m++) sb_putc(out, '0');
    } else {
        sb_putc(out, '0');
    }
    if (prec > 0) {
        sb_putc(out, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            sb_putc(out, (j >= 0 && j < d->nd) ? d->d[j] : '0');
        }
    }
}

static void fmt_b(StrBuf *out, bool neg, uint64_t mant, int exp, int mantbits) {
    char buf[70];
    if (neg) sb_putc(out, '-');
    sb_put(out, buf, (size_t)strconv_fmt_uint_buf(buf, mant, 10, false));
    sb_putc(out, 'p');
    exp -= mantbits;
    if (exp >= 0) sb_putc(out, '+');
    strconv_format_int(out, exp, 10);
}

static void fmt_x(StrBuf *out, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
    if (mant == 0) exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (1ull << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ull << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ull << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & (1ull << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? upperhex : lowerhex;
    if (neg) sb_putc(out, '-');
    sb_putc(out, '0');
    sb_putc(out, fmt);
    sb_putc(out, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        sb_putc(out, '.');
        while (mant != 0) {
            sb_putc(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        sb_putc(out, '.');
        for (int i = 0; i < prec; i++) {
            sb_putc(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    sb_putc(out, fmt == 'X' ? 'P' : 'p');
    if (exp < 0) {
        sb_putc(out, '-');
        exp = -exp;
    } else {
        sb_putc(out, '+');
    }
    if (exp < 100) {
        sb_putc(out, (char)('0' + exp / 10));
        sb_putc(out, (char)('0' + exp % 10));
    } else if (exp < 1000) {
        sb_putc(out, (char)('0' + exp / 100));
        sb_putc(out, (char)('0' + (exp / 10) % 10));
        sb_putc(out, (char)('0' + exp % 10));
    } else {
        sb_putc(out, (char)('0' + exp / 1000));
        sb_putc(out, (char)('0' + (exp / 100) % 10));
        sb_putc(out, (char)('0' + (exp / 10) % 10));
        sb_putc(out, (char)('0' + exp % 10));
    }
}

static int imax(int a, int b) { return a > b ? a : b; }

void strconv_format_float(StrBuf *out, double val, char fmt, int prec, int bitsize) {
    uint64_t bits, mant;
    int exp, mantbits, expbits, bias;
    if (bitsize == 32) {
        float fv = (float)val;
        uint32_t b32;
        memcpy(&b32, &fv, 4);
        bits = b32;
        mantbits = 23;
        expbits = 8;
        bias = -127;
    } else {
        memcpy(&bits, &val, 8);
        mantbits = 52;
        expbits = 11;
        bias = -1023;
    }
    bool neg = (bits >> (expbits + mantbits)) != 0;
    exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    mant = bits & ((1ull << mantbits) - 1);
    if (exp == (1 << expbits) - 1) {
        sb_puts(out, mant ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0) exp++;
    else mant |= 1ull << mantbits;
    exp += bias;
    if (fmt == 'b') {
        fmt_b(out, neg, mant, exp, mantbits);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(out, prec, fmt, neg, mant, exp, mantbits);
        return;
    }
    if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
        sb_putc(out, '%');
        sb_putc(out, fmt);
        return;
    }
    FloatDigits dbuf, *d = &dbuf;
    bool shortest = prec < 0;
    if (shortest) {
        strconv_float_digits(d, val, 's', 0, bitsize);
        switch (fmt) {
        case 'e': case 'E': prec = imax(d->nd - 1, 0); break;
        case 'f': prec = imax(d->nd - d->dp, 0); break;
        default: prec = d->nd; break;
        }
    } else {
        switch (fmt) {
        case 'e': case 'E': strconv_float_digits(d, val, 'e', prec, bitsize); break;
        case 'f': strconv_float_digits(d, val, 'f', prec, bitsize); break;
        default:
            if (prec == 0) prec = 1;
            strconv_float_digits(d, val, 'g', prec, bitsize);
            break;
        }
    }
    d->neg = neg;
    switch (fmt) {
    case 'e': case 'E':
        fmt_e(out, d, prec, fmt);
        break;
    case 'f':
        fmt_f(out, d, prec);
        break;
    default: { /* 'g', 'G' */
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp) eprec = d->nd;
        if (shortest) eprec = 6;
        int e = d->dp - 1;
        if (e < -4 || e >= eprec) {
            if (prec > d->nd) prec = d->nd;
            fmt_e(out, d, prec - 1, (char)(fmt + 'e' - 'g'));
        } else {
            if (prec > d->dp) prec = d->nd;
            fmt_f(out, d, imax(prec - d->dp, 0));
        }
        break;
    }
    }
}

/* ================================ quoting ================================ */

/* Go's strconv/isprint.go tables (Unicode 13, Go 1.19), verbatim. */
static const uint16_t is_print16[434] = {
    0x0020, 0x007e, 0x00a1, 0x0377, 0x037a, 0x037f, 0x0384, 0x0556, 0x0559, 0x058a,
    0x058d, 0x05c7, 0x05d0, 0x05ea, 0x05ef, 0x05f4, 0x0606, 0x061b, 0x061e, 0x070d,
    0x0710, 0x074a, 0x074d, 0x07b1, 0x07c0, 0x07fa, 0x07fd, 0x082d, 0x0830, 0x085b,
    0x085e, 0x086a, 0x08a0, 0x08c7, 0x08d3, 0x098c, 0x098f, 0x0990, 0x0993, 0x09b2,
    0x09b6, 0x09b9, 0x09bc, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09ce, 0x09d7, 0x09d7,
    0x09dc, 0x09e3, 0x09e6, 0x09fe, 0x0a01, 0x0a0a, 0x0a0f, 0x0a10, 0x0a13, 0x0a39,
    0x0a3c, 0x0a42, 0x0a47, 0x0a48, 0x0a4b, 0x0a4d, 0x0a51, 0x0a51, 0x0a59, 0x0a5e,
    0x0a66, 0x0a76, 0x0a81, 0x0ab9, 0x0abc, 0x0acd, 0x0ad0, 0x0ad0, 0x0ae0, 0x0ae3,
    0x0ae6, 0x0af1, 0x0af9, 0x0b0c, 0x0b0f, 0x0b10, 0x0b13, 0x0b39, 0x0b3c, 0x0b44,
    0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b55, 0x0b57, 0x0b5c, 0x0b63, 0x0b66, 0x0b77,
    0x0b82, 0x0b8a, 0x0b8e, 0x0b95, 0x0b99, 0x0b9f, 0x0ba3, 0x0ba4, 0x0ba8, 0x0baa,
    0x0bae, 0x0bb9, 0x0bbe, 0x0bc2, 0x0bc6, 0x0bcd, 0x0bd0, 0x0bd0, 0x0bd7, 0x0bd7,
    0x0be6, 0x0bfa, 0x0c00, 0x0c39, 0x0c3d, 0x0c4d, 0x0c55, 0x0c5a, 0x0c60, 0x0c63,
    0x0c66, 0x0c6f, 0x0c77, 0x0cb9, 0x0cbc, 0x0ccd, 0x0cd5, 0x0cd6, 0x0cde, 0x0ce3,
    0x0ce6, 0x0cf2, 0x0d00, 0x0d4f, 0x0d54, 0x0d63, 0x0d66, 0x0d96, 0x0d9a, 0x0dbd,
    0x0dc0, 0x0dc6, 0x0dca, 0x0dca, 0x0dcf, 0x0ddf, 0x0de6, 0x0def, 0x0df2, 0x0df4,
    0x0e01, 0x0e3a, 0x0e3f, 0x0e5b, 0x0e81, 0x0ebd, 0x0ec0, 0x0ecd, 0x0ed0, 0x0ed9,
    0x0edc, 0x0edf, 0x0f00, 0x0f6c, 0x0f71, 0x0fda, 0x1000, 0x10c7, 0x10cd, 0x10cd,
    0x10d0, 0x124d, 0x1250, 0x125d, 0x1260, 0x128d, 0x1290, 0x12b5, 0x12b8, 0x12c5,
    0x12c8, 0x1315, 0x1318, 0x135a, 0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5,
    0x13f8, 0x13fd, 0x1400, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1714, 0x1720, 0x1736,
    0x1740, 0x1753, 0x1760, 0x1773, 0x1780, 0x17dd, 0x17e0, 0x17e9, 0x17f0, 0x17f9,
    0x1800, 0x180d, 0x1810, 0x1819, 0x1820, 0x1878, 0x1880, 0x18aa, 0x18b0, 0x18f5,
    0x1900, 0x192b, 0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974,
    0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da, 0x19de, 0x1a1b, 0x1a1e, 0x1a7c,
    0x1a7f, 0x1a89, 0x1a90, 0x1a99, 0x1aa0, 0x1aad, 0x1ab0, 0x1ac0, 0x1b00, 0x1b4b,
    0x1b50, 0x1b7c, 0x1b80, 0x1bf3, 0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c88,
    0x1c90, 0x1cba, 0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa, 0x1d00, 0x1f15, 0x1f18, 0x1f1d,
    0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3, 0x1fd6, 0x1fef,
    0x1ff2, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x205e, 0x2070, 0x2071, 0x2074, 0x209c,
    0x20a0, 0x20bf, 0x20d0, 0x20f0, 0x2100, 0x218b, 0x2190, 0x2426, 0x2440, 0x244a,
    0x2460, 0x2b73, 0x2b76, 0x2cf3, 0x2cf9, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67,
    0x2d6f, 0x2d70, 0x2d7f, 0x2d96, 0x2da0, 0x2e52, 0x2e80, 0x2ef3, 0x2f00, 0x2fd5,
    0x2ff0, 0x2ffb, 0x3001, 0x3096, 0x3099, 0x30ff, 0x3105, 0x31e3, 0x31f0, 0x9ffc,
    0xa000, 0xa48c, 0xa490, 0xa4c6, 0xa4d0, 0xa62b, 0xa640, 0xa6f7, 0xa700, 0xa7bf,
    0xa7c2, 0xa7ca, 0xa7f5, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5,
    0xa8ce, 0xa8d9, 0xa8e0, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9d9, 0xa9de, 0xaa36,
    0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2, 0xaadb, 0xaaf6, 0xab01, 0xab06,
    0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9,
    0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9,
    0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfbc1, 0xfbd3, 0xfd3f, 0xfd50, 0xfd8f,
    0xfd92, 0xfdc7, 0xfdf0, 0xfdfd, 0xfe00, 0xfe19, 0xfe20, 0xfe6b, 0xfe70, 0xfefc,
    0xff01, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc,
    0xffe0, 0xffee, 0xfffc, 0xfffd,
};

static const uint16_t is_not_print16[132] = {
    0x00ad, 0x038b, 0x038d, 0x03a2, 0x0530, 0x0590, 0x06dd, 0x083f, 0x085f, 0x08b5,
    0x08e2, 0x0984, 0x09a9, 0x09b1, 0x09de, 0x0a04, 0x0a29, 0x0a31, 0x0a34, 0x0a37,
    0x0a3d, 0x0a5d, 0x0a84, 0x0a8e, 0x0a92, 0x0aa9, 0x0ab1, 0x0ab4, 0x0ac6, 0x0aca,
    0x0b00, 0x0b04, 0x0b29, 0x0b31, 0x0b34, 0x0b5e, 0x0b84, 0x0b91, 0x0b9b, 0x0b9d,
    0x0bc9, 0x0c0d, 0x0c11, 0x0c29, 0x0c45, 0x0c49, 0x0c57, 0x0c8d, 0x0c91, 0x0ca9,
    0x0cb4, 0x0cc5, 0x0cc9, 0x0cdf, 0x0cf0, 0x0d0d, 0x0d11, 0x0d45, 0x0d49, 0x0d80,
    0x0d84, 0x0db2, 0x0dbc, 0x0dd5, 0x0dd7, 0x0e83, 0x0e85, 0x0e8b, 0x0ea4, 0x0ea6,
    0x0ec5, 0x0ec7, 0x0f48, 0x0f98, 0x0fbd, 0x0fcd, 0x10c6, 0x1249, 0x1257, 0x1259,
    0x1289, 0x12b1, 0x12bf, 0x12c1, 0x12d7, 0x1311, 0x1680, 0x170d, 0x176d, 0x1771,
    0x191f, 0x1a5f, 0x1dfa, 0x1f58, 0x1f5a, 0x1f5c, 0x1f5e, 0x1fb5, 0x1fc5, 0x1fdc,
    0x1ff5, 0x208f, 0x2b96, 0x2c2f, 0x2c5f, 0x2d26, 0x2da7, 0x2daf, 0x2db7, 0x2dbf,
    0x2dc7, 0x2dcf, 0x2dd7, 0x2ddf, 0x2e9a, 0x3040, 0x3130, 0x318f, 0x321f, 0xa9ce,
    0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f, 0xfb42, 0xfb45, 0xfe53, 0xfe67,
    0xfe75, 0xffe7,
};

static const uint32_t is_print32[468] = {
    0x010000, 0x01004d, 0x010050, 0x01005d, 0x010080, 0x0100fa, 0x010100, 0x010102, 0x010107, 0x010133,
    0x010137, 0x01019c, 0x0101a0, 0x0101a0, 0x0101d0, 0x0101fd, 0x010280, 0x01029c, 0x0102a0, 0x0102d0,
    0x0102e0, 0x0102fb, 0x010300, 0x010323, 0x01032d, 0x01034a, 0x010350, 0x01037a, 0x010380, 0x0103c3,
    0x0103c8, 0x0103d5, 0x010400, 0x01049d, 0x0104a0, 0x0104a9, 0x0104b0, 0x0104d3, 0x0104d8, 0x0104fb,
    0x010500, 0x010527, 0x010530, 0x010563, 0x01056f, 0x01056f, 0x010600, 0x010736, 0x010740, 0x010755,
    0x010760, 0x010767, 0x010800, 0x010805, 0x010808, 0x010838, 0x01083c, 0x01083c, 0x01083f, 0x01089e,
    0x0108a7, 0x0108af, 0x0108e0, 0x0108f5, 0x0108fb, 0x01091b, 0x01091f, 0x010939, 0x01093f, 0x01093f,
    0x010980, 0x0109b7, 0x0109bc, 0x0109cf, 0x0109d2, 0x010a06, 0x010a0c, 0x010a35, 0x010a38, 0x010a3a,
    0x010a3f, 0x010a48, 0x010a50, 0x010a58, 0x010a60, 0x010a9f, 0x010ac0, 0x010ae6, 0x010aeb, 0x010af6,
    0x010b00, 0x010b35, 0x010b39, 0x010b55, 0x010b58, 0x010b72, 0x010b78, 0x010b91, 0x010b99, 0x010b9c,
    0x010ba9, 0x010baf, 0x010c00, 0x010c48, 0x010c80, 0x010cb2, 0x010cc0, 0x010cf2, 0x010cfa, 0x010d27,
    0x010d30, 0x010d39, 0x010e60, 0x010ead, 0x010eb0, 0x010eb1, 0x010f00, 0x010f27, 0x010f30, 0x010f59,
    0x010fb0, 0x010fcb, 0x010fe0, 0x010ff6, 0x011000, 0x01104d, 0x011052, 0x01106f, 0x01107f, 0x0110c1,
    0x0110d0, 0x0110e8, 0x0110f0, 0x0110f9, 0x011100, 0x011147, 0x011150, 0x011176, 0x011180, 0x0111f4,
    0x011200, 0x01123e, 0x011280, 0x0112a9, 0x0112b0, 0x0112ea, 0x0112f0, 0x0112f9, 0x011300, 0x01130c,
    0x01130f, 0x011310, 0x011313, 0x011344, 0x011347, 0x011348, 0x01134b, 0x01134d, 0x011350, 0x011350,
    0x011357, 0x011357, 0x01135d, 0x011363, 0x011366, 0x01136c, 0x011370, 0x011374, 0x011400, 0x011461,
    0x011480, 0x0114c7, 0x0114d0, 0x0114d9, 0x011580, 0x0115b5, 0x0115b8, 0x0115dd, 0x011600, 0x011644,
    0x011650, 0x011659, 0x011660, 0x01166c, 0x011680, 0x0116b8, 0x0116c0, 0x0116c9, 0x011700, 0x01171a,
    0x01171d, 0x01172b, 0x011730, 0x01173f, 0x011800, 0x01183b, 0x0118a0, 0x0118f2, 0x0118ff, 0x011906,
    0x011909, 0x011909, 0x01190c, 0x011938, 0x01193b, 0x011946, 0x011950, 0x011959, 0x0119a0, 0x0119a7,
    0x0119aa, 0x0119d7, 0x0119da, 0x0119e4, 0x011a00, 0x011a47, 0x011a50, 0x011aa2, 0x011ac0, 0x011af8,
    0x011c00, 0x011c45, 0x011c50, 0x011c6c, 0x011c70, 0x011c8f, 0x011c92, 0x011cb6, 0x011d00, 0x011d36,
    0x011d3a, 0x011d47, 0x011d50, 0x011d59, 0x011d60, 0x011d98, 0x011da0, 0x011da9, 0x011ee0, 0x011ef8,
    0x011fb0, 0x011fb0, 0x011fc0, 0x011ff1, 0x011fff, 0x012399, 0x012400, 0x012474, 0x012480, 0x012543,
    0x013000, 0x01342e, 0x014400, 0x014646, 0x016800, 0x016a38, 0x016a40, 0x016a69, 0x016a6e, 0x016a6f,
    0x016ad0, 0x016aed, 0x016af0, 0x016af5, 0x016b00, 0x016b45, 0x016b50, 0x016b77, 0x016b7d, 0x016b8f,
    0x016e40, 0x016e9a, 0x016f00, 0x016f4a, 0x016f4f, 0x016f87, 0x016f8f, 0x016f9f, 0x016fe0, 0x016fe4,
    0x016ff0, 0x016ff1, 0x017000, 0x0187f7, 0x018800, 0x018cd5, 0x018d00, 0x018d08, 0x01b000, 0x01b11e,
    0x01b150, 0x01b152, 0x01b164, 0x01b167, 0x01b170, 0x01b2fb, 0x01bc00, 0x01bc6a, 0x01bc70, 0x01bc7c,
    0x01bc80, 0x01bc88, 0x01bc90, 0x01bc99, 0x01bc9c, 0x01bc9f, 0x01d000, 0x01d0f5, 0x01d100, 0x01d126,
    0x01d129, 0x01d172, 0x01d17b, 0x01d1e8, 0x01d200, 0x01d245, 0x01d2e0, 0x01d2f3, 0x01d300, 0x01d356,
    0x01d360, 0x01d378, 0x01d400, 0x01d49f, 0x01d4a2, 0x01d4a2, 0x01d4a5, 0x01d4a6, 0x01d4a9, 0x01d50a,
    0x01d50d, 0x01d546, 0x01d54a, 0x01d6a5, 0x01d6a8, 0x01d7cb, 0x01d7ce, 0x01da8b, 0x01da9b, 0x01daaf,
    0x01e000, 0x01e018, 0x01e01b, 0x01e02a, 0x01e100, 0x01e12c, 0x01e130, 0x01e13d, 0x01e140, 0x01e149,
    0x01e14e, 0x01e14f, 0x01e2c0, 0x01e2f9, 0x01e2ff, 0x01e2ff, 0x01e800, 0x01e8c4, 0x01e8c7, 0x01e8d6,
    0x01e900, 0x01e94b, 0x01e950, 0x01e959, 0x01e95e, 0x01e95f, 0x01ec71, 0x01ecb4, 0x01ed01, 0x01ed3d,
    0x01ee00, 0x01ee24, 0x01ee27, 0x01ee3b, 0x01ee42, 0x01ee42, 0x01ee47, 0x01ee54, 0x01ee57, 0x01ee64,
    0x01ee67, 0x01ee9b, 0x01eea1, 0x01eebb, 0x01eef0, 0x01eef1, 0x01f000, 0x01f02b, 0x01f030, 0x01f093,
    0x01f0a0, 0x01f0ae, 0x01f0b1, 0x01f0f5, 0x01f100, 0x01f1ad, 0x01f1e6, 0x01f202, 0x01f210, 0x01f23b,
    0x01f240, 0x01f248, 0x01f250, 0x01f251, 0x01f260, 0x01f265, 0x01f300, 0x01f6d7, 0x01f6e0, 0x01f6ec,
    0x01f6f0, 0x01f6fc, 0x01f700, 0x01f773, 0x01f780, 0x01f7d8, 0x01f7e0, 0x01f7eb, 0x01f800, 0x01f80b,
    0x01f810, 0x01f847, 0x01f850, 0x01f859, 0x01f860, 0x01f887, 0x01f890, 0x01f8ad, 0x01f8b0, 0x01f8b1,
    0x01f900, 0x01fa53, 0x01fa60, 0x01fa6d, 0x01fa70, 0x01fa74, 0x01fa78, 0x01fa7a, 0x01fa80, 0x01fa86,
    0x01fa90, 0x01faa8, 0x01fab0, 0x01fab6, 0x01fac0, 0x01fac2, 0x01fad0, 0x01fad6, 0x01fb00, 0x01fbca,
    0x01fbf0, 0x01fbf9, 0x020000, 0x02a6dd, 0x02a700, 0x02b734, 0x02b740, 0x02b81d, 0x02b820, 0x02cea1,
    0x02ceb0, 0x02ebe0, 0x02f800, 0x02fa1d, 0x030000, 0x03134a, 0x0e0100, 0x0e01ef,
};

static const uint16_t is_not_print32[95] = {
    0x000c, 0x0027, 0x003b, 0x003e, 0x018f, 0x039e, 0x0809, 0x0836, 0x0856, 0x08f3,
    0x0a04, 0x0a14, 0x0a18, 0x0e7f, 0x0eaa, 0x10bd, 0x1135, 0x11e0, 0x1212, 0x1287,
    0x1289, 0x128e, 0x129e, 0x1304, 0x1329, 0x1331, 0x1334, 0x133a, 0x145c, 0x1914,
    0x1917, 0x1936, 0x1c09, 0x1c37, 0x1ca8, 0x1d07, 0x1d0a, 0x1d3b, 0x1d3e, 0x1d66,
    0x1d69, 0x1d8f, 0x1d92, 0x246f, 0x6a5f, 0x6b5a, 0x6b62, 0xd455, 0xd49d, 0xd4ad,
    0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d, 0xd53a, 0xd53f, 0xd545, 0xd551,
    0xdaa0, 0xe007, 0xe022, 0xe025, 0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38,
    0xee3a, 0xee48, 0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a, 0xee5c, 0xee5e,
    0xee60, 0xee63, 0xee6b, 0xee73, 0xee78, 0xee7d, 0xee7f, 0xee8a, 0xeea4, 0xeeaa,
    0xf0c0, 0xf0d0, 0xf979, 0xf9cc, 0xfb93,
};

static const uint16_t is_graphic_list[16] = {
    0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
    0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
};

static int bsearch16(const uint16_t *a, int n, uint16_t x) {
    int i = 0, j = n;
    while (i < j) {
        int h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1;
        else j = h;
    }
    return i;
}

static int bsearch32(const uint32_t *a, int n, uint32_t x) {
    int i = 0, j = n;
    while (i < j) {
        int h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1;
        else j = h;
    }
    return i;
}

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

bool strconv_is_print(int32_t r) {
    if (r <= 0xFF) {
        if (r >= 0x20 && r <= 0x7E) return true;
        if (r >= 0xA1 && r <= 0xFF) return r != 0xAD;
        return false;
    }
    if (r < 0x10000) {
        uint16_t rr = (uint16_t)r;
        int i = bsearch16(is_print16, NELEM(is_print16), rr);
        if (i >= NELEM(is_print16) || rr < is_print16[i & ~1] || is_print16[i | 1] < rr) return false;
        int j = bsearch16(is_not_print16, NELEM(is_not_print16), rr);
        return j >= NELEM(is_not_print16) || is_not_print16[j] != rr;
    }
    uint32_t rr = (uint32_t)r;
    int i = bsearch32(is_print32, NELEM(is_print32), rr);
    if (i >= NELEM(is_print32) || rr < is_print32[i & ~1] || is_print32[i | 1] < rr) return false;
    if (r >= 0x20000) return true;
    uint16_t r16 = (uint16_t)(r - 0x10000);
    int j = bsearch16(is_not_print32, NELEM(is_not_print32), r16);
    return j >= NELEM(is_not_print32) || is_not_print32[j] != r16;
}

static bool in_graphic_list(int32_t r) {
    if (r > 0xFFFF || r < 0) return false;
    uint16_t rr = (uint16_t)r;
    int i = bsearch16(is_graphic_list, NELEM(is_graphic_list), rr);
    return i < NELEM(is_graphic_list) && rr == is_graphic_list[i];
}

bool strconv_is_graphic(int32_t r) { return strconv_is_print(r) || in_graphic_list(r); }

static void append_escaped_rune(StrBuf *out, int32_t r, char quote, bool ascii_only,
                                bool graphic_only) {
    if (r == (int32_t)(uint8_t)quote || r == '\\') {
        sb_putc(out, '\\');
        sb_putc(out, (char)r);
        return;
    }
    if (ascii_only) {
        if (r < UTF8_RUNE_SELF && strconv_is_print(r)) {
            sb_putc(out, (char)r);
            return;
        }
    } else if (strconv_is_print(r) || (graphic_only && in_graphic_list(r))) {
        uint8_t tmp[4];
        sb_put(out, (const char *)tmp, (size_t)utf8_encode(tmp, r));
        return;
    }
    switch (r) {
    case '\a': sb_puts(out, "\\a"); return;
    case '\b': sb_puts(out, "\\b"); return;
    case '\f': sb_puts(out, "\\f"); return;
    case '\n': sb_puts(out, "\\n"); return;
    case '\r': sb_puts(out, "\\r"); return;
    case '\t': sb_puts(out, "\\t"); return;
    case '\v': sb_puts(out, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f) {
        sb_puts(out, "\\x");
        sb_putc(out, lowerhex[(r >> 4) & 0xF]);
        sb_putc(out, lowerhex[r & 0xF]);
        return;
    }
    if (!utf8_valid_rune(r)) r = 0xFFFD;
    if (r < 0x10000) {
        sb_puts(out, "\\u");
        for (int s = 12; s >= 0; s -= 4) sb_putc(out, lowerhex[(r >> s) & 0xF]);
    } else {
        sb_puts(out, "\\U");
        for (int s = 28; s >= 0; s -= 4) sb_putc(out, lowerhex[(r >> s) & 0xF]);
    }
}

void strconv_quote(StrBuf *out, const uint8_t *s, size_t n, char quote, bool ascii_only,
                   bool graphic_only) {
    sb_putc(out, quote);
    size_t i = 0;
    while (i < n) {
        int32_t r = s[i];
        int w = 1;
        if (r >= UTF8_RUNE_SELF) w = utf8_decode(s + i, n - i, &r);
        if (w == 1 && r == UTF8_RUNE_ERROR) {
            sb_puts(out, "\\x");
            sb_putc(out, lowerhex[s[i] >> 4]);
            sb_putc(out, lowerhex[s[i] & 0xF]);
            i++;
            continue;
        }
        append_escaped_rune(out, r, quote, ascii_only, graphic_only);
        i += (size_t)w;
    }
    sb_putc(out, quote);
}

void strconv_quote_rune(StrBuf *out, int32_t r, bool ascii_only, bool graphic_only) {
    sb_putc(out, '\'');
    if (!utf8_valid_rune(r)) r = UTF8_RUNE_ERROR;
    append_escaped_rune(out, r, '\'', ascii_only, graphic_only);
    sb_putc(out, '\'');
}

bool strconv_can_backquote(const uint8_t *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        int32_t r;
        int w = utf8_decode(s + i, n - i, &r);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF) return false;
            continue;
        }
        if (r == UTF8_RUNE_ERROR) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

static int unhex(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

StrconvErr strconv_unquote_char(const uint8_t *s, size_t n, uint8_t quote, int32_t *value,
                                bool *multibyte, size_t *consumed) {
    *value = 0;
    *multibyte = false;
    *consumed = 0;
    if (n == 0) return SC_ERR_SYNTAX;
    uint8_t c = s[0];
    if (c == quote && (quote == '\'' || quote == '"')) return SC_ERR_SYNTAX;
    if (c >= UTF8_RUNE_SELF) {
        int w = utf8_decode(s, n, value);
        *multibyte = true;
        *consumed = (size_t)w;
        return SC_OK;
    }
    if (c != '\\') {
        *value = c;
        *consumed = 1;
        return SC_OK;
    }
    if (n <= 1) return SC_ERR_SYNTAX;
    c = s[1];
    size_t i = 2;
    int32_t v = 0;
    switch (c) {
    case 'a': v = '\a'; break;
    case 'b': v = '\b'; break;
    case 'f': v = '\f'; break;
    case 'n': v = '\n'; break;
    case 'r': v = '\r'; break;
    case 't': v = '\t'; break;
    case 'v': v = '\v'; break;
    case 'x': case 'u': case 'U': {
        size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - i < k) return SC_ERR_SYNTAX;
        for (size_t j = 0; j < k; j++) {
            int x = unhex(s[i + j]);
            if (x < 0) return SC_ERR_SYNTAX;
            v = (int32_t)((uint32_t)v << 4 | (uint32_t)x);
        }
        i += k;
        if (c != 'x') {
            if (!utf8_valid_rune(v)) return SC_ERR_SYNTAX;
            *multibyte = true;
        }
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        v = c - '0';
        if (n - i < 2) return SC_ERR_SYNTAX;
        for (int j = 0; j < 2; j++) {
            int x = s[i + (size_t)j] - '0';
            if (x < 0 || x > 7) return SC_ERR_SYNTAX;
            v = (v << 3) | x;
        }
        i += 2;
        if (v > 255) return SC_ERR_SYNTAX;
        break;
    case '\\': v = '\\'; break;
    case '\'': case '"':
        if (c != quote) return SC_ERR_SYNTAX;
        v = c;
        break;
    default:
        return SC_ERR_SYNTAX;
    }
    *value = v;
    *consumed = i;
    return SC_OK;
}

static bool mem_has(const uint8_t *s, size_t n, uint8_t c) { return n && memchr(s, c, n) != NULL; }

/* Go's unquote(in, unescape): on success *end is the length of the literal. */
static StrconvErr unquote_prefix(StrBuf *out, const uint8_t *in, size_t n, size_t *endp) {
    if (n < 2) return SC_ERR_SYNTAX;
    uint8_t quote = in[0];
    const uint8_t *q = memchr(in + 1, quote, n - 1);
    if (!q) return SC_ERR_SYNTAX;
    size_t end = (size_t)(q - in) + 1; /* position after the (first) terminating quote */
    if (quote == '`') {
        if (out)
            for (size_t i = 1; i < end - 1; i++)
                if (in[i] != '\r') sb_putc(out, (char)in[i]);
        *endp = end;
        return SC_OK;
    }
    if (quote != '"' && quote != '\'') return SC_ERR_SYNTAX;
    if (!mem_has(in, end, '\\') && !mem_has(in, end, '\n')) {
        bool valid;
        if (quote == '"') {
            valid = utf8_valid(in + 1, end - 2);
        } else {
            int32_t r;
            int w = utf8_decode(in + 1, end - 2, &r);
            valid = (size_t)(1 + w + 1) == end && (r != UTF8_RUNE_ERROR || w != 1);
        }
        if (valid) {
            if (out) sb_put(out, (const char *)in + 1, end - 2);
            *endp = end;
            return SC_OK;
        }
    }
    size_t i = 1;
    while (i < n && in[i] != quote) {
        int32_t r;
        bool mb;
        size_t used;
        StrconvErr e = strconv_unquote_char(in + i, n - i, quote, &r, &mb, &used);
        if (in[i] == '\n' || e != SC_OK) return SC_ERR_SYNTAX;
        i += used;
        if (out) {
            if (r < UTF8_RUNE_SELF || !mb) {
                sb_putc(out, (char)(uint8_t)r);
            } else {
                uint8_t tmp[4];
                sb_put(out, (const char *)tmp, (size_t)utf8_encode(tmp, r));
            }
        }
        if (quote == '\'') break;
    }
    if (!(i < n && in[i] == quote)) return SC_ERR_SYNTAX;
    *endp = i + 1;
    return SC_OK;
}

StrconvErr strconv_unquote(StrBuf *out, const uint8_t *s, size_t n) {
    size_t end;
    StrBuf tmp;
    sb_init(&tmp);
    StrconvErr e = unquote_prefix(&tmp, s, n, &end);
    if (e != SC_OK) return e;
    if (end != n) return SC_ERR_SYNTAX;
    sb_put(out, tmp.data ? tmp.data : "", tmp.len);
    return SC_OK;
}

StrconvErr strconv_quoted_prefix(const uint8_t *s, size_t n, size_t *len) {
    return unquote_prefix(NULL, s, n, len);
}

/* ================================ parsing ================================ */

static inline uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

static bool underscore_ok(const uint8_t *s, size_t n) {
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

StrconvErr strconv_parse_uint(const uint8_t *s, size_t n, int base, int bitsize, uint64_t *out) {
    *out = 0;
    if (n == 0) return SC_ERR_SYNTAX;
    bool base0 = base == 0;
    const uint8_t *s0 = s;
    size_t n0 = n;
    if (base >= 2 && base <= 36) {
        /* ok */
    } else if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b') {
                base = 2; s += 2; n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'o') {
                base = 8; s += 2; n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'x') {
                base = 16; s += 2; n -= 2;
            } else {
                base = 8; s += 1; n -= 1;
            }
        }
    } else {
        return SC_ERR_BASE;
    }
    if (bitsize == 0) bitsize = 64;
    else if (bitsize < 0 || bitsize > 64) return SC_ERR_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX : (1ull << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return SC_ERR_SYNTAX;
        }
        if (d >= base) return SC_ERR_SYNTAX;
        if (v >= cutoff) {
            *out = maxval;
            return SC_ERR_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > maxval) {
            *out = maxval;
            return SC_ERR_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0)) return SC_ERR_SYNTAX;
    *out = v;
    return SC_OK;
}

StrconvErr strconv_parse_int(const uint8_t *s, size_t n, int base, int bitsize, int64_t *out) {
    *out = 0;
    if (n == 0) return SC_ERR_SYNTAX;
    bool neg = false;
    if (s[0] == '+') {
        s++; n--;
    } else if (s[0] == '-') {
        neg = true;
        s++; n--;
    }
    uint64_t un;
    StrconvErr e = strconv_parse_uint(s, n, base, bitsize, &un);
    if (e != SC_OK && e != SC_ERR_RANGE) return e;
    if (bitsize == 0) bitsize = 64;
    uint64_t cutoff = 1ull << (bitsize - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return SC_ERR_RANGE;
    }
    if (neg && un > cutoff) {
        *out = (int64_t)(0 - cutoff);
        return SC_ERR_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return SC_OK;
}

StrconvErr strconv_atoi(const uint8_t *s, size_t n, int64_t *out) {
    *out = 0;
    if (n > 0 && n < 19) { /* fast path, as Go's Atoi: cannot overflow */
        const uint8_t *p = s;
        size_t k = n;
        if (p[0] == '-' || p[0] == '+') {
            p++;
            k--;
            if (k < 1) return SC_ERR_SYNTAX;
        }
        int64_t v = 0;
        for (size_t i = 0; i < k; i++) {
            uint8_t ch = (uint8_t)(p[i] - '0');
            if (ch > 9) return SC_ERR_SYNTAX;
            v = v * 10 + ch;
        }
        *out = s[0] == '-' ? -v : v;
        return SC_OK;
    }
    return strconv_parse_int(s, n, 10, 0, out);
}

StrconvErr strconv_parse_bool(const uint8_t *s, size_t n, bool *out) {
    static const char *const t[] = {"1", "t", "T", "TRUE", "true", "True"};
    static const char *const f[] = {"0", "f", "F", "FALSE", "false", "False"};
    *out = false;
    for (int i = 0; i < 6; i++) {
        if (strlen(t[i]) == n && memcmp(t[i], s, n) == 0) {
            *out = true;
            return SC_OK;
        }
        if (strlen(f[i]) == n && memcmp(f[i], s, n) == 0) return SC_OK;
    }
    return SC_ERR_SYNTAX;
}

/* Go's special(): inf/infinity (with optional sign) and nan, case-insensitive; returns the
 * length consumed, 0 if none. */
static size_t float_special(const uint8_t *s, size_t n, double *f) {
    if (n == 0) return 0;
    int sign = 1;
    size_t nsign = 0;
    const uint8_t *p = s;
    size_t k = n;
    if (p[0] == '+' || p[0] == '-') {
        if (p[0] == '-') sign = -1;
        nsign = 1;
        p++;
        k--;
    } else if (lower(p[0]) == 'n') {
        if (k >= 3 && lower(p[1]) == 'a' && lower(p[2]) == 'n') {
            *f = NAN;
            return 3;
        }
        return 0;
    } else if (lower(p[0]) != 'i') {
        return 0;
    }
    static const char inf[] = "infinity";
    size_t m = 0;
    while (m < 8 && m < k && lower(p[m]) == (uint8_t)inf[m]) m++;
    if (m > 3 && m < 8) m = 3;
    if (m == 3 || m == 8) {
        *f = sign * INFINITY;
        return nsign + m;
    }
    return 0;
}

/* Go's readFloat syntax check: returns the length of the longest valid prefix parsed the
 * way Go does (0 with ok false if none); *hex set for 0x floats. */
static bool read_float(const uint8_t *s, size_t n, size_t *len) {
    size_t i = 0;
    bool underscores = false;
    *len = 0;
    if (i >= n) return false;
    if (s[i] == '+' || s[i] == '-') i++;
    int base = 10;
    uint8_t expchar = 'e';
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        base = 16;
        i += 2;
        expchar = 'p';
    }
    bool sawdot = false, sawdigits = false;
    for (; i < n; i++) {
        uint8_t c = s[i];
        if (c == '_') {
            underscores = true;
            continue;
        } else if (c == '.') {
            if (sawdot) break;
            sawdot = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            sawdigits = true;
            continue;
        } else if (base == 16 && lower(c) >= 'a' && lower(c) <= 'f') {
            sawdigits = true;
            continue;
        }
        break;
    }
    *len = i;
    if (!sawdigits) return false;
    if (i < n && lower(s[i]) == expchar) {
        i++;
        *len = i;
        if (i >= n) return false;
        if (s[i] == '+' || s[i] == '-') i++;
        *len = i;
        if (i >= n || s[i] < '0' || s[i] > '9') return false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            if (s[i] == '_') underscores = true;
    } else if (base == 16) {
        return false;
    }
    *len = i;
    if (underscores && !underscore_ok(s, i)) return false;
    return true;
}

StrconvErr strconv_parse_float(const uint8_t *s, size_t n, int bitsize, double *out) {
    *out = 0;
    double sp;
    size_t m = float_special(s, n, &sp);
    if (m) {
        if (m != n) return SC_ERR_SYNTAX;
        *out = sp;
        return SC_OK;
    }
    size_t len;
    if (!read_float(s, n, &len) || len != n) return SC_ERR_SYNTAX;
    /* a clean copy without underscores for the C library */
    char small[128];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf) return SC_ERR_SYNTAX;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_') buf[k++] = (char)s[i];
    buf[k] = 0;
    double v;
    if (bitsize == 32) {
        float fv = strtof(buf, NULL);
        v = fv;
    } else {
        v = strtod(buf, NULL);
    }
    if (buf != small) free(buf);
    *out = v;
    if (isinf(v)) return SC_ERR_RANGE;
    return SC_OK;
}

const char *strconv_err_text(StrconvErr e, int arg) {
    StrBuf b;
    switch (e) {
    case SC_OK: return "";
    case SC_ERR_SYNTAX: return "invalid syntax";
    case SC_ERR_RANGE: return "value out of range";
    case SC_ERR_BASE:
        sb_init(&b);
        sb_printf(&b, "invalid base %d", arg);
        return sb_cstr(&b);
    case SC_ERR_BITSIZE:
        sb_init(&b);
        sb_printf(&b, "invalid bit size %d", arg);
        return sb_cstr(&b);
    }
    return "";
}

void strconv_num_error(StrBuf *out, const char *fn, const uint8_t *s, size_t n, StrconvErr e,
                       int arg) {
    sb_puts(out, "strconv.");
    sb_puts(out, fn);
    sb_puts(out, ": parsing ");
    strconv_quote(out, s, n, '"', false, false);
    sb_puts(out, ": ");
    sb_puts(out, strconv_err_text(e, arg));
}
