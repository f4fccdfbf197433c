// Sending on an unbuffered channel with no receiver blocks forever.
// stderr-lines: 3
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending")
	ch <- 1
	fmt.Println("unreachable")
}
