// runtime.Goexit in main: main's deferred calls run, other goroutines keep running; when
// none is left the runtime reports a deadlock.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	ack := make(chan bool)
	go func() {
		<-done
		fmt.Println("worker runs after main's Goexit")
		ack <- true
	}()
	defer fmt.Println("main's deferred call runs")
	defer func() {
		done <- true
		<-ack
	}()
	runtime.Goexit()
}
