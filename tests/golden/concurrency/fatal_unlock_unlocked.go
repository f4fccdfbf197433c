// Unlocking an unlocked Mutex is a fatal error: recover cannot catch it.
// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered (impossible):", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
