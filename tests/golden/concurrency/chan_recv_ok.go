// v, ok := <-ch: ok is false only once the channel is closed and empty.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	ch <- 0
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	var ok bool
	var v int
	v, ok = <-ch
	fmt.Println("assign form:", v, ok)

	unbuf := make(chan string)
	go func() {
		unbuf <- ""
		close(unbuf)
	}()
	s, ok := <-unbuf
	fmt.Printf("%q %v\n", s, ok)
	s, ok = <-unbuf
	fmt.Printf("%q %v\n", s, ok)
}
