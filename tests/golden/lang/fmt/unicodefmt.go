package main

import "fmt"

func main() {
	s := "日本語"
	fmt.Printf("[%6s][%-6s][%.2s]\n", s, s, s)
	fmt.Printf("[%q][%+q][%x]\n", s, s, s)
	fmt.Printf("[%5c][%-5c]\n", '日', '本')
	fmt.Printf("[%q][%q][%q][%q]\n", '\x00', '\u2028', rune(0x10FFFF), rune(-1))
	fmt.Printf("[%q]\n", "\u2028 \U0010FFFF \xff")
	fmt.Printf("[%+q]\n", "\u00e9\t\x01")
	fmt.Printf("%v %d %c\n", '語', '語', 35486)
	fmt.Println(len(s), len([]rune(s)))
}
