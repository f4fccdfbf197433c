// Receiving from a nil channel blocks forever.
// stderr-lines: 3
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("receiving from nil channel")
	<-ch
}
