package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	e := utf16.Encode([]rune("a世😀\U0010FFFF"))
	fmt.Println(e, len(e))
	fmt.Println(string(utf16.Decode(e)), utf16.Decode([]uint16{0xd800, 0x41, 0xdc00}))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c %v %v\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(0xd900), utf16.AppendRune(nil, 0x1F600))
	fmt.Println(utf16.Encode([]rune{-1, 0xd800, 0x110000}))
}
