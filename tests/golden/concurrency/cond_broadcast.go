// Cond.Broadcast wakes every waiter: a start gate for ten goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	started := false
	var wg sync.WaitGroup
	woke := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			ready++
			cond.Broadcast() // tell main another one is waiting
			for !started {
				cond.Wait()
			}
			mu.Unlock()
			woke <- id
		}(i)
	}
	mu.Lock()
	for ready < 10 {
		cond.Wait()
	}
	started = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	close(woke)
	sum := 0
	for id := range woke {
		sum += id
	}
	fmt.Println("all woke, id sum:", sum)
}
