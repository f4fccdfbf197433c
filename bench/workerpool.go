// bench: 4 workers process N jobs, each a little computation; results summed.
package main

import (
	"fmt"
	"sync"
)

const N = 200000
const Workers = 4

func work(n int) int {
	h := n
	for i := 0; i < 50; i++ {
		h = (h*31 + i) % 1000003
	}
	return h
}

func main() {
	jobs := make(chan int, 256)
	results := make(chan int, 256)
	var wg sync.WaitGroup
	for w := 0; w < Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- work(j)
			}
		}()
	}
	go func() {
		for i := 0; i < N; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("workerpool", N, "jobs sum", sum)
}
