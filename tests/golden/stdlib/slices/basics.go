package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.Contains(s, 4), slices.Index(s, 5), slices.Max(s), slices.Min(s))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	fs := []float64{2, math.NaN(), -1, 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.Max([]float64{1, math.NaN()}))
	names := []string{"bob", "alice", "Carol"}
	slices.SortFunc(names, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
	var ps []P
	for i := 0; i < 60; i++ {
		ps = append(ps, P{fmt.Sprint("n", i), i % 5})
	}
	ps2 := slices.Clone(ps)
	slices.SortFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps[:15])
	slices.SortStableFunc(ps2, func(a, b P) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(ps2[:15])
	x := []int{1, 2, 3, 4, 5}
	x = slices.Insert(x, 2, 10, 11)
	fmt.Println(x, len(x), cap(x))
	x = slices.Delete(x, 1, 3)
	fmt.Println(x, len(x), cap(x), x[:cap(x)])
	y := []int{1, 1, 2, 2, 2, 3, 1}
	y = slices.Compact(y)
	fmt.Println(y, slices.Equal(y, []int{1, 2, 3, 1}))
	y = slices.DeleteFunc(y, func(v int) bool { return v == 1 })
	fmt.Println(y)
	slices.Reverse(x)
	fmt.Println(x, slices.Compare([]int{1, 2}, []int{1, 3}), slices.IndexFunc(x, func(v int) bool { return v > 4 }))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, cap(slices.Clip(g)))
	z := []int{0, 1, 2, 3, 4, 5}
	z = slices.Replace(z, 1, 3, 7, 8, 9)
	fmt.Println(z)
	in := make([]int, 3, 10)
	in = slices.Insert(in, 1, in[2:]...)
	fmt.Println(in)
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil), slices.ContainsFunc(s, func(v int) bool { return v < 0 }))
	fmt.Println(slices.MinFunc(ps, func(a, b P) int { return cmp.Compare(a.Name, b.Name) }), slices.MaxFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) }))
	j, ok := slices.BinarySearchFunc(ps, 3, func(p P, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(j, ok)
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(math.NaN(), 0), cmp.Compare(math.NaN(), math.NaN()), cmp.Or("", "x", "y"), cmp.Or(0, 0))
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(maps.Equal(m, m2), len(m), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2, maps.EqualFunc(m, m2, func(a, b int) bool { return a == b }))
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(m2)
	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Min([]int{})
}
