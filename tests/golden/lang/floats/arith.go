package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 7.0, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(math.Mod(7, 2), math.Mod(-7, 2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan))
	inf := math.Inf(1)
	fmt.Println(inf > math.MaxFloat64, inf-inf, inf*0, math.IsInf(inf, 1))
	negz := math.Copysign(0, -1)
	fmt.Println(negz == 0, math.Signbit(negz), math.Signbit(zero))
	fmt.Println(math.Floor(3.7), math.Log(math.E), math.Log2(8), math.Log10(0.001))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Exp(0))
	x := 10.0
	x /= 4
	x *= 3
	x -= 0.5
	fmt.Println(x)
}
