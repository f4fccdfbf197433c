package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil)
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	s = append(s, s...)
	fmt.Println(s, len(s))
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	n := copy(b, "XYZW!")
	fmt.Println(n, string(b))
	type T struct{ V int }
	ts := append([]T(nil), T{1}, T{2})
	fmt.Println(ts)
	var is []interface{}
	is = append(is, 1, "a", nil)
	fmt.Println(is, len(is))
	x := []int{1, 2, 3}
	y := append(x[:1], 10)
	fmt.Println(x, y)
}
