package main

import "fmt"

func a(n int) int {
	fmt.Println("a", n)
	return b(n + 1)
}

func b(n int) int {
	fmt.Println("b", n)
	return c(n * 2)
}

func c(n int) int {
	fmt.Println("c", n)
	arr := []int{1, 2, 3}
	return arr[n]
}

func main() {
	fmt.Println(a(1))
}
