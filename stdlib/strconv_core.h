/* strconv_core.h — exact number formatting and parsing with Go's strconv semantics.
 *
 * Shared by fmt, the strconv package natives and the VM's conversions (string(int) is not
 * here; see utf8.h). Output goes to a StrBuf (appended). Parsing functions never allocate
 * on success and report failures as a StrconvErr code; strconv_num_error renders the exact
 * text of Go's *NumError, e.g.
 *   strconv.Atoi: parsing "abc": invalid syntax
 *   strconv.ParseInt: parsing "999999999999999999999": value out of range
 * On a range error the clamped value is stored, as Go returns it.
 *
 * Floats: formatting is exact (correctly rounded, round-half-even on exact ties) for every
 * precision; prec < 0 selects the shortest decimal that reads back as the same value at the
 * given bit size (32: float rounding), choosing the closest such decimal, as Go's Ryu does.
 */
#ifndef GORO_STRCONV_CORE_H
#define GORO_STRCONV_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../util/vec.h"

typedef enum StrconvErr {
    SC_OK = 0,
    SC_ERR_SYNTAX,   /* "invalid syntax" (strconv.ErrSyntax) */
    SC_ERR_RANGE,    /* "value out of range" (strconv.ErrRange) */
    SC_ERR_BASE,     /* "invalid base N" */
    SC_ERR_BITSIZE,  /* "invalid bit size N" */
} StrconvErr;

/* ---- formatting ---- */

/* FormatFloat(f, fmt, prec, bitSize): fmt is one of 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X';
 * bitsize 32 or 64 (32: f is first rounded to float32). An unknown fmt appends '%' fmt. */
void strconv_format_float(StrBuf *out, double f, char fmt, int prec, int bitsize);
/* FormatInt / FormatUint, base 2..36 (lower-case digits). */
void strconv_format_int(StrBuf *out, int64_t v, int base);
void strconv_format_uint(StrBuf *out, uint64_t v, int base);
/* Into a caller buffer of at least 66 bytes (no NUL); returns the length. */
int strconv_fmt_uint_buf(char *buf, uint64_t v, int base, bool neg);

/* Decimal digits of a finite float as Go's decimalSlice: d[0..nd) with the decimal point
 * after dp digits; nd == 0 for zero; no trailing zeros. mode: 's' shortest (prec ignored),
 * 'e' prec digits after the first, 'f' prec digits after the point, 'g' prec significant. */
typedef struct FloatDigits {
    char d[800];
    int nd, dp;
    bool neg;
} FloatDigits;
void strconv_float_digits(FloatDigits *fd, double f, char mode, int prec, int bitsize);

/* ---- quoting ---- */

/* Quote / QuoteToASCII / QuoteToGraphic of s as a quote-delimited literal ('"' or '`'...). */
void strconv_quote(StrBuf *out, const uint8_t *s, size_t n, char quote, bool ascii_only,
                   bool graphic_only);
/* QuoteRune / QuoteRuneToASCII / QuoteRuneToGraphic: invalid runes become U+FFFD. */
void strconv_quote_rune(StrBuf *out, int32_t r, bool ascii_only, bool graphic_only);
bool strconv_can_backquote(const uint8_t *s, size_t n);
bool strconv_is_print(int32_t r);
bool strconv_is_graphic(int32_t r);
/* Unquote: appends the unquoted value of the whole literal s to out, or returns
 * SC_ERR_SYNTAX (out may then hold partial output). */
StrconvErr strconv_unquote(StrBuf *out, const uint8_t *s, size_t n);
/* UnquoteChar(s, quote): decodes one character; *value, *multibyte, *consumed (bytes of s). */
StrconvErr strconv_unquote_char(const uint8_t *s, size_t n, uint8_t quote, int32_t *value,
                                bool *multibyte, size_t *consumed);
/* QuotedPrefix: length of the quoted literal at the start of s, or SC_ERR_SYNTAX. */
StrconvErr strconv_quoted_prefix(const uint8_t *s, size_t n, size_t *len);

/* ---- parsing ---- */

/* ParseInt/ParseUint(s, base, bitSize): base 0 (prefix + underscores) or 2..36; bitsize 0
 * (= 64) or 1..64. On SC_ERR_RANGE *out holds the clamped value, otherwise 0 on error. */
StrconvErr strconv_parse_int(const uint8_t *s, size_t n, int base, int bitsize, int64_t *out);
StrconvErr strconv_parse_uint(const uint8_t *s, size_t n, int base, int bitsize, uint64_t *out);
/* Atoi: ParseInt(s, 10, 0) (errors are reported under the name "Atoi"). */
StrconvErr strconv_atoi(const uint8_t *s, size_t n, int64_t *out);
/* ParseFloat(s, bitSize 32|64): Go syntax incl. hex floats, underscores, inf/infinity/nan.
 * Range error: *out is ±Inf. */
StrconvErr strconv_parse_float(const uint8_t *s, size_t n, int bitsize, double *out);
/* ParseBool: 1 t T TRUE true True 0 f F FALSE false False. */
StrconvErr strconv_parse_bool(const uint8_t *s, size_t n, bool *out);

/* The error reason text: "invalid syntax", "value out of range", "invalid base 1",
 * "invalid bit size 65" (arg is the base or bit size for the last two). */
const char *strconv_err_text(StrconvErr e, int arg);
/* The full *NumError text: "strconv." fn ": parsing " Quote(s) ": " reason. fn is the Go
 * function name ("Atoi", "ParseInt", "ParseUint", "ParseFloat", "ParseBool"). */
void strconv_num_error(StrBuf *out, const char *fn, const uint8_t *s, size_t n, StrconvErr e,
                       int arg);

#endif
