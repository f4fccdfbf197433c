package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	words := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	total := 0
	for k, v := range words {
		total += v
		words[k] = v * 10
	}
	fmt.Println(total, words)
}
