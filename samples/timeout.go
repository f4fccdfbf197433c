// Sample: "Timeout pattern" (section: timeouts and cancellation).
// Note: the document's doOperation returns `result, <-errCh`, and errCh only receives a value
// when expensiveOperation fails: on success that receive blocks forever. This sample runs the
// two paths that return (failure, and timeout); timeout_success_blocks.go shows the other one.
package main

import (
	"context"
	"errors"
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

// expensiveOperation's behaviour is set by main before each call.
var (
	opDelay  time.Duration
	opResult string
	opErr    error
)

func expensiveOperation() (string, error) {
	time.Sleep(opDelay)
	return opResult, opErr
}

func main() {
	opDelay, opResult, opErr = 0, "partial data", errors.New("disk quota exceeded")
	res, err := operationWithTimeout(context.Background(), time.Second)
	fmt.Printf("fast failure: result=%q err=%v\n", res, err)

	opDelay, opResult, opErr = time.Second, "too late", nil
	start := time.Now()
	res, err = operationWithTimeout(context.Background(), 20*time.Millisecond)
	fmt.Printf("slow operation: result=%q err=%v\n", res, err)
	fmt.Println("gave up well before the operation finished:", time.Since(start) < 500*time.Millisecond)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	parent, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = operationWithTimeout(parent, time.Second)
	fmt.Printf("cancelled parent: result=%q err=%v\n", res, err)
}
