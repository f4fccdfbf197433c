// Regression (issue 8, limits): make(chan T, n) with n < 0 or n*sizeof(T) beyond gc's
// maxAlloc panics with gc's plainError text "makechan: size out of range" (no
// "runtime error: " prefix), instead of allocating (out of memory) or misnaming the error.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	n := -1
	try("negative", func() { _ = make(chan int, n) })
	try("huge", func() { _ = make(chan [1000]byte, 1<<50+n) })
	try("ok", func() { c := make(chan [1000]byte, 2+n); fmt.Println(cap(c)) })
	_ = make(chan int, n)
}
