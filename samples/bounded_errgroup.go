// Showcase: bounded parallelism with errgroup. At most three "downloads" run at once
// (SetLimit); results are stored by index; the first failure cancels the rest.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

// download simulates fetching a page: it takes a moment and honours cancellation.
func download(ctx context.Context, url string) (int, error) {
	if url == "" {
		return 0, errors.New("empty url")
	}
	select {
	case <-time.After(2 * time.Millisecond):
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	return int(fnv32a(url) % 10000), nil
}

// fnv32a is the 32-bit FNV-1a hash: a stand-in for the page size.
func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fetchAll(ctx context.Context, urls []string, limit int) ([]int, int32, error) {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(limit)
	sizes := make([]int, len(urls))
	var active, peak atomic.Int32
	for i, u := range urls {
		i, u := i, u
		g.Go(func() error {
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			defer active.Add(-1)
			size, err := download(ctx, u)
			if err != nil {
				return fmt.Errorf("%q: %w", u, err)
			}
			sizes[i] = size
			return nil
		})
	}
	err := g.Wait()
	return sizes, peak.Load(), err
}

func main() {
	var urls []string
	for i := 1; i <= 10; i++ {
		urls = append(urls, fmt.Sprintf("https://example.com/page/%d", i))
	}
	sizes, peak, err := fetchAll(context.Background(), urls, 3)
	fmt.Println("error:", err)
	for i, s := range sizes {
		fmt.Printf("%-30s %5d\n", urls[i], s)
	}
	fmt.Println("never more than 3 at once:", peak <= 3)

	bad := append([]string{}, urls[:4]...)
	bad = append(bad, "")
	_, _, err = fetchAll(context.Background(), bad, 2)
	fmt.Println("error:", err)
}
