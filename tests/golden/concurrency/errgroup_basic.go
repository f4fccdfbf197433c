// errgroup.Group: Go starts tasks, Wait returns the first non-nil error after all finish.
package main

import (
	"errors"
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("wait:", g.Wait(), results)

	var g2 errgroup.Group
	var finished atomic.Int32
	errBad := errors.New("task 3 failed")
	for i := 0; i < 5; i++ {
		i := i
		g2.Go(func() error {
			defer finished.Add(1)
			if i == 3 {
				return errBad
			}
			return nil
		})
	}
	err := g2.Wait()
	fmt.Println("wait:", err, errors.Is(err, errBad), "finished:", finished.Load())

	var empty errgroup.Group
	fmt.Println("empty group:", empty.Wait())
}
