package main

import (
	"fmt"
	"sort"
)

func main() {
	text := "mississippi 日本日本日"
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	keys := []rune{}
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%q:%d ", k, freq[k])
	}
	fmt.Println()
	fmt.Println(freq)
}
