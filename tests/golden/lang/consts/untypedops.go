package main

import "fmt"

func main() {
	const a = 10
	var f float64 = a / 4
	var g float64 = a / 4.0
	h := a / 4
	fmt.Println(f, g, h)
	var i8 int8 = 1 << 6
	fmt.Println(i8)
	var s uint = 2
	var r = 1 << s
	var r64 int64 = 1 << s
	fmt.Printf("%T %v %T %v\n", r, r, r64, r64)
	x := 1.5
	fmt.Println(x * 2, 2 * x)
	var y float32 = 0.1
	fmt.Println(y * 3)
	const big = 1 << 40
	fmt.Println(big / 1024 / 1024)
	d := 'a' + 2
	fmt.Printf("%T %v %c\n", d, d, d)
	fmt.Println(7.0 / 2, 7 / 2, 7 / 2.0)
}
