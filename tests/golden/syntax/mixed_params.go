package main

import "fmt"

func show(name string, int) {
	fmt.Println(name)
}

func main() {
	show("x", 1)
}
