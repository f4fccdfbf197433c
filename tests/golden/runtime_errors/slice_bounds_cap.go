package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	fmt.Println(len(s), cap(s))
	n := 7
	t := s[:n]
	fmt.Println(t)
}
