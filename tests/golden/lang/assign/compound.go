package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	fmt.Println(x)
	y := 0b1100
	y &= 0b1010
	y |= 0b0001
	y ^= 0b1111
	y <<= 2
	y >>= 1
	y &^= 0b10
	fmt.Println(y)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	f := 1.5
	f *= 4
	f -= 0.5
	fmt.Println(f)
	arr := []int{1, 2, 3}
	idx := 0
	next := func() int { idx++; return idx - 1 }
	arr[next()] += 10
	fmt.Println(arr, idx)
	m := map[string][]int{}
	m["k"] = append(m["k"], 1)
	fmt.Println(m)
}
