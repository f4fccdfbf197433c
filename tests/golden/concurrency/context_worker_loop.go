// A worker does units of work until its context is cancelled; main cancels after 5 units.
package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, work chan<- int, result chan<- string) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			result <- fmt.Sprintf("worker stopped after %d units: %v", n, ctx.Err())
			return
		case work <- n:
			n++
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	work := make(chan int)
	result := make(chan string)
	go worker(ctx, work, result)
	for i := 0; i < 5; i++ {
		fmt.Println("unit", <-work)
	}
	cancel()
	fmt.Println(<-result)
}
