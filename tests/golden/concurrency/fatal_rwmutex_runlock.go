// RUnlock of an RWMutex that is not read-locked is fatal.
// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("write lock released")
	rw.RUnlock()
}
