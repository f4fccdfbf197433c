package main

import "fmt"

func main() {
	inputs := []string{"ok", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\xe2\x82", "\xe2\x82\xac", "\xf0\x9f\x98"}
	for _, s := range inputs {
		var rs []rune
		var idx []int
		for i, r := range s {
			rs = append(rs, r)
			idx = append(idx, i)
		}
		fmt.Printf("%q -> %U %v %d\n", s, rs, idx, len([]rune(s)))
	}
	b := []byte{0x80, 0x41}
	fmt.Println([]rune(string(b)))
	fmt.Println(string([]rune{0xD800, 0x110000, 'A'}))
}
