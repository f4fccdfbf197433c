package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -2.5, 1e6, 1e-5, 123.456, 1e21, 6.02214076e23, math.Pi, 100000, 0.0001}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%f|%.2f|%8.3f|%-10.1e|%G\n", v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1)} {
		fmt.Printf("%v|%g|%e|%f|%5.1f|%+v|% f\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%.3g|%.10g|%.0f|%.0e|%#g|%#.3g\n", math.Pi, math.Pi, 2.5, 15000.0, 1.0, 2.0)
	fmt.Printf("%+.2f|% .2f|%08.3f|%-8.2f|%+08.2f\n", 3.14159, 3.14159, -3.14159, 2.5, 2.5)
	fmt.Printf("%x|%X|%b\n", 1.0, 255.5, 2.0)
	var f32 float32 = 1.1
	fmt.Printf("%v %g %.10f %T\n", f32, f32, f32, f32)
}
