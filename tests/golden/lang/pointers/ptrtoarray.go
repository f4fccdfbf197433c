package main

import "fmt"

func fill(a *[4]int, v int) {
	for i := range a {
		a[i] = v + i
	}
}

func main() {
	var a [4]int
	fill(&a, 10)
	fmt.Println(a)
	p := &a
	fmt.Println(len(p), p[2], (*p)[3])
	s := p[1:3]
	s[0] = -1
	fmt.Println(a, s)
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	var np *[4]int
	fmt.Println(len(np), np == nil)
}
