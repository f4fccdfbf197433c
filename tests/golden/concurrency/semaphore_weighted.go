// semaphore.Weighted: weighted Acquire/Release, TryAcquire, bounded concurrency.
package main

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(10)
	fmt.Println("acquire 6:", sem.Acquire(ctx, 6))
	fmt.Println("try 5:", sem.TryAcquire(5))
	fmt.Println("try 4:", sem.TryAcquire(4))
	sem.Release(10)
	fmt.Println("try 10:", sem.TryAcquire(10))
	sem.Release(10)

	// Bounded concurrency: each task takes 2 of 4 units, so at most 2 run at once.
	limit := semaphore.NewWeighted(4)
	var mu sync.Mutex
	active, maxActive, total := 0, 0, 0
	var wg sync.WaitGroup
	for i := 1; i <= 8; i++ {
		if err := limit.Acquire(ctx, 2); err != nil {
			fmt.Println("acquire:", err)
			break
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer limit.Release(2)
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			total += i
			active--
			mu.Unlock()
		}(i)
	}
	// Acquiring the full weight waits for every task to release.
	fmt.Println("acquire all:", limit.Acquire(ctx, 4))
	wg.Wait()
	fmt.Println("total:", total, "max active <= 2:", maxActive <= 2)
}
