// error class: unknown field in struct literal
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{X: 1, Z: 2}
	fmt.Println(p)
}
