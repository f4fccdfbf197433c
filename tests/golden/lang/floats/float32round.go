package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a+1, a+2, a+3)
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	var x float32 = 1.0 / 3.0
	y := float64(x)
	fmt.Println(x, y, float32(y) == x)
	var big float32 = 3.4028235e38
	fmt.Println(big, big*2, -big*2)
	var tiny float32 = 1.4e-45
	fmt.Println(tiny, tiny/2)
	f := float32(0.1) * 3
	fmt.Println(f, f == 0.3)
	var p float32 = 1
	for i := 0; i < 30; i++ {
		p *= 1.5
	}
	fmt.Println(p)
	fmt.Println(float32(123456789), float32(0.2)+float32(0.7))
}
