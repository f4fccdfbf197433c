// Channels of functions: a single goroutine executes closures sent to it (actor style).
package main

import "fmt"

func main() {
	ops := make(chan func())
	done := make(chan struct{})
	balance := 0
	go func() {
		for op := range ops {
			op()
		}
		close(done)
	}()
	for i := 1; i <= 10; i++ {
		amount := i * 10
		ops <- func() { balance += amount }
	}
	result := make(chan int)
	ops <- func() { result <- balance }
	fmt.Println("balance:", <-result)
	close(ops)
	<-done
	fmt.Println("actor stopped")
}
