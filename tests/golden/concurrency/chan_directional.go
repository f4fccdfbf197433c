// Send-only and receive-only channel types; a bidirectional channel converts to either.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 10)
	go consumer(ch, done)
	fmt.Println("sum:", <-done)

	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T %T %T\n", ch, send, recv)
	b := make(chan int, 1)
	send = b
	recv = b
	send <- 5
	fmt.Println(<-recv)
}
