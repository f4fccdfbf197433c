// errgroup limits (TryGo, SetLimit while active panics) and semaphore.Weighted edge cases.
// Expected output from gc 1.22 with golang.org/x/sync v0.9.0.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
)

func main() {
	s := semaphore.NewWeighted(3)
	fmt.Println(s.TryAcquire(2), s.TryAcquire(2), s.TryAcquire(1))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	fmt.Println(s.Acquire(ctx, 1))
	fmt.Println(s.Acquire(context.Background(), 0))
	s.Release(3)
	fmt.Println(s.Acquire(ctx, 4))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Release(1)
	}()
	var g errgroup.Group
	g.SetLimit(1)
	block := make(chan struct{})
	g.Go(func() error { <-block; return errors.New("first") })
	fmt.Println("trygo:", g.TryGo(func() error { return nil }))
	func() {
		defer func() { r := recover(); fmt.Printf("recovered: %v %T\n", r, r) }()
		g.SetLimit(2)
	}()
	close(block)
	fmt.Println(g.Wait())
	g.SetLimit(-1)
	for i := 0; i < 3; i++ {
		g.Go(func() error { return nil })
	}
	fmt.Println(g.Wait())
	var g2 errgroup.Group
	g2.SetLimit(1)
	g2.Go(func() error { time.Sleep(20 * time.Millisecond); return nil })
	g2.SetLimit(3)
}
