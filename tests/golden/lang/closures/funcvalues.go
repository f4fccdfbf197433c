package main

import (
	"fmt"
	"strings"
)

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a*100 + b*10 + c }
	}
}

type op func(float64, float64) float64

func main() {
	sq := func(x int) int { return x * x }
	inc := func(x int) int { return x + 1 }
	fmt.Println(apply([]int{1, 2, 3}, sq))
	fmt.Println(compose(sq, inc)(3), compose(inc, sq)(3))
	fmt.Println(curry(1)(2)(3))
	ops := map[string]op{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(ops["add"](2, 3), ops["mul"](2, 3))
	var nf func()
	fmt.Println(nf == nil)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	func(msg string) {
		fmt.Println("iife:", msg)
	}("hi")
}
