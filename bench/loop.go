// bench: nested integer loops (the interpreter's dispatch speed).
package main

import "fmt"

const N = 10000

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			sum += i + j
			if sum > 1000000 {
				sum -= 999999
			}
		}
	}
	fmt.Println("loop", N, "sum =", sum)
}
