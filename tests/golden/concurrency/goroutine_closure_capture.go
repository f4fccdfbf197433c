// Closures capture variables, not values: explicit copies give each goroutine its own.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ch := make(chan int)
	for i := 0; i < 5; i++ {
		i := i // copy: per-goroutine value on every Go version
		go func() { ch <- i * 10 }()
	}
	got := make([]int, 0, 5)
	for k := 0; k < 5; k++ {
		got = append(got, <-ch)
	}
	sort.Ints(got)
	fmt.Println(got)

	shared := 0
	done := make(chan bool)
	go func() {
		shared = 42 // the closure writes the captured variable itself
		done <- true
	}()
	<-done
	fmt.Println("shared:", shared)
}
