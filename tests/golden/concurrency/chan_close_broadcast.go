// Closing a chan struct{} wakes every goroutine waiting on it.
package main

import (
	"fmt"
	"sort"
)

func main() {
	start := make(chan struct{})
	results := make(chan int)
	for i := 0; i < 10; i++ {
		go func(id int) {
			<-start
			results <- id
		}(i)
	}
	close(start)
	got := make([]int, 0, 10)
	for i := 0; i < 10; i++ {
		got = append(got, <-results)
	}
	sort.Ints(got)
	fmt.Println("released:", got)
	_, ok := <-start
	fmt.Println("start still closed, ok =", ok)
}
