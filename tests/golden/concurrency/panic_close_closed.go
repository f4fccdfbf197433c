// Closing a channel twice panics.
// stderr-lines: 3
package main

import "fmt"

func main() {
	ch := make(chan string)
	close(ch)
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	close(ch)
}
