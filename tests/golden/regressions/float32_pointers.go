// float32 elements are reached through pointers like float32 variables: both hold a double word
// (elements were once packed 4-byte floats, and *p = v wrote 8 bytes into a 4-byte element).
package main

import (
	"fmt"
	"sort"
	"slices"
)

type V struct {
	x, y float32
	n    int8
}

func main() {
	a := []float32{1, 2}
	p := &a[0]
	*p = 3.5
	*p += 0.1
	fmt.Println(a, *p)
	arr := [4]float32{4, 1, 3, 2}
	q := &arr[2]
	*q = 1.0 / 3
	fmt.Println(arr, len(arr))
	s := arr[:]
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(s)
	t := []float32{3, -1, 2.5, 0}
	slices.Sort(t)
	fmt.Println(t, slices.Max(t))
	vs := []V{{1, 2, 3}}
	py := &vs[0].y
	*py = 7.25
	fmt.Println(vs)
	m := map[string][]float32{"a": {1.5}}
	m["a"] = append(m["a"], 2.5)
	pm := &m["a"][1]
	*pm *= 2
	fmt.Println(m)
	c := make([]float32, 3)
	copy(c, t)
	fmt.Println(c, len(c), cap(c))
	var any1 any = arr
	fmt.Printf("%v %T\n", any1, any1)
	for i, v := range arr {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
