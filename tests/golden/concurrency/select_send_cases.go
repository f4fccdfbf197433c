// select with send cases: route values to whichever consumer is ready, then sort results.
package main

import (
	"fmt"
	"sync"
)

func main() {
	evens := make(chan int)
	odds := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	consume := func(name string, ch <-chan int) {
		defer wg.Done()
		for range ch {
			mu.Lock()
			counts[name]++
			mu.Unlock()
		}
	}
	wg.Add(2)
	go consume("A", evens)
	go consume("B", odds)
	sent := 0
	for i := 0; i < 100; i++ {
		select {
		case evens <- i:
			sent++
		case odds <- i:
			sent++
		}
	}
	close(evens)
	close(odds)
	wg.Wait()
	fmt.Println("sent:", sent, "received:", counts["A"]+counts["B"])
}
