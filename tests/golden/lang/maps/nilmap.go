package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k := range m {
		fmt.Println("never", k)
	}
	m = map[string]int{}
	m["x"] = 1
	fmt.Println(m, m == nil)
	var mp map[string]*int
	fmt.Println(mp["a"] == nil)
	var ms map[int][]string
	fmt.Println(ms[3] == nil, len(ms[3]))
}
