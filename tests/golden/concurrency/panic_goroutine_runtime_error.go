// A runtime error in a goroutine: index out of range.
// stderr-lines: 2
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	fmt.Println("start")
	done := make(chan int)
	go func() {
		s := []int{1, 2, 3}
		done <- get(s, 5)
	}()
	fmt.Println(<-done)
}
