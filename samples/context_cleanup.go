// Sample: "Goroutine with proper cleanup" (section: Goroutines). The document's main, as is:
// it runs for 5 seconds. Nothing is printed: when main returns, the deferred cancel runs and
// the program exits at once, while the goroutine is still inside time.Sleep — it never gets
// to observe ctx.Done(). (Compare ticker_cleanup.go, which waits for the cancellation.)
package main

import (
	"context"
	"fmt"
	"time"
)

// ---- from the document (verbatim) ----
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // Important: ensures cleanup
	go func(ctx context.Context) {
		for {
			select {
			case <-ctx.Done():
				fmt.Println("Cleanup and exit")
				return
			default:
				time.Sleep(time.Second)
			}
		}
	}(ctx)
	// It run's for 5 seconds
	time.Sleep(5 * time.Second)
} // Context cancellation happens here due to defer
// ---- end of document code ----
