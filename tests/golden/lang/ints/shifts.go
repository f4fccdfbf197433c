package main

import "fmt"

func main() {
	var a int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Print(a<<i, " ")
	}
	fmt.Println()
	var b uint8 = 0x80
	for i := uint(0); i < 9; i++ {
		fmt.Print(b>>i, " ")
	}
	fmt.Println()
	var c int32 = -16
	fmt.Println(c>>1, c>>2, c>>10, c>>31, c>>40)
	var d int64 = 1
	fmt.Println(d<<62, d<<63, d<<64, d<<100)
	var e uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println(e>>60, e<<60, e>>64)
	s := 3
	fmt.Println(1<<s, 1024>>s)
	var u uint = 5
	fmt.Println(-1<<u, 7>>u)
	x := 0xF0
	x <<= 4
	fmt.Println(x)
	x >>= 6
	fmt.Println(x)
	fmt.Println(0b1010&0b0110, 0b1010|0b0110, 0b1010^0b0110, 0b1010&^0b0110)
	var n int = 6
	fmt.Println(^n, -n, ^0)
	var un uint8 = 6
	fmt.Println(^un)
}
