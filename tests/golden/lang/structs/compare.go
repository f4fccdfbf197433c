package main

import "fmt"

type P struct {
	A int
	B string
	C [2]bool
}

type Q struct {
	P
	F float64
}

func main() {
	x := P{1, "a", [2]bool{true, false}}
	y := P{1, "a", [2]bool{true, false}}
	z := P{1, "b", [2]bool{}}
	fmt.Println(x == y, x == z, x != z)
	q1 := Q{x, 1.5}
	q2 := Q{y, 1.5}
	fmt.Println(q1 == q2)
	q2.F = 2
	fmt.Println(q1 == q2)
	a1 := struct{ N int }{5}
	a2 := struct{ N int }{5}
	fmt.Println(a1 == a2)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	var i1, i2 interface{} = x, y
	fmt.Println(i1 == i2)
}
