// A select whose cases can never proceed.
// stderr-lines: 3
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
	}
}
