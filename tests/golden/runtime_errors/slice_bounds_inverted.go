package main

import "fmt"

func main() {
	s := []byte("hello")
	lo, hi := 4, 2
	fmt.Println(string(s[lo:]))
	fmt.Println(string(s[lo:hi]))
}
