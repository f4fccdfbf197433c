// Ranging over a channel that is never closed deadlocks once the producer is done.
// stderr-lines: 3
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		// forgot close(ch)
	}()
	for v := range ch {
		fmt.Println(v)
	}
}
