/* natives_rand.c — natives of package math/rand: Go's additive lagged Fibonacci generator
 * (rngSource, seeded exactly as gc seeds it, so rand.New(rand.NewSource(42)) gives gc's
 * sequence), the process-wide source behind the top-level functions (randomly seeded as in
 * Go >= 1.20 until rand.Seed is called; locked, since any goroutine may use it), and the
 * ziggurat tables of NormFloat64/ExpFloat64. */
#include <pthread.h>
#include "natives_util.h"
#include "rand_tables.h"

enum { RNG_LEN = 607, RNG_TAP = 273 };
#define RNG_MASK ((uint64_t)INT64_MAX)
#define INT32MAX 2147483647

/* The Go struct rngSource {tap, feed int; vec [607]int64} as words. */
typedef struct RngState {
    int64_t tap, feed;
    int64_t vec[RNG_LEN];
} RngState;

static int32_t seedrand(int32_t x) {
    const int32_t A = 48271, Q = 44488, R = 3399;
    int32_t hi = x / Q, lo = x % Q;
    x = A * lo - R * hi;
    if (x < 0) x += INT32MAX;
    return x;
}

static void rng_seed(RngState *rng, int64_t seed) {
    rng->tap = 0;
    rng->feed = RNG_LEN - RNG_TAP;
    seed = seed % INT32MAX;
    if (seed < 0) seed += INT32MAX;
    if (seed == 0) seed = 89482311;
    int32_t x = (int32_t)seed;
    for (int i = -20; i < RNG_LEN; i++) {
        x = seedrand(x);
        if (i >= 0) {
            int64_t u = (int64_t)((uint64_t)(int64_t)x << 40);
            x = seedrand(x);
            u ^= (int64_t)((uint64_t)(int64_t)x << 20);
            x = seedrand(x);
            u ^= x;
            u ^= rand_rng_cooked[i];
            rng->vec[i] = u;
        }
    }
}

static uint64_t rng_uint64(RngState *rng) {
    if (--rng->tap < 0) rng->tap += RNG_LEN;
    if (--rng->feed < 0) rng->feed += RNG_LEN;
    /* out-of-range indices would mean a corrupted struct: keep memory safe */
    if ((uint64_t)rng->tap >= RNG_LEN || (uint64_t)rng->feed >= RNG_LEN) rng->tap = 0, rng->feed = RNG_LEN - RNG_TAP;
    uint64_t x = (uint64_t)rng->vec[rng->feed] + (uint64_t)rng->vec[rng->tap];
    rng->vec[rng->feed] = (int64_t)x;
    return x;
}

static int r_src_seed(G *g, Word *a) {
    rng_seed(a[0].p, a[1].i);
    return NAT_OK;
}

static int r_src_int63(G *g, Word *a) {
    a[0].i = (int64_t)(rng_uint64(a[0].p) & RNG_MASK);
    return NAT_OK;
}

static int r_src_uint64(G *g, Word *a) {
    a[0].u = rng_uint64(a[0].p);
    return NAT_OK;
}

/* ---- the global source ---- */

static pthread_mutex_t global_lock = PTHREAD_MUTEX_INITIALIZER;
static RngState global_rng;
static bool global_seeded;

static uint64_t global_next(void) {
    pthread_mutex_lock(&global_lock);
    uint64_t x = global_seeded ? rng_uint64(&global_rng) : val_rand64();
    pthread_mutex_unlock(&global_lock);
    return x;
}

static int r_global_int63(G *g, Word *a) {
    a[0].i = (int64_t)(global_next() & RNG_MASK);
    return NAT_OK;
}

static int r_global_uint64(G *g, Word *a) {
    a[0].u = global_next();
    return NAT_OK;
}

static int r_global_seed(G *g, Word *a) {
    pthread_mutex_lock(&global_lock);
    rng_seed(&global_rng, a[1].i);
    global_seeded = true;
    pthread_mutex_unlock(&global_lock);
    return NAT_OK;
}

/* ---- ziggurat tables: kn(i) etc. (i already masked by the caller) ---- */

static int r_kn(G *g, Word *a) { a[0].u = rand_kn[a[0].u & 127]; return NAT_OK; }
static int r_wn(G *g, Word *a) { a[0].f = rand_wn[a[0].u & 127]; return NAT_OK; }
static int r_fn(G *g, Word *a) { a[0].f = rand_fn[a[0].u & 127]; return NAT_OK; }
static int r_ke(G *g, Word *a) { a[0].u = rand_ke[a[0].u & 255]; return NAT_OK; }
static int r_we(G *g, Word *a) { a[0].f = rand_we[a[0].u & 255]; return NAT_OK; }
static int r_fe(G *g, Word *a) { a[0].f = rand_fe[a[0].u & 255]; return NAT_OK; }

/* ---- math/rand/v2 ---- */

static int r_runtime_uint64(G *g, Word *a) {
    a[0].u = val_rand64();
    return NAT_OK;
}

static inline uint32_t rotl32(uint32_t x, int k) { return x << k | x >> (32 - k); }

#define QR(a, b, c, d)                                       \
    do {                                                     \
        a += b; d ^= a; d = rotl32(d, 16);                   \
        c += d; b ^= c; b = rotl32(b, 12);                   \
        a += b; d ^= a; d = rotl32(d, 8);                    \
        c += d; b ^= c; b = rotl32(b, 7);                    \
    } while (0)

/* block(seed *[4]uint64, buf *[32]uint64, counter uint32): gc's internal/chacha8rand block:
 * four interleaved ChaCha8 blocks, laid out as 16 rows of 4 uint32 lanes (little-endian). */
static int r_chacha_block(G *g, Word *a) {
    const uint64_t *seed = a[0].p;
    uint32_t (*b)[4] = a[1].p;
    uint32_t counter = (uint32_t)a[2].u;
    static const uint32_t k[4] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (int i = 0; i < 4; i++) {
        for (int r = 0; r < 4; r++) b[r][i] = k[r];
        for (int s = 0; s < 4; s++) {
            b[4 + 2 * s][i] = (uint32_t)seed[s];
            b[5 + 2 * s][i] = (uint32_t)(seed[s] >> 32);
        }
        b[12][i] = counter + (uint32_t)i;
        b[13][i] = b[14][i] = b[15][i] = 0;
    }
    for (int i = 0; i < 4; i++) {
        uint32_t x[16];
        for (int r = 0; r < 16; r++) x[r] = b[r][i];
        for (int round = 0; round < 4; round++) {
            QR(x[0], x[4], x[8], x[12]);
            QR(x[1], x[5], x[9], x[13]);
            QR(x[2], x[6], x[10], x[14]);
            QR(x[3], x[7], x[11], x[15]);
            QR(x[0], x[5], x[10], x[15]);
            QR(x[1], x[6], x[11], x[12]);
            QR(x[2], x[7], x[8], x[13]);
            QR(x[3], x[4], x[9], x[14]);
        }
        /* only the key rows are added back (gc's variant) */
        for (int r = 0; r < 16; r++) b[r][i] = (r >= 4 && r < 12) ? b[r][i] + x[r] : x[r];
    }
    return NAT_OK;
}

const NativeEntry natives_rand[] = {
    {"math/rand/v2.*runtimeSource.Uint64", r_runtime_uint64},
    {"math/rand/v2.block", r_chacha_block},
    {"math/rand/v2.kn", r_kn},
    {"math/rand/v2.wn", r_wn},
    {"math/rand/v2.fn", r_fn},
    {"math/rand/v2.ke", r_ke},
    {"math/rand/v2.we", r_we},
    {"math/rand/v2.fe", r_fe},
    {"math/rand.*rngSource.Seed", r_src_seed},
    {"math/rand.*rngSource.Int63", r_src_int63},
    {"math/rand.*rngSource.Uint64", r_src_uint64},
    {"math/rand.*globalSource.Int63", r_global_int63},
    {"math/rand.*globalSource.Uint64", r_global_uint64},
    {"math/rand.*globalSource.Seed", r_global_seed},
    {"math/rand.kn", r_kn},
    {"math/rand.wn", r_wn},
    {"math/rand.fn", r_fn},
    {"math/rand.ke", r_ke},
    {"math/rand.we", r_we},
    {"math/rand.fe", r_fe},
    {NULL, NULL},
};
