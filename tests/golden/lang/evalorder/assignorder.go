package main

import "fmt"

type P struct{ v int }

func main() {
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	a := 1
	b := 2
	a, b = b, a+b
	fmt.Println(a, b)
	fibs := []int{}
	p, q := 0, 1
	for k := 0; k < 10; k++ {
		fibs = append(fibs, p)
		p, q = q, p+q
	}
	fmt.Println(fibs)
	var ptr *P = &P{1}
	old := ptr
	ptr, ptr.v = &P{2}, 100
	fmt.Println(old.v, ptr.v)
	s := []int{1, 2, 3}
	s, s[0] = []int{7, 8}, 42
	fmt.Println(s)
}
