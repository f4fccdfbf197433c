// Sample: "Proper error handling" ❌/✅ pair (section: best practices).
// badErrorHandling returns at once: the errors are only printed by the goroutines, never
// returned. goodErrorHandling collects them. The order of collected errors depends on
// scheduling, so the expected output is a pattern (error_handling.outpat).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Task struct {
	ID   int
	Fail bool
}

func process(t Task) error {
	if t.Fail {
		return fmt.Errorf("task %d failed", t.ID)
	}
	return nil
}

// ---- from the document (verbatim) ----
// ❌ Bad: Lost errors
func badErrorHandling(tasks []Task) {
	for _, task := range tasks {
		go func(t Task) {
			err := process(t)
			if err != nil {
				// Error lost!
				fmt.Println(err)
			}
		}(task)
	}
}

// ✅ Good: Error collection
func goodErrorHandling(tasks []Task) error {
	errCh := make(chan error, len(tasks))
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func(t Task) {
			defer wg.Done()
			if err := process(t); err != nil {
				errCh <- err
			}
		}(task)
	}
	// Wait in separate goroutine
	go func() {
		wg.Wait()
		close(errCh)
	}()
	// Collect errors
	var errs []error
	for err := range errCh {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return fmt.Errorf("multiple errors: %v", errs)
	}
	return nil
}

// ---- end of document code ----

func main() {
	badErrorHandling([]Task{{1, false}, {2, true}, {3, false}})
	// Nothing tells us when its goroutines are done: poll until they have exited.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("badErrorHandling returned nothing to check")
	fmt.Println("good, no errors:", goodErrorHandling([]Task{{1, false}, {2, false}}))
	fmt.Println("good, one error:", goodErrorHandling([]Task{{1, false}, {2, true}}))
	fmt.Println("good:", goodErrorHandling([]Task{{1, false}, {2, true}, {3, false}, {4, true}}))
}
