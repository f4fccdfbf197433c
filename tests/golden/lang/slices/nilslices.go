package main

import (
	"fmt"
	"strings"
)

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	fmt.Printf("%v %d %#v\n", s, s, s)
	e := []int{}
	fmt.Println(e == nil, len(e), e)
	fmt.Printf("%#v\n", e)
	for range s {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s, s == nil)
	t := s[:0]
	fmt.Println(t == nil, len(t))
	var ns []string
	fmt.Println(strings.Join(ns, ","), len(ns[0:]))
	m := make([]int, 0)
	fmt.Println(m == nil)
	var z []int = nil
	z = z[:0]
	fmt.Println(z == nil)
	var bs []byte
	fmt.Println(string(bs) == "", bs == nil)
}
