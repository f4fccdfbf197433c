// Sample: "Error Group Pattern" (section: errgroup). processItems prints in completion order,
// so the expected output is a pattern (errgroup.outpat).
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

// ---- from the document (verbatim) ----
func processItems(ctx context.Context, items []string) error {
	// Initialize an error group with context for managing goroutines and errors.
	g, ctx := errgroup.WithContext(ctx)
	results := make(chan string, len(items))
	for _, item := range items {
		item := item // Create new variable for closure to avoid data race
		g.Go(func() error {
			// Check if context was canceled
			select {
			case <-ctx.Done():
				return ctx.Err() // Propagate cancellation error
			default:
				if err := processItem(item); err != nil {
					return fmt.Errorf("processing %s: %w", item, err) // Capture specific item error
				}
				results <- item
				return nil
			}
		})
	}
	// Closing results channel when all goroutines complete
	go func() {
		g.Wait()
		close(results)
	}()
	for result := range results {
		fmt.Printf("Processed: %s\n", result)
	}
	// Return any error encountered during processing
	return g.Wait()
}

// ---- end of document code ----

// processItem fails for items containing "bad".
func processItem(item string) error {
	if strings.Contains(item, "bad") {
		return errors.New("corrupt input")
	}
	return nil
}

func main() {
	err := processItems(context.Background(), []string{"apple", "banana", "cherry"})
	fmt.Println("error:", err)
	err = processItems(context.Background(), []string{"bad-egg"})
	fmt.Println("error:", err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = processItems(ctx, []string{"never"})
	fmt.Println("error:", err, errors.Is(err, context.Canceled))
}
