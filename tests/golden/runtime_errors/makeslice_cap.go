package main

import "fmt"

func main() {
	n, c := 10, 5
	fmt.Println("making")
	s := make([]int, n, c)
	fmt.Println(s)
}
