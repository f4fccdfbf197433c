// bench: recursive Fibonacci (calls and integer arithmetic).
package main

import "fmt"

const N = 32

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println("fib", N, "=", fib(N))
}
