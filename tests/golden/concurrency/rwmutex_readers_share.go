// Several goroutines hold the read lock at the same time: each waits, while read-locked,
// until all of them have arrived. With an exclusive lock this would deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const readers = 5
	var rw sync.RWMutex
	var arrived sync.WaitGroup
	arrived.Add(readers)
	var done sync.WaitGroup
	for i := 0; i < readers; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			rw.RLock()
			arrived.Done()
			arrived.Wait() // every reader holds the read lock here
			rw.RUnlock()
		}()
	}
	done.Wait()
	fmt.Println("all", readers, "readers held the lock together")
	rw.Lock()
	fmt.Println("writer got the lock after readers left")
	rw.Unlock()

	// A writer excludes readers: the reader only gets in after Unlock.
	rw.Lock()
	state := "writing"
	seen := make(chan string)
	go func() {
		rw.RLock()
		seen <- state
		rw.RUnlock()
	}()
	state = "written"
	rw.Unlock()
	fmt.Println("reader saw:", <-seen)
}
