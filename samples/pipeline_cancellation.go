// Showcase: a pipeline with cancellation. An endless generator feeds a prime filter and a
// formatter; the consumer takes what it needs and cancels the context, and every stage
// shuts down (checked with runtime.NumGoroutine).
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func naturals(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 2; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func primes(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			isPrime := true
			for d := 2; d*d <= n; d++ {
				if n%d == 0 {
					isPrime = false
					break
				}
			}
			if !isPrime {
				continue
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func label(ctx context.Context, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		i := 0
		for n := range in {
			i++
			select {
			case out <- fmt.Sprintf("prime #%d = %d", i, n):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := label(ctx, primes(ctx, naturals(ctx)))
	for i := 0; i < 12; i++ {
		fmt.Println(<-results)
	}
	cancel()
	// Drain until the last stage closes its output: every stage has seen the cancellation.
	for range results {
	}
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("stages left running:", runtime.NumGoroutine()-1)
}
