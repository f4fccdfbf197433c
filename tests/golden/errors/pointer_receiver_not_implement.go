// error class: method has pointer receiver
package main

import "fmt"

type Counter interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var x Counter = C{}
	fmt.Println(x)
}
