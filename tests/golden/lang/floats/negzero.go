package main

import (
	"fmt"
	"math"
)

func main() {
	z := 0.0
	nz := -z
	fmt.Println(z, nz, 1/nz)
	var lit = -0.0
	fmt.Println(lit, 1/lit)
	m := math.Copysign(0, -1)
	fmt.Println(m, m*1, m+0, 0-m, m*-1)
	fmt.Printf("%v %g %f %e %.1f %+v\n", m, m, m, m, m, m)
	fmt.Println(m == z, math.Signbit(m))
	var f32 float32 = float32(m)
	fmt.Println(f32)
	s := []float64{m, z}
	fmt.Println(s)
	mm := map[float64]int{}
	mm[m]++
	mm[z]++
	fmt.Println(len(mm), mm[0])
	nan := math.NaN()
	mm2 := map[float64]int{}
	mm2[nan] = 1
	mm2[nan] = 2
	fmt.Println(len(mm2), mm2[nan])
}
