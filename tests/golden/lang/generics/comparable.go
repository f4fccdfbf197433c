// go1.22: expected output from gc 1.22 (interface types satisfy comparable since Go 1.20)
package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Count[K comparable](xs []K) map[K]int {
	m := map[K]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

type P struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 5))
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1, 3}))
	fmt.Println(Uniq([]string{"x", "y", "x"}))
	fmt.Println(Count([]string{"a", "b", "a"}))
	fmt.Println(Count([]bool{true, false, true, true}))
	fmt.Println(Index([]interface{}{1, "a", 2.5}, interface{}("a")))
}
