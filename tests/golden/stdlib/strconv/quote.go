package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"hello", "tab\there", "quote\"s", "back\\slash", "héllo 世界", "\x00\x7f\xff", "☺\u2028", "\a\b\f\n\r\v", "`raw`", ""} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '\n', '☺', 0x10FFFF + 1, -1, 0xD800, '\u00a0', 0x7f} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"hello"`, `"tab\there"`, "`raw\\n`", `'a'`, `'ab'`, `"\u263a"`, `"\xff"`, `"unterminated`, `hello`, `"a"b"`, `'\''`, `"\'"`, `''`, `"\377"`, `"\400"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`"x`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`é!`, '"')
	fmt.Println(v, mb, tail, err)
	p, err := strconv.QuotedPrefix(`"abc\"d" tail`)
	fmt.Println(p, err)
	p, err = strconv.QuotedPrefix(`abc`)
	fmt.Printf("%q %v\n", p, err)
}
