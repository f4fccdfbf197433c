// Closing a nil channel panics.
// stderr-lines: 3
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("nil channel:", ch == nil)
	close(ch)
}
