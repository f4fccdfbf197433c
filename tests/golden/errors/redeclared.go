// error class: redeclared in this block
package main

import "fmt"

func main() {
	var x int = 1
	var x string = "s"
	fmt.Println(x)
}
