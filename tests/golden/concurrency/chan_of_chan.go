// Requests carry their own reply channel: a tiny server goroutine.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		r := request{n: i, reply: make(chan int)}
		reqs <- r
		fmt.Printf("%d^2 = %d\n", i, <-r.reply)
	}
	close(reqs)

	// A channel of channels: a queue of mailboxes.
	boxes := make(chan chan string, 3)
	for i := 0; i < 3; i++ {
		b := make(chan string, 1)
		b <- fmt.Sprint("letter ", i)
		boxes <- b
	}
	close(boxes)
	for b := range boxes {
		fmt.Println(<-b)
	}
}
