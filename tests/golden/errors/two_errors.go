// error class: two different errors (undefined + type mismatch)
package main

import "fmt"

func main() {
	var n int = "x"
	fmt.Println(n, missing)
}
