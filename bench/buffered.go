// bench: producer/consumer over a buffered channel.
package main

import "fmt"

const N = 2000000
const Cap = 128

func main() {
	ch := make(chan int, Cap)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range ch {
			sum += v & 1023
		}
		done <- sum
	}()
	for i := 0; i < N; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println("buffered", N, "cap", Cap, "sum", <-done)
}
