// A Mutex is not tied to a goroutine: one goroutine may unlock what another locked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	released := make(chan bool)
	go func() {
		mu.Unlock()
		released <- true
	}()
	<-released
	mu.Lock() // succeeds: the goroutine unlocked it
	fmt.Println("locked again after handoff")
	mu.Unlock()

	// A mutex used as a one-shot signal.
	var gate sync.Mutex
	gate.Lock()
	msg := ""
	go func() {
		msg = "written before unlock"
		gate.Unlock()
	}()
	gate.Lock()
	fmt.Println(msg)
}
