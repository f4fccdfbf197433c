package main

import "fmt"

func work() {
	defer fmt.Println("work deferred 1")
	defer fmt.Println("work deferred 2")
	var p *int
	fmt.Println(*p)
}

func main() {
	defer fmt.Println("main deferred")
	work()
	fmt.Println("unreachable")
}
