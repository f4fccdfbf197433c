package main

import "fmt"

var (
	g1     int
	g2     = "init"
	g3, g4 = 1.5, true
)

func main() {
	var a int
	var b, c = 1, "x"
	var d, e int = 2, 3
	var (
		f = []int{1}
		h map[string]int
	)
	i, j := 4, "y"
	var k = struct{ N int }{9}
	fmt.Println(g1, g2, g3, g4, a, b, c, d, e, f, h == nil, i, j, k)
	fmt.Printf("%T %T %T %T\n", b, g3, 'r', 1<<3)
	var p, q *int
	fmt.Println(p == q)
	l, m := 1, 2
	m, n := 3, 4
	fmt.Println(l, m, n)
}
