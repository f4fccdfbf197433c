// error class: undefined method with a differently-capitalised match
package main

import "fmt"

type T struct{}

func (T) Print() {}

func main() {
	var t T
	t.print()
	fmt.Println(t)
}
