// error class: non-boolean condition in if statement
package main

import "fmt"

func main() {
	n := 1
	if n {
		fmt.Println("yes")
	}
}
