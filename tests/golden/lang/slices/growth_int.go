package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), cap(s), s == nil)
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	fmt.Println(s[0], s[1999], len(s))
	s2 := make([]int, 0, 5)
	prev = cap(s2)
	for i := 0; i < 100; i++ {
		s2 = append(s2, i)
		if cap(s2) != prev {
			fmt.Println("s2", len(s2), cap(s2))
			prev = cap(s2)
		}
	}
}
