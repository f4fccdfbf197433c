// Mutex/RWMutex TryLock family, RLocker, Cond with Signal/Broadcast, WaitGroup reuse.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	var l sync.Locker = rw.RLocker()
	l.Lock()
	fmt.Println("read-locked through RLocker:", !rw.TryLock())
	l.Unlock()
	fmt.Println("unlocked:", rw.TryLock())
	rw.Unlock()

	// Cond: a queue with waiting consumers.
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	var queue []int
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				cmu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				x := queue[0]
				queue = queue[1:]
				cmu.Unlock()
				if x < 0 {
					return
				}
				results <- x * x
			}
		}()
	}
	for i := 1; i <= 5; i++ {
		cmu.Lock()
		queue = append(queue, i)
		cmu.Unlock()
		cond.Signal()
	}
	cmu.Lock()
	queue = append(queue, -1, -1, -1)
	cmu.Unlock()
	cond.Broadcast()
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)

	// A WaitGroup can be reused once Wait has returned.
	for round := 1; round <= 3; round++ {
		var n sync.Mutex
		total := 0
		for i := 0; i < round*10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n.Lock()
				total++
				n.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, total)
	}
	var c *sync.Cond = sync.NewCond(&sync.Mutex{})
	fmt.Printf("%T %T\n", c.L, rw.RLocker())
}
