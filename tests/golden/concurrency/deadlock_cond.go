// Waiting on a Cond that nobody signals.
// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for signal")
	c.Wait()
}
