package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-42", "+7", "", " 1", "0x1F", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "abc", "12a", "-"} {
		i, err := strconv.Atoi(s)
		fmt.Println(i, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64},
		{"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"", 1, 64},
		{"-0x10", 0, 32}, {"0x", 0, 64}, {"_1", 0, 64},
	} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(i, err, "|", u, uerr)
	}
	for _, s := range []string{"3.14", "-0", "1e308", "1e309", "-1e309", "1e-400", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", ".5", "5.", "abc", "", "1e", "0.1", "123456789012345678901234567890", "+3"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, f32, err32)
	}
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	_, err := strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseFloat("x", 64)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err))
	fmt.Printf("%T %v\n", err, strconv.IntSize)
}
