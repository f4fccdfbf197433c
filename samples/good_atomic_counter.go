// Sample: "✅ Good: Use sync/atomic" (section: best practices, race conditions).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// ---- from the document (verbatim) ----
// ✅ Good: Use sync/atomic
type Counter struct {
	count atomic.Int64
}

func (c *Counter) Increment() {
	c.count.Add(1) // Atomic operation
}

// ---- end of document code ----

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				c.Increment()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", c.count.Load())
}
