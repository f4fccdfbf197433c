package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibIter(n int) uint64 {
	var a, b uint64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 20; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(fib(27))
	fmt.Println(fibIter(90), fibIter(93), fibIter(94))
}
