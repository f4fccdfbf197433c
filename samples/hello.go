// The first program: `make run` runs it.
package main

import "fmt"

func main() {
	fmt.Println("Hello, goro!")
}
