// Sample: the document's doOperation when expensiveOperation succeeds: the goroutine sends
// the result but never sends on errCh, so `return result, <-errCh` waits forever. Once the
// context's timer has fired nothing can wake main: gc reports a deadlock (exit status 2).
// stderr-lines: 3
package main

import (
	"context"
	"fmt"
	"time"
)

// ---- from the document (verbatim) ----
func operationWithTimeout(
	parentCtx context.Context,
	duration time.Duration,
) (string, error) {
	// Create a context with a timeout
	ctx, cancel := context.WithTimeout(parentCtx, duration)
	defer cancel() // Always defer cancel to free up resources
	return doOperation(ctx)
}
func doOperation(ctx context.Context) (string, error) {
	resultCh := make(chan string, 1)
	errCh := make(chan error, 1)
	go func() {
		// Simulate a long-running or expensive operation
		result, err := expensiveOperation()
		// Send result or error based on context state
		select {
		case <-ctx.Done():
			return // Stop work if context is canceled
		case resultCh <- result:
			if err != nil {
				errCh <- err
			}
		}
	}()
	// Await results or handle cancellation
	select {
	case result := <-resultCh:
		return result, <-errCh
	case <-ctx.Done():
		return "", ctx.Err() // Return the context error if canceled
	}
}

// ---- end of document code ----

func expensiveOperation() (string, error) {
	return "all good", nil
}

func main() {
	fmt.Println("calling operationWithTimeout with a successful operation...")
	res, err := operationWithTimeout(context.Background(), 20*time.Millisecond)
	fmt.Println("never printed:", res, err)
}
