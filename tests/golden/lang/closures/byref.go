package main

import "fmt"

func main() {
	x := 1
	show := func() { fmt.Println("x =", x) }
	show()
	x = 2
	show()
	var fns []func() int
	y := 10
	fns = append(fns, func() int { return y })
	y = 20
	fns = append(fns, func() int { return y })
	fmt.Println(fns[0](), fns[1]())
	s := []int{1, 2, 3}
	mod := func() { s[0] = 100; s = append(s, 4) }
	mod()
	fmt.Println(s)
	type P struct{ v int }
	p := P{1}
	inc := func() { p.v++ }
	inc()
	inc()
	fmt.Println(p.v)
}
