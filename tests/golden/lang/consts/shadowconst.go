package main

import "fmt"

const n = 10

func f() int {
	const n = 20
	return n
}

func main() {
	fmt.Println(n, f())
	{
		const n = "inner"
		fmt.Println(n)
	}
	fmt.Println(n)
	const (
		a = 1
		b
		c = "x"
		d
	)
	fmt.Println(a, b, c, d)
	var arr [n / 2]bool
	fmt.Println(len(arr))
}
