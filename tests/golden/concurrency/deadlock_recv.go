// Receiving on a channel nobody sends on: all goroutines are asleep.
// stderr-lines: 3
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-ch)
}
