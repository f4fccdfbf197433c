package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	p := m["a"]
	p.X = 100
	fmt.Println(m["a"], p)
	m["a"] = p
	fmt.Println(m)
	mp := map[string]*Point{"b": {3, 4}}
	mp["b"].X = 300
	fmt.Println(*mp["b"])
	ms := map[string][]int{"s": {1, 2}}
	ms["s"][0] = 99
	fmt.Println(ms)
	mm := map[string]map[string]int{}
	if mm["x"] == nil {
		mm["x"] = map[string]int{}
	}
	mm["x"]["y"]++
	mm["x"]["y"]++
	fmt.Println(mm)
	counts := map[Point]int{}
	counts[Point{1, 1}]++
	counts[Point{1, 1}]++
	counts[Point{2, 1}]++
	fmt.Println(counts, counts[Point{1, 1}])
}
