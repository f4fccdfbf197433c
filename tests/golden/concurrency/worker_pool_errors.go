// Worker pool that reports per-job errors; errors and successes are collected and sorted.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

var errNegative = errors.New("negative input")

func process(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	if n < 0 {
		return 0, fmt.Errorf("process %d: %w", n, errNegative)
	}
	return n * 2, nil
}

func main() {
	inputs := []string{"1", "x", "3", "-4", "5", "6y", "7"}
	type outcome struct {
		idx int
		val int
		err error
	}
	jobs := make(chan int)
	outs := make(chan outcome)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := process(inputs[i])
				outs <- outcome{i, v, err}
			}
		}()
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(outs)
	}()
	var all []outcome
	for o := range outs {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].idx < all[j].idx })
	negatives := 0
	for _, o := range all {
		if o.err != nil {
			fmt.Printf("%d: error: %v\n", o.idx, o.err)
			if errors.Is(o.err, errNegative) {
				negatives++
			}
		} else {
			fmt.Printf("%d: %d\n", o.idx, o.val)
		}
	}
	fmt.Println("negative errors:", negatives)
}
