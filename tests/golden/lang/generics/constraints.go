// go1.22: expected output from gc 1.22 (untyped constant arguments inferred as float64 since Go 1.21)
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Integer | Float | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int
type Score float32

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[MyInt](1, 2, 39))
	fmt.Printf("%T %v\n", Sum(Score(0.1), Score(0.2)), Sum(Score(0.1), Score(0.2)))
	fmt.Println(Sum[int8](100, 100))
	fmt.Println(Max(3, 9), Max("abc", "abd"), Max(2.5, -1))
	fmt.Println(Sum[int]())
	type Small int16
	fmt.Println(Max(Small(5), Small(-5)))
}
