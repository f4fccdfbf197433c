// Waiting on a WaitGroup whose counter never reaches zero (Go 1.19-1.24 report [semacquire]).
// stderr-lines: 3
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if i != 1 {
				defer wg.Done() // worker 1 forgets Done
			}
		}(i)
	}
	fmt.Println("waiting")
	wg.Wait()
}
