package main

import "fmt"

type T struct {
	a int, b int
}

func main() {
	fmt.Println(T{})
}
