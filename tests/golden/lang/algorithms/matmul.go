package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(b.Mul(a))
	fmt.Println(a.Mul(Identity(3)))
	n := 30
	x := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x[i][j] = float64((i*j)%7) / 7
		}
	}
	y := x.Mul(x).Mul(x)
	fmt.Printf("%.6f %.6f %.6f\n", y[0][0], y[5][7], y[29][29])
}
