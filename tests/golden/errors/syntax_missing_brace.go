// error class: syntax error (unexpected EOF)
package main

import "fmt"

func main() {
	fmt.Println("open")
