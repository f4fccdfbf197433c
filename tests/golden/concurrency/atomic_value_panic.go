// Storing a value of a different concrete type into an atomic.Value panics.
// stderr-lines: 3
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	fmt.Println("stored int")
	v.Store("a string")
	fmt.Println("unreachable")
}
