// Sample: "❌ Bad: Race condition" (section: best practices, race conditions).
// Concurrent c.count++ can lose updates, so the exact total is not printed: only that it
// is at most the number of increments.
package main

import (
	"fmt"
	"sync"
)

// ---- from the document (verbatim) ----
// ❌ Bad: Race condition
type Counter struct {
	count int
}

func (c *Counter) Increment() {
	c.count++ // Race condition!
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
	fmt.Println("4000 increments, count <= 4000:", c.count <= 4000)
	fmt.Println("(run `go run -race` on this to see the data race report)")
}
