// Mutex.TryLock and RWMutex.TryLock/TryRLock never block.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("trylock free:", mu.TryLock())
	fmt.Println("trylock held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("trylock after unlock:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("tryrlock:", rw.TryRLock())
	fmt.Println("tryrlock again:", rw.TryRLock())
	fmt.Println("trylock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("trylock free:", rw.TryLock())
	fmt.Println("tryrlock while write-locked:", rw.TryRLock())
	rw.Unlock()

	// TryLock from another goroutine sees the lock held by main.
	mu.Lock()
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("other goroutine trylock:", <-res)
	mu.Unlock()
}
