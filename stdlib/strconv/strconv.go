// Package strconv: goro's implementation of Go's strconv package. Number formatting/parsing
// and quoting are natives over stdlib/strconv_core.c (exact, with gc's results); the errors
// are built here as gc builds them.
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Error codes returned by the parsing natives (StrconvErr in strconv_core.h).
const (
	errOK = iota
	errSyntax
	errRange
	errBase
	errBitSize
)

func numError(fn, s string, code, arg int) *NumError {
	var err error
	switch code {
	case errSyntax:
		err = ErrSyntax
	case errRange:
		err = ErrRange
	case errBase:
		err = errors.New("invalid base " + Itoa(arg))
	default:
		err = errors.New("invalid bit size " + Itoa(arg))
	}
	return &NumError{fn, s, err}
}

// ---- natives ----

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func atoi(s string) (int, int)
func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string
func formatFloat(f float64, fmt byte, prec, bitSize int) string
func unquote(s string) (string, bool)
func unquoteChar(s string, quote byte) (value rune, multibyte bool, consumed int, ok bool)
func quotedPrefix(s string) (int, bool)

func Itoa(i int) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

// ---- parsing ----

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	if code != errOK {
		arg := base
		if code == errBitSize {
			arg = bitSize
		}
		return v, numError("ParseInt", s, code, arg)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != errOK {
		arg := base
		if code == errBitSize {
			arg = bitSize
		}
		return v, numError("ParseUint", s, code, arg)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, code := atoi(s)
	if code != errOK {
		return v, numError("Atoi", s, code, 0)
	}
	return v, nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != errOK {
		return v, numError("ParseFloat", s, code, 0)
	}
	return v, nil
}

// ---- formatting ----

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

// FormatFloat formats f with format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and
// precision prec (-1: the fewest digits that read back exactly) for a float of bitSize bits.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// ---- unquoting ----

func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, n, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, s[n:], nil
}

func QuotedPrefix(s string) (string, error) {
	n, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return s[:n], nil
}
