// Sample: "Implement proper cleanup for long-running goroutines" (section: performance).
// The document's program as is: it runs for 6 seconds. The context's 5-second deadline and
// the fifth tick fall due within microseconds of each other. gc prints "Working..." five
// times: the deadline cancels the context from a goroutine that its timer starts
// (time.AfterFunc), and the tick, delivered directly to the waiting goroutine, wins that race.
package main

import (
	"context"
	"fmt"
	"time"
)

// ---- from the document (verbatim) ----
func longRunningTask(ctx context.Context) {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop() // Ensure ticker is cleaned up
	for {
		select {
		case <-ctx.Done():
			fmt.Println("Cleanup and exit")
			return // Exit goroutine on context cancellation
		case <-ticker.C:
			// Simulate periodic work
			fmt.Println("Working...")
		}
	}
}
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel() // Clean up context after done
	go longRunningTask(ctx)
	time.Sleep(6 * time.Second) // Wait to observe cancellation
}

// ---- end of document code ----
