package main

import (
	"errors"
	"fmt"
)

type MyInt int
type S struct{}
type G[T any] struct{ v T }

func main() {
	vals := []interface{}{1, "s", 2.5, float32(1), true, nil, 'r', byte(1), MyInt(3), S{}, &S{},
		[]int{}, [3]string{}, map[string][]int{}, func(int) string { return "" }, make(chan int), make(<-chan bool),
		errors.New("e"), struct{ A int }{}, []interface{}{}, new(int), G[int]{}, G[map[string]S]{},
		[]*S{}, int64(1), uint16(2), uintptr(3), [0]int{}, func() {}, func(...int) (int, error) { return 0, nil }}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
