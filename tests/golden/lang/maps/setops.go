package main

import (
	"fmt"
	"sort"
)

type Set map[string]struct{}

func (s Set) Add(v string)           { s[v] = struct{}{} }
func (s Set) Has(v string) bool      { _, ok := s[v]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func union(a, b Set) Set {
	r := Set{}
	for k := range a {
		r.Add(k)
	}
	for k := range b {
		r.Add(k)
	}
	return r
}

func intersect(a, b Set) Set {
	r := Set{}
	for k := range a {
		if b.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func main() {
	a, b := Set{}, Set{}
	for _, w := range []string{"go", "c", "rust", "go"} {
		a.Add(w)
	}
	for _, w := range []string{"c", "zig", "go"} {
		b.Add(w)
	}
	fmt.Println(len(a), a.Sorted(), b.Sorted())
	fmt.Println(union(a, b).Sorted(), intersect(a, b).Sorted())
	fmt.Println(a.Has("rust"), b.Has("rust"))
	fmt.Println(a)
}
