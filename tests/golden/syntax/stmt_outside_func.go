package main

import "fmt"

x := 42

func main() {
	fmt.Println(x)
}
