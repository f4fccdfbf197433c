package main

import "fmt"

func main() {
	var a int8 = 100
	var b int8 = 100
	fmt.Println(a + b)
	fmt.Println(a * 3)
	var c int8 = -128
	fmt.Println(-c)
	fmt.Println(c - 1)
	var d uint8 = 10
	fmt.Println(d - 20)
	var e uint16 = 300
	fmt.Println(e * e)
	var f int32 = 1 << 30
	fmt.Println(f * 4)
	fmt.Println(f + f)
	var g int64 = -9223372036854775808
	fmt.Println(g - 1, -g, g*-1)
	var h uint32 = 0
	h--
	fmt.Println(h)
	var k uint64 = 1 << 63
	fmt.Println(k * 2, k + k - 1)
	x := 0
	for i := 0; i < 5; i++ {
		var m uint8 = uint8(i * 100)
		x += int(m)
		fmt.Print(m, " ")
	}
	fmt.Println(x)
	var acc uint32 = 2166136261
	for _, ch := range []byte("hello") {
		acc ^= uint32(ch)
		acc *= 16777619
	}
	fmt.Println(acc)
}
