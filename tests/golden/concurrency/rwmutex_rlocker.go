// RWMutex.RLocker returns a Locker over the read lock; a Cond can use it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var l sync.Locker = rw.RLocker()
	l.Lock()
	l.Lock() // two read locks
	fmt.Println("write lock while read-locked:", rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("write lock after read unlocks:", rw.TryLock())
	rw.Unlock()

	var mu sync.Mutex
	var locker sync.Locker = &mu
	locker.Lock()
	fmt.Println("mutex via Locker:", mu.TryLock())
	locker.Unlock()
}
