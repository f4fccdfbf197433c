// bench: spawn N goroutines that each do a little work, wait with a WaitGroup.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const N = 100000

func main() {
	var wg sync.WaitGroup
	var sum atomic.Int64
	wg.Add(N)
	for i := 0; i < N; i++ {
		go func(i int) {
			sum.Add(int64(i))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("spawn", N, "sum", sum.Load())
}
