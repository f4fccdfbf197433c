// When main returns the program exits: goroutines still blocked or sleeping never print.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	go func() {
		<-never
		fmt.Println("blocked goroutine printed: impossible")
	}()
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("sleeping goroutine printed: impossible")
	}()
	go func() {
		for {
			time.Sleep(time.Millisecond) // keeps running until the process exits
		}
	}()
	started := make(chan bool)
	go func() {
		started <- true
		select {} // blocks forever
	}()
	<-started
	fmt.Println("main returns")
}
