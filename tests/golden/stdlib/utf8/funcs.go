package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "é", "世", "😀", "\xff", "\xe4\xb8", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "a\xffb世"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q %U %d %U %d count=%d valid=%v full=%v\n", s, r, n, lr, ln, utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
		b := []byte(s)
		r2, n2 := utf8.DecodeRune(b)
		lr2, ln2 := utf8.DecodeLastRune(b)
		fmt.Println(r2 == r, n2 == n, lr2 == lr, ln2 == ln, utf8.RuneCount(b), utf8.Valid(b), utf8.FullRune(b))
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, 0xfffd} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x len=%d valid=%v enc=% x app=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("<"), r))
	}
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xc3), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 1), '世')
}
