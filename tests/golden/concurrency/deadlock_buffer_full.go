// A send on a full buffered channel blocks; with no receiver it is a deadlock.
// stderr-lines: 3
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 3; i++ {
		fmt.Println("send", i)
		ch <- i
	}
}
