// Sample: "Goroutine leaks" ❌/✅ pair (section: best practices).
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// ---- from the document (verbatim) ----
// ❌ Bad: Leaking goroutine
func leakyGoroutine() {
	ch := make(chan int)
	go func() {
		val := <-ch // Goroutine stuck forever
		fmt.Println(val)
	}()
	// Channel never receives value, goroutine leaks
}

// ✅ Good: Prevent leaks with context
func noLeak(ctx context.Context) {
	ch := make(chan int)
	go func() {
		select {
		case val := <-ch:
			fmt.Println(val)
		case <-ctx.Done():
			return // Clean exit
		}
	}()
}

// ---- end of document code ----

func settle(want int) int {
	for i := 0; i < 1000 && runtime.NumGoroutine() != want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	leakyGoroutine()
	fmt.Println("after leakyGoroutine:", runtime.NumGoroutine(), "goroutines (one is stuck forever)")

	ctx, cancel := context.WithCancel(context.Background())
	noLeak(ctx)
	fmt.Println("after noLeak:", runtime.NumGoroutine(), "goroutines")
	cancel()
	fmt.Println("after cancel:", settle(2), "goroutines (only the leaked one is left)")
}
