// Sample: "✅ Good: Cancellable operation" (section: best practices, use context).
// The task checks its context between one-second units of work.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ---- from the document (verbatim) ----
// ✅ Good: Cancellable operation
func longRunningTask(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
			// Do work
			time.Sleep(time.Second)
		}
	}
}

// ---- end of document code ----

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := longRunningTask(ctx)
	fmt.Println("task returned:", err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	// The cancellation is noticed after the current one-second unit of work.
	fmt.Println("returned after about one unit of work:", time.Since(start) >= time.Second)
}
