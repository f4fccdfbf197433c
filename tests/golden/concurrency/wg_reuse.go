// A WaitGroup can be reused once Wait has returned.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 3; round++ {
		results := make([]int, round*2)
		for i := range results {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				results[i] = round * i
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, results)
	}
}
