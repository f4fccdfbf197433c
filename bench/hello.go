// bench: start-up cost.
package main

import "fmt"

func main() {
	fmt.Println("hello")
}
