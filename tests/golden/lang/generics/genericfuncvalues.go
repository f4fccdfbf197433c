package main

import "fmt"

func Identity[T any](x T) T { return x }

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func MapKeys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && less(keys[j], keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	f := Identity[string]
	fmt.Println(f("x"))
	g := Identity[[]int]
	fmt.Println(g([]int{1}))
	a, b := Swap(1, "one")
	fmt.Println(a, b)
	fmt.Printf("%T %T\n", a, b)
	m := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(MapKeys(m, func(x, y int) bool { return x < y }))
	fmt.Println(MapKeys(map[string]int{"z": 1, "y": 2}, func(x, y string) bool { return x < y }))
	fmt.Printf("%T\n", f)
}
