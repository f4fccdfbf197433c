// Sample: atomic counter (section: performance, atomic operations).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// ---- from the document (verbatim) ----
var counter atomic.Int64

func incrementCounter() {
	counter.Add(1)
}
func getCounter() int64 {
	return counter.Load()
}

// ---- end of document code ----

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				incrementCounter()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", getCounter())
}
