// Cancelling a parent cancels every descendant; cancelling a child leaves the parent alone.
package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()
	defer cancelB()
	v := context.WithValue(a1, "k", "v")

	cancelA()
	fmt.Println("after cancel(a): root", root.Err(), "| a", a.Err(), "| a1", a1.Err(), "| value ctx", v.Err(), "| b", b.Err())

	cancelRoot()
	<-b.Done()
	fmt.Println("after cancel(root): root", root.Err(), "| b", b.Err())

	// A child created from an already-cancelled parent is cancelled at once.
	late, cancelLate := context.WithCancel(root)
	defer cancelLate()
	fmt.Println("child of cancelled parent:", late.Err())
}
