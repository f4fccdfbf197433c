// error class: mismatched constant types
package main

import "fmt"

func main() {
	fmt.Println("n=" + 1)
}
