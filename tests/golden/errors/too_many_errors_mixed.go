// error class: many different errors: sorted by position, cut after 10
package main

import "fmt"

func main() {
	var a int = "1"
	var b string = 2
	fmt.Println(a + b)
	c := undefined1
	d := undefined2
	fmt.Println(undefined3)
	var e bool = 1
	x := 1
	x := 2
	if 5 {
	}
	var f []int = map[int]int{}
	g := len(1)
	fmt.Println(c, d, e, f, g)
}
