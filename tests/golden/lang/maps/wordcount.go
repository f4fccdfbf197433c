package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief`

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ",."))
		counts[w]++
	}
	type kv struct {
		K string
		V int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].V != list[j].V {
			return list[i].V > list[j].V
		}
		return list[i].K < list[j].K
	})
	for _, e := range list {
		fmt.Printf("%-12s %d\n", e.K, e.V)
	}
	fmt.Println(len(counts))
	fmt.Println(counts)
}
