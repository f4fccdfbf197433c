// go1.22: expected output from gc 1.22 (clear builtin since Go 1.21; gc 1.19 rejects)
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m2 := m
	clear(m)
	fmt.Println(len(m), m, len(m2))
	m["c"] = 3
	fmt.Println(m2)
	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	fmt.Println(s, len(t), cap(t))
	ss := []string{"x", "y"}
	clear(ss)
	fmt.Printf("%q\n", ss)
	var nm map[int]int
	clear(nm)
	var ns []int
	clear(ns)
	fmt.Println(nm == nil, ns == nil)
	type P struct{ A int; B string }
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Printf("%+v\n", ps)
}
