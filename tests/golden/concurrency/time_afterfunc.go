// time.AfterFunc runs its function in its own goroutine; Stop cancels it before it runs.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() {
		done <- "callback ran"
	})
	fmt.Println(<-done)

	ran := make(chan bool, 1)
	t := time.AfterFunc(time.Hour, func() { ran <- true })
	fmt.Println("stopped before running:", t.Stop())

	// Reset re-arms an AfterFunc timer.
	t.Reset(time.Millisecond)
	fmt.Println("after reset ran:", <-ran)

	// The callback may block without blocking the timer machinery.
	block := make(chan int)
	time.AfterFunc(time.Millisecond, func() { block <- 1 })
	time.AfterFunc(2*time.Millisecond, func() { block <- 2 })
	a, b := <-block, <-block
	fmt.Println("both callbacks delivered:", a+b == 3)
}
