package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func MinOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func Clamp[T Ordered](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func SortSlice[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	fmt.Println(MinOf(5, 2, 8), MinOf("pear", "apple"), MinOf(2.5))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp("m", "a", "k"))
	xs := []string{"d", "a", "c", "b"}
	SortSlice(xs)
	fmt.Println(xs)
	ys := []float64{3.5, -1, 2}
	SortSlice(ys)
	fmt.Println(ys)
}
