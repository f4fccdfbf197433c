package main

import "fmt"

func main() {
	var s []byte
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, byte(i))
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	b := []byte("hello")
	fmt.Println(len(b), cap(b) >= 5)
	b = append(b, " world"...)
	fmt.Println(string(b), len(b))
	var r []rune
	prev = -1
	for i := 0; i < 300; i++ {
		r = append(r, rune(i))
		if cap(r) != prev {
			fmt.Println("rune", len(r), cap(r))
			prev = cap(r)
		}
	}
	var u16 []uint16
	prev = -1
	for i := 0; i < 300; i++ {
		u16 = append(u16, uint16(i))
		if cap(u16) != prev {
			fmt.Println("u16", len(u16), cap(u16))
			prev = cap(u16)
		}
	}
}
