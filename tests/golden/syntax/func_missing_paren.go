package main

import "fmt"

func greet {
	fmt.Println("hi")
}

func main() {
	greet()
}
