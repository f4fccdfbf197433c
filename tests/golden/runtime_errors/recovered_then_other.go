package main

import "fmt"

func safe() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("handled")
}

func main() {
	safe()
	var s []string
	fmt.Println(s[0])
}
