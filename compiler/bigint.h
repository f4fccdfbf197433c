/* bigint.h — arbitrary-precision signed integers for constant arithmetic (used by const.c).
 *
 * A BigInt is sign + magnitude, the magnitude in little-endian 32-bit limbs. Values are
 * immutable and GC-allocated (limbs with mem_alloc_atomic); every operation returns a new value
 * and may share limbs with its operands.
 *
 * Bounded work: a result whose magnitude would need more than BIGINT_MAX_BITS bits is not
 * computed; it becomes "infinite" (inf == true, sign kept, no limbs). Go itself rejects integer
 * constants above 512 bits, so an infinite value only ever follows a reported overflow; the cap
 * merely keeps `1 << 100000` or `x * x * x ...` from consuming time and memory. Any operation
 * with an infinite operand yields an infinite result (or, for comparisons, orders it beyond
 * every finite value).
 */
#ifndef GORO_BIGINT_H
#define GORO_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BIGINT_MAX_BITS 16384

typedef struct BigInt {
    int sign;           /* -1, 0, +1; 0 iff the value is zero */
    bool inf;           /* magnitude beyond BIGINT_MAX_BITS (then n == 0, d == NULL) */
    int n;              /* limbs in use; d[n-1] != 0 when n > 0 */
    const uint32_t *d;  /* magnitude, least significant limb first */
} BigInt;

BigInt *bigint_from_u64(uint64_t v);
BigInt *bigint_from_i64(int64_t v);
BigInt *bigint_inf(int sign);
/* Parse digits (no prefix, no '_') in base 2..16; NULL if empty or a digit is out of range. */
BigInt *bigint_parse(const char *digits, size_t len, int base);

bool bigint_is_zero(const BigInt *a);
size_t bigint_bitlen(const BigInt *a);        /* of |a|; BIGINT_MAX_BITS + 1 when inf */
size_t bigint_trailing_zeros(const BigInt *a); /* of |a|; 0 for zero */
bool bigint_bit(const BigInt *a, size_t i);   /* bit i of |a| */
int bigint_cmp(const BigInt *a, const BigInt *b);     /* -1, 0, 1 */
int bigint_cmp_abs(const BigInt *a, const BigInt *b); /* compares |a| and |b| */

BigInt *bigint_neg(const BigInt *a);
BigInt *bigint_abs(const BigInt *a);
BigInt *bigint_add(const BigInt *a, const BigInt *b);
BigInt *bigint_sub(const BigInt *a, const BigInt *b);
BigInt *bigint_mul(const BigInt *a, const BigInt *b);
/* Truncated division (Go's / and %): q rounded toward zero, r has a's sign. false if b == 0.
 * Either out pointer may be NULL. */
bool bigint_divmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r);

/* Bitwise operations on the infinite two's complement form (as Go's math/big). */
BigInt *bigint_and(const BigInt *a, const BigInt *b);
BigInt *bigint_or(const BigInt *a, const BigInt *b);
BigInt *bigint_xor(const BigInt *a, const BigInt *b);
BigInt *bigint_andnot(const BigInt *a, const BigInt *b);
BigInt *bigint_not(const BigInt *a);                 /* ^a == -a-1 */
BigInt *bigint_shl(const BigInt *a, uint64_t n);
BigInt *bigint_shr(const BigInt *a, uint64_t n);     /* floor(a / 2^n), as big.Int.Rsh */

BigInt *bigint_gcd(const BigInt *a, const BigInt *b); /* gcd(|a|, |b|) >= 0 */
BigInt *bigint_pow(uint32_t base, uint64_t exp);      /* base^exp (inf when too large) */

bool bigint_fits_i64(const BigInt *a);
bool bigint_fits_u64(const BigInt *a);
uint64_t bigint_low64(const BigInt *a); /* low 64 bits of the two's complement form */
char *bigint_to_dec(const BigInt *a);   /* "-123"; "+Inf"/"-Inf" when inf */

#endif
