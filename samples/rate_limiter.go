// Sample: "Rate limiter" token bucket (section: Rate limiter).
package main

import (
	"fmt"
	"time"
)

// ---- from the document (verbatim) ----
type RateLimiter struct {
	tokens   chan struct{}
	interval time.Duration
}

func NewRateLimiter(rate int, interval time.Duration) *RateLimiter {
	rl := &RateLimiter{
		tokens:   make(chan struct{}, rate),
		interval: interval,
	}
	// Fill token bucket
	for i := 0; i < rate; i++ {
		rl.tokens <- struct{}{}
	}
	// Refill tokens periodically
	go func() {
		ticker := time.NewTicker(interval)
		defer ticker.Stop()
		for range ticker.C {
			select {
			case rl.tokens <- struct{}{}:
			default: // Don't block if tokens channel is full
			}
		}
	}()
	return rl
}
func (rl *RateLimiter) Wait() {
	<-rl.tokens
}

// ---- end of document code ----

func main() {
	// 3 tokens, one more every 10ms.
	rl := NewRateLimiter(3, 10*time.Millisecond)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		rl.Wait()
		fmt.Println("request", i, "allowed from the initial burst")
	}
	burst := time.Since(start)
	for i := 4; i <= 6; i++ {
		rl.Wait()
		fmt.Println("request", i, "allowed after a refill")
	}
	total := time.Since(start)
	fmt.Println("burst was immediate:", burst < 10*time.Millisecond)
	fmt.Println("refills took at least 30ms:", total >= 30*time.Millisecond-time.Millisecond)
}
