// error class: use of package without selector
package main

import "fmt"

func main() {
	x := fmt
	_ = x
}
