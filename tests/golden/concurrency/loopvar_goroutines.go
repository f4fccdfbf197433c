// go1.22: expected output written by hand
// Go 1.22 per-iteration loop variables: each goroutine sees its own i without a copy.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	ch := make(chan string, 3)
	for _, s := range []string{"a", "b", "c"} {
		go func() { ch <- s }()
	}
	var ss []string
	for k := 0; k < 3; k++ {
		ss = append(ss, <-ch)
	}
	sort.Strings(ss)
	fmt.Println(ss)
}
