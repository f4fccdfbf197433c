// If the function given to Once.Do panics, Do considers it done: later calls do nothing.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("init failed") })
	}()
	once.Do(func() { fmt.Println("not run again") })
	fmt.Println("after second Do")

	// Recursive Do on the same Once would deadlock; on a different Once it is fine.
	var a, b sync.Once
	a.Do(func() {
		b.Do(func() { fmt.Println("nested Do on another Once") })
	})
}
