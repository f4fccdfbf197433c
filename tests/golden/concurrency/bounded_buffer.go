// A bounded buffer built from a buffered channel: the producer blocks when it is full.
package main

import "fmt"

func main() {
	buf := make(chan int, 4)
	progress := make(chan int)
	go func() {
		for i := 1; i <= 6; i++ {
			buf <- i
			progress <- i
		}
		close(buf)
		close(progress)
	}()
	// The producer can run ahead by exactly the buffer size.
	for i := 0; i < 4; i++ {
		fmt.Println("producer sent", <-progress)
	}
	fmt.Println("buffered:", len(buf))
	fmt.Println("consumer got", <-buf) // makes room for one more
	fmt.Println("producer sent", <-progress)
	for v := range buf {
		fmt.Println("consumer got", v)
		if p, ok := <-progress; ok {
			fmt.Println("producer sent", p)
		}
	}
}
