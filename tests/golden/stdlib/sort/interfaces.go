package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Frank", 20}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people, sort.IsSorted(ByAge(people)))
	words := strings.Fields("the quick brown fox jumps over a lazy dog and then sleeps")
	sort.Stable(byLen(words))
	fmt.Println(words)
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Strings(words)
	i := sort.SearchStrings(words, "lazy")
	fmt.Println(words, i, words[i])
	fl := sort.Float64Slice{2.5, -1, 3.25, 0}
	sort.Sort(sort.Reverse(fl))
	fmt.Println(fl, fl.Search(0))
	is := sort.IntSlice{5, 2, 9}
	is.Sort()
	fmt.Println(is, sort.SearchInts(is, 9), sort.SearchInts(is, 10))
	idx := sort.Search(1000, func(i int) bool { return i*i*i > 12345 })
	fmt.Println(idx)
	grid := [][]int{{3, 1}, {1, 2}, {3, 0}, {1, 1}, {2, 5}}
	sort.Slice(grid, func(i, j int) bool {
		if grid[i][0] != grid[j][0] {
			return grid[i][0] < grid[j][0]
		}
		return grid[i][1] < grid[j][1]
	})
	fmt.Println(grid)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
}
