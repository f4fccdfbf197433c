// runtime.Goexit ends the goroutine after running its deferred calls; it is not a panic.
package main

import (
	"fmt"
	"runtime"
)

func inner(log chan<- string) {
	defer func() { log <- "inner defer (recover: " + fmt.Sprint(recover()) + ")" }()
	runtime.Goexit()
	log <- "after Goexit: impossible"
}

func main() {
	log := make(chan string, 10)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { log <- "outer defer" }()
		inner(log)
		log <- "after inner: impossible"
	}()
	<-done
	close(log)
	for l := range log {
		fmt.Println(l)
	}
	fmt.Println("main continues")
}
