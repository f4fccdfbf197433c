// Sample: "Simple goroutine" (section: Goroutines).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// ---- from the document (verbatim) ----
	// Simple goroutine
	go func() {
		fmt.Println("Hello from goroutine!")
	}()
	// ---- end of document code ----
	// The document's goroutine does not signal when it is done: wait until it has exited.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("main: goroutine finished")
}
