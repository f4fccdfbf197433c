package main

import "fmt"

type P struct{ A, B int }

func main() {
	s := make([]string, 2, 4)
	m := make(map[string]int, 10)
	c := make(chan bool)
	c2 := make(chan int, 3)
	fmt.Println(len(s), cap(s), len(m), cap(c), cap(c2))
	p := new(P)
	p.A = 1
	fmt.Println(*p)
	pi := new(int)
	fmt.Println(*pi)
	ps := new([]int)
	fmt.Println(*ps == nil)
	pm := new(map[string]int)
	fmt.Println(*pm == nil)
	pa := new([3]int)
	pa[1] = 5
	fmt.Println(*pa)
}
