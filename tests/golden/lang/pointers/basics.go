package main

import "fmt"

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p, p == &x)
	inc(p)
	inc(&x)
	fmt.Println(x)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	q := newInt(10)
	r := newInt(10)
	fmt.Println(*q == *r, q == r)
	pp := &p
	**pp = 100
	fmt.Println(x)
	var np *int
	fmt.Println(np == nil, np)
	n := new(int)
	fmt.Println(*n)
	*n = 3
	fmt.Println(*n)
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s, len(*s))
}
