package main

import "fmt"

type Point [2]int

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	m := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(m[[2]int{1, 0}], m[[2]int{0, 0}], len(m))
	p := Point{3, 4}
	q := Point{3, 4}
	fmt.Println(p == q)
	s := [2]string{"a", "b"}
	fmt.Println(s == [2]string{"a", "b"})
	type S struct{ A [2]int }
	fmt.Println(S{[2]int{1, 2}} == S{[2]int{1, 2}})
	var z [4]float64
	fmt.Println(z == [4]float64{})
}
