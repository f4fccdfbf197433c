// Electing a single leader among goroutines with atomic.Bool.CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var elected atomic.Bool
	var leaders atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if elected.CompareAndSwap(false, true) {
				leaders.Add(1)
			}
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("leaders:", leaders.Load(), "elected:", elected.Load())
}
