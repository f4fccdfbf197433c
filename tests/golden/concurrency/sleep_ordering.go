// Goroutines sleeping 100ms, 50ms and 0ms (started in that order) wake in deadline order.
package main

import (
	"fmt"
	"time"
)

func main() {
	order := make(chan int, 3)
	for _, ms := range []int{100, 50, 0} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			order <- ms
		}(ms)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("woke:", <-order, "ms")
	}
	// Sleep with a zero or negative duration returns immediately.
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("done")
}
