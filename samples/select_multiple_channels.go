// Sample: "Select pattern" (section: Select): closed channels are disabled by setting them
// to nil; a timeout and context cancellation end the wait.
package main

import (
	"context"
	"fmt"
	"time"
)

// ---- from the document (verbatim) ----
func handleMultipleChannels(
	ctx context.Context,
	ch1, ch2 <-chan string,
	timeout time.Duration,
) (string, error) {
	timeoutCh := time.After(timeout)
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err() // Handles context cancellation
		case msg1, ok := <-ch1:
			if !ok {
				// Channel closed
				ch1 = nil // // Disable this case to prevent repeated selects on a closed channel
				continue
			}
			return fmt.Sprintf("Ch1: %s", msg1), nil
		case msg2, ok := <-ch2:
			if !ok {
				ch2 = nil
				continue
			}
			return fmt.Sprintf("Ch2: %s", msg2), nil
		case <-timeoutCh:
			return "", fmt.Errorf("timeout after %v", timeout)
		}
	}
}

// ---- end of document code ----

func show(res string, err error) {
	fmt.Printf("result=%q err=%v\n", res, err)
}

func main() {
	ctx := context.Background()

	ch1 := make(chan string, 1)
	ch2 := make(chan string, 1)
	ch1 <- "hello"
	show(handleMultipleChannels(ctx, ch1, ch2, time.Second))

	// ch1 is closed (its case gets disabled); ch2 delivers.
	closed := make(chan string)
	close(closed)
	ch2 <- "world"
	show(handleMultipleChannels(ctx, closed, ch2, time.Second))

	// Both closed: both cases are disabled and the timeout fires.
	closed2 := make(chan string)
	close(closed2)
	show(handleMultipleChannels(ctx, closed, closed2, 20*time.Millisecond))

	// Cancelled context, nothing else ready.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	show(handleMultipleChannels(cctx, make(chan string), make(chan string), time.Second))
}
