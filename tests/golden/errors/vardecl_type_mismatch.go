// error class: wrong type in variable declaration
package main

import "fmt"

func main() {
	var n int = "hello"
	fmt.Println(n)
}
