package main

import "fmt"

func main() {
	if x := 5 {
		fmt.Println(x)
	}
}
