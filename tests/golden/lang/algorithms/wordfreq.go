package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

const poem = `Tyger Tyger, burning bright,
In the forests of the night;
What immortal hand or eye,
Could frame thy fearful symmetry?
In what distant deeps or skies.
Burnt the fire of thine eyes?
On what wings dare he aspire?
What the hand, dare seize the fire?`

func main() {
	clean := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || r == '\n' {
			return r
		}
		return -1
	}, poem)
	words := strings.Fields(strings.ToLower(clean))
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	type entry struct {
		w string
		n int
	}
	var es []entry
	for w, n := range freq {
		es = append(es, entry{w, n})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].n != es[j].n {
			return es[i].n > es[j].n
		}
		return es[i].w < es[j].w
	})
	for _, e := range es[:6] {
		fmt.Printf("%-6s %d\n", e.w, e.n)
	}
	fmt.Println(len(words), len(freq), utf8.RuneCountInString(poem))
	lines := strings.Split(poem, "\n")
	longest := ""
	for _, l := range lines {
		if len(l) > len(longest) {
			longest = l
		}
	}
	fmt.Println(longest)
}
