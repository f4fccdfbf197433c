// default is chosen only when no case is ready; a closed channel is always ready.
package main

import "fmt"

func main() {
	ready := make(chan int, 1)
	ready <- 42
	select {
	case v := <-ready:
		fmt.Println("case taken:", v)
	default:
		fmt.Println("default taken")
	}
	closed := make(chan int)
	close(closed)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-closed:
			fmt.Println("closed case:", v, ok)
		default:
			fmt.Println("default taken")
		}
	}
	// A blocked sender on an unbuffered channel makes the receive case ready.
	unbuf := make(chan string)
	go func() { unbuf <- "hello" }()
	v := <-unbuf // synchronize once
	fmt.Println("first:", v)
}
