// semaphore.Weighted.Acquire gives up when its context is done.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(1)
	_ = sem.Acquire(context.Background(), 1) // now full

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := sem.Acquire(ctx, 1)
	fmt.Println("timed out:", err, errors.Is(err, context.DeadlineExceeded))

	cctx, ccancel := context.WithCancel(context.Background())
	ccancel()
	fmt.Println("cancelled:", sem.Acquire(cctx, 1))

	// A waiter blocked in Acquire gets the unit when it is released.
	got := make(chan error)
	go func() { got <- sem.Acquire(context.Background(), 1) }()
	sem.Release(1)
	fmt.Println("waiter:", <-got)

	// Asking for more than the total weight can never succeed: it waits for the context.
	big, bcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer bcancel()
	fmt.Println("too big:", sem.Acquire(big, 2))
}
