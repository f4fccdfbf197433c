package main

import "fmt"

func main() {
	x := 1
	f := func() int {
		x := x + 10
		return x
	}
	fmt.Println(f(), x)
	g := func() {
		x = 100
	}
	g()
	fmt.Println(x)
	var h func(int) int
	h = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + h(n-1)
	}
	fmt.Println(h(10))
	y := 0
	for i := 0; i < 3; i++ {
		y := y + i
		y++
		fmt.Print(y, " ")
	}
	fmt.Println(y)
}
