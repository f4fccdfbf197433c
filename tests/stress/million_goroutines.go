// stress: 1,000,000 goroutines, each records its id exactly once; then 100,000 goroutines
// all alive at once, parked on one channel, released together.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
)

const N = 1000000
const Parked = 100000

func main() {
	seen := make([]int32, N)
	var sum atomic.Int64
	var wg sync.WaitGroup
	wg.Add(N)
	for i := 0; i < N; i++ {
		go func(i int) {
			atomic.AddInt32(&seen[i], 1)
			sum.Add(int64(i))
			wg.Done()
		}(i)
	}
	wg.Wait()
	for i, s := range seen {
		if s != 1 {
			fmt.Printf("FAIL goroutine %d ran %d times\n", i, s)
			os.Exit(1)
		}
	}

	release := make(chan struct{})
	var started, done sync.WaitGroup
	started.Add(Parked)
	done.Add(Parked)
	var woke atomic.Int64
	for i := 0; i < Parked; i++ {
		go func() {
			started.Done()
			<-release
			woke.Add(1)
			done.Done()
		}()
	}
	started.Wait()
	if n := runtime.NumGoroutine(); n < Parked+1 {
		fmt.Printf("FAIL only %d goroutines alive while %d are parked\n", n, Parked)
		os.Exit(1)
	}
	close(release)
	done.Wait()
	fmt.Println("OK goroutines", N+Parked, "checksum", sum.Load()+woke.Load())
}
