// recover only works in the panicking goroutine: main's deferred recover cannot stop a
// panic in another goroutine, and main's deferred calls do not run.
// stderr-lines: 2
package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered (impossible):", r)
		}
	}()
	defer fmt.Println("main defer: never printed")
	proceed := make(chan bool)
	block := make(chan bool)
	go func() {
		<-proceed
		panic("boom in worker")
	}()
	fmt.Println("worker started")
	proceed <- true
	<-block
}
