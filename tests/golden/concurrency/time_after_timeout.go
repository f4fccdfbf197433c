// time.After as a timeout: a receive that never comes loses to a 10ms timer;
// a value already waiting wins against a one-second timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan string)
	select {
	case v := <-never:
		fmt.Println("impossible:", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout after", 10*time.Millisecond)
	}

	ready := make(chan string, 1)
	ready <- "fast result"
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("impossible timeout")
	}

	// time.After's channel delivers the current time.
	start := time.Now()
	t := <-time.After(5 * time.Millisecond)
	fmt.Println("fired after start:", t.After(start))
}
