package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64
}

func SumOf[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(SumOf(xs)) / float64(len(xs))
}

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Money int64

func main() {
	fmt.Println(SumOf([]int{1, 2, 3}), SumOf([]float64{0.5, 0.25}))
	fmt.Println(SumOf([]uint8{200, 100}))
	fmt.Println(SumOf([]Money{100, 250}))
	fmt.Println(Average([]int{1, 2, 4}), Average([]float32{}))
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 1.5, 2: 2.5}))
}
