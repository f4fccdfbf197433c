package main

import (
	"fmt"
	"sort"
)

type Grid struct {
	vals [][2]int
}

func (g *Grid) Len() int { return len(g.vals) }
func (g *Grid) Less(i, j int) bool {
	a, b := g.vals[i], g.vals[j]
	if a[0] != b[0] {
		return a[0] < b[0]
	}
	return a[1] > b[1]
}
func (g *Grid) Swap(i, j int) { g.vals[i], g.vals[j] = g.vals[j], g.vals[i] }

func main() {
	g := &Grid{[][2]int{{3, 1}, {1, 2}, {3, 5}, {1, 9}, {2, 0}, {0, 0}, {2, 7}}}
	var si sort.Interface = g
	sort.Sort(si)
	fmt.Println(g.vals, sort.IsSorted(g))
}
