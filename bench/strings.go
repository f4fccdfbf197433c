// bench: building strings and counting words in a map[string]int.
package main

import (
	"fmt"
	"strings"
)

const N = 500000

func main() {
	words := []string{"go", "chan", "select", "defer", "panic", "goroutine", "mutex", "context"}
	var sb strings.Builder
	seed := uint32(42)
	for i := 0; i < N; i++ {
		seed = seed*1664525 + 1013904223
		w := words[seed>>16%uint32(len(words))]
		sb.WriteString(w)
		if seed>>8%5 == 0 {
			sb.WriteString(fmt.Sprint(i % 100))
		}
		sb.WriteByte(' ')
	}
	text := sb.String()
	counts := map[string]int{}
	for _, f := range strings.Fields(text) {
		counts[f]++
	}
	total, longest := 0, ""
	for w, c := range counts {
		total += c * len(w)
		if len(w) > len(longest) || (len(w) == len(longest) && w > longest) {
			longest = w
		}
	}
	fmt.Println("distinct", len(counts), "weighted", total, "longest", longest, "bytes", len(text))
}
