package main

import "fmt"

var (
	a = b + 1
	b = c * 2
	c = initC()
)

var counter int

func initC() int {
	counter++
	return 5
}

var order []string

func init() {
	order = append(order, "init1")
}

func init() {
	order = append(order, "init2")
}

var total = sum(1, 2, 3)

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(a, b, c, counter)
	fmt.Println(order)
	fmt.Println(total)
}
