// bench: N round trips between two goroutines over unbuffered channels (context switches).
package main

import "fmt"

const N = 1000000

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < N; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	fmt.Println("pingpong", N, "sum", sum)
}
