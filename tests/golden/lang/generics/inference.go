package main

import "fmt"

func First[T any](xs []T) T { return xs[0] }

func Apply[T any, R any](x T, f func(T) R) R { return f(x) }

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

type Celsius float64

func Double[S ~[]E, E ~int | ~float64](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * 2
	}
	return out
}

type Temps []Celsius

type Ints []int

func main() {
	fmt.Println(First([]string{"a", "b"}), First([]float64{2.5}))
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i * 3) }))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	d := Double(Ints{1, 2, 3})
	fmt.Printf("%T %v\n", d, d)
	fmt.Printf("%T\n", Double([]float64{1.5}))
	fmt.Println(Zero[struct{ A int }]())
}
