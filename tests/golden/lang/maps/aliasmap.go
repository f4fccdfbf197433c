package main

import "fmt"

func add(m map[string]int, k string) {
	m[k] = len(k)
}

func reset(m map[string]int) {
	m = map[string]int{}
	m["new"] = 1
}

func main() {
	a := map[string]int{}
	b := a
	b["x"] = 1
	add(a, "hello")
	fmt.Println(a, b, len(a))
	reset(a)
	fmt.Println(a)
	c := make(map[string]int)
	for k, v := range a {
		c[k] = v
	}
	c["x"] = 42
	fmt.Println(a["x"], c["x"])
}
