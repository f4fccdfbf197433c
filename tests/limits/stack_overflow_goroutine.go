// Infinite recursion in a goroutine other than main, with a bigger frame: the same fatal
// error, and the whole process exits 2.
package main

import "fmt"

type big struct{ a, b, c, d, e, f, g, h int }

func g(n int, x big) big {
	x.a += n
	return g(n+1, x)
}

func main() {
	done := make(chan big)
	go func() { done <- g(0, big{}) }()
	fmt.Println(<-done)
}
