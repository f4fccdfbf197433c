package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {13, 13}, {1, -1}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var m int8 = -128
	var n int8 = -1
	fmt.Println(m/n, m%n)
	var mi int64 = -9223372036854775808
	var mn int64 = -1
	fmt.Println(mi/mn, mi%mn)
	var u uint = 17
	fmt.Println(u/5, u%5)
	var x int = -17
	fmt.Println(x/4, x%4, x>>2, x&3)
	fmt.Println(-17/4, -17%4)
	y := 100
	y /= 7
	fmt.Println(y)
	y %= 5
	fmt.Println(y)
}
