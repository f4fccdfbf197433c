// error class: assignment count mismatch (function returns 1 value)
package main

import "fmt"

func one() int { return 1 }

func main() {
	a, b := one()
	fmt.Println(a, b)
}
