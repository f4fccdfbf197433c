// Showcase: the concurrent prime sieve. Each prime found starts a filter goroutine that
// removes its multiples; numbers flow through the chain of filters over channels.
package main

import "fmt"

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies values from in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 1; i <= 100; i++ {
		prime := <-ch
		fmt.Printf("%5d", prime)
		if i%10 == 0 {
			fmt.Println()
		}
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
}
