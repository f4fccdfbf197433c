package main

import (
	"fmt"
	"math"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func inputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.Pi / 2, 1e-300, 5e-324, 1e300, 709.78, -745.2, 710, 1e10, 1 << 29, 1 << 30, 1e22, 0.7071067811865476, 33.5, -33.5, 171.5, -0.1, 28, -6.5, 0.84375, 1.25, 2.857142857142857}
	for i := 0; i < 3000; i++ {
		u := next()
		xs = append(xs, float64(int64(u>>11))/float64(1<<53)*10-5)                 // [-5,5)
		xs = append(xs, math.Float64frombits(u))                                   // any bits
		xs = append(xs, float64(int64(next()>>11))/float64(1<<53)*2000-1000)        // [-1000,1000)
		xs = append(xs, math.Ldexp(float64(next()>>11)/float64(1<<53), int(next()%200)-100))
	}
	return xs
}

func h(acc uint64, f float64) uint64 {
	b := math.Float64bits(f)
	if f != f {
		b = 0x7ff8000000000001
	}
	return acc*1099511628211 ^ b
}

func main() {
	xs := inputs()
	f1 := []struct {
		n string
		f func(float64) float64
	}{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh}, {"Atan", math.Atan}, {"Atanh", math.Atanh},
		{"Cbrt", math.Cbrt}, {"Ceil", math.Ceil}, {"Cos", math.Cos}, {"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Exp", math.Exp}, {"Exp2", math.Exp2},
		{"Expm1", math.Expm1}, {"Floor", math.Floor}, {"Gamma", math.Gamma}, {"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Log2", math.Log2},
		{"Logb", math.Logb}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", math.Sqrt}, {"Tan", math.Tan},
		{"Tanh", math.Tanh}, {"Trunc", math.Trunc},
	}
	for _, f := range f1 {
		acc := uint64(0)
		first := -1
		for i, x := range xs {
			acc = h(acc, f.f(x))
			_ = first
			_ = i
		}
		fmt.Println(f.n, acc)
	}
	f2 := []struct {
		n string
		f func(float64, float64) float64
	}{
		{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot}, {"Max", math.Max}, {"Min", math.Min}, {"Mod", math.Mod},
		{"Nextafter", math.Nextafter}, {"Pow", math.Pow}, {"Remainder", math.Remainder},
	}
	for _, f := range f2 {
		acc := uint64(0)
		for i := 0; i+1 < len(xs); i++ {
			acc = h(acc, f.f(xs[i], xs[i+1]))
			acc = h(acc, f.f(xs[i], float64(i%7)-3))
		}
		fmt.Println(f.n, acc)
	}
	acc := uint64(0)
	for _, x := range xs {
		fr, e := math.Frexp(x)
		acc = h(acc, fr) ^ uint64(e)
		ip, fp := math.Modf(x)
		acc = h(h(acc, ip), fp)
		acc = h(acc, math.Ldexp(x, int(next()%2200)-1100))
		acc = acc*31 + uint64(math.Ilogb(x))
		s, c := math.Sincos(x)
		acc = h(h(acc, s), c)
		acc = h(acc, math.FMA(x, 1.5, -x))
		acc = acc*31 + uint64(math.Float32bits(float32(x)))
		acc = h(acc, float64(math.Nextafter32(float32(x), 0)))
	}
	fmt.Println("misc", acc)
	for n := -330; n < 320; n += 7 {
		acc = h(acc, math.Pow10(n))
	}
	fmt.Println("pow10", acc)
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Exp(1), math.Log(10), math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1)*4, math.Cbrt(27), math.Gamma(5.5), math.Erf(0.5))
}
