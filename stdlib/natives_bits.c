/* natives_bits.c — natives of package math/bits. Arguments of the narrow unsigned types arrive
 * zero-extended in a word; results are truncated to their type's width. */
#include "natives_util.h"
#include "../vm/rtpanic.h"

static inline int clz64(uint64_t x) { return x ? __builtin_clzll(x) : 64; }
static inline int ctz64(uint64_t x) { return x ? __builtin_ctzll(x) : 64; }

static uint64_t bitrev64(uint64_t x) {
    x = (x >> 1 & 0x5555555555555555ULL) | (x & 0x5555555555555555ULL) << 1;
    x = (x >> 2 & 0x3333333333333333ULL) | (x & 0x3333333333333333ULL) << 2;
    x = (x >> 4 & 0x0F0F0F0F0F0F0F0FULL) | (x & 0x0F0F0F0F0F0F0F0FULL) << 4;
    return __builtin_bswap64(x);
}

/* width-generic helpers: w is the bit width (8, 16, 32, 64) */
static inline uint64_t mask(int w) { return w == 64 ? ~0ULL : (1ULL << w) - 1; }

#define WIDTHS(X) X(, 64) X(8, 8) X(16, 16) X(32, 32) X(64, 64)

#define DEF(sfx, w)                                                                          \
    static int lz##sfx(G *g, Word *a) { a[0].i = clz64(a[0].u & mask(w)) - (64 - w); return NAT_OK; } \
    static int tz##sfx(G *g, Word *a) {                                                      \
        uint64_t x = a[0].u & mask(w);                                                       \
        a[0].i = x ? ctz64(x) : w;                                                           \
        return NAT_OK;                                                                       \
    }                                                                                        \
    static int oc##sfx(G *g, Word *a) { a[0].i = __builtin_popcountll(a[0].u & mask(w)); return NAT_OK; } \
    static int len##sfx(G *g, Word *a) { a[0].i = 64 - clz64(a[0].u & mask(w)); return NAT_OK; } \
    static int rot##sfx(G *g, Word *a) {                                                     \
        uint64_t x = a[0].u & mask(w);                                                       \
        unsigned s = (unsigned)((uint64_t)a[1].i & (w - 1));                                 \
        a[0].u = s ? ((x << s) | (x >> (w - s))) & mask(w) : x;                              \
        return NAT_OK;                                                                       \
    }                                                                                        \
    static int rev##sfx(G *g, Word *a) { a[0].u = bitrev64(a[0].u & mask(w)) >> (64 - w); return NAT_OK; }
WIDTHS(DEF)
#undef DEF

static int rb16(G *g, Word *a) { a[0].u = __builtin_bswap16((uint16_t)a[0].u); return NAT_OK; }
static int rb32(G *g, Word *a) { a[0].u = __builtin_bswap32((uint32_t)a[0].u); return NAT_OK; }
static int rb64(G *g, Word *a) { a[0].u = __builtin_bswap64(a[0].u); return NAT_OK; }

static int add32(G *g, Word *a) {
    uint64_t s = (a[0].u & 0xFFFFFFFF) + (a[1].u & 0xFFFFFFFF) + (a[2].u & 0xFFFFFFFF);
    a[0].u = s & 0xFFFFFFFF;
    a[1].u = s >> 32;
    return NAT_OK;
}

static int add64(G *g, Word *a) {
    unsigned __int128 s = (unsigned __int128)a[0].u + a[1].u + a[2].u;
    a[0].u = (uint64_t)s;
    a[1].u = (uint64_t)(s >> 64);
    return NAT_OK;
}

static int sub32(G *g, Word *a) {
    uint32_t x = (uint32_t)a[0].u, y = (uint32_t)a[1].u, b = (uint32_t)a[2].u;
    uint32_t d = x - y - b;
    a[0].u = d;
    a[1].u = ((~x & y) | (~(x ^ y) & d)) >> 31;
    return NAT_OK;
}

static int sub64(G *g, Word *a) {
    uint64_t x = a[0].u, y = a[1].u, b = a[2].u;
    uint64_t d = x - y - b;
    a[0].u = d;
    a[1].u = ((~x & y) | (~(x ^ y) & d)) >> 63;
    return NAT_OK;
}

static int mul32(G *g, Word *a) {
    uint64_t p = (a[0].u & 0xFFFFFFFF) * (a[1].u & 0xFFFFFFFF);
    a[0].u = p >> 32;
    a[1].u = p & 0xFFFFFFFF;
    return NAT_OK;
}

static int mul64(G *g, Word *a) {
    unsigned __int128 p = (unsigned __int128)a[0].u * a[1].u;
    a[0].u = (uint64_t)(p >> 64);
    a[1].u = (uint64_t)p;
    return NAT_OK;
}

static int div_check(uint64_t hi, uint64_t y) {
    if (y == 0) {
        rt_panic_runtime_error("integer divide by zero");
        return NAT_PANIC;
    }
    if (y <= hi) {
        rt_panic_runtime_error("integer overflow");
        return NAT_PANIC;
    }
    return NAT_OK;
}

static int div32(G *g, Word *a) {
    uint64_t hi = a[0].u & 0xFFFFFFFF, lo = a[1].u & 0xFFFFFFFF, y = a[2].u & 0xFFFFFFFF;
    if (div_check(hi, y) != NAT_OK) return NAT_PANIC;
    uint64_t z = hi << 32 | lo;
    a[0].u = z / y;
    a[1].u = z % y;
    return NAT_OK;
}

static int div64(G *g, Word *a) {
    uint64_t hi = a[0].u, lo = a[1].u, y = a[2].u;
    if (div_check(hi, y) != NAT_OK) return NAT_PANIC;
    unsigned __int128 z = (unsigned __int128)hi << 64 | lo;
    a[0].u = (uint64_t)(z / y);
    a[1].u = (uint64_t)(z % y);
    return NAT_OK;
}

static int rem32(G *g, Word *a) {
    uint64_t hi = a[0].u & 0xFFFFFFFF, lo = a[1].u & 0xFFFFFFFF, y = a[2].u & 0xFFFFFFFF;
    if (y == 0) {
        rt_panic_runtime_error("integer divide by zero");
        return NAT_PANIC;
    }
    a[0].u = ((hi % y) << 32 | lo) % y;
    return NAT_OK;
}

static int rem64(G *g, Word *a) {
    uint64_t hi = a[0].u, lo = a[1].u, y = a[2].u;
    if (y == 0) {
        rt_panic_runtime_error("integer divide by zero");
        return NAT_PANIC;
    }
    unsigned __int128 z = (unsigned __int128)(hi % y) << 64 | lo;
    a[0].u = (uint64_t)(z % y);
    return NAT_OK;
}

#define ENTRY(go, c) {"math/bits." go, c},
const NativeEntry natives_bits[] = {
    ENTRY("LeadingZeros", lz) ENTRY("LeadingZeros8", lz8) ENTRY("LeadingZeros16", lz16)
    ENTRY("LeadingZeros32", lz32) ENTRY("LeadingZeros64", lz64)
    ENTRY("TrailingZeros", tz) ENTRY("TrailingZeros8", tz8) ENTRY("TrailingZeros16", tz16)
    ENTRY("TrailingZeros32", tz32) ENTRY("TrailingZeros64", tz64)
    ENTRY("OnesCount", oc) ENTRY("OnesCount8", oc8) ENTRY("OnesCount16", oc16)
    ENTRY("OnesCount32", oc32) ENTRY("OnesCount64", oc64)
    ENTRY("RotateLeft", rot) ENTRY("RotateLeft8", rot8) ENTRY("RotateLeft16", rot16)
    ENTRY("RotateLeft32", rot32) ENTRY("RotateLeft64", rot64)
    ENTRY("Reverse", rev) ENTRY("Reverse8", rev8) ENTRY("Reverse16", rev16)
    ENTRY("Reverse32", rev32) ENTRY("Reverse64", rev64)
    ENTRY("ReverseBytes", rb64) ENTRY("ReverseBytes16", rb16) ENTRY("ReverseBytes32", rb32)
    ENTRY("ReverseBytes64", rb64)
    ENTRY("Len", len) ENTRY("Len8", len8) ENTRY("Len16", len16) ENTRY("Len32", len32)
    ENTRY("Len64", len64)
    ENTRY("Add", add64) ENTRY("Add32", add32) ENTRY("Add64", add64)
    ENTRY("Sub", sub64) ENTRY("Sub32", sub32) ENTRY("Sub64", sub64)
    ENTRY("Mul", mul64) ENTRY("Mul32", mul32) ENTRY("Mul64", mul64)
    ENTRY("Div", div64) ENTRY("Div32", div32) ENTRY("Div64", div64)
    ENTRY("Rem", rem64) ENTRY("Rem32", rem32) ENTRY("Rem64", rem64)
    {NULL, NULL},
};
