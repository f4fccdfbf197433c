// wg.Add(n) once before starting n goroutines; results are summed under a mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	wg.Add(n)
	for i := 1; i <= n; i++ {
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			sum += k
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", sum)
}
