// gc prints "panic: (main.T) 0xc000010018" (the address of a copy): not deterministic, so
// no .err here; only the exit status and the (empty) stdout are checked.
package main

type T struct {
	A int
	B string
}

func main() {
	panic(T{1, "x"})
}
