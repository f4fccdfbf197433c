// sync.Cond: consumers wait for items in a queue; the producer signals one per item.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	closed := false
	var wg sync.WaitGroup
	var got []int
	var gotMu sync.Mutex
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				for len(queue) == 0 && !closed {
					cond.Wait()
				}
				if len(queue) == 0 && closed {
					mu.Unlock()
					return
				}
				v := queue[0]
				queue = queue[1:]
				mu.Unlock()
				gotMu.Lock()
				got = append(got, v)
				gotMu.Unlock()
			}
		}()
	}
	for i := 1; i <= 30; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	mu.Lock()
	closed = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(got)
	fmt.Println(len(got), got[0], got[len(got)-1])
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("sum:", sum)
}
