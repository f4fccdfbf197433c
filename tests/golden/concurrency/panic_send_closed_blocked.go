// A sender blocked on a full channel panics when the channel is closed under it.
// stderr-lines: 2
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	blocked := make(chan bool)
	go func() {
		blocked <- true
		ch <- 2 // blocks: the buffer is full; then the channel is closed
	}()
	<-blocked
	fmt.Println("closing")
	close(ch)
	select {}
}
