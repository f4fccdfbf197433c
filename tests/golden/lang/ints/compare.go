package main

import "fmt"

func main() {
	var a int8 = -1
	var b uint8 = 255
	fmt.Println(int(a) < int(b), uint8(a) == b)
	x, y := 3, 5
	fmt.Println(x < y, x <= y, x > y, x >= y, x == y, x != y)
	var u1, u2 uint32 = 0, 4294967295
	fmt.Println(u1 < u2, u1-1 == u2)
	var s1, s2 int64 = -9223372036854775808, 9223372036854775807
	fmt.Println(s1 < s2, s1 < 0, s2 > 0)
	fmt.Println(x+y == 8 && x*y == 15 || false)
}
