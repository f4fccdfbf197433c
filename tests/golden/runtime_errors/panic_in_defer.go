package main

import "fmt"

func main() {
	defer fmt.Println("deferred print still runs")
	defer func() {
		panic("from defer")
	}()
	panic("original")
}
