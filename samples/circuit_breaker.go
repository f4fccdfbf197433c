// Sample: "Circuit Breaker" (section: Circuit breaker).
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// ---- from the document (verbatim) ----
type CircuitBreaker struct {
	mu              sync.RWMutex
	failureCount    int
	threshold       int
	resetTimeout    time.Duration
	lastFailureTime time.Time
	isOpen          bool
}

func NewCircuitBreaker(threshold int, resetTimeout time.Duration) *CircuitBreaker {
	return &CircuitBreaker{
		threshold:    threshold,
		resetTimeout: resetTimeout,
	}
}
func (cb *CircuitBreaker) Execute(operation func() error) error {
	if !cb.canExecute() {
		return fmt.Errorf("circuit breaker is open")
	}
	err := operation()
	cb.recordResult(err)
	return err
}
func (cb *CircuitBreaker) canExecute() bool {
	cb.mu.RLock()
	defer cb.mu.RUnlock()
	if !cb.isOpen {
		return true
	}
	// Check reset timeout
	if time.Since(cb.lastFailureTime) > cb.resetTimeout {
		cb.mu.RUnlock()
		cb.mu.Lock()
		cb.isOpen = false
		cb.failureCount = 0
		cb.mu.Unlock()
		cb.mu.RLock()
		return true
	}
	return false
}
func (cb *CircuitBreaker) recordResult(err error) {
	cb.mu.Lock()
	defer cb.mu.Unlock()
	if err != nil {
		cb.failureCount++
		cb.lastFailureTime = time.Now()
		if cb.failureCount >= cb.threshold {
			cb.isOpen = true
		}
	} else {
		cb.failureCount = 0
		cb.isOpen = false
	}
}

// ---- end of document code ----

func main() {
	cb := NewCircuitBreaker(3, 30*time.Millisecond)
	errDown := errors.New("service unavailable")
	failing := func() error { return errDown }
	healthy := func() error { return nil }

	for i := 1; i <= 5; i++ {
		fmt.Printf("call %d: %v\n", i, cb.Execute(failing))
	}
	// The breaker is open: even a healthy call is refused until resetTimeout has passed.
	fmt.Println("healthy call while open:", cb.Execute(healthy))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("healthy call after reset timeout:", cb.Execute(healthy))
	fmt.Println("next call:", cb.Execute(failing))
	fmt.Println("one failure does not trip it:", cb.Execute(healthy))

	// Concurrent callers.
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if cb.Execute(healthy) == nil {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent healthy calls succeeded:", ok)
}
