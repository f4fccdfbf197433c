// go1.22: expected output from gc 1.22 (min/max builtins since Go 1.21; gc 1.19 rejects)
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(2.5, 1))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y), min(x), max(y))
	var f32 float32 = 1.5
	fmt.Println(min(f32, 2), max(f32, 0.5))
	nan := math.NaN()
	fmt.Println(min(nan, 1), max(1, nan))
	negz := math.Copysign(0, -1)
	fmt.Println(min(0.0, negz), max(negz, 0.0))
	fmt.Println(min(math.Inf(1), 5), max(math.Inf(-1), -5))
	const c = min(10, 5, 20)
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100))
	fmt.Printf("%T %T\n", min(1, 2.0), max(x, 1))
	s := []int{5, 2, 9}
	m := s[0]
	for _, v := range s {
		m = max(m, v)
	}
	fmt.Println(m)
}
