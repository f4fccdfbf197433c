// An unrecovered panic in a goroutine kills the whole program (exit 2). The goroutine's
// id is not printed here: gc's numbering of non-main goroutines varies.
// stderr-lines: 2
package main

import "fmt"

func main() {
	fmt.Println("main waits")
	block := make(chan int)
	go func() {
		panic("boom")
	}()
	<-block
	fmt.Println("unreachable")
}
