package main

import "fmt"

func main() {
	total := 10 @ 3
	fmt.Println(total)
}
