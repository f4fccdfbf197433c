// error class: operator not defined on operand
package main

import "fmt"

func main() {
	n := 3
	fmt.Println(!n)
	s := "x"
	fmt.Println(-s)
}
