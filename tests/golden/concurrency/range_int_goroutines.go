// go1.22: expected output written by hand
// Go 1.22 range over an integer, starting goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 6)
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	total := 0
	for range 3 {
		total++
	}
	fmt.Println("total:", total)
}
