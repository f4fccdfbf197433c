package main

import (
	"fmt"
	"sort"
)

type pair struct{ k, v int }

func main() {
	// patterns that exercise every pdqsort path: sorted, reversed, sawtooth, organ pipe, few keys
	n := 5000
	gens := map[string]func(i int) int{
		"sorted":   func(i int) int { return i },
		"reversed": func(i int) int { return n - i },
		"saw":      func(i int) int { return i % 97 },
		"organ": func(i int) int {
			if i < n/2 {
				return i
			}
			return n - i
		},
		"few":   func(i int) int { return (i * 31) % 3 },
		"noise": func(i int) int { return (i*7919 + 13) % 1009 },
	}
	for _, name := range []string{"sorted", "reversed", "saw", "organ", "few", "noise"} {
		g := gens[name]
		ps := make([]pair, n)
		for i := range ps {
			ps[i] = pair{g(i), i}
		}
		sort.Slice(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
		h := 0
		for i, p := range ps {
			h = (h*131 + p.v*7 + i) % 1000000007
		}
		ok := sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
		fmt.Println(name, ok, h, ps[0], ps[n-1])
	}
}
