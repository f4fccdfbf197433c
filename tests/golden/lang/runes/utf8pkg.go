package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8}))
	bad := "\xff"
	r, size = utf8.DecodeRuneInString(bad)
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	fmt.Println(utf8.RuneCount([]byte("日本")), utf8.FullRune([]byte{0xe6}), utf8.RuneStart(0x80))
	fmt.Println(utf8.UTFMax, utf8.MaxRune, utf8.RuneSelf)
	b := utf8.AppendRune(nil, 'ü')
	fmt.Println(b, utf8.ValidRune(0xD800), utf8.ValidRune('a'))
}
