package main

import "fmt"

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func variance(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return s / float64(len(xs))
}

func main() {
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Println(mean(data), variance(data))
	fmt.Printf("%.3f %.3f\n", mean(data[:3]), variance(data[:3]))
	celsius := []float64{-40, 0, 37, 100}
	for _, c := range celsius {
		f := c*9/5 + 32
		fmt.Printf("%6.1fC = %6.1fF\n", c, f)
	}
	x := 1.0
	for i := 0; i < 5; i++ {
		x = x - (x*x-2)/(2*x)
		fmt.Println(x)
	}
}
