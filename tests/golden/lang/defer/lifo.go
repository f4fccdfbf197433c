package main

import "fmt"

func main() {
	defer fmt.Println("first deferred, runs last")
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop", i)
	}
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("main body")
}
