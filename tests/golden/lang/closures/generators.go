package main

import "fmt"

func gen(xs ...int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		v := xs[i]
		i++
		return v, true
	}
}

func mapGen(g func() (int, bool), f func(int) int) func() (int, bool) {
	return func() (int, bool) {
		v, ok := g()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func main() {
	g := mapGen(gen(1, 2, 3, 4), func(x int) int { return x * 3 })
	for v, ok := g(); ok; v, ok = g() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	acc := func() func(string) []string {
		var hist []string
		return func(s string) []string {
			hist = append(hist, s)
			return hist
		}
	}()
	acc("a")
	acc("b")
	fmt.Println(acc("c"))
}
