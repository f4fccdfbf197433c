package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func (g Graph) DFS(n string, seen map[string]bool, out *[]string) {
	if seen[n] {
		return
	}
	seen[n] = true
	*out = append(*out, n)
	for _, m := range g[n] {
		g.DFS(m, seen, out)
	}
}

func (g Graph) TopoSort() []string {
	indeg := map[string]int{}
	for n, ms := range g {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, m := range ms {
			indeg[m]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var out []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, m := range g[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	return out
}

func main() {
	g := Graph{
		"shirt": {"tie", "belt"},
		"tie":   {"jacket"},
		"pants": {"shoes", "belt"},
		"belt":  {"jacket"},
		"socks": {"shoes"},
	}
	fmt.Println(g.BFS("shirt"))
	var out []string
	g.DFS("pants", map[string]bool{}, &out)
	fmt.Println(out)
	fmt.Println(g.TopoSort())
}
