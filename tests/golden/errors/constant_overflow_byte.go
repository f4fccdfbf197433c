// error class: constant overflow in variable declaration
package main

import "fmt"

func main() {
	var b byte = 300
	fmt.Println(b)
}
