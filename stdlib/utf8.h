/* utf8.h — UTF-8 helpers with Go's unicode/utf8 rules.
 *
 * Decoding follows Go exactly: an invalid or truncated sequence, an overlong encoding, a
 * surrogate half (U+D800..U+DFFF) or a value above U+10FFFF decodes as U+FFFD with width 1,
 * so a loop advancing by the width visits every byte of a bad sequence separately (this is
 * what `for range` over a string and utf8.RuneCount see).
 */
#ifndef GORO_UTF8_H
#define GORO_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_RUNE_ERROR 0xFFFD
#define UTF8_MAX_RUNE 0x10FFFF
#define UTF8_RUNE_SELF 0x80
#define UTF8_UTFMAX 4

/* Decode the first rune of s[0:n]. Returns its width (1..4); n == 0 gives U+FFFD, width 0. */
int utf8_decode(const uint8_t *s, size_t n, int32_t *r);
/* Decode the last rune of s[0:n] (DecodeLastRune). Returns its width; n == 0: U+FFFD, 0. */
int utf8_decode_last(const uint8_t *s, size_t n, int32_t *r);
/* Encode r into buf (at least 4 bytes); invalid runes encode as U+FFFD. Returns the width. */
int utf8_encode(uint8_t *buf, int32_t r);
/* Bytes needed to encode r, or -1 if r is not a valid rune (RuneLen). */
int utf8_rune_len(int32_t r);
/* Number of runes in s (each invalid byte counts as one rune). */
int64_t utf8_rune_count(const uint8_t *s, size_t n);
/* Whether s is entirely valid UTF-8. */
bool utf8_valid(const uint8_t *s, size_t n);
/* Whether r can be encoded (0 <= r <= U+10FFFF and not a surrogate). */
bool utf8_valid_rune(int32_t r);
/* Whether s begins with a full (possibly invalid) encoding of a rune (FullRune). */
bool utf8_full_rune(const uint8_t *s, size_t n);

#endif
