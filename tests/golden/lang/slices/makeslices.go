package main

import "fmt"

func main() {
	a := make([]int, 5)
	fmt.Println(a, len(a), cap(a))
	b := make([]string, 2, 8)
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	b = b[:cap(b)]
	fmt.Println(len(b))
	c := make([]float64, 0)
	fmt.Println(c, len(c), cap(c))
	type T struct {
		A int
		B bool
	}
	d := make([]T, 2)
	fmt.Printf("%+v\n", d)
	e := make([]*T, 2)
	fmt.Println(e[0] == nil, e)
	f := make([][]int, 2)
	fmt.Println(f, f[0] == nil)
	n := 3
	g := make([]byte, n, n*2)
	fmt.Println(g, cap(g))
	h := []int{5: 1, 2, 0: 7}
	fmt.Println(h, len(h))
}
