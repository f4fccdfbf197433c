// error class: struct containing slice cannot be compared
package main

import "fmt"

type T struct {
	Tags []string
}

func main() {
	fmt.Println(T{} == T{})
}
