package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e9, 255.99} {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	p, q := 200.7, -100.2
	fmt.Println(uint8(p), int8(q))
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0))
	fmt.Println(math.Float64frombits(0x4000000000000000))
	var f32 float32 = 0.1
	var f64 float64 = float64(f32)
	fmt.Println(f64, float32(f64))
}
