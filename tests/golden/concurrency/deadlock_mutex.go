// Locking a Mutex twice in one goroutine. The wait reason on the goroutine line differs
// between Go versions (semacquire in 1.19, sync.Mutex.Lock in newer versions): it is not checked.
// stderr-lines: 2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked")
	mu.Lock()
}
