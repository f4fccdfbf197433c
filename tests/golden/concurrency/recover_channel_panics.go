// Channel panics are ordinary runtime errors: each goroutine recovers its own.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

func try(name string, f func(), out chan<- string) {
	go func() {
		defer func() {
			r := recover()
			_, isRuntime := r.(runtime.Error)
			out <- fmt.Sprintf("%s: %v (runtime.Error: %v)", name, r, isRuntime)
		}()
		f()
	}()
}

func main() {
	out := make(chan string)
	closed := make(chan int)
	close(closed)
	var nilCh chan int
	try("send on closed", func() { closed <- 1 }, out)
	try("close closed", func() { close(closed) }, out)
	try("close nil", func() { close(nilCh) }, out)
	try("custom", func() { panic("custom value") }, out)
	var res []string
	for i := 0; i < 4; i++ {
		res = append(res, <-out)
	}
	sort.Strings(res)
	for _, r := range res {
		fmt.Println(r)
	}
}
