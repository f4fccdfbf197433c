package main

import "fmt"

func main() {
	c := '
'
	fmt.Println(c)
}
