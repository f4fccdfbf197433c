// error class: mixture of field:value and value elements in struct literal
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{X: 1, 2}
	fmt.Println(p)
}
