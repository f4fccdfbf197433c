package main

import "fmt"

func main() {
	str := "abc"
	n := 10
	fmt.Println(str[1:])
	fmt.Println(str[:n])
}
