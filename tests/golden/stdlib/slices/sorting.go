package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
)

type Temp float32
type Names []string

type rec struct {
	key, id int
}

var seed uint64 = 42

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int(seed>>33) % n
}

func main() {
	i8 := []int8{5, -3, 127, -128, 0, 5}
	slices.Sort(i8)
	u := []uint{9, 3, 1 << 63, 0}
	slices.Sort(u)
	t := []Temp{3.5, -1, 2, float32ToTemp(math.NaN()), 0}
	slices.Sort(t)
	n := Names{"pear", "Apple", "apple", "banana"}
	slices.Sort(n)
	z := []float64{0, math.Copysign(0, -1), 1, math.Copysign(0, -1), 0, -1}
	slices.Sort(z)
	fmt.Println(i8, u, t, n, z)
	// many equal keys through SortFunc and SortStableFunc; pattern-breaking on long inputs
	for _, size := range []int{10, 50, 200, 3000} {
		rs := make([]rec, size)
		for i := range rs {
			rs[i] = rec{rnd(7), i}
		}
		a := slices.Clone(rs)
		slices.SortFunc(a, func(x, y rec) int { return cmp.Compare(x.key, y.key) })
		b := slices.Clone(rs)
		slices.SortStableFunc(b, func(x, y rec) int { return cmp.Compare(x.key, y.key) })
		c := slices.Clone(rs)
		sort.Slice(c, func(i, j int) bool { return c[i].key < c[j].key })
		h := 0
		for i := range a {
			h = h*31 + a[i].id + 7*b[i].id + 13*c[i].id
			h %= 1000000007
		}
		fmt.Println(size, h, a[:5], b[:5], slices.IsSortedFunc(a, func(x, y rec) int { return x.key - y.key }))
	}
	desc := make([]int, 500)
	for i := range desc {
		desc[i] = 500 - i + rnd(3)
	}
	slices.SortFunc(desc, func(a, b int) int { return cmp.Compare(a%10, b%10) })
	fmt.Println(desc[:30])
	strs := []string{"b", "a", "c"}
	idx, ok := slices.BinarySearch(strs, "b")
	fmt.Println(idx, ok)
}

func float32ToTemp(f float64) Temp { return Temp(f) }
