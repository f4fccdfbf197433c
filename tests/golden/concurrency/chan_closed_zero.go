// Receiving from a closed channel yields the element type's zero value.
package main

import "fmt"

type point struct {
	X, Y int
	Tag  string
}

func main() {
	ci := make(chan int)
	cs := make(chan string)
	cp := make(chan *point)
	cst := make(chan point)
	csl := make(chan []int)
	cm := make(chan map[string]int)
	ce := make(chan error)
	cf := make(chan float64)
	cb := make(chan bool)
	close(ci)
	close(cs)
	close(cp)
	close(cst)
	close(csl)
	close(cm)
	close(ce)
	close(cf)
	close(cb)
	fmt.Println(<-ci)
	fmt.Printf("%q\n", <-cs)
	fmt.Println(<-cp == nil)
	fmt.Printf("%+v\n", <-cst)
	fmt.Println(<-csl == nil)
	fmt.Println(<-cm == nil)
	fmt.Println(<-ce)
	fmt.Println(<-cf, <-cb)
}
