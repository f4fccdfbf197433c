// runtime.NumGoroutine counts live goroutines: blocked ones count, finished ones do not.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func settle(want int) int {
	// a goroutine that called wg.Done may not have exited yet: give it a moment
	for i := 0; i < 1000 && runtime.NumGoroutine() != want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())
	close(release)
	fmt.Println("after release:", settle(1))

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
	fmt.Println("after 100 short ones:", settle(1))
}
