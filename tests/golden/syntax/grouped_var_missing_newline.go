package main

import "fmt"

var (
	a = 1 b = 2
)

func main() {
	fmt.Println(a, b)
}
