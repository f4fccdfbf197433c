package main

import "fmt"

func sign(x int) string {
	if x < 0 {
		return "neg"
	} else if x == 0 {
		return "zero"
	} else {
		return "pos"
	}
}

func main() {
	for _, v := range []int{-5, 0, 7} {
		fmt.Println(v, sign(v))
	}
	if x := 10; x > 5 {
		fmt.Println("big", x)
	} else {
		fmt.Println("small", x)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	} else if v == 0 {
		fmt.Println("zero")
	}
	if v, ok := m["b"]; !ok {
		fmt.Println("missing", v)
	}
	a, b := true, false
	if a && !b || b {
		fmt.Println("logic ok")
	}
	calls := 0
	f := func(r bool) bool { calls++; return r }
	if f(false) && f(true) {
		fmt.Println("no")
	}
	if f(true) || f(true) {
		fmt.Println("short-circuit", calls)
	}
}
