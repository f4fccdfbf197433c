package main

import "fmt"

func val(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func sum(a, b int) { fmt.Println("sum", a+b) }

func main() {
	defer sum(val("a", 1), val("b", 2))
	fmt.Println("body")
	f := func() func(int) {
		fmt.Println("get func")
		return func(n int) { fmt.Println("called", n) }
	}
	defer f()(val("c", 3))
	fmt.Println("end")
}
