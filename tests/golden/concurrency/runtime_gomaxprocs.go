// runtime.GOMAXPROCS(0) queries without changing; GOMAXPROCS(n) sets and returns the old value.
// The value itself depends on the machine and environment, so only relations are printed.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("at least one:", procs >= 1)
	fmt.Println("query does not change it:", runtime.GOMAXPROCS(0) == procs)
	old := runtime.GOMAXPROCS(1)
	fmt.Println("set returns previous:", old == procs)
	fmt.Println("now one:", runtime.GOMAXPROCS(0) == 1)

	// Goroutines still all complete with a single P.
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum with one P:", sum)
	runtime.GOMAXPROCS(procs)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == procs)
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
}
