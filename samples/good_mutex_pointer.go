// Sample: "✅ Good: Pointer receiver" (section: best practices, mutex copying).
package main

import (
	"fmt"
	"sync"
)

// ---- from the document (verbatim) ----
// ✅ Good: Pointer receiver
type Config struct {
	mu   sync.Mutex
	data map[string]string
}

func (c *Config) Get(key string) string { // Pointer receiver
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.data[key]
}

// ---- end of document code ----

func main() {
	c := &Config{data: map[string]string{"mode": "fast"}}
	fmt.Println("get while unlocked:", c.Get("mode"))

	c.mu.Lock() // a writer holds the lock...
	got := make(chan string)
	go func() { got <- c.Get("mode") }() // ...Get waits for the same mutex
	c.data["mode"] = "safe"
	c.mu.Unlock()
	fmt.Println("Get returned after Unlock:", <-got)
}
