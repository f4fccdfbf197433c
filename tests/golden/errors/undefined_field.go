// error class: undefined field or method
package main

import "fmt"

type T struct{ name string }

func main() {
	t := T{"x"}
	fmt.Println(t.foo)
}
