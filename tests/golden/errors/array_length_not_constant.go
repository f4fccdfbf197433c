// error class: array length must be constant
package main

import "fmt"

func main() {
	n := 3
	var a [n]int
	fmt.Println(a)
}
