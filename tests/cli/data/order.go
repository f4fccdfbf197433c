package main

import "fmt"

func main() {
	fmt.Println("out 1")
	println("err 1")
	fmt.Println("out 2")
	println("err 2")
	panic("the end")
}
