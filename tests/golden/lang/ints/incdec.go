package main

import "fmt"

func main() {
	var counts [5]int
	i := 0
	for i < 5 {
		counts[i]++
		counts[i] += i * 10
		i++
	}
	fmt.Println(counts)
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	fmt.Println(m)
	p := &i
	*p++
	fmt.Println(i)
	type S struct{ n int }
	s := S{}
	s.n++
	s.n *= 7
	s.n -= 2
	s.n |= 64
	s.n &^= 1
	s.n ^= 3
	s.n <<= 2
	fmt.Println(s.n)
}
