// range over a channel ends when the channel is closed and drained.
package main

import "fmt"

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range produce(6) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println("sum:", sum)

	buf := make(chan string, 5)
	buf <- "a"
	buf <- "b"
	close(buf) // values sent before close are still received
	for s := range buf {
		fmt.Println("got", s)
	}
	for range buf {
		fmt.Println("never")
	}
	fmt.Println("done")
}
