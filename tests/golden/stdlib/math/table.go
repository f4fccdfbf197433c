package main

import (
	"fmt"
	"math"
)

func main() {
	for x := -2.0; x <= 2.0; x += 0.25 {
		fmt.Printf("%6.2f %v %v %v %v %v\n", x, math.Sin(x), math.Cos(x), math.Exp(x), math.Atan(x), math.Cbrt(x))
	}
	for _, x := range []float64{0.1, 0.5, 1, 2, 10, 100, 1e-5, 12345.678} {
		fmt.Println(x, math.Log(x), math.Log2(x), math.Log10(x), math.Sqrt(x), math.Pow(x, 1.5), math.Gamma(x))
	}
	fmt.Printf("%.10f %.3e %g\n", math.Pi, math.MaxFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(math.Hypot(1e300, 1e300), math.Trunc(1e300), math.Round(-0.5), math.Floor(-0.0))
	var x int64 = math.MaxInt64
	var u uint32 = math.MaxUint32
	fmt.Println(x, u, math.MinInt16, -math.MaxInt8)
}
