package main

import "fmt"

func main() {
	x := 5
	p := &x
	s := fmt.Sprintf("%p", p)
	fmt.Println(len(s) > 2, s[:2])
	v := fmt.Sprintf("%v", p)
	fmt.Println(v == s)
	var np *int
	fmt.Printf("%p %v\n", np, np)
	sl := []int{1}
	fmt.Println(fmt.Sprintf("%p", sl)[:2])
	m := map[int]int{}
	fmt.Println(fmt.Sprintf("%p", m)[:2])
	fmt.Printf("%t\n", fmt.Sprintf("%x", p) == s[2:])
	var nsl []int
	fmt.Printf("%p\n", nsl)
	fmt.Printf("%p\n", 5)
}
