package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["one"] += 10
	fmt.Println(m["one"])
	if _, found := m["three"]; found {
		fmt.Println("has three")
	}
	e := map[int]bool{}
	fmt.Println(len(e), e, e[5])
	mm := make(map[string][]int)
	mm["a"] = append(mm["a"], 1)
	mm["a"] = append(mm["a"], 2)
	mm["b"] = append(mm["b"], 3)
	fmt.Println(mm)
	mk := make(map[int]string, 100)
	fmt.Println(len(mk))
}
