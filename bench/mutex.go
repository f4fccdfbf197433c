// bench: 8 goroutines share a mutex-protected counter, N locked increments in total.
package main

import (
	"fmt"
	"sync"
)

const N = 1000000
const Workers = 8

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < N/Workers; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex", Workers, "workers counter", counter)
}
