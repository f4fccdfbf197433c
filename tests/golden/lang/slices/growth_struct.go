// go1.22: expected output from gc 1.22 (since Go 1.22 malloc headers change the capacity append picks for element types holding pointers once the array exceeds 512 bytes; gc 1.19 prints other capacities)
package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Small struct {
	A, B byte
	C    int16
}

type Odd struct {
	A [3]byte
}

func main() {
	var s []P
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, P{i, i, "p"})
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	var t []Small
	prev = -1
	for i := 0; i < 2000; i++ {
		t = append(t, Small{})
		if cap(t) != prev {
			fmt.Println("small", len(t), cap(t))
			prev = cap(t)
		}
	}
	var o []Odd
	prev = -1
	for i := 0; i < 500; i++ {
		o = append(o, Odd{})
		if cap(o) != prev {
			fmt.Println("odd", len(o), cap(o))
			prev = cap(o)
		}
	}
}
