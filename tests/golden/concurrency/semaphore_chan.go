// A buffered channel as a counting semaphore: at most 3 tasks run at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	running, maxRunning, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-sem }() // release
			mu.Lock()
			running++
			if running > maxRunning {
				maxRunning = running
			}
			mu.Unlock()
			time.Sleep(time.Millisecond) // hold the slot a moment
			mu.Lock()
			running--
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("done:", done, "never more than 3:", maxRunning <= 3, "running now:", running)
	fmt.Println("slots free:", cap(sem)-len(sem))
}
