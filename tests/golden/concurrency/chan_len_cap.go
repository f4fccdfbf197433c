// len and cap of unbuffered, buffered, nil and closed channels.
package main

import "fmt"

func main() {
	var nilCh chan int
	unbuf := make(chan int)
	buf := make(chan int, 4)
	fmt.Println("nil:", len(nilCh), cap(nilCh))
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))
	fmt.Println("buffered:", len(buf), cap(buf))
	buf <- 1
	buf <- 2
	fmt.Println("after 2 sends:", len(buf), cap(buf))
	close(buf)
	fmt.Println("after close:", len(buf), cap(buf))
	<-buf
	fmt.Println("after 1 receive:", len(buf), cap(buf))
	<-buf
	<-buf
	fmt.Println("drained:", len(buf), cap(buf))
	var ro <-chan int = buf
	var so chan<- int = make(chan int, 7)
	fmt.Println("directional:", len(ro), cap(ro), len(so), cap(so))
}
