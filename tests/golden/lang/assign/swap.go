package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)
	m := map[string]int{"a": 1}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)
	j := 1
	arr := [3]int{}
	j, arr[j] = 2, 7
	fmt.Println(j, arr)
	f, g := 1.5, "s"
	f, g2 := 2.5, g+"!"
	fmt.Println(f, g, g2)
}
