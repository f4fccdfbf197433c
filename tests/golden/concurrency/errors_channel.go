// Collecting errors from goroutines through a buffered channel, joined in sorted order.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

func check(n int) error {
	if n%3 == 0 {
		return fmt.Errorf("item %d: divisible by three", n)
	}
	return nil
}

func main() {
	const n = 10
	errCh := make(chan error, n)
	var wg sync.WaitGroup
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := check(i); err != nil {
				errCh <- err
			}
		}(i)
	}
	wg.Wait()
	close(errCh)
	var msgs []string
	for err := range errCh {
		msgs = append(msgs, err.Error())
	}
	sort.Strings(msgs)
	fmt.Printf("%d errors:\n%s\n", len(msgs), strings.Join(msgs, "\n"))
	joined := errors.New(strings.Join(msgs, "; "))
	fmt.Println(joined)
}
