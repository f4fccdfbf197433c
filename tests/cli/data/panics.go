package main

import "fmt"

func main() {
	fmt.Println("before the panic")
	var m map[string]int
	m["x"] = 1
}
