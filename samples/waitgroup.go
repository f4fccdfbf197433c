// Sample: WaitGroup (section: WaitGroup). The document's main, as is. The three workers print
// in whatever order they run, so the expected output is a pattern (waitgroup.outpat).
package main

import (
	"fmt"
	"sync"
)

// ---- from the document (verbatim) ----
func main() {
	var wg sync.WaitGroup
	// Launch multiple workers
	for i := 0; i < 3; i++ {
		wg.Add(1) // Must be called before the goroutine starts
		go func(id int) {
			defer wg.Done() // Ensures Done is called even if a panic occurs
			fmt.Printf("Worker %d doing work\n", id)
		}(i)
	}
	wg.Wait() // Blocks until all workers are done
}

// ---- end of document code ----
