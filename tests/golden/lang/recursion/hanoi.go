package main

import "fmt"

var moves int

func hanoi(n int, from, to, via string, log bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, log)
	moves++
	if log {
		fmt.Printf("move %d: %s -> %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, log)
}

func main() {
	hanoi(3, "A", "C", "B", true)
	fmt.Println(moves)
	moves = 0
	hanoi(16, "A", "C", "B", false)
	fmt.Println(moves)
}
