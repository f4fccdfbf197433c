package main

import "fmt"

var _ = setup()

func setup() int {
	fmt.Println("setup ran")
	return 0
}

type T struct {
	A int
	_ int
	B int
}

func two() (int, int) { return 1, 2 }

func main() {
	_, b := two()
	a, _ := two()
	_, _ = two()
	fmt.Println(a, b)
	t := T{A: 1, B: 2}
	fmt.Printf("%+v\n", t)
	for _, v := range []int{5} {
		fmt.Println(v)
	}
	var _ int = 5
	_ = "ignored"
	fmt.Println(T{A: 1, B: 2} == t)
}
