// sync.Mutex protects a shared counter incremented by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				c.Inc("total")
				if j%2 == 0 {
					c.Inc("even")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", c.Value("total"))
	fmt.Println("even:", c.Value("even"))
	fmt.Println("missing:", c.Value("missing"))
}
