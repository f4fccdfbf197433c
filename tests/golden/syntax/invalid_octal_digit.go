package main

import "fmt"

func main() {
	n := 0789
	fmt.Println(n)
}
