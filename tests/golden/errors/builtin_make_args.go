// error class: make with a non-makeable type
package main

import "fmt"

func main() {
	x := make(int, 3)
	fmt.Println(x)
}
