// A nil channel is never ready in a select: nil cases are effectively disabled.
package main

import "fmt"

func main() {
	var nilRecv chan int
	var nilSend chan int
	ready := make(chan int, 1)
	ready <- 1
	for i := 0; i < 3; i++ {
		select {
		case v := <-nilRecv:
			fmt.Println("impossible receive", v)
		case nilSend <- 1:
			fmt.Println("impossible send")
		case v := <-ready:
			fmt.Println("ready case", v)
			ready <- v + 1
		}
	}
	select {
	case <-nilRecv:
		fmt.Println("impossible")
	default:
		fmt.Println("only nil cases: default")
	}
}
