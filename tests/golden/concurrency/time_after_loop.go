// Per-message timeouts in a loop: three queued messages arrive, then the silence times out.
package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan string, 3)
	msgs <- "one"
	msgs <- "two"
	msgs <- "three"
	for {
		select {
		case m := <-msgs:
			fmt.Println("message:", m)
			continue
		case <-time.After(30 * time.Millisecond):
			fmt.Println("no message for 30ms, stopping")
		}
		break
	}
}
