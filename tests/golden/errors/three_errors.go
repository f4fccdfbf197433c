// error class: three different errors in three functions (sorted by position)
package main

import "fmt"

func a() int {
	return "a"
}

func b() {
	x := 1
}

func c() {
	fmt.Println(undefinedThing)
}

func main() {
	a()
	b()
	c()
}
