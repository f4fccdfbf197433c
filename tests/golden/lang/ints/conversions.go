package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint32(big), int8(big))
	var u uint64 = 1<<64 - 1
	fmt.Println(int64(u), int32(u), int(u))
	var i8 int8 = -5
	fmt.Println(uint8(i8), int64(i8), uint64(i8))
	f := 3.99
	fmt.Println(int(f), int(-f))
	g := -0.5
	fmt.Println(int(g))
	h := 1e10
	fmt.Println(int64(h), int32(int64(h)))
	fmt.Println(float64(7)/2, float32(1)/3)
	n := 65
	fmt.Println(string(rune(n)), rune(n))
	var r rune = 0x4e16
	fmt.Println(string(r), int(r))
	var b byte = 200
	fmt.Println(int8(b), int(b)+100, b+100)
}
