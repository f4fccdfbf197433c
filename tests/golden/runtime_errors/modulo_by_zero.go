package main

import "fmt"

func main() {
	var z int8
	fmt.Println("mod")
	fmt.Println(int8(7) % z)
}
