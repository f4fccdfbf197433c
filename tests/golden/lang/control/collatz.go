package main

import "fmt"

func collatzLen(n int) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if l := collatzLen(n); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println(bestN, best)
	for n := 1; n <= 10; n++ {
		fmt.Print(collatzLen(n), " ")
	}
	fmt.Println()
}
