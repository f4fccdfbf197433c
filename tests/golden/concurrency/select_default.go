// select with default: non-blocking sends and receives.
package main

import "fmt"

func tryRecv(ch chan int) {
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
}

func trySend(ch chan int, v int) {
	select {
	case ch <- v:
		fmt.Println("sent", v)
	default:
		fmt.Println("buffer full, dropped", v)
	}
}

func main() {
	ch := make(chan int, 2)
	tryRecv(ch)
	trySend(ch, 1)
	trySend(ch, 2)
	trySend(ch, 3)
	tryRecv(ch)
	tryRecv(ch)
	tryRecv(ch)

	unbuf := make(chan int)
	trySend(unbuf, 4) // no receiver waiting
	tryRecv(unbuf)    // no sender waiting

	select {
	default:
		fmt.Println("select with only default")
	}
}
