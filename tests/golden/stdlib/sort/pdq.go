package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func main() {
	ints := []int{5, 2, 8, -1, 0, 3, 3, 9, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4))
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), math.Inf(-1), 0, math.Copysign(0, -1)}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	strs := []string{"pear", "apple", "fig", "", "Banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "fig"))
	// many equal keys: order of equal elements must match gc's pdqsort exactly
	var people []person
	for i := 0; i < 300; i++ {
		people = append(people, person{fmt.Sprint("p", i), rnd(10)})
	}
	p2 := append([]person(nil), people...)
	p3 := append([]person(nil), people...)
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people[:20])
	fmt.Println(people[280:])
	sort.Sort(byAge(p2))
	fmt.Println(p2[:20])
	sort.SliceStable(p3, func(i, j int) bool { return p3[i].age < p3[j].age })
	fmt.Println(p3[:20])
	sort.Stable(sort.Reverse(byAge(p3)))
	fmt.Println(p3[:10])
	// large random ints, descending, already sorted
	big := make([]int, 5000)
	for i := range big {
		big[i] = rnd(1000)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	fmt.Println(big[:10], sort.IsSorted(sort.Reverse(sort.IntSlice(big))))
	desc := make([]int, 100)
	for i := range desc {
		desc[i] = 100 - i
	}
	sort.Slice(desc, func(i, j int) bool { return desc[i]%7 < desc[j]%7 })
	fmt.Println(desc)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	i, found := sort.Find(len(strs), func(i int) int {
		if "fig" < strs[i] {
			return -1
		} else if "fig" > strs[i] {
			return 1
		}
		return 0
	})
	fmt.Println(i, found, sort.SliceIsSorted(desc, func(i, j int) bool { return desc[i] < desc[j] }))
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), sort.IntSlice{3, 1, 2}.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
