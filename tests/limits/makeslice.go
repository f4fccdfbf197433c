// make with a length or capacity out of range panics as gc does (recoverable run-time errors),
// and the last one is not recovered.
package main

import "fmt"

type mb struct{ a [1 << 20]byte }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	n := -1
	try("negative len", func() { _ = make([]int, n) })
	try("negative cap", func() { _ = make([]int, 0, n) })
	try("cap < len", func() { _ = make([]int, 2, n+2) })
	try("huge len", func() { _ = make([]int, 1<<62+n) })
	try("len*size > maxAlloc", func() { _ = make([]mb, 1<<30+n) })
	try("negative chan", func() { _ = make(chan int, n) })
	try("map hint", func() { m := make(map[int]int, n); fmt.Println(len(m)) })
	_ = make([]byte, n)
}
