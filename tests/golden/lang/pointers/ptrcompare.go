package main

import "fmt"

type T struct{ x int }

func main() {
	a := &T{1}
	b := &T{1}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	var n1, n2 *T
	fmt.Println(n1 == n2, n1 == nil)
	type E struct{}
	arr := [3]int{}
	fmt.Println(&arr[0] == &arr[0], &arr[0] == &arr[1])
	s := []int{1, 2}
	t := s
	fmt.Println(&s[0] == &t[0])
	m := map[*T]string{a: "a", b: "b"}
	fmt.Println(m[a], m[b], m[c], len(m))
}
