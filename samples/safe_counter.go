// Sample: "Safe counter" with sync.RWMutex (section: Safe counter).
package main

import (
	"fmt"
	"sync"
)

// ---- from the document (verbatim) ----
type Counter struct {
	mu    sync.RWMutex
	count map[string]int
}

func NewCounter() *Counter {
	return &Counter{
		count: make(map[string]int),
	}
}
func (c *Counter) Increment(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.count[key]++
}
func (c *Counter) Get(key string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.count[key]
}

// ---- end of document code ----

func main() {
	c := NewCounter()
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Increment("requests")
				if j%10 == 0 {
					c.Increment(fmt.Sprintf("worker-%d", i%2))
				}
			}
		}(i)
	}
	// concurrent readers
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.Get("requests")
		}()
	}
	wg.Wait()
	fmt.Println("requests:", c.Get("requests"))
	fmt.Println("worker-0:", c.Get("worker-0"), "worker-1:", c.Get("worker-1"))
	fmt.Println("unknown:", c.Get("unknown"))
}
