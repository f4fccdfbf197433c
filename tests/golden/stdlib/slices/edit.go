package main

import (
	"fmt"
	"slices"
)

func main() {
	s := make([]int, 0, 8)
	s = append(s, 1, 2, 3, 4)
	a := slices.Insert(s, 1, 9, 9)
	fmt.Println(a, len(a), cap(a), s[:cap(s)])
	b := slices.Insert(a, 6, 7, 7, 7)
	fmt.Println(b, len(b), cap(b))
	c := slices.Delete(slices.Clone(b), 0, 2)
	fmt.Println(c, len(c), cap(c))
	d := []string{"a", "b", "c", "d", "e"}
	d = slices.Replace(d, 1, 4, "X")
	fmt.Println(d, len(d), cap(d))
	e := []int{0, 1, 2, 3, 4, 5, 6, 7}
	e = slices.Replace(e[:5], 1, 2, e[5:8]...)
	fmt.Println(e, len(e))
	f := []int{1, 2, 3}
	f = slices.Insert(f, 3, 4)
	fmt.Println(f, len(f), cap(f))
	g := slices.Grow(f, 100)
	fmt.Println(len(g), cap(g) >= 104)
	h := slices.Compact([]string{"a", "a", "b", "b", "a"})
	fmt.Println(h, len(h), cap(h))
	k := slices.CompactFunc([]string{"a", "A", "b"}, func(x, y string) bool { return x == y || x == "A" && y == "a" })
	fmt.Println(k)
	var nilS []int
	fmt.Println(slices.Clone(nilS) == nil, slices.Equal(nilS, []int{}), slices.Index(nilS, 1))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Insert([]int{1}, 5, 2)
}
