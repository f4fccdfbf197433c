package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(x int) int { return x * x })
	fmt.Println(sq)
	strs := Map(nums, func(x int) string { return fmt.Sprint("n", x) })
	fmt.Println(strs)
	ev := Filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev)
	sum := Reduce(nums, 0, func(a, x int) int { return a + x })
	cat := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println(sum, cat)
	fl := Map[int, float64](nums, func(x int) float64 { return float64(x) / 2 })
	fmt.Println(fl)
	fmt.Println(Keys(map[string]bool{"a": true}))
	fmt.Println(Filter([]string{}, func(string) bool { return true }) == nil)
}
