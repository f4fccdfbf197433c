// Sending to a nil channel blocks forever.
// stderr-lines: 3
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("sending to nil channel")
	ch <- "lost"
}
