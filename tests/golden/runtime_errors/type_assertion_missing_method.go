package main

import "fmt"

type T struct{}

func (T) A() {}

type AB interface {
	A()
	B()
}

func main() {
	var x interface{} = T{}
	fmt.Println("asserting")
	_ = x.(AB)
}
