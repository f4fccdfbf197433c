// Generic fan-out / fan-in with context cancellation (the pattern from the course notes).
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

func fanOut[T any](ctx context.Context, input <-chan T, n int, f func(T) T) []<-chan T {
	outs := make([]<-chan T, n)
	for i := 0; i < n; i++ {
		outs[i] = work(ctx, input, f)
	}
	return outs
}

func work[T any](ctx context.Context, input <-chan T, f func(T) T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case v, ok := <-input:
				if !ok {
					return
				}
				select {
				case out <- f(v):
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

func fanIn[T any](ctx context.Context, chans ...<-chan T) <-chan T {
	merged := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, ch := range chans {
		go func(ch <-chan T) {
			defer wg.Done()
			for v := range ch {
				select {
				case merged <- v:
				case <-ctx.Done():
					return
				}
			}
		}(ch)
	}
	go func() {
		wg.Wait()
		close(merged)
	}()
	return merged
}

func source[T any](items ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, it := range items {
			ch <- it
		}
	}()
	return ch
}

func collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func main() {
	ctx := context.Background()
	ints := collect(fanIn(ctx, fanOut(ctx, source(1, 2, 3, 4, 5, 6, 7, 8), 3, func(x int) int { return x * 10 })...))
	sort.Ints(ints)
	fmt.Println(ints)

	words := collect(fanIn(ctx, fanOut(ctx, source("go", "chan", "select"), 2, strings.ToUpper)...))
	sort.Strings(words)
	fmt.Println(words)

	// Cancelled before any work: everything shuts down and the merged channel closes.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	never := make(chan int)
	got := collect(fanIn(cctx, fanOut(cctx, (<-chan int)(never), 4, func(x int) int { return x })...))
	fmt.Println("after cancel:", len(got))
}
