package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界! \xf0\x9f\x98\x80 \xff end"
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c(%d) ", i, r, w)
		i += w
	}
	fmt.Println()
	b := []byte(s)
	for len(b) > 0 {
		r, w := utf8.DecodeLastRune(b)
		fmt.Printf("%U ", r)
		b = b[:len(b)-w]
	}
	fmt.Println()
	var out []byte
	for _, r := range "añ世😀" {
		out = utf8.AppendRune(out, r)
		fmt.Print(len(out), " ")
	}
	fmt.Println(string(out), utf8.RuneCount(out))
	reversed := make([]rune, 0)
	for _, r := range "abc世界" {
		reversed = append([]rune{r}, reversed...)
	}
	fmt.Println(string(reversed))
}
