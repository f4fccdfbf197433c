package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Cbrt(-27), math.Hypot(3, 4), math.Pow(2, 10), math.Pow(2, -2), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(math.Inf(-1), math.NaN()))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Log1p(1e-10), math.Expm1(1e-10), math.Exp2(10))
	fmt.Println(math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Asin(1), math.Acos(0), math.Atan(1), math.Atan2(-1, -1))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(1), math.Asinh(1), math.Acosh(2), math.Atanh(0.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(1), -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt8, math.MaxUint16, uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.SqrtPi)
	fr, e := math.Frexp(8)
	ip, fp := math.Modf(-3.25)
	fmt.Println(fr, e, ip, fp, math.Ldexp(0.5, 4), math.Ilogb(8), math.Logb(0.25))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter32(1, 2), math.Gamma(5), math.Gamma(0.5), math.Erf(1), math.Erfc(1))
	fmt.Println(math.Pow10(3), math.Pow10(-2), math.Pow10(400), math.Dim(5, 3), math.Dim(3, 5), math.FMA(2, 3, 4))
	fmt.Printf("%.4f %.4f %v %v\n", math.Sqrt(-1), math.Log(-1), math.Log(0), 1/math.Inf(-1))
	var f32 float32 = 16
	fmt.Println(math.Sqrt(float64(f32)), float32(math.Pi))
}
