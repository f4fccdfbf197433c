// Fan-out to three workers reading one channel, fan-in through a merge; results sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func worker(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("%03d squared is %d", n, n*n)
		}
	}()
	return out
}

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 12; i++ {
			in <- i
		}
		close(in)
	}()
	var results []string
	for r := range merge(worker(1, in), worker(2, in), worker(3, in)) {
		results = append(results, r)
	}
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
}
