// errgroup.WithContext: the first error cancels the group's context; the others stop.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	var mu sync.Mutex
	var stopped []string
	for i := 0; i < 4; i++ {
		i := i
		g.Go(func() error {
			<-ctx.Done() // wait until some task fails
			mu.Lock()
			stopped = append(stopped, fmt.Sprintf("task %d: %v", i, ctx.Err()))
			mu.Unlock()
			return ctx.Err()
		})
	}
	g.Go(func() error {
		return errors.New("fetch failed")
	})
	err := g.Wait()
	fmt.Println("wait:", err) // the first error, not the cancellations it caused
	sort.Strings(stopped)
	for _, s := range stopped {
		fmt.Println(s)
	}
	fmt.Println("ctx after wait:", ctx.Err())

	// With no error, the context is cancelled when Wait returns.
	g2, ctx2 := errgroup.WithContext(context.Background())
	g2.Go(func() error { return nil })
	fmt.Println("no error:", g2.Wait(), "ctx:", ctx2.Err())
}
