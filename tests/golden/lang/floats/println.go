package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.5, 1.5, 100, 123456, 1e6, 1234567, 1e20, 1e21, 1e-4, 1e-5, 0.000123, 3.141592653589793, 2.5e-300, 1.7976931348623157e308, 5e-324}
	for _, v := range vals {
		fmt.Println(v)
	}
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, -negz, 1/negz)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/3.0)
	fmt.Println(0.1+0.2, 0.3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(float32(1)/3, float32(16777216)+1, float32(1e10))
}
