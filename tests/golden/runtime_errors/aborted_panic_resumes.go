package main

import "fmt"

func main() {
	func() {
		defer func() {
			defer func() {
				fmt.Println("nested deferred recover:", recover())
			}()
			panic("p3 inside defer")
		}()
		panic("p2")
	}()
	fmt.Println("not reached")
}
