// go1.22: expected output from gc 1.22 (since Go 1.22 malloc headers change the capacity append picks for element types holding pointers once the array exceeds 512 bytes; gc 1.19 prints other capacities)
package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1, 2, 3)
	fmt.Println(len(s), cap(s))
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	var b []byte
	b = append(b, "hello, world"...)
	fmt.Println(len(b), cap(b))
	b = append(b, make([]byte, 100)...)
	fmt.Println(len(b), cap(b))
	for _, n := range []int{1, 5, 7, 9, 17, 33, 100, 1000, 1025} {
		x := append([]int(nil), make([]int, n)...)
		y := append([]byte(nil), make([]byte, n)...)
		z := append([]string(nil), make([]string, n)...)
		fmt.Println(n, cap(x), cap(y), cap(z))
	}
	m := make([]int, 3, 10)
	m2 := append(m, 1)
	m3 := append(m, 2)
	fmt.Println(m2[3], m3[3], len(m), cap(m2))
}
