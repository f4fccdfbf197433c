package main

import "fmt"

var counter

func main() {
	fmt.Println(counter)
}
