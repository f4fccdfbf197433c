// A lookup or delete on a nil map still hashes an interface key (gc): unhashable panics.
package main

import "fmt"

type K struct {
	a int
	b any
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var m map[any]int
	try("get", func() { _ = m[[]int{1}] })
	try("get2", func() { _, ok := m[map[int]int{}]; _ = ok })
	try("delete", func() { delete(m, func() {}) })
	try("ok", func() { fmt.Println(m[1], m["x"]) })
	var ms map[K]string
	try("struct", func() { _ = ms[K{1, []string{}}] })
	try("structok", func() { _ = ms[K{1, 2}] })
	try("opassign", func() { m[[]int{}] += 1 })
}
