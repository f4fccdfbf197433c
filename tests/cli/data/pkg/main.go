package main

import "fmt"

func main() {
	fmt.Println("main.go calls", helper())
}
