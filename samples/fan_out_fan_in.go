// Sample: "Fan-Out Fan-In pattern" with generics (section: Fan-Out Fan-In).
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// ---- from the document (verbatim) ----
// Fan-Out function
func fanOut[T any](
	ctx context.Context,
	input <-chan T,
	numWorkers int,
	processor func(T) T,
) []<-chan T {
	outputs := make([]<-chan T, numWorkers)
	for i := 0; i < numWorkers; i++ {
		outputs[i] = worker(ctx, input, processor)
	}
	return outputs
}

// Worker function
func worker[T any](
	ctx context.Context,
	input <-chan T,
	processor func(T) T,
) <-chan T {
	output := make(chan T)
	go func() {
		defer close(output)
		for {
			select {
			case <-ctx.Done():
				return
			case val, ok := <-input:
				if !ok {
					return
				}
				select {
				case output <- processor(val):
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return output
}

// Fan-In function
func fanIn[T any](
	ctx context.Context,
	channels ...<-chan T,
) <-chan T {
	merged := make(chan T)
	var wg sync.WaitGroup
	// Merge function for each channel
	merge := func(ch <-chan T) {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case val, ok := <-ch:
				if !ok {
					return
				}
				select {
				case merged <- val:
				case <-ctx.Done():
					return
				}
			}
		}
	}
	wg.Add(len(channels))
	for _, ch := range channels {
		go merge(ch)
	}
	// Close merged channel after all inputs are done
	go func() {
		wg.Wait()
		close(merged)
	}()
	return merged
}

// ---- end of document code ----

func generate[T any](ctx context.Context, items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			select {
			case out <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	squares := fanIn(ctx, fanOut(ctx, generate(ctx, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 4,
		func(n int) int { return n * n })...)
	var nums []int
	for v := range squares {
		nums = append(nums, v)
	}
	sort.Ints(nums) // the workers finish in any order
	fmt.Println(nums)

	shout := fanIn(ctx, fanOut(ctx, generate(ctx, "fan", "out", "fan", "in"), 2,
		func(s string) string { return strings.ToUpper(s) + "!" })...)
	var words []string
	for w := range shout {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println(words)
}
