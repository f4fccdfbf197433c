package main

import (
	"fmt"
	"sort"
	"strings"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func Zip[A, B any](as []A, bs []B) []struct {
	First  A
	Second B
} {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]struct {
		First  A
		Second B
	}, n)
	for i := 0; i < n; i++ {
		out[i].First, out[i].Second = as[i], bs[i]
	}
	return out
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	g := GroupBy(words, func(s string) string { return s[:1] })
	for _, k := range SortedKeys(g) {
		fmt.Println(k, strings.Join(g[k], ","))
	}
	long, short := Partition(words, func(s string) bool { return len(s) > 6 })
	fmt.Println(long, short)
	fmt.Println(Zip([]int{1, 2, 3}, []string{"a", "b"}))
	byLen := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(byLen)
}
