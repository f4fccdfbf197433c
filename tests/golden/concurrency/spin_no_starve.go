// A goroutine spinning in `for {}` must not starve main or the timers, even at GOMAXPROCS=1.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main still runs")
	done := make(chan bool)
	go func() {
		x := 0
		for i := 0; i < 1000000; i++ { // a busy loop without calls still yields
			x += i
		}
		done <- x > 0
	}()
	fmt.Println("busy goroutine finished:", <-done)
}
