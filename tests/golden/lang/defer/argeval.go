package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
	s := []int{1}
	defer fmt.Println("slice", s)
	s[0] = 100
	p := &x
	defer func(v int) { fmt.Println("arg", v, "ptr", *p) }(x)
	x = 4
	a()
	type T struct{ n int }
	t := T{1}
	defer fmt.Println("struct", t)
	t.n = 2
	m := func() { fmt.Println("method value receiver", t.n) }
	defer m()
	t.n = 3
}
