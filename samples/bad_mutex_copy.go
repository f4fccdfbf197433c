// Sample: "❌ Bad: Copying mutex" (section: best practices, mutex copying).
// Get has a value receiver, so it locks a copy of the mutex. A copy made while the mutex is
// locked is locked too, and nobody will ever unlock the copy.
package main

import (
	"fmt"
	"sync"
	"time"
)

// ---- from the document (verbatim) ----
// ❌ Bad: Copying mutex
type Config struct {
	sync.Mutex
	data map[string]string
}

func (c Config) Get(key string) string { // Mutex copied!
	c.Lock()
	defer c.Unlock()
	return c.data[key]
}

// ---- end of document code ----

func main() {
	c := Config{data: map[string]string{"mode": "fast"}}
	fmt.Println("get while unlocked:", c.Get("mode"))

	c.Lock()     // a writer holds the lock...
	get := c.Get // ...and the method value copies c, locked mutex included
	got := make(chan string)
	go func() { got <- get("mode") }()
	c.Unlock()
	select {
	case v := <-got:
		fmt.Println("impossible:", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("Get is still blocked after Unlock: it locked a copy")
	}
}
