package main

import "fmt"

type Key struct {
	Name string
	ID   int
}

func main() {
	var ik map[interface{}]string = map[interface{}]string{}
	ik[1] = "int"
	ik["1"] = "string"
	ik[1.0] = "float"
	ik[Key{"a", 1}] = "struct"
	ik[[2]int{1, 2}] = "array"
	ik[true] = "bool"
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0], ik[Key{"a", 1}], ik[[2]int{1, 2}], ik[true])
	var i8 int8 = 1
	fmt.Println(ik[i8] == "")
	pm := map[*int]int{}
	x, y := 1, 1
	pm[&x] = 1
	pm[&y] = 2
	pm[&x] += 10
	fmt.Println(len(pm), pm[&x], pm[&y])
	type E struct{}
	em := map[E]int{}
	em[E{}]++
	em[E{}]++
	fmt.Println(em)
}
