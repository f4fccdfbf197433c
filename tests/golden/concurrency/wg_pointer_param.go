// A WaitGroup passed by pointer to a named worker function.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, mu *sync.Mutex, log *[]string) {
	defer wg.Done()
	mu.Lock()
	*log = append(*log, fmt.Sprintf("worker %d done", id))
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go worker(i, &wg, &mu, &log)
	}
	wg.Wait()
	sort.Strings(log)
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(len(log), "workers")
}
