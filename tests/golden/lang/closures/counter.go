package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1())
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	x := 5
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	get, set := func() int { return x }, func(v int) { x = v }
	set(42)
	fmt.Println(get(), x)
}
