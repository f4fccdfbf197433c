// error class: too few values in struct literal
package main

import "fmt"

type P struct{ X, Y, Z int }

func main() {
	p := P{1, 2}
	fmt.Println(p)
}
