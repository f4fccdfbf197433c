// Two goroutines hand a ball back and forth on unbuffered channels; every print happens
// before the send that passes the ball on, so the output order is fixed.
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- bool) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 10 {
			done <- true
			return
		}
		out <- b
	}
}

func main() {
	ping, pong := make(chan *Ball), make(chan *Ball)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- new(Ball)
	<-done
	fmt.Println("game over")
}
