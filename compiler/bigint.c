/* bigint.c — arbitrary-precision signed integers (see bigint.h).
 *
 * Magnitudes are arrays of 32-bit limbs so that every limb product and two-limb dividend fits
 * in uint64_t. Internal helpers work on (limbs, count) pairs in scratch buffers; mk() trims
 * leading zero limbs, applies the BIGINT_MAX_BITS cap and wraps the result.
 */
#include "bigint.h"

#include <limits.h>
#include <string.h>

#include "../util/mem.h"

#define MAX_LIMBS ((BIGINT_MAX_BITS + 31) / 32)

static uint32_t *limbs(size_t n) { return mem_alloc_atomic((n ? n : 1) * sizeof(uint32_t)); }

static int clz32(uint32_t x) { return x ? __builtin_clz(x) : 32; }

static size_t mag_bitlen(const uint32_t *d, int n) {
    return n == 0 ? 0 : (size_t)n * 32 - (size_t)clz32(d[n - 1]);
}

static const BigInt zero_value = {0, false, 0, NULL};

/* Wrap d[0:n] (which the result takes over) with sign; trims and caps. */
static BigInt *mk(int sign, uint32_t *d, int n) {
    while (n > 0 && d[n - 1] == 0) n--;
    BigInt *r = NEW(BigInt);
    if (n == 0) {
        *r = zero_value;
        return r;
    }
    if (mag_bitlen(d, n) > BIGINT_MAX_BITS) {
        r->sign = sign;
        r->inf = true;
        return r;
    }
    r->sign = sign;
    r->n = n;
    r->d = d;
    return r;
}

BigInt *bigint_inf(int sign) {
    BigInt *r = NEW(BigInt);
    r->sign = sign < 0 ? -1 : 1;
    r->inf = true;
    return r;
}

BigInt *bigint_from_u64(uint64_t v) {
    uint32_t *d = limbs(2);
    d[0] = (uint32_t)v;
    d[1] = (uint32_t)(v >> 32);
    return mk(1, d, 2);
}

BigInt *bigint_from_i64(int64_t v) {
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    BigInt *r = bigint_from_u64(m);
    if (v < 0) r->sign = -1;
    return r;
}

bool bigint_is_zero(const BigInt *a) { return a->sign == 0; }

size_t bigint_bitlen(const BigInt *a) {
    return a->inf ? (size_t)BIGINT_MAX_BITS + 1 : mag_bitlen(a->d, a->n);
}

size_t bigint_trailing_zeros(const BigInt *a) {
    for (int i = 0; i < a->n; i++)
        if (a->d[i]) return (size_t)i * 32 + (size_t)__builtin_ctz(a->d[i]);
    return 0;
}

bool bigint_bit(const BigInt *a, size_t i) {
    if (i / 32 >= (size_t)a->n) return false;
    return (a->d[i / 32] >> (i % 32)) & 1;
}

/* ---- magnitude helpers ---- */

static int mag_cmp(const uint32_t *a, int an, const uint32_t *b, int bn) {
    if (an != bn) return an < bn ? -1 : 1;
    for (int i = an - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* out[0 : max(an,bn)+1] = a + b */
static int mag_add(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *out) {
    if (an < bn) {
        const uint32_t *t = a; a = b; b = t;
        int tn = an; an = bn; bn = tn;
    }
    uint64_t carry = 0;
    for (int i = 0; i < an; i++) {
        uint64_t s = (uint64_t)a[i] + (i < bn ? b[i] : 0) + carry;
        out[i] = (uint32_t)s;
        carry = s >> 32;
    }
    out[an] = (uint32_t)carry;
    return an + 1;
}

/* out[0:an] = a - b, requires |a| >= |b| */
static int mag_sub(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *out) {
    int64_t borrow = 0;
    for (int i = 0; i < an; i++) {
        int64_t s = (int64_t)a[i] - (i < bn ? b[i] : 0) - borrow;
        borrow = s < 0;
        out[i] = (uint32_t)(s + (borrow << 32));
    }
    return an;
}

/* out[0:an+bn] = a * b (out zeroed by caller) */
static void mag_mul(const uint32_t *a, int an, const uint32_t *b, int bn, uint32_t *out) {
    for (int i = 0; i < an; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < bn; j++) {
            uint64_t t = (uint64_t)a[i] * b[j] + out[i + j] + carry;
            out[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        out[i + bn] = (uint32_t)carry;
    }
}

/* Knuth's algorithm D (after Hacker's Delight, divmnu): u[0:m] / v[0:n], v[n-1] != 0, m >= n.
 * q receives m-n+1 limbs, r n limbs. */
static void mag_divmod(const uint32_t *u, int m, const uint32_t *v, int n, uint32_t *q, uint32_t *r) {
    const uint64_t B = (uint64_t)1 << 32;
    if (n == 1) {
        uint64_t k = 0;
        for (int j = m - 1; j >= 0; j--) {
            uint64_t cur = (k << 32) | u[j];
            q[j] = (uint32_t)(cur / v[0]);
            k = cur % v[0];
        }
        r[0] = (uint32_t)k;
        return;
    }
    int s = clz32(v[n - 1]);
    uint32_t *vn = limbs((size_t)n), *un = limbs((size_t)m + 1);
    for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (s ? v[i - 1] >> (32 - s) : 0);
    vn[0] = v[0] << s;
    un[m] = s ? u[m - 1] >> (32 - s) : 0;
    for (int i = m - 1; i > 0; i--) un[i] = (u[i] << s) | (s ? u[i - 1] >> (32 - s) : 0);
    un[0] = u[0] << s;

    for (int j = m - n; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
        /* qhat < B is tested first, so qhat * vn[n-2] cannot overflow. */
        while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= B) break;
        }
        /* un[j : j+n+1] -= qhat * vn */
        uint64_t mulcarry = 0;
        int64_t borrow = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i] + mulcarry;
            mulcarry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
            borrow = t < 0;
            un[i + j] = (uint32_t)(t + (borrow << 32));
        }
        int64_t t = (int64_t)un[j + n] - (int64_t)mulcarry - borrow;
        un[j + n] = (uint32_t)t;
        if (t < 0) { /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                uint64_t sum = (uint64_t)un[i + j] + vn[i] + c;
                un[i + j] = (uint32_t)sum;
                c = sum >> 32;
            }
            un[j + n] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    for (int i = 0; i < n - 1; i++) r[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
    r[n - 1] = un[n - 1] >> s;
}

/* ---- signed arithmetic ---- */

int bigint_cmp_abs(const BigInt *a, const BigInt *b) {
    if (a->inf || b->inf) return a->inf == b->inf ? 0 : a->inf ? 1 : -1;
    return mag_cmp(a->d, a->n, b->d, b->n);
}

int bigint_cmp(const BigInt *a, const BigInt *b) {
    if (a->sign != b->sign) return a->sign < b->sign ? -1 : 1;
    int c = bigint_cmp_abs(a, b);
    return a->sign < 0 ? -c : c;
}

BigInt *bigint_neg(const BigInt *a) {
    BigInt *r = NEW(BigInt);
    *r = *a;
    r->sign = -a->sign;
    return r;
}

BigInt *bigint_abs(const BigInt *a) {
    BigInt *r = NEW(BigInt);
    *r = *a;
    if (r->sign < 0) r->sign = 1;
    return r;
}

/* a + (bsign * |b|) */
static BigInt *add_signed(const BigInt *a, const BigInt *b, int bsign) {
    if (b->sign == 0) return (BigInt *)a;
    if (a->sign == 0) return b->sign == bsign ? (BigInt *)b : bigint_neg(b);
    if (a->inf) return bigint_inf(a->sign);
    if (b->inf) return bigint_inf(bsign);
    if (a->sign == bsign) {
        int n = (a->n > b->n ? a->n : b->n) + 1;
        uint32_t *d = limbs((size_t)n);
        return mk(a->sign, d, mag_add(a->d, a->n, b->d, b->n, d));
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return mk(0, limbs(1), 0);
    if (c > 0) {
        uint32_t *d = limbs((size_t)a->n);
        return mk(a->sign, d, mag_sub(a->d, a->n, b->d, b->n, d));
    }
    uint32_t *d = limbs((size_t)b->n);
    return mk(bsign, d, mag_sub(b->d, b->n, a->d, a->n, d));
}

BigInt *bigint_add(const BigInt *a, const BigInt *b) { return add_signed(a, b, b->sign); }
BigInt *bigint_sub(const BigInt *a, const BigInt *b) { return add_signed(a, b, -b->sign); }

BigInt *bigint_mul(const BigInt *a, const BigInt *b) {
    if (a->sign == 0 || b->sign == 0) return mk(0, limbs(1), 0);
    int sign = a->sign * b->sign;
    if (a->inf || b->inf) return bigint_inf(sign);
    /* The product has at least bitlen(a) + bitlen(b) - 1 bits: skip hopeless work. */
    if (mag_bitlen(a->d, a->n) + mag_bitlen(b->d, b->n) - 1 > BIGINT_MAX_BITS) return bigint_inf(sign);
    uint32_t *d = limbs((size_t)a->n + (size_t)b->n);
    mag_mul(a->d, a->n, b->d, b->n, d);
    return mk(sign, d, a->n + b->n);
}

bool bigint_divmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r) {
    if (b->sign == 0) return false;
    if (a->inf || b->inf) {
        /* Only reachable after an overflow was reported; keep the result "infinite". */
        if (q) *q = a->inf ? bigint_inf(a->sign * b->sign) : mk(0, limbs(1), 0);
        if (r) *r = a->inf ? bigint_inf(a->sign) : (BigInt *)a;
        return true;
    }
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        if (q) *q = mk(0, limbs(1), 0);
        if (r) *r = (BigInt *)a;
        return true;
    }
    int qn = a->n - b->n + 1;
    uint32_t *qd = limbs((size_t)qn), *rd = limbs((size_t)b->n);
    mag_divmod(a->d, a->n, b->d, b->n, qd, rd);
    if (q) *q = mk(a->sign * b->sign, qd, qn);
    if (r) *r = mk(a->sign, rd, b->n);
    return true;
}

/* ---- bitwise operations ---- */

/* Two's complement of a in L limbs (L > a->n, so the top limb holds the sign). */
static uint32_t *to_twos(const BigInt *a, int L) {
    uint32_t *t = limbs((size_t)L);
    for (int i = 0; i < a->n; i++) t[i] = a->d[i];
    if (a->sign < 0) {
        uint64_t carry = 1;
        for (int i = 0; i < L; i++) {
            uint64_t s = (uint64_t)(uint32_t)~t[i] + carry;
            t[i] = (uint32_t)s;
            carry = s >> 32;
        }
    }
    return t;
}

static BigInt *from_twos(uint32_t *t, int L) {
    if (t[L - 1] >> 31) {
        uint64_t carry = 1;
        for (int i = 0; i < L; i++) {
            uint64_t s = (uint64_t)(uint32_t)~t[i] + carry;
            t[i] = (uint32_t)s;
            carry = s >> 32;
        }
        return mk(-1, t, L);
    }
    return mk(1, t, L);
}

enum { BW_AND, BW_OR, BW_XOR, BW_ANDNOT };

static BigInt *bitwise(int op, const BigInt *a, const BigInt *b) {
    if (a->inf || b->inf) return bigint_inf(a->inf ? a->sign : b->sign);
    int L = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *x = to_twos(a, L), *y = to_twos(b, L);
    for (int i = 0; i < L; i++) {
        switch (op) {
        case BW_AND: x[i] &= y[i]; break;
        case BW_OR: x[i] |= y[i]; break;
        case BW_XOR: x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break;
        }
    }
    return from_twos(x, L);
}

BigInt *bigint_and(const BigInt *a, const BigInt *b) { return bitwise(BW_AND, a, b); }
BigInt *bigint_or(const BigInt *a, const BigInt *b) { return bitwise(BW_OR, a, b); }
BigInt *bigint_xor(const BigInt *a, const BigInt *b) { return bitwise(BW_XOR, a, b); }
BigInt *bigint_andnot(const BigInt *a, const BigInt *b) { return bitwise(BW_ANDNOT, a, b); }

BigInt *bigint_not(const BigInt *a) {
    /* ^a == -a - 1 */
    BigInt *one = bigint_from_u64(1);
    return bigint_sub(bigint_neg(a), one);
}

/* |a| shifted, as a fresh limb array of count *outn */
static uint32_t *mag_shl(const uint32_t *d, int n, uint64_t s, int *outn) {
    int ls = (int)(s / 32), bs = (int)(s % 32);
    int rn = n + ls + 1;
    uint32_t *r = limbs((size_t)rn);
    for (int i = n - 1; i >= 0; i--) {
        r[i + ls + 1] |= bs ? d[i] >> (32 - bs) : 0;
        r[i + ls] |= d[i] << bs;
    }
    *outn = rn;
    return r;
}

static uint32_t *mag_shr(const uint32_t *d, int n, uint64_t s, int *outn) {
    int ls = (int)(s / 32), bs = (int)(s % 32);
    int rn = n - ls;
    if (rn <= 0) {
        *outn = 0;
        return limbs(1);
    }
    uint32_t *r = limbs((size_t)rn);
    for (int i = 0; i < rn; i++) {
        r[i] = d[i + ls] >> bs;
        if (bs && i + ls + 1 < n) r[i] |= d[i + ls + 1] << (32 - bs);
    }
    *outn = rn;
    return r;
}

BigInt *bigint_shl(const BigInt *a, uint64_t n) {
    if (a->sign == 0 || n == 0) return (BigInt *)a;
    if (a->inf || n > BIGINT_MAX_BITS || mag_bitlen(a->d, a->n) + n > BIGINT_MAX_BITS)
        return bigint_inf(a->sign);
    int rn;
    uint32_t *r = mag_shl(a->d, a->n, n, &rn);
    return mk(a->sign, r, rn);
}

BigInt *bigint_shr(const BigInt *a, uint64_t n) {
    if (a->sign == 0 || n == 0) return (BigInt *)a;
    if (a->inf) return bigint_inf(a->sign);
    if (a->sign > 0) {
        if (n >= mag_bitlen(a->d, a->n)) return mk(0, limbs(1), 0);
        int rn;
        uint32_t *r = mag_shr(a->d, a->n, n, &rn);
        return mk(1, r, rn);
    }
    /* floor for negatives: -(((|a| - 1) >> n) + 1) */
    BigInt *one = bigint_from_u64(1);
    BigInt *m1 = bigint_sub(bigint_abs(a), one);
    BigInt *sh;
    if (n >= bigint_bitlen(m1)) {
        sh = mk(0, limbs(1), 0);
    } else {
        int rn;
        uint32_t *r = mag_shr(m1->d, m1->n, n, &rn);
        sh = mk(1, r, rn);
    }
    return bigint_neg(bigint_add(sh, one));
}

/* ---- number theory ---- */

BigInt *bigint_gcd(const BigInt *a, const BigInt *b) {
    BigInt *x = bigint_abs(a), *y = bigint_abs(b);
    if (x->inf || y->inf) return bigint_from_u64(1);
    while (y->sign != 0) {
        BigInt *r;
        bigint_divmod(x, y, NULL, &r);
        x = y;
        y = r;
    }
    return x;
}

BigInt *bigint_pow(uint32_t base, uint64_t exp) {
    BigInt *result = bigint_from_u64(1), *b = bigint_from_u64(base);
    while (exp) {
        if (exp & 1) result = bigint_mul(result, b);
        exp >>= 1;
        if (exp) b = bigint_mul(b, b);
        if (result->inf) return result;
    }
    return result;
}

/* ---- conversions ---- */

BigInt *bigint_parse(const char *digits, size_t len, int base) {
    if (len == 0 || base < 2 || base > 16) return NULL;
    /* scratch on the stack: a collected block of MAX_LIMBS (2 KB, 4 KB with the collector's
     * rounding) kept by every literal made a 100,000-line program take 800 MB */
    uint32_t d[MAX_LIMBS + 1];
    int n = 0;
    bool inf = false;
    for (size_t i = 0; i < len; i++) {
        int c = (unsigned char)digits[i], v;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
        else return NULL;
        if (v >= base) return NULL;
        if (inf) continue; /* keep validating the remaining digits */
        uint64_t carry = (uint64_t)v;
        for (int k = 0; k < n; k++) {
            uint64_t t = (uint64_t)d[k] * (uint64_t)base + carry;
            d[k] = (uint32_t)t;
            carry = t >> 32;
        }
        if (carry) {
            if (n == MAX_LIMBS) inf = true;
            else d[n++] = (uint32_t)carry;
        }
        if (mag_bitlen(d, n) > BIGINT_MAX_BITS) inf = true;
    }
    if (inf) return bigint_inf(1);
    uint32_t *r = limbs((size_t)n);
    if (n) memcpy(r, d, (size_t)n * sizeof *d);
    return mk(1, r, n);
}

bool bigint_fits_i64(const BigInt *a) {
    if (a->inf) return false;
    size_t bl = mag_bitlen(a->d, a->n);
    if (bl <= 63) return true;
    /* -2^63 is the one 64-bit magnitude that fits */
    return a->sign < 0 && bl == 64 && bigint_trailing_zeros(a) == 63;
}

bool bigint_fits_u64(const BigInt *a) {
    return !a->inf && a->sign >= 0 && mag_bitlen(a->d, a->n) <= 64;
}

uint64_t bigint_low64(const BigInt *a) {
    if (a->inf) return 0;
    uint64_t m = (a->n > 0 ? a->d[0] : 0) | (a->n > 1 ? (uint64_t)a->d[1] << 32 : 0);
    return a->sign < 0 ? (uint64_t)0 - m : m;
}

char *bigint_to_dec(const BigInt *a) {
    if (a->inf) return mem_strdup(a->sign < 0 ? "-Inf" : "+Inf");
    if (a->sign == 0) return mem_strdup("0");
    /* Peel off base-10^9 chunks, least significant first. */
    int n = a->n;
    uint32_t *t = limbs((size_t)n);
    memcpy(t, a->d, (size_t)n * sizeof(uint32_t));
    size_t cap = (size_t)n * 10 + 2;
    uint32_t *chunks = limbs(cap / 9 + 2);
    size_t nc = 0;
    while (n > 0) {
        uint64_t k = 0;
        for (int j = n - 1; j >= 0; j--) {
            uint64_t cur = (k << 32) | t[j];
            t[j] = (uint32_t)(cur / 1000000000u);
            k = cur % 1000000000u;
        }
        chunks[nc++] = (uint32_t)k;
        while (n > 0 && t[n - 1] == 0) n--;
    }
    char *s = mem_alloc_atomic(nc * 9 + 2);
    char *p = s;
    if (a->sign < 0) *p++ = '-';
    for (size_t i = nc; i-- > 0;) {
        char buf[16];
        int w = 0;
        uint32_t c = chunks[i];
        do {
            buf[w++] = (char)('0' + c % 10);
            c /= 10;
        } while (c);
        if (i != nc - 1)
            while (w < 9) buf[w++] = '0';
        while (w > 0) *p++ = buf[--w];
    }
    *p = 0;
    return s;
}
