package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	a := [5]int{}
	m := map[int]int{1: 1, 2: 2}
	str := "héllo"
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(s), cap(s), len(a), cap(a), len(m), len(str), len(ch), cap(ch))
	var ns []int
	var nm map[int]int
	var nc chan int
	fmt.Println(len(ns), cap(ns), len(nm), len(nc), cap(nc))
	p := &a
	fmt.Println(len(p), cap(p))
	const c = len("constant")
	fmt.Println(c)
	var arr [len("abc")]int
	fmt.Println(len(arr), len([]int{1, 2}), len([3]int{}))
}
