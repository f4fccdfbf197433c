// A nil operand: gc's fmt asks reflect for its type, which panics; the scan's recover
// re-panics it.
package main

import "fmt"

func main() {
	var x int
	n, err := fmt.Sscan("5", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscan("6", nil)
	fmt.Println("not reached", n, err)
}
