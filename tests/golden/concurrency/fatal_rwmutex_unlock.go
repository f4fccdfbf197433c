// Unlock of an RWMutex that is not write-locked is fatal.
// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read lock released")
	rw.Unlock()
}
